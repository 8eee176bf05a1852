// Terminal steps in the importer: which commands open a session or ask a question
// (recognize::interaction, data rows), and what a runbook that opens sessions imports
// as: the opening step's bash, the lines typed into the session with their levels and
// placeholders, the annotation that overrides the guess.
#include "runbook/Importer.h"
#include "runbook/Recognizers.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rollcage::runbook::Interaction)

class TestSessions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void interaction_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<Interaction>("kind");
        QTest::addColumn<QString>("what");
        const auto S = Interaction::Session;
        const auto P = Interaction::Prompt;
        const auto N = Interaction::None;
        QTest::newRow("ssh host") << u"ssh deploy@web-1"_s << S << u"ssh"_s;
        QTest::newRow("ssh with options") << u"ssh -i ~/.ssh/id -p 2222 web-1"_s << S << u"ssh"_s;
        QTest::newRow("ssh runs a command") << u"ssh web-1 uptime"_s << N << QString();
        QTest::newRow("ssh -t into sudo -i") << u"ssh -t web-1 sudo -i"_s << S << u"ssh -t sudo -i"_s;
        QTest::newRow("ssh tunnel") << u"ssh -N -L 5432:db:5432 bastion"_s << N << QString();
        QTest::newRow("az webapp ssh continued")
            << u"az webapp ssh \\\n  --name api \\\n  --resource-group rg"_s << S << u"az webapp ssh"_s;
        QTest::newRow("az webapp restart") << u"az webapp restart --name api"_s << N << QString();
        QTest::newRow("kubectl exec -it psql")
            << u"kubectl exec -it db-0 -n prod -- psql -U app"_s << S << u"kubectl exec -it psql"_s;
        QTest::newRow("kubectl exec -ti sh") << u"kubectl -n x exec -ti pod -- /bin/sh"_s << S
                                             << u"kubectl exec -it sh"_s;
        QTest::newRow("kubectl exec no tty") << u"kubectl exec pod -- ls /data"_s << N << QString();
        QTest::newRow("kubectl exec -it command")
            << u"kubectl exec -it etcd-0 -- etcdctl member list"_s << P << u"kubectl exec -it"_s;
        QTest::newRow("docker exec -it bash") << u"docker exec -it web bash"_s << S
                                              << u"docker exec bash"_s;
        QTest::newRow("docker exec -it psql -c") << u"docker exec -it db psql -U app -c 'select 1'"_s
                                                 << P << u"docker exec"_s;
        QTest::newRow("docker exec no tty") << u"docker exec web ls"_s << N << QString();
        QTest::newRow("compose exec") << u"docker compose exec db psql -U postgres"_s << S
                                      << u"docker compose exec psql"_s;
        QTest::newRow("compose exec -T") << u"docker compose exec -T db psql -c 'select 1'"_s << N
                                         << QString();
        QTest::newRow("psql bare") << u"PGPASSWORD=$PW psql -h db -U app appdb"_s << S << u"psql"_s;
        QTest::newRow("psql -c") << u"psql -h db -c 'SELECT 1'"_s << N << QString();
        QTest::newRow("psql from a file") << u"psql -h db appdb < dump.sql"_s << N << QString();
        QTest::newRow("psql fed by a pipe") << u"gunzip -c d.gz | psql appdb"_s << N << QString();
        QTest::newRow("mysql bare") << u"mysql -u root -p shop"_s << S << u"mysql"_s;
        QTest::newRow("mysql -e") << u"mysql -u root -e 'SHOW TABLES' shop"_s << N << QString();
        QTest::newRow("redis-cli bare") << u"redis-cli -h $REDIS_HOST -p 6380 -a $KEY --tls"_s << S
                                        << u"redis-cli"_s;
        QTest::newRow("redis-cli with command") << u"redis-cli -h cache FLUSHALL"_s << N << QString();
        QTest::newRow("redis-cli --scan") << u"redis-cli --scan --pattern 'x*'"_s << N << QString();
        QTest::newRow("mongosh bare") << u"mongosh \"mongodb://db:27017\""_s << S << u"mongosh"_s;
        QTest::newRow("mongosh --eval") << u"mongosh --eval 'db.stats()'"_s << N << QString();
        QTest::newRow("sudo -i") << u"sudo -i"_s << S << u"sudo -i"_s;
        QTest::newRow("sudo su -") << u"sudo su - postgres"_s << S << u"sudo su"_s;
        QTest::newRow("sudo command") << u"sudo systemctl restart nginx"_s << N << QString();
        QTest::newRow("read -p") << u"read -r -p 'Continue? [y/N] ' answer"_s << P << u"read"_s;
        QTest::newRow("while read from a file") << u"while read -r l; do echo $l; done < list"_s << N
                                                << QString();
        QTest::newRow("terraform apply") << u"terraform apply"_s << P << u"terraform apply"_s;
        QTest::newRow("terraform apply -auto-approve") << u"terraform apply -auto-approve"_s << N
                                                       << QString();
        QTest::newRow("terraform apply plan file") << u"terraform apply tfplan"_s << N << QString();
        QTest::newRow("in a comment") << u"# then ssh web-1 and look"_s << N << QString();
        QTest::newRow("in a substitution") << u"HOST=$(ssh web-1 hostname)"_s << N << QString();
        QTest::newRow("after &&") << u"cd /srv && sudo -i"_s << S << u"sudo -i"_s;
        QTest::newRow("gcloud compute ssh") << u"gcloud compute ssh vm-1 --zone x"_s << S
                                            << u"gcloud compute ssh"_s;
        QTest::newRow("gcloud compute ssh --command")
            << u"gcloud compute ssh vm-1 --command 'uptime'"_s << N << QString();
        QTest::newRow("oc rsh") << u"oc rsh -c etcdctl -n openshift-etcd pod-1"_s << S << u"oc rsh"_s;
        QTest::newRow("aws ssm") << u"aws ssm start-session --target i-123"_s << S
                                 << u"aws ssm start-session"_s;
        // Held until the operator ends them: they follow, edit or page.
        QTest::newRow("kubectl logs -f")
            << u"kubectl logs -f deploy/api -n prod | grep ERROR"_s << P << u"kubectl logs -f"_s;
        QTest::newRow("kubectl logs --follow after -n")
            << u"kubectl -n prod logs --follow api-0"_s << P << u"kubectl logs -f"_s;
        QTest::newRow("kubectl logs --tail")
            << u"kubectl logs --tail=100 api-0"_s << N << QString();
        QTest::newRow("kubectl apply -f is a file")
            << u"kubectl apply -f api.yaml"_s << N << QString();
        QTest::newRow("kubectl get -w")
            << u"kubectl get pods -w -l app=api"_s << P << u"kubectl get -w"_s;
        QTest::newRow("oc get --watch") << u"oc get pods --watch"_s << P << u"oc get -w"_s;
        QTest::newRow("kubectl edit")
            << u"kubectl edit configmap/api -n prod"_s << P << u"kubectl edit"_s;
        QTest::newRow("tail -f") << u"sudo tail -f /var/log/syslog"_s << P << u"tail -f"_s;
        QTest::newRow("tail -F") << u"tail -F -n 50 app.log"_s << P << u"tail -f"_s;
        QTest::newRow("tail -n") << u"tail -n 50 app.log"_s << N << QString();
        QTest::newRow("journalctl -fu") << u"journalctl -fu nginx"_s << P << u"journalctl -f"_s;
        QTest::newRow("journalctl since")
            << u"journalctl -u nginx --since today"_s << N << QString();
        QTest::newRow("docker logs -f")
            << u"docker logs -f --tail 10 web"_s << P << u"docker logs -f"_s;
        QTest::newRow("watch") << u"watch -n 5 kubectl get pods"_s << P << u"watch"_s;
        QTest::newRow("vim") << u"sudo vim /etc/nginx/nginx.conf"_s << P << u"vim"_s;
        QTest::newRow("crontab -e") << u"crontab -e"_s << P << u"crontab -e"_s;
        QTest::newRow("crontab -l") << u"crontab -l"_s << N << QString();
        QTest::newRow("systemctl edit") << u"systemctl edit nginx"_s << P << u"systemctl edit"_s;
        QTest::newRow("pager") << u"git log | less"_s << P << u"less"_s;
        QTest::newRow("top -b") << u"top -b -n 1 | head"_s << N << QString();
    }
    void interaction()
    {
        QFETCH(QString, code);
        QFETCH(Interaction, kind);
        QFETCH(QString, what);
        const recognize::InteractionHit hit = recognize::interaction(code);
        QCOMPARE(hit.kind, kind);
        if (kind != Interaction::None) {
            QCOMPARE(hit.what, what);
            QVERIFY(!hit.reason.isEmpty());
        }
    }

    // The cheap look interaction() takes first: every program it acts on counts, as a word
    // of its own or a path's last part; other words that contain one do not.
    void mayInteract_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("may");
        QTest::newRow("plain") << u"ls -la /srv\necho done"_s << false;
        QTest::newRow("word inside another") << u"cat readme.txt | grep bashful"_s << false;
        QTest::newRow("path") << u"/usr/bin/psql -h db app"_s << true;
        QTest::newRow("after an assignment") << u"PGPASSWORD=x psql -h db"_s << true;
        QTest::newRow("quoted") << u"\"redis-cli\" -h cache"_s << true;
        QTest::newRow("rails under bin") << u"bin/rails console"_s << true;
        QTest::newRow("read") << u"read -p 'Continue? ' answer"_s << true;
    }
    void mayInteract()
    {
        QFETCH(QString, code);
        QFETCH(bool, may);
        QCOMPARE(recognize::mayInteract(code), may);
    }

    void sessionLinesFromTheStepsAfter()
    {
        const Runbook rb = Importer::importText(R"(# Cache runbook

## Flush the cache

1. **Open the cache console**
   ```bash
   redis-cli -h ${CACHE_HOST} -p 6379
   ```

2. **Flush**
   ```bash
   # Everything goes
   FLUSHDB
   ```

3. **Count what is left**
   ```bash
   DBSIZE
   ```

4. **Restart the web tier**
   ```bash
   systemctl restart web
   ```
)"_ba,
                                                u"cache.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        const Procedure &p = rb.procedures.first();
        QCOMPARE(p.steps.size(), 2);
        const Step &open = p.steps.first();
        QCOMPARE(open.interaction, Interaction::Session);
        QCOMPARE(open.sessionLanguage, SessionLanguage::Redis);
        QCOMPARE(open.sessionLines.size(), 2);
        QCOMPARE(open.sessionLines.at(0).command, u"FLUSHDB"_s);
        QCOMPARE(open.sessionLines.at(0).label, u"Flush \u2014 Everything goes"_s);
        QCOMPARE(open.sessionLines.at(0).line, 13);
        QCOMPARE(open.sessionLines.at(0).confirmation, Confirmation::Typed);
        QCOMPARE(open.sessionLines.at(0).confirmTarget, u"FLUSHDB"_s);
        QCOMPARE(open.sessionLines.at(1).command, u"DBSIZE"_s);
        QCOMPARE(open.sessionLines.at(1).confirmation, Confirmation::OneClick);
        // Opening the console itself destroys nothing.
        QCOMPARE(open.confirmation, Confirmation::OneClick);
        QVERIFY(open.description.contains(u"Inside the session: Flush"_s));
        // systemctl is not Redis: the laptop (or the server) runs it as a step again.
        QCOMPARE(p.steps.at(1).title, u"Restart the web tier"_s);
        QCOMPARE(p.steps.at(1).interaction, Interaction::None);
    }

    void sessionLinesInTheSameBlockWithValues()
    {
        const Runbook rb = Importer::importText(R"(# Migrations

## Roll the schema back

1. **Downgrade on the server**
   ```bash
   kubectl exec -it deploy/api -n ${NAMESPACE} -- bash
   cd /srv/app
   alembic downgrade ${TARGET_REVISION}
   exit
   ```

2. **Check the API**
   ```bash
   curl -f https://api.example.com/health
   ```
)"_ba,
                                                u"schema.md"_s);
        const Procedure &p = rb.procedures.first();
        QCOMPARE(p.steps.size(), 2);
        const Step &st = p.steps.first();
        QCOMPARE(st.interaction, Interaction::Session);
        QCOMPARE(st.commands.size(), 1);
        QCOMPARE(st.commands.first().code, u"kubectl exec -it deploy/api -n ${NAMESPACE} -- bash\n"_s);
        QCOMPARE(st.sessionLines.size(), 3);
        QCOMPARE(st.sessionLines.at(1).command, u"alembic downgrade ${TARGET_REVISION}"_s);
        QCOMPARE(st.sessionLines.at(1).confirmation, Confirmation::Typed);
        QCOMPARE(st.sessionLines.at(1).placeholders.size(), 1);
        QCOMPARE(st.sessionLines.at(1).placeholders.first().name, u"TARGET_REVISION"_s);
        // Asked before the step starts, with the step's own.
        QStringList names;
        for (const Placeholder &ph : st.placeholders)
            names << ph.name;
        QCOMPARE(names, (QStringList{u"NAMESPACE"_s, u"TARGET_REVISION"_s}));
        QCOMPARE(st.sessionLines.at(2).command, u"exit"_s);
        QCOMPARE(p.steps.at(1).interaction, Interaction::None);
    }

    void annotationOverrides()
    {
        const Runbook rb = Importer::importText(R"(# Overrides

## Things

1. **Tunnel check**
   ```bash {terminal=false}
   psql -h localhost -p 6543 app
   ```

2. **Interactive installer**
   ```bash {terminal}
   ./installer.sh
   ```

3. **Asks something**
   ```bash {terminal=prompt}
   ./deploy.sh production
   ```

4. **Looks like a session, only asks**
   ```bash {terminal=prompt}
   psql -h db.internal app
   echo after
   ```
)"_ba,
                                                u"overrides.md"_s);
        const Procedure &p = rb.procedures.first();
        QCOMPARE(p.steps.size(), 4);
        QCOMPARE(p.steps.at(0).interaction, Interaction::None);
        QVERIFY(p.steps.at(0).interactionReason.contains(u"terminal=false"_s));
        QCOMPARE(p.steps.at(0).commands.first().code.trimmed(), u"psql -h localhost -p 6543 app"_s);
        QCOMPARE(p.steps.at(1).interaction, Interaction::Session);
        QVERIFY(p.steps.at(1).interactionReason.contains(u"Annotated"_s));
        QCOMPARE(p.steps.at(2).interaction, Interaction::Prompt);
        // The annotation wins over what the commands look like (psql opens a session).
        QCOMPARE(p.steps.at(3).interaction, Interaction::Prompt);
        QVERIFY(p.steps.at(3).interactionReason.contains(u"terminal=prompt"_s));
        QVERIFY(p.steps.at(3).sessionLines.isEmpty());
        QVERIFY(p.steps.at(3).commands.first().code.contains(u"echo after"_s));
    }

    void promptStep()
    {
        const Runbook rb = Importer::importText(R"(# Apply

## Apply the previous plan

1. **Apply**
   ```bash
   cd infra
   terraform apply
   ```
)"_ba,
                                                u"apply.md"_s);
        const Step &st = rb.procedures.first().steps.first();
        QCOMPARE(st.interaction, Interaction::Prompt);
        QVERIFY(st.interactionReason.contains(u"terraform apply"_s));
        // A prompt's "[y/N]" is its question, not a value to ask for.
        QVERIFY(recognize::placeholders(u"read -r -p 'Go on? [y/N] ' a; echo [Y/n] [yes/no]"_s,
                                        recognize::Scope::Shell)
                    .isEmpty());
        QVERIFY(st.sessionLines.isEmpty());
        QVERIFY(st.commands.first().code.contains(u"terraform apply"_s));
    }

    // A step that follows logs or opens an editor, fenced or quoted in the item's text,
    // is a terminal step whose reason says why: as a plain step it would never end.
    void heldCommandsAreTerminalSteps()
    {
        const Runbook rb = Importer::importText(R"(# Hotfix

## Rollback

1. Edit the config map: `kubectl edit configmap/api -n prod`
2. **Watch the new pods come up**
   ```bash
   kubectl logs -f deploy/api -n prod
   ```
3. Check the pods: `kubectl get pods -n prod`
)"_ba,
                                                u"hotfix.md"_s);
        const QList<Step> &steps = rb.procedures.first().steps;
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).interaction, Interaction::Prompt);
        QVERIFY2(steps.at(0).interactionReason.contains(u"opens an editor"_s),
                 qPrintable(steps.at(0).interactionReason));
        QCOMPARE(steps.at(1).interaction, Interaction::Prompt);
        QVERIFY2(steps.at(1).interactionReason.contains(u"Ctrl+C"_s),
                 qPrintable(steps.at(1).interactionReason));
        QCOMPARE(steps.at(2).interaction, Interaction::None);
    }
};

QTEST_GUILESS_MAIN(TestSessions)
#include "tst_sessions.moc"
