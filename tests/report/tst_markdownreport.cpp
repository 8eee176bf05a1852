#include "incident/Events.h"
#include "report/MarkdownReport.h"
#include "report/ReportExport.h"

#include <QFile>
#include <QTest>

using namespace rollcage;
using namespace rollcage::report;
namespace events = incident::events;
using namespace Qt::StringLiterals;

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
        ev(1, 0, events::Declared::Name,
           {{QStringLiteral("procedure"), QStringLiteral("Application rollback")}}),
        ev(2, 5'000, events::VariableSet::Name,
           {{QStringLiteral("name"), QStringLiteral("version")},
            {QStringLiteral("value"), QStringLiteral("4.1.0")}}),
        ev(3, 20'000, events::DecisionTaken::Name,
           {{QStringLiteral("action"), QStringLiteral("Roll back")},
            {QStringLiteral("justification"), QStringLiteral("card declines at 9% | since 09:10")},
            {QStringLiteral("deadline_ms"), kT0 + 900'000}},
           -1, QStringLiteral("sam")),
        ev(4, 30'000, events::StateChanged::Name,
           {{QStringLiteral("from"), QStringLiteral("declared")},
            {QStringLiteral("to"), QStringLiteral("rolling_back")},
            {QStringLiteral("reason"), QStringLiteral("a procedure step was started")}}),
        ev(5, 31'000, events::StepStarted::Name,
           {{QStringLiteral("title"), QStringLiteral("Pin the previous image")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("command"),
             QStringLiteral("kubectl set image deploy/larch app=larch:'4.1.0'")}},
           0),
        ev(6, 33'500, events::StepFinished::Name,
           {{QStringLiteral("status"), QStringLiteral("succeeded")},
            {QStringLiteral("exit_code"), 0}},
           0),
        ev(7, 40'000, events::StepStarted::Name,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("command"), QStringLiteral("redis-cli -a •••• FLUSHALL")}},
           1),
        ev(8, 41'000, events::StepOutcomeUnknown::Name,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")}}, 1),
        ev(9, 100'000, events::StepResolved::Name,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("resolution"), QStringLiteral("retry")}},
           1),
        ev(10, 101'000, events::StepStarted::Name,
           {{QStringLiteral("title"), QStringLiteral("Flush the session cache")},
            {QStringLiteral("attempt"), 2},
            {QStringLiteral("command"), QStringLiteral("redis-cli -a •••• FLUSHALL")}},
           1),
        ev(11, 175'000, events::StepFinished::Name,
           {{QStringLiteral("status"), QStringLiteral("failed")},
            {QStringLiteral("exit_code"), 1},
            {QStringLiteral("error"), QStringLiteral("The step exited with status 1.")}},
           1),
        // Journalled before group and label were recorded: the number and who only.
        ev(29, 176'000, events::Escalated::Name,
           {{QStringLiteral("level"), 2},
            {QStringLiteral("who"), QStringLiteral("Payments engineering manager")},
            {QStringLiteral("note"), QStringLiteral("paged")}}),
        ev(30, 178'000, events::Escalated::Name,
           {{QStringLiteral("level"), 4},
            {QStringLiteral("who"), QStringLiteral("Card processor support desk")},
            {QStringLiteral("group"), QStringLiteral("Partner escalation")},
            {QStringLiteral("label"), QStringLiteral("L1")},
            {QStringLiteral("note"), QStringLiteral("ticket 4411")}}),
        ev(12, 180'000, events::StepSkipped::Name,
           {{QStringLiteral("title"), QStringLiteral("Announce")},
            {QStringLiteral("reason"), QStringLiteral("done by hand in #incidents")}},
           2),
        ev(13, 182'000, events::VariableSet::Name,
           {{QStringLiteral("name"), QStringLiteral("selected-backup")},
            {QStringLiteral("value"), QStringLiteral("larch-2026-03-14T02:00.dump")}}),
        ev(14, 190'000, events::MessageQueued::Name,
           {{QStringLiteral("key"), QStringLiteral("k-1")},
            {QStringLiteral("channel"), QStringLiteral("ops-slack")},
            {QStringLiteral("title"), QStringLiteral("Rollback in progress")},
            {QStringLiteral("text"), QStringLiteral("Rolling back larch")}}),
        ev(15, 191'000, events::MessageAttemptFailed::Name,
           {{QStringLiteral("key"), QStringLiteral("k-1")},
            {QStringLiteral("channel"), QStringLiteral("ops-slack")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("error"), QStringLiteral("Internal Server Error")},
            {QStringLiteral("http_status"), 500},
            {QStringLiteral("next_attempt_ms"), kT0 + 196'000}}),
        ev(16, 196'500, events::MessageSent::Name,
           {{QStringLiteral("key"), QStringLiteral("k-1")},
            {QStringLiteral("channel"), QStringLiteral("ops-slack")},
            {QStringLiteral("attempt"), 2},
            {QStringLiteral("http_status"), 200}}),
        ev(17, 200'000, events::MessageQueued::Name,
           {{QStringLiteral("key"), QStringLiteral("k-2")},
            {QStringLiteral("channel"), QStringLiteral("exec-teams")},
            {QStringLiteral("title"), QStringLiteral("")},
            {QStringLiteral("text"), QStringLiteral("FYI")}}),
        ev(18, 260'000, events::MessageAbandoned::Name,
           {{QStringLiteral("key"), QStringLiteral("k-2")},
            {QStringLiteral("reason"), QStringLiteral("told them on the bridge call")}}),
        ev(19, 270'000, events::HealthResult::Name,
           {{QStringLiteral("check"), QStringLiteral("api /health")},
            {QStringLiteral("ok"), false},
            {QStringLiteral("detail"), QStringLiteral("HTTP 503 in 120 ms")}}),
        ev(20, 300'000, events::HealthResult::Name,
           {{QStringLiteral("check"), QStringLiteral("api /health")},
            {QStringLiteral("ok"), true},
            {QStringLiteral("detail"), QStringLiteral("HTTP 200 in 80 ms")}}),
        ev(21, 310'000, events::ChecklistTicked::Name,
           {{QStringLiteral("checklist"), QStringLiteral("Post-rollback validation")},
            {QStringLiteral("item"), QStringLiteral("Error rate below 1%")}}),
        ev(22, 320'000, events::ChecklistWaived::Name,
           {{QStringLiteral("checklist"), QStringLiteral("Post-rollback validation")},
            {QStringLiteral("item"), QStringLiteral("Card payments succeed")},
            {QStringLiteral("reason"), QStringLiteral("no test card at night")}}),
        ev(23, 330'000, events::ReportFieldSet::Name,
           {{QStringLiteral("field"), QStringLiteral("root_cause")},
            {QStringLiteral("text"), QStringLiteral("first guess")}}),
        ev(24, 340'000, events::ReportFieldSet::Name,
           {{QStringLiteral("field"), QStringLiteral("root_cause")},
            {QStringLiteral("text"), QStringLiteral("Release 4.2.0 sent amounts in cents to a "
                                                    "gateway expecting units.")}}),
        ev(25, 345'000, events::ReportFieldSet::Name,
           {{QStringLiteral("field"), QStringLiteral("prevention")},
            {QStringLiteral("text"),
             QStringLiteral("- Contract test for amounts (sam, 2026-03-21)")}}),
        ev(26, 350'000, events::StateChanged::Name,
           {{QStringLiteral("from"), QStringLiteral("rolling_back")},
            {QStringLiteral("to"), QStringLiteral("resolved")}}),
        ev(27, 355'000, events::MessageQueued::Name,
           {{QStringLiteral("key"), QStringLiteral("k-3")},
            {QStringLiteral("channel"), QStringLiteral("exec-teams")},
            {QStringLiteral("title"), QStringLiteral("Resolved")},
            {QStringLiteral("text"), QStringLiteral("All clear")}}),
        ev(28, 356'000, events::MessageRejected::Name,
           {{QStringLiteral("key"), QStringLiteral("k-3")},
            {QStringLiteral("channel"), QStringLiteral("exec-teams")},
            {QStringLiteral("attempt"), 1},
            {QStringLiteral("error"), QStringLiteral("HTTP 404: workflow not found")},
            {QStringLiteral("http_status"), 404}}),
    };
    d.procedure.method = QStringLiteral("Image pin");
    d.procedure.risk = QStringLiteral("Low");
    d.procedure.expected = QStringLiteral("10 minutes");
    d.procedure.stepCount = 4;
    d.procedure.validation = {
        {QStringLiteral("Post-rollback validation"),
         {QStringLiteral("Error rate below 1%"), QStringLiteral("Card payments succeed"),
          QStringLiteral("Dashboards green")}}};
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
    void humanFieldsLatestWinsAndMarkersOnlyWhereEmpty();
    void timelineHasNoRawEventNames();
    void timelineSaysWhomWasCalled();
    void teamDecisionsNameBothPeople();
    void typedTextShowsAsTyped_data();
    void typedTextShowsAsTyped();
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

    // The HTML export of the same report, also under review as a golden file.
    const QString htmlPath = path.chopped(3) + QStringLiteral(".html");
    const QString html = markdownToHtml(rendered, QStringLiteral("Incident 42"));
    if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
        QFile out(htmlPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(html.toUtf8());
    }
    QFile htmlFile(htmlPath);
    QVERIFY2(htmlFile.open(QIODevice::ReadOnly), qPrintable(htmlPath));
    QCOMPARE(html, QString::fromUtf8(htmlFile.readAll()));
}

void TestMarkdownReport::humanFieldsLatestWinsAndMarkersOnlyWhereEmpty()
{
    const QString md = renderMarkdown(sampleIncident());
    QVERIFY(md.contains(QStringLiteral("## Root cause\n\nRelease 4.2.0 sent amounts in cents")));
    QVERIFY(!md.contains(QStringLiteral("first guess")));
    // Resolution and users affected were never written: two markers, none elsewhere.
    QCOMPARE(md.count(QStringLiteral("**To be filled in.**")), 2);
    const qsizetype resolution = md.indexOf(QStringLiteral("## Resolution"));
    QCOMPARE(md.indexOf(QStringLiteral("**To be filled in.**"), resolution),
             resolution + QStringLiteral("## Resolution\n\n> ").size());
    // The duration runs from declared to resolved: 350 s.
    QVERIFY(md.contains(QStringLiteral("- Duration: 5 min 50 s")));
    QVERIFY(md.contains(QStringLiteral("- selected-backup: `larch-2026-03-14T02:00.dump`")));
    QVERIFY(md.contains(QStringLiteral("Message to exec-teams given up: told them on the bridge call")));
}

void TestMarkdownReport::timelineHasNoRawEventNames()
{
    const QString md = renderMarkdown(sampleIncident());
    const QString timeline = md.section(QStringLiteral("## Timeline"), 1).section(QStringLiteral("\n## "), 0, 0);
    for (const char *raw : {"message_queued", "message_attempt_failed", "message_sent",
                            "message_abandoned", "message_rejected", "health_result", "report_field_set",
                            "state_changed", "rolling_back"})
        QVERIFY2(!timeline.contains(QLatin1String(raw)), raw);
}

// The list and the rank as the runbook writes them beside the number; a journal from
// before they were recorded still reads with the number and the contact.
void TestMarkdownReport::timelineSaysWhomWasCalled()
{
    const QString md = renderMarkdown(sampleIncident());
    QVERIFY2(md.contains(u"Escalated to Level 4 — Partner escalation: L1 (Card processor support desk): ticket 4411"_s),
             qPrintable(md));
    QVERIFY(md.contains(u"Escalated to Level 2 (Payments engineering manager): paged"_s));
}

// Four-eyes, a take-over and a hand-over: the timeline and the execution log say who
// asked, who answered and why, never the raw event name.
void TestMarkdownReport::teamDecisionsNameBothPeople()
{
    ReportData d = sampleIncident();
    const QString proc = QStringLiteral("Application rollback");
    qint64 id = 100;
    const auto add = [&](qint64 offset, const QString &type, const QJsonObject &data, int step,
                         const QString &who) { d.events.append(ev(++id, offset, type, data, step, who)); };
    add(40'000, events::FourEyesSet::Name, events::toJson(events::FourEyesSet{true, {}}), -1, u"riley"_s);
    add(41'000, events::ApprovalRequested::Name,
        events::toJson(events::ApprovalRequested{proc, u"Pin the previous image"_s,
                                                 u"kubectl set image deploy/larch 4.1.0"_s, {}}),
        0, u"riley"_s);
    add(42'000, events::ApprovalDecided::Name,
        events::toJson(events::ApprovalDecided{proc, u"Pin the previous image"_s, 102, u"riley"_s,
                                               false, u"wrong tag"_s}),
        0, u"sam"_s);
    add(43'000, events::ApprovalDecided::Name,
        events::toJson(events::ApprovalDecided{proc, u"Pin the previous image"_s, 102, u"riley"_s,
                                               true, u"tag checked"_s}),
        0, u"sam"_s);
    add(44'000, events::StepTakenOver::Name,
        events::toJson(events::StepTakenOver{proc, u"Pin the previous image"_s, u"riley"_s,
                                             u"laptop died"_s}),
        0, u"sam"_s);
    add(45'000, events::CommandHandedOver::Name,
        events::toJson(events::CommandHandedOver{u"riley"_s, u"sam"_s, u"end of shift"_s}), -1,
        u"riley"_s);
    d.state = incident::deriveState(d.events);
    const QString md = renderMarkdown(d);
    for (const QString &said :
         {u"approval requested by riley for `kubectl set image deploy/larch 4.1.0`"_s,
          u"Step 1 \"Pin the previous image\" refused by sam (requested by riley): wrong tag"_s,
          u"Step 1 \"Pin the previous image\" approved by sam (requested by riley): tag checked"_s,
          u"Step 1 \"Pin the previous image\" taken over from riley by sam: laptop died"_s,
          u"Command handed over from riley to sam: end of shift"_s,
          u"### Approvals (four eyes)"_s, u"Four-eyes approval required for destructive steps"_s})
        QVERIFY2(md.contains(said), qPrintable(said + u"\n\n"_s + md));
    for (const char *raw : {"approval_requested", "approval_decided", "step_taken_over",
                            "command_handed_over", "four_eyes_set"})
        QVERIFY2(!md.contains(QLatin1String(raw)), raw);
}

void TestMarkdownReport::typedTextShowsAsTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("shown"); // as the HTML report's timeline shows it
    QTest::newRow("backslashes") << u"cd C:\\deploy\\current"_s << u"cd C:\\deploy\\current"_s;
    QTest::newRow("a pipe") << u"grep -c ERROR app.log | tail"_s
                            << u"grep -c ERROR app.log | tail"_s;
    QTest::newRow("escaped newline") << u"printf 'a\\n' | wc -l"_s << u"printf 'a\\n' | wc -l"_s;
    QTest::newRow("a backtick") << u"echo `date`"_s << u"echo `date`"_s;
}

// What the operator typed reads in the report exactly as typed: inside a code span a
// backslash is shown as written, so the table's escaping must not double it.
void TestMarkdownReport::typedTextShowsAsTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, shown);
    ReportData d = sampleIncident();
    d.events.append(
        ev(200, 50'000, events::SessionLineTyped::Name,
           events::toJson(events::SessionLineTyped{
               u"Application rollback"_s, u"Pin the previous image"_s, typed, 0, 0, false}),
           0));
    d.state = incident::deriveState(d.events);
    const QString html = markdownToHtml(renderMarkdown(d), u"report"_s);
    const QString expected = u"typed by hand: <code>"_s + shown.toHtmlEscaped() + u"</code>"_s;
    QVERIFY2(html.contains(expected), qPrintable(expected + u"\n\n"_s + html));
}

QTEST_GUILESS_MAIN(TestMarkdownReport)
#include "tst_markdownreport.moc"
