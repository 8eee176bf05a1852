#include "report/MarkdownReport.h"

#include <QFile>
#include <QTest>

using namespace rollcage;
using namespace rollcage::report;
namespace events = incident::events;

namespace {

// 2026-03-14 09:26:00 UTC, then a few minutes of a rollback.
constexpr qint64 kT0 = 1773480360000;

incident::Event ev(qint64 id, qint64 offsetMs, const QString &type, QJsonObject data, int step = -1,
                   const QString &who = QStringLiteral("riley"))
{
    incident::Event e;
    e.id = id;
    e.incidentId = 42;
    e.atMs = kT0 + offsetMs;
    e.operatorName = who;
    e.type = type;
    e.stepIndex = step;
    e.data = std::move(data);
    return e;
}

ReportData sampleIncident()
{
    ReportData d;
    d.incident.id = 42;
    d.incident.title = QStringLiteral("Larch Payments Rollback: Application rollback");
    d.incident.service = QStringLiteral("larch-payments");
    d.incident.environment = QStringLiteral("production");
    d.incident.procedure = QStringLiteral("Application rollback");
    d.incident.runbookTitle = QStringLiteral("Larch Payments Rollback");
    d.incident.runbookSource = QStringLiteral("runbooks/larch.md");
    d.incident.runbookSha256 = QStringLiteral("9c1d5e");
    d.events = {
        ev(1, 0, events::Declared,
           {{QStringLiteral("procedure"), QStringLiteral("Application rollback")}}),
        ev(2, 5'000, events::VariableSet,
           {{QStringLiteral("name"), QStringLiteral("version")},
            {QStringLiteral("value"), QStringLiteral("4.1.0")}}),
        ev(3, 20'000, events::DecisionTaken,
           {{QStringLiteral("action"), QStringLiteral("Roll back")},
            {QStringLiteral("justification"), QStringLiteral("card declines at 9% | since 09:10")},
            {QStringLiteral("deadline_ms"), kT0 + 900'000}},
           -1, QStringLiteral("sam")),
        ev(4, 30'000, events::StateChanged,
           {{QStringLiteral("from"), QStringLiteral("declared")},
            {QStringLiteral("to"), QStringLiteral("rolling_back")},
            {QStringLiteral("reason"), QStringLiteral("a procedure step was started")}}),
        ev(5, 31'000, events::StepStarted,
           {{QStringLiteral("title"), QStringLiteral("Pin the previous image")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("command"),
             QStringLiteral("kubectl set image deploy/larch app=larch:'4.1.0'")}},
           0),
        ev(6, 33'500, events::StepFinished,
           {{QStringLiteral("status"), QStringLiteral("succeeded")},
            {QStringLiteral("exit_code"), 0}},
           0),
        ev(7, 40'000, events::StepStarted,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("command"), QStringLiteral("redis-cli -a •••• FLUSHALL")}},
           1),
        ev(8, 41'000, events::StepOutcomeUnknown,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")}}, 1),
        ev(9, 100'000, events::StepResolved,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("resolution"), QStringLiteral("retry")}},
           1),
        ev(10, 101'000, events::StepStarted,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("attempt"), 2},
            {QStringLiteral("command"), QStringLiteral("redis-cli -a •••• FLUSHALL")}},
           1),
        ev(11, 175'000, events::StepFinished,
           {{QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("exit_code"), 1},
            {QStringLiteral("error"), QStringLiteral("The step exited with status 1.")}},
           1),
        ev(12, 180'000, events::StepSkipped,
           {{QStringLiteral("title"), QStringLiteral("Announce")},
            {QStringLiteral("reason"), QStringLiteral("done by hand in #incidents")}},
           2),
    };
    d.state = incident::deriveState(d.events);
    d.outputTails.insert(5, {QStringLiteral("deployment.apps/larch image updated")});
    d.outputLineCounts.insert(5, 1);
    d.outputTails.insert(10, {QStringLiteral("line 98"), QStringLiteral("line 99 ```not a fence"),
                              QStringLiteral("ERR connection refused")});
    d.outputLineCounts.insert(10, 100);
    return d;
}

} // namespace

class TestMarkdownReport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void matchesGolden_data();
    void matchesGolden();
};

void TestMarkdownReport::matchesGolden_data()
{
    QTest::addColumn<ReportData>("data");
    QTest::addColumn<QString>("golden");
    QTest::newRow("rollback with retry and skip")
        << sampleIncident() << QStringLiteral("incident.md");
    ReportData empty = sampleIncident();
    empty.events = empty.events.mid(0, 1);
    empty.state = incident::deriveState(empty.events);
    QTest::newRow("just declared") << empty << QStringLiteral("declared.md");
}

void TestMarkdownReport::matchesGolden()
{
    QFETCH(ReportData, data);
    QFETCH(QString, golden);
    const QString path = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/report/golden/") + golden;
    const QString rendered = renderMarkdown(data);
    if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(rendered.toUtf8());
    }
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    QCOMPARE(rendered, QString::fromUtf8(file.readAll()));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
