// What each procedure is for (rollback, recovery, diagnosis, verification, other), from
// its heading, the headings above it, then its steps; and the tokens the JSON uses.

#include "runbook/Importer.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(rollcage::runbook::ProcedureKind)

class TestProcedureKind : public QObject
{
    Q_OBJECT

private slots:
    void kindFromHeadings_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<ProcedureKind>("kind");
        const QByteArray steps = "\n1. Do it\n   ```bash\n   run-it\n   ```\n2. Then this\n";
        QTest::newRow("rollback") << "# R\n## Rollback procedure\n" + steps << ProcedureKind::Rollback;
        QTest::newRow("revert") << "# R\n## Revert the release\n" + steps << ProcedureKind::Rollback;
        QTest::newRow("restore") << "# R\n## Restore from backup\n" + steps << ProcedureKind::Recovery;
        QTest::newRow("failover") << "# R\n## Failover procedure\n" + steps << ProcedureKind::Recovery;
        QTest::newRow("repair") << "# R\n## Repair procedure\n" + steps << ProcedureKind::Recovery;
        // Checking words win over acting words in one heading.
        QTest::newRow("rollback verification")
            << "# R\n## Verify the rollback\n" + steps << ProcedureKind::Verification;
        QTest::newRow("diagnose the failover")
            << "# R\n## Procedure: investigate the failover\n" + steps << ProcedureKind::Diagnosis;
        // A procedure whose own heading says nothing takes its ancestor's word.
        QTest::newRow("under rollback")
            << "# R\n## Rollback\n### Procedure A: Helm\n" + steps << ProcedureKind::Rollback;
        QTest::newRow("under restore")
            << "# R\n## Restore\n### Procedure for the database\n" + steps
            << ProcedureKind::Recovery;
        // Nothing says: other.
        QTest::newRow("plain") << "# R\n## Practice sandbox setup\n" + steps << ProcedureKind::Other;
        // The document's title is the last resort, after the steps.
        QTest::newRow("document title")
            << "# Database restore\n## Practice sandbox setup\n" + steps
            << ProcedureKind::Recovery;
        QTest::newRow("steps before document title")
            << QByteArray("# Database restore\n## Practice sandbox setup\n"
                          "1. Verify the replicas\n   ```bash\n   check-it\n   ```\n")
            << ProcedureKind::Verification;
    }
    void kindFromHeadings()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(ProcedureKind, kind);
        const Runbook rb = Importer::importText(markdown, u"kind.md"_s);
        QCOMPARE(rb.procedures.size(), 1);
        QCOMPARE(kindName(rb.procedures.first().kind), kindName(kind));
    }

    void namesRoundTrip()
    {
        for (const ProcedureKind k : {ProcedureKind::Rollback, ProcedureKind::Recovery,
                                      ProcedureKind::Diagnosis, ProcedureKind::Verification,
                                      ProcedureKind::Other})
            QCOMPARE(kindFromName(kindName(k)), std::optional<ProcedureKind>(k));
        QCOMPARE(kindName(ProcedureKind::Rollback), u"rollback"_s);
        QCOMPARE(kindName(ProcedureKind::Diagnosis), u"diagnosis"_s);
        QVERIFY(!kindFromName(u"Rollback"_s));
        QCOMPARE(Procedure{}.kind, ProcedureKind::Rollback);
    }
};

QTEST_GUILESS_MAIN(TestProcedureKind)
#include "tst_procedurekind.moc"
