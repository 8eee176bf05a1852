#include "runbook/Recognizers.h"

#include <QTest>

#include <limits>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

class TestRecognizers : public QObject
{
    Q_OBJECT

private slots:
    void duration_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        QTest::newRow("parenthesised") << "(2 minutes)" << 120 << 120;
        QTest::newRow("approximate") << "Time to complete: ~30 seconds" << 30 << 30;
        QTest::newRow("range kept") << "Time Required: 30-60 minutes" << 1800 << 3600;
        QTest::newRow("upper bound") << "< 5 minutes" << 300 << 300;
        QTest::newRow("short unit") << "30s drain period" << 30 << 30;
        QTest::newRow("hours") << "Within 1 hour" << 3600 << 3600;
        QTest::newRow("range with to") << "10 to 20 min" << 600 << 1200;
        QTest::newRow("en dash range") << "15–30 minutes" << 900 << 1800;
        QTest::newRow("none") << "First Hour" << -1 << -1;
        QTest::newRow("version is not a time") << "deploy v1.2.2 now" << -1 << -1;
        QTest::newRow("milliseconds are not minutes") << "p95 > 2000ms" << -1 << -1;
        // Past an int of seconds a time saturates instead of wrapping to a short timeout.
        const int most = std::numeric_limits<int>::max();
        QTest::newRow("absurd days saturate") << "timeout 9999999999d" << most << most;
        QTest::newRow("absurd range saturates") << "5 to 99999999999 weeks" << 5 * 7 * 86400 << most;
        QTest::newRow("longer than a double") << QString(400, QLatin1Char('9')) + QStringLiteral(" s") << most << most;
    }
    void duration()
    {
        QFETCH(QString, text);
        QFETCH(int, min);
        QFETCH(int, max);
        const Duration d = recognize::duration(text);
        QCOMPARE(d.minSeconds.value_or(-1), min);
        QCOMPARE(d.maxSeconds.value_or(-1), max);
    }

    void deadline_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("minutes"); // -1: none
        QTest::newRow("less than") << "< 15 minutes" << 15;
        QTest::newRow("within hour") << "Within 1 hour" << 60;
        QTest::newRow("immediately") << "Immediately" << 0;
        QTest::newRow("immediately on trigger") << "Immediately on trigger" << 0;
        QTest::newRow("next release") << "Next release" << -1;
        QTest::newRow("with remark") << "Within 30 min (if user-facing)" << 30;
        QTest::newRow("seconds round up") << "90 seconds" << 2;
    }
    void deadline()
    {
        QFETCH(QString, text);
        QFETCH(int, minutes);
        QCOMPARE(recognize::deadlineMinutes(text).value_or(-1), minutes);
    }

    void placeholders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("shell");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("brace and dollar")
            << "deploy ${PREVIOUS_VERSION} --token $DEPLOY_TOKEN" << true
            << QStringList{"PREVIOUS_VERSION", "DEPLOY_TOKEN"} << QStringList{"DEPLOY_TOKEN"};
        QTest::newRow("angle") << "provision.sh production <postgres-password>" << true
                               << QStringList{"postgres-password"}
                               << QStringList{"postgres-password"};
        QTest::newRow("bracket before suffix") << "backup.js restore [selected-backup].sql" << true
                                               << QStringList{"selected-backup"} << QStringList{};
        QTest::newRow("assigned in the step is not asked")
            << "NEW_DB_HOST=$(az show)\necho $NEW_DB_HOST $REGION" << true << QStringList{"REGION"}
            << QStringList{};
        QTest::newRow("loop and read variables")
            << "for host in a b; do echo $host; done\nread -r answer\necho $answer" << true
            << QStringList{} << QStringList{};
        QTest::newRow("shell tests are not brackets")
            << "if [ -z \"$1\" ]; then [[ -f x ]]; fi" << true << QStringList{} << QStringList{};
        QTest::newRow("expansion with default")
            << "rm -rf \"${RELEASES_DIR:?}/${BAD}\"" << true << QStringList{"RELEASES_DIR", "BAD"}
            << QStringList{};
        QTest::newRow("environment is not asked")
            << "cd $HOME && echo $PATH" << true << QStringList{} << QStringList{};
        QTest::newRow("template choice list")
            << "Component: [Backend/Frontend/Database]\nStarted: [Timestamp]" << false
            << QStringList{"Component", "Timestamp"} << QStringList{};
        QTest::newRow("template mustache and tick")
            << "Rolled back to {{version}} - [x] done" << false << QStringList{"version"}
            << QStringList{};
    }
    void placeholders()
    {
        QFETCH(QString, text);
        QFETCH(bool, shell);
        QFETCH(QStringList, names);
        QFETCH(QStringList, secrets);
        const auto found = recognize::placeholders(text, shell ? recognize::Scope::Shell
                                                               : recognize::Scope::Template);
        QStringList gotNames;
        QStringList gotSecrets;
        for (const Placeholder &p : found) {
            gotNames.append(p.name);
            if (p.secret)
                gotSecrets.append(p.name);
        }
        QCOMPARE(gotNames, names);
        QCOMPARE(gotSecrets, secrets);
    }

    void choices()
    {
        const auto found = recognize::placeholders(QStringLiteral("Status: [In Progress/Complete]"),
                                                   recognize::Scope::Template);
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().name, QStringLiteral("Status"));
        QCOMPARE(found.first().choices, (QStringList{"In Progress", "Complete"}));
        QCOMPARE(found.first().raw, QStringLiteral("[In Progress/Complete]"));
        QCOMPARE(found.first().style, Placeholder::Style::Bracket);
    }

    void destructive_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("what");
        QTest::newRow("flushall") << "redis-cli -h x FLUSHALL"
                                  << "FLUSHALL";
        QTest::newRow("migration taken back")
            << "kubectl exec deploy/api -- /app/api migrate down 1"
            << "migrate down";
        QTest::newRow("laravel rollback") << "php artisan migrate:rollback --step=1"
                                          << "migrate:rollback";
        QTest::newRow("rails rollback") << "bin/rails db:rollback STEP=1"
                                        << "db:rollback";
        QTest::newRow("migration forward") << "/app/api migrate up && /app/api migrate version"
                                           << "";
        QTest::newRow("drop table") << "DROP TABLE IF EXISTS t;"
                                    << "DROP TABLE";
        QTest::newRow("restore") << "node backup.js restore latest.sql"
                                 << "restore";
        QTest::newRow("downgrade") << "poetry run alembic downgrade -1"
                                   << "downgrade";
        QTest::newRow("rm -rf") << "rm -rf \"$DIR\""
                                << "rm -rf";
        QTest::newRow("pkill -KILL") << "pkill -KILL -f node"
                                     << "pkill -KILL";
        QTest::newRow("checkout of a tree") << "git checkout abc123 -- infra/"
                                            << "git checkout abc123 --";
        QTest::newRow("comment only") << "# restore happens later\nls"
                                      << "";
        QTest::newRow("restored is not restore") << "az show --name db-restored"
                                                 << "";
        QTest::newRow("checkout of a branch") << "git checkout main"
                                              << "";
        QTest::newRow("graceful kill") << "kill -TERM 42"
                                       << "";
        QTest::newRow("terraform destroy") << "terraform destroy -auto-approve"
                                           << "terraform destroy";
        QTest::newRow("force-unlock") << "tofu force-unlock 1234"
                                      << "tofu force-unlock";
        QTest::newRow("rds delete") << "aws rds delete-db-instance --db-instance-identifier x"
                                    << "aws rds delete-db-instance";
        QTest::newRow("s3 rm") << "aws s3 rm s3://bucket/key"
                               << "aws s3 rm";
        QTest::newRow("psql from a dump") << "psql -h db app < backup.sql"
                                          << "psql -h db app <";
        QTest::newRow("terminate backends") << "SELECT pg_terminate_backend(pid);"
                                            << "pg_terminate_backend";
        QTest::newRow("kubectl -n delete") << "kubectl -n web delete pod x"
                                           << "kubectl -n web delete";
        QTest::newRow("scale to zero") << "kubectl scale deploy/x --replicas=0"
                                       << "kubectl scale deploy/x --replicas=0";
        QTest::newRow("db-reset --force") << "./bin/db-reset --force"
                                          << "db-reset --force";
        QTest::newRow("cf delete-service") << "cf delete-service app-db"
                                           << "cf delete-service";
        QTest::newRow("not across lines") << "kubectl get pods\necho delete"
                                          << "";
        QTest::newRow("a host named restore") << "pg_dump -h db-demo-restore.example.org app"
                                              << "";
        QTest::newRow("a restore script") << "sudo ./scripts/restore-all.sh v3"
                                          << "restore";
        QTest::newRow("mkfs with a type") << "mkfs.ext4 /dev/sdb1"
                                          << "mkfs";
        // A rollback to an earlier revision changes production, it destroys nothing:
        // changingCommand's middle level. Uninstalling the release does destroy it.
        QTest::newRow("helm rollback") << "helm rollback web 3"
                                       << "";
        QTest::newRow("helm uninstall") << "helm uninstall web -n shop"
                                        << "helm uninstall";
        QTest::newRow("symlink switch") << "sudo ln -sfn /srv/releases/v2 /srv/current"
                                        << "";
    }
    void destructive()
    {
        QFETCH(QString, code);
        QFETCH(QString, what);
        QCOMPARE(recognize::destructiveCommand(code).what, what);
    }

    // Commands that change production without destroying: a confirmation naming the target.
    void changing_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("what");
        QTest::newRow("slot swap") << u"az webapp deployment slot swap -g rg -n app --slot staging"_s
                                   << u"az webapp deployment slot swap"_s;
        QTest::newRow("rollout undo") << u"kubectl rollout undo deploy/web"_s
                                      << u"kubectl rollout undo"_s;
        QTest::newRow("helm rollback") << u"helm rollback web 3"_s << u"helm rollback"_s;
        QTest::newRow("argocd") << u"argocd app rollback shop 12"_s << u"argocd app rollback"_s;
        QTest::newRow("gh workflow") << u"gh workflow run deploy.yml"_s << u"gh workflow run"_s;
        QTest::newRow("symlink switch")
            << u"sudo ln -sfn /srv/releases/v2 /srv/current"_s << u"ln -sfn"_s;
        QTest::newRow("forced link") << u"ln -f -s releases/v2 current"_s << u"ln -f"_s;
        QTest::newRow("new link") << u"ln -s /usr/bin/python3 /usr/local/bin/python"_s << QString();
        QTest::newRow("get") << u"kubectl get pods -n web"_s << QString();
        QTest::newRow("describe") << u"kubectl describe deploy web"_s << QString();
        QTest::newRow("curl -f") << u"curl -fsS https://x/healthz"_s << QString();
        QTest::newRow("comment") << u"# kubectl rollout undo later\nkubectl get pods"_s
                                 << QString();
    }
    void changing()
    {
        QFETCH(QString, code);
        QFETCH(QString, what);
        QCOMPARE(recognize::changingCommand(code).what, what);
    }

    void warning_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("emoji warning") << "**⚠️ Warning:** This drops data."
                                       << "⚠️ Warning: This drops data.";
        QTest::newRow("comment") << "# WARNING: This clears ALL cache data\nFLUSHALL"
                                 << "WARNING: This clears ALL cache data";
        QTest::newRow("wrapped prose") << "This is destructive and\ncannot be reverted.\n\nNext."
                                       << "This is destructive and cannot be reverted.";
        QTest::newRow("calm prose") << "Restart the service."
                                    << "";
    }
    void warning()
    {
        QFETCH(QString, text);
        QFETCH(QString, sentence);
        QCOMPARE(recognize::warning(text), sentence);
    }

    void fenceAttributes()
    {
        QString language;
        const auto a = recognize::fenceAttributes(
            QStringLiteral("Bash {name=\"swap-slot\" timeout=60 confirm}"), &language);
        QCOMPARE(language, QStringLiteral("bash"));
        QCOMPARE(a.value(QStringLiteral("name")), QStringLiteral("swap-slot"));
        QCOMPARE(a.value(QStringLiteral("timeout")), QStringLiteral("60"));
        QVERIFY(a.contains(QStringLiteral("confirm")));
        QVERIFY(recognize::fenceAttributes(QStringLiteral("python"), &language).isEmpty());
        QCOMPARE(language, QStringLiteral("python"));
    }

    // Untagged blocks: commands to type, or output, configuration and prose.
    void looksLikeCommands_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("commands");
        QTest::newRow("cli") << u"cf login -a api.example.org -u USERNAME"_s << true;
        QTest::newRow("prompt") << u"$ kubectl get pods"_s << true;
        QTest::newRow("comment first") << u"# CHANGEME to your checkout\ncd /srv/app"_s << true;
        QTest::newRow("assignment") << u"db_password=$(vault read x)"_s << true;
        QTest::newRow("path") << u"./scripts/fix.sh --now"_s << true;
        QTest::newRow("script in a folder") << u"hack/roll-back.sh v41"_s << true;
        QTest::newRow("a file named in prose") << u"config/app.yaml"_s << false;
        QTest::newRow("table output")
            << u"REVISION  UPDATED   STATUS\n1         Jun 01    deployed"_s << false;
        QTest::newRow("log lines") << u"57m Normal NodeNotReady node-01"_s << false;
        QTest::newRow("yaml") << u"limits:\n  max_series: 10"_s << false;
        QTest::newRow("json") << u"{\"status\": \"ok\"}"_s << false;
        QTest::newRow("columns") << u"name    ready    status"_s << false;
        QTest::newRow("only comments") << u"# nothing to run here"_s << false;
        QTest::newRow("continued on the next line")
            << u"pg_dump \\\n  --host=db.internal \\\n  --dbname=orders"_s << true;
        QTest::newRow("a log message") << u"unable to reach the ledger, retrying"_s << false;
        QTest::newRow("a log message in prose") << u"failed to write the shard index"_s << false;
        QTest::newRow("an error in prose") << u"connection is refused by the proxy"_s << false;
        QTest::newRow("echo says it anyway") << u"echo the cache is warm"_s << true;
        QTest::newRow("log fields")
            << u"level=warn ts=2031-02-03T04:05:06Z caller=shard.go:88 msg=\"slow\""_s << false;
        QTest::newRow("one assignment") << u"REVISION=41 ./roll-back.sh"_s << true;
    }
    void untaggedLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("language");
        QTest::newRow("aggregation")
            << u"sum by (shard) (rate(ledger_writes_failed_total[5m]))"_s << u"promql"_s;
        QTest::newRow("aggregation, no space") << u"max by(zone) (ledger_lag_seconds)"_s << u"promql"_s;
        QTest::newRow("function") << u"histogram_quantile(0.99, rate(x_bucket[5m]))"_s << u"promql"_s;
        QTest::newRow("series with labels")
            << u"ledger_build_info{namespace=\"prod\",version!=\"41\"}"_s << u"promql"_s;
        QTest::newRow("metric name alone") << u"ledger_shard_owned_partitions"_s << u"promql"_s;
        QTest::newRow("a command") << u"kubectl get pods -n ledger"_s << QString();
        QTest::newRow("a script with one underscore") << u"rotate_keys"_s << QString();
        QTest::newRow("yaml") << u"rules:\n  - alert: X"_s << QString();
    }
    void untaggedLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, language);
        QCOMPARE(recognize::untaggedLanguage(code), language);
    }
    void looksLikeCommands()
    {
        QFETCH(QString, code);
        QFETCH(bool, commands);
        QCOMPARE(recognize::looksLikeCommands(code), commands);
    }

    void fileDefinitions_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("definition");
        QTest::newRow("shebang") << u"#!/bin/bash\nset -e"_s << true;
        QTest::newRow("script name") << u"# scripts/rollback_now.sh\nswitch-lb blue"_s << true;
        QTest::newRow("dotfile") << u"# .env.production\nAPP_VERSION=1.2.3"_s << true;
        QTest::newRow("comment") << u"# Stop the app first\nsystemctl stop app"_s << false;
        QTest::newRow("runs a script") << u"./scripts/rollback_now.sh"_s << false;
    }
    void fileDefinitions()
    {
        QFETCH(QString, code);
        QFETCH(bool, definition);
        QCOMPARE(recognize::isFileDefinition(code), definition);
    }

    // A shell's name mistyped in a fence is read as bash (with a warning); other
    // languages, and the shells' own names in any case, are not near-misses.
    void shellNearMiss_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("nearMiss");
        QTest::newRow("shel") << u"shel"_s << true;
        QTest::newRow("bsh") << u"bsh"_s << true;
        QTest::newRow("bahs") << u"bahs"_s << true;
        QTest::newRow("consle") << u"consle"_s << true;
        QTest::newRow("bash:") << u"bash:"_s << true;
        QTest::newRow("bash itself") << u"bash"_s << false;
        QTest::newRow("shell-script is a shell") << u"shell-script"_s << false;
        QTest::newRow("haskell") << u"hs"_s << false;
        QTest::newRow("c shell") << u"csh"_s << false;
        QTest::newRow("batch") << u"bat"_s << false;
        QTest::newRow("sql") << u"sql"_s << false;
        QTest::newRow("yaml") << u"yaml"_s << false;
    }
    void shellNearMiss()
    {
        QFETCH(QString, language);
        QFETCH(bool, nearMiss);
        QCOMPARE(recognize::isShellNearMiss(language), nearMiss);
        QString read;
        recognize::fenceAttributes(language, &read);
        QCOMPARE(read == u"bash"_s, nearMiss || language == u"bash"_s);
    }

    // A console transcript: prompts are commands (lines kept in place), the rest output.
    void transcript_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("console");
        QTest::addColumn<QString>("commands"); // "-" for not a transcript
        QTest::addColumn<QString>("output");
        QTest::newRow("dollar and output")
            << u"$ ls /srv\napp\nlogs"_s << false << u"ls /srv"_s << u"app\nlogs"_s;
        QTest::newRow("continuation")
            << u"$ kubectl get pods \\\n    -n web\nNAME READY"_s << false
            << u"kubectl get pods \\\n    -n web"_s << u"NAME READY"_s;
        QTest::newRow("output between keeps lines")
            << u"$ a\nout\n$ b"_s << false << u"a\n\nb"_s << u"out"_s;
        QTest::newRow("root prompt in console")
            << u"mon-a# ceph status\nHEALTH_OK"_s << true << u"ceph status"_s << u"HEALTH_OK"_s;
        QTest::newRow("comment is not a prompt in bash")
            << u"# stop it\nsystemctl stop x"_s << false << u"-"_s << QString();
        QTest::newRow("no prompt") << u"kubectl get pods"_s << true << u"-"_s << QString();
        QTest::newRow("comment in console")
            << u"# Store the CR first\nkubectl get cr -o yaml"_s << true << u"-"_s << QString();
        QTest::newRow("root prompt after output")
            << u"$ id -u\n0\n# ps aux | grep wal"_s << true << u"id -u\n\nps aux | grep wal"_s
            << u"0"_s;
    }
    void transcript()
    {
        QFETCH(QString, code);
        QFETCH(bool, console);
        QFETCH(QString, commands);
        QFETCH(QString, output);
        const auto t = recognize::transcript(code, console);
        if (commands == u"-"_s) {
            QVERIFY(!t);
            return;
        }
        QVERIFY(t);
        QCOMPARE(t->commands, commands);
        QCOMPARE(t->output, output);
    }
};

QTEST_GUILESS_MAIN(TestRecognizers)
#include "tst_recognizers.moc"
