// The severity rules the Assess page asks (runbook/SeverityLevels.h): a level's code, the
// level a decision row names, the countdown an assessment starts; and the shapes of
// severity definitions the importer reads as levels besides a table.

#include "runbook/Importer.h"
#include "runbook/SeverityLevels.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

class TestSeverityLevels : public QObject
{
    Q_OBJECT

private slots:
    void code_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("SEV-1 with a name") << u"SEV-1 — Critical"_s << u"sev1"_s;
        QTest::newRow("Sev 2") << u"Sev 2"_s << u"sev2"_s;
        QTest::newRow("Severity 3 examples") << u"Severity 3 examples"_s << u"sev3"_s;
        QTest::newRow("SEV1") << u"SEV1"_s << u"sev1"_s;
        QTest::newRow("P1") << u"P1"_s << u"p1"_s;
        QTest::newRow("P-2 bold") << u"**P-2**: major"_s << u"p2"_s;
        QTest::newRow("Priority 4") << u"Priority 4 (low)"_s << u"p4"_s;
        QTest::newRow("Phase 1 is not a level") << u"Phase 1 rollout"_s << QString();
        QTest::newRow("S3 is not a level") << u"S3 bucket check"_s << QString();
        QTest::newRow("P10x is not a level") << u"P10x"_s << QString();
        QTest::newRow("version P1.2") << u"P1.2 release"_s << QString();
        QTest::newRow("a word alone") << u"Critical"_s << QString();
    }
    void code()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QCOMPARE(severityCode(text), code);
    }

    void levelForDecision_data()
    {
        QTest::addColumn<QString>("severity");
        QTest::addColumn<int>("level");
        QTest::newRow("same code") << u"SEV-2"_s << 1;
        QTest::newRow("code written otherwise") << u"sev 1 (page everyone)"_s << 0;
        QTest::newRow("by the level's word") << u"Minor"_s << 2;
        QTest::newRow("other family") << u"P1"_s << -1;
        QTest::newRow("nothing") << QString() << -1;
        QTest::newRow("the family word alone") << u"Severity"_s << -1;
    }
    void levelForDecision()
    {
        QFETCH(QString, severity);
        QFETCH(int, level);
        const QList<SeverityLevel> levels = {{u"SEV-1 — Critical"_s, {}, {}, {}, 1},
                                             {u"SEV-2 — Major"_s, {}, {}, {}, 2},
                                             {u"SEV-3 — Minor"_s, {}, {}, {}, 3}};
        QCOMPARE(severityLevelFor(levels, severity), level);
    }

    void deadline()
    {
        Decision withDeadline;
        withDeadline.deadlineMinutes = 30;
        Decision without;
        SeverityLevel fast;
        fast.responseMinutes = 15;
        SeverityLevel untimed;
        QCOMPARE(responseDeadline(&withDeadline, &fast), std::optional<int>(30));
        QCOMPARE(responseDeadline(&without, &fast), std::optional<int>(15));
        QCOMPARE(responseDeadline(nullptr, &fast), std::optional<int>(15));
        QCOMPARE(responseDeadline(&without, &untimed), std::nullopt);
        QCOMPARE(responseDeadline(nullptr, nullptr), std::nullopt);
    }

    // Headings that only look like levels stay what they are.
    void notLevels_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        const QByteArray steps = "\n```bash\nsvcctl restart\n```\n";
        QTest::newRow("one P1 heading alone") << "# R\n## P1 rollout\n" + steps;
        QTest::newRow("a word heading outside a levels section")
            << "# R\n## Critical path\n" + steps + "## Low-risk checks\n" + steps;
        QTest::newRow("bold leads that are not levels")
            << "# R\n## Rollback\n- **Stop** the worker\n- **Start** the old one\n"_ba;
        QTest::newRow("one bold level") << "# R\n## Notes\n- **P1** pages everyone\n"_ba;
    }
    void notLevels()
    {
        QFETCH(QByteArray, markdown);
        QVERIFY(Importer::importText(markdown, u"t.md"_s).severities.isEmpty());
    }

    // A table summing the levels up and a section per level give each level once.
    void tableAndHeadingsMerge()
    {
        const QByteArray md = "# R\n## Severity\n\n| Severity | Response |\n|---|---|\n"
                              "| SEV-1 | 15 min |\n| SEV-2 | |\n\n"
                              "### SEV-1\n\nEverything is down.\n\n"
                              "### SEV-2\n\nSome tenants fail. Response: 1 hour.\n"_ba;
        const Runbook rb = Importer::importText(md, u"t.md"_s);
        QCOMPARE(rb.severities.size(), 2);
        QCOMPARE(rb.severities.at(0).description, u"Everything is down"_s);
        QCOMPARE(rb.severities.at(0).responseMinutes, std::optional<int>(15));
        QCOMPARE(rb.severities.at(1).responseMinutes, std::optional<int>(60));
        QCOMPARE(rb.severities.at(1).description, u"Some tenants fail"_s);
    }

    // Word levels under a heading that says they are levels.
    void wordLevelsUnderALevelsHeading()
    {
        const QByteArray md = "# R\n## Incident priorities\n### Critical\nAll users. Respond "
                              "immediately.\n### Low\nCosmetic. Response: best effort.\n"_ba;
        const Runbook rb = Importer::importText(md, u"t.md"_s);
        QCOMPARE(rb.severities.size(), 2);
        QCOMPARE(rb.severities.at(0).name, u"Critical"_s);
        QCOMPARE(rb.severities.at(0).responseMinutes, std::optional<int>(0));
        QCOMPARE(rb.severities.at(1).responseText, u"best effort"_s);
        QCOMPARE(rb.severities.at(1).responseMinutes, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestSeverityLevels)
#include "tst_severitylevels.moc"
