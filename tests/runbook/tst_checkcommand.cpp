// `rollcage check` as users and CI scripts call it: the real executable, as a child process.
#include "common/RollcageCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = rollcage::test::CliOutcome;

Run check(const QStringList &arguments)
{
    return rollcage::test::runRollcage(QStringList{u"check"_s} + arguments);
}

QString fixture(const char *name)
{
    return QStringLiteral(ROLLCAGE_FIXTURES_DIR "/") + QLatin1String(name);
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean runbook") << QStringList{fixture("numbered-loose.md")} << 0;
        QTest::newRow("warnings only") << QStringList{fixture("ragged-unclosed.md")} << 0;
        QTest::newRow("error diagnostic") << QStringList{fixture("no-procedure.md")} << 1;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/runbook.md"_s} << 2;
        QTest::newRow("no file") << QStringList{} << 2;
        QTest::newRow("two files")
            << QStringList{fixture("numbered-loose.md"), fixture("no-procedure.md")} << 2;
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s, fixture("numbered-loose.md")} << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QCOMPARE(check(arguments).exitCode, exitCode);
        QCOMPARE(check(QStringList{u"--json"_s} + arguments).exitCode, exitCode);
    }

    void jsonHasTheDocumentedShape()
    {
        const Run r = check({u"--json"_s, fixture("numbered-loose.md")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key :
             {"title", "source", "decisions", "triggers", "checklists", "procedures", "templates",
              "stakeholders", "escalation", "secrets", "diagnostics"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"title"_s).toString(), u"Ledger API rollback"_s);
        const QJsonObject decision = o.value(u"decisions"_s).toArray().at(1).toObject();
        QCOMPARE(decision.value(u"deadline_minutes"_s).toInt(), 20);
        QVERIFY(o.value(u"decisions"_s)
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(u"deadline_minutes"_s)
                    .isNull());
        const QJsonObject step = o.value(u"procedures"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"steps"_s)
                                     .toArray()
                                     .at(1)
                                     .toObject();
        QCOMPARE(step.value(u"kind"_s).toString(), u"command"_s);
        QVERIFY(step.value(u"destructive"_s).toBool());
        QCOMPARE(step.value(u"expected_seconds"_s).toInt(), 1800);
        QCOMPARE(step.value(u"commands"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 37);
        const QJsonArray secrets = o.value(u"secrets"_s).toArray();
        QVERIFY(secrets.contains(u"db-password"_s));
        QVERIFY(secrets.contains(u"API_TOKEN"_s));
        QVERIFY(secrets.contains(u"REDIS_PASSWORD"_s));
        QVERIFY(!secrets.contains(u"SNAPSHOT"_s));
    }

    void humanSummaryAndDiagnosticsWithLines()
    {
        const Run r = check({fixture("ragged-unclosed.md")});
        QVERIFY(r.out.contains("Courier Routing Rollback"));
        QVERIFY(r.out.contains("Stop the router"));
        QVERIFY(r.err.contains("ragged-unclosed.md:6: warning:"));
        QVERIFY(r.err.contains("ragged-unclosed.md:17: warning:"));
        const Run bad = check({fixture("no-procedure.md")});
        QVERIFY(bad.err.contains("no-procedure.md:1: error: No rollback procedure found"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
