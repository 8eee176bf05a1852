#include "execution/Confirmation.h"
#include "execution/DeclarationValues.h"
#include "runbook/Importer.h"

#include <QTest>

using namespace rollcage;
using namespace rollcage::execution;

// What a declaration asks for and refuses (the New incident dialog and the Roll back
// page's values ask the core, as the command line can), and what a destructive step
// makes the operator type.
class TestDeclarationValues : public QObject
{
    Q_OBJECT

    runbook::Runbook m_example;

    const runbook::Procedure &procedure(const QString &startsWith) const
    {
        for (const runbook::Procedure &p : m_example.procedures) {
            if (p.title.startsWith(startsWith))
                return p;
        }
        qFatal("no procedure %s", qPrintable(startsWith));
    }

    static QStringList names(const QList<NeededValue> &values)
    {
        QStringList out;
        for (const NeededValue &v : values)
            out << v.name;
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const auto example = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(example.ok(), qPrintable(example.error));
        m_example = *example;
    }

    // The steps' values first, each with the steps that use them; then what only the
    // message templates use (BAD_VERSION is in "Rolling back: ${BAD_VERSION} -> …");
    // never a secret, never what the incident fills by itself.
    void stepValuesThenMessageValues()
    {
        const QList<NeededValue> needed = neededValues(m_example, procedure(QStringLiteral("Release Link")));
        QCOMPARE(names(needed), QStringList({QStringLiteral("RELEASES_DIR"), QStringLiteral("PREVIOUS_VERSION"),
                                             QStringLiteral("BAD_VERSION")}));
        QCOMPARE(needed.at(0).steps, QList<int>({0, 1, 2, 3}));
        QCOMPARE(needed.at(1).steps, QList<int>({1, 2, 3}));
        QVERIFY(needed.at(0).required());
        QVERIFY(!needed.at(2).required()); // messages can be sent with it left as written
        QCOMPARE(neededSecrets(procedure(QStringLiteral("Release Link"))),
                 QStringList{QStringLiteral("LARKSPUR_DEPLOY_TOKEN")});
    }

    void missingNamesTheStepsThatNeedIt()
    {
        const QList<NeededValue> needed = neededValues(m_example, procedure(QStringLiteral("Release Link")));
        const QList<NeededValue> missing =
            missingValues(needed, {{QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("  ")}});
        QCOMPARE(names(missing), QStringList({QStringLiteral("RELEASES_DIR"), QStringLiteral("PREVIOUS_VERSION")}));
        QCOMPARE(describeMissing(missing), QStringLiteral("RELEASES_DIR (steps 1–4), PREVIOUS_VERSION (steps 2–4)"));
        QVERIFY(missingValues(needed, {{QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/d")},
                                       {QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.4.0")}})
                    .isEmpty());
        QCOMPARE(stepNumbers({0, 2, 3, 5}), QStringLiteral("1, 3–4, 6"));
    }

    void confirmationIsWhatTheStepDestroys_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("confirm"); // the runbook's own, as the importer sets it
        QTest::addColumn<QString>("expected");
        const QString vars = QStringLiteral("${RELEASES_DIR:?}/${BAD_VERSION}");
        QTest::newRow("rm -rf a path") << QStringLiteral("rm -rf \"%1\"\nls -1").arg(vars) << "rm -rf" << "v2.5.0";
        QTest::newRow("drop table") << "psql -c 'DROP TABLE orders_old;'" << "DROP TABLE" << "orders_old";
        QTest::newRow("kubectl delete") << "kubectl delete deployment checkout -n prod" << "kubectl delete" << "checkout";
        QTest::newRow("helm uninstall") << "helm uninstall checkout -n shop"
                                        << "helm uninstall"
                                        << "checkout";
        QTest::newRow("flushall") << "redis-cli -h cache FLUSHALL" << "FLUSHALL" << "FLUSHALL";
        QTest::newRow("author's confirm wins") << "rm -rf /srv/x" << "harbor-dlq" << "harbor-dlq";
        QTest::newRow("value not given yet") << "rm -rf \"${NOPE}\"" << "rm -rf" << "rm -rf";
        QTest::newRow("scaled to zero") << "kubectl -n shop scale deploy/checkout --replicas=0"
                                        << "kubectl -n shop scale deploy/checkout --replicas=0"
                                        << "checkout";
        QTest::newRow("dump read in") << "psql -h db shop < nightly.sql"
                                      << "psql -h db shop <"
                                      << "nightly.sql";
        // The verb comes last: the stanza it restores is what the operator types.
        QTest::newRow("restore of a stanza")
            << "pgbackrest --stanza=billing --type=time --target=\"${NOPE}\" restore"
            << "restore"
            << "billing";
        QTest::newRow("naming option not given yet") << "pgbackrest --stanza=${NOPE} restore"
                                                     << "restore"
                                                     << "restore";
        // Options continued on the next lines name what the command acts on; the marks
        // that continue them ("\\", PowerShell's "`") are never the target.
        QTest::newRow("continued az line") << "az postgres flexible-server restore \\\n"
                                              "  --resource-group shop-rg \\\n"
                                              "  --name shop-db-restored \\\n"
                                              "  --source-server shop-db"
                                           << "restore"
                                           << "shop-db-restored";
        QTest::newRow("continued line") << "etcdutl snapshot restore snapshot.db \\\n"
                                           "  --data-dir /var/lib/etcd-new"
                                        << "restore"
                                        << "etcd-new";
        QTest::newRow("PowerShell continuation") << "Restore-Database -Name shop `\n"
                                                    "    -Backup nightly.bak"
                                                 << "Restore"
                                                 << "nightly.bak";
        QTest::newRow("dump not named yet") << "psql -h <host> shop < ${NOPE}"
                                            << "psql -h <host> shop <"
                                            << "psql -h <host> shop";
    }
    void confirmationIsWhatTheStepDestroys()
    {
        QFETCH(QString, code);
        QFETCH(QString, confirm);
        runbook::Step step;
        step.title = QStringLiteral("Delete it");
        step.kind = runbook::StepKind::Command;
        step.destructive = true;
        step.confirmTarget = confirm;
        step.commands.append({QStringLiteral("bash"), code, 3, {}});
        for (const QString &name : {QStringLiteral("RELEASES_DIR"), QStringLiteral("BAD_VERSION"), QStringLiteral("NOPE")})
            step.placeholders.append({name, QStringLiteral("${%1}").arg(name), runbook::Placeholder::Style::Brace, false, {}});
        step.placeholders[0].raw = QStringLiteral("${RELEASES_DIR:?}");
        QTEST(confirmationTarget(step, {{QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/drill/")},
                                        {QStringLiteral("BAD_VERSION"), QStringLiteral("v2.5.0")}}),
              "expected");
        step.destructive = false;
        QVERIFY(confirmationTarget(step, {}).isEmpty());
    }

    // The middle level names what the step acts on in the confirmation the operator clicks.
    void namedTargetIsWhatTheStepChanges_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("expected");
        QTest::newRow("helm rollback") << "helm rollback checkout 3 -n shop"
                                       << "checkout";
        QTest::newRow("rollout undo") << "kubectl rollout undo deploy/web -n shop"
                                      << "web";
        QTest::newRow("symlink, its link")
            << "sudo ln -sfn \"${RELEASES_DIR}/v2\" \"${RELEASES_DIR}/current\""
            << "current";
        QTest::newRow("value not given yet") << "helm rollback \"${NOPE}\""
                                             << "helm rollback";
        QTest::newRow("manifest applied") << "kubectl apply -f deploy/checkout.yaml -n shop"
                                          << "checkout.yaml";
        QTest::newRow("manifest from stdin") << "kubectl apply -f -"
                                             << "kubectl apply";
        QTest::newRow("slot swap") << "az webapp deployment slot swap -g rg -n shop --slot staging"
                                   << "shop (staging \u2192 production)";
    }
    void namedTargetIsWhatTheStepChanges()
    {
        QFETCH(QString, code);
        runbook::Step step;
        step.title = QStringLiteral("Change it");
        step.kind = runbook::StepKind::Command;
        step.confirmation = runbook::Confirmation::NameTarget;
        step.commands.append({QStringLiteral("bash"), code, 3, {}});
        for (const QString &name : {QStringLiteral("RELEASES_DIR"), QStringLiteral("NOPE")})
            step.placeholders.append({name,
                                      QStringLiteral("${%1}").arg(name),
                                      runbook::Placeholder::Style::Brace,
                                      false,
                                      {}});
        QTEST(namedTarget(step, {{QStringLiteral("RELEASES_DIR"), QStringLiteral("/srv/shop")}}),
              "expected");
        step.confirmation = runbook::Confirmation::OneClick;
        QVERIFY(namedTarget(step, {}).isEmpty());
    }

    // The example's destructive step, as imported.
    void exampleDeletesTheBadRelease()
    {
        const runbook::Step &remove = procedure(QStringLiteral("Remove")).steps.at(1);
        QVERIFY(remove.destructive);
        QCOMPARE(confirmationTarget(remove, {{QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/larkspur-drill")},
                                             {QStringLiteral("BAD_VERSION"), QStringLiteral("v2.5.0")}}),
                 QStringLiteral("v2.5.0"));
    }
};

QTEST_GUILESS_MAIN(TestDeclarationValues)
#include "tst_declarationvalues.moc"
