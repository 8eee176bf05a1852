// The typed events and the journals on disk: every event type reads back what older
// Rollcages wrote (key for key), only free text is masked, and a journal written before
// the typed events existed (main at 86f1b9f) derives the same incident.
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::incident;

namespace {

// The payload as the typed event reads and writes it back; nullopt for an unknown type.
std::optional<QJsonObject> roundTrip(const QString &type, const QJsonObject &payload)
{
    std::optional<QJsonObject> out;
    std::apply(
        [&](const auto &...e) {
            (
                [&] {
                    using E = std::decay_t<decltype(e)>;
                    if (!out && E::Name == type)
                        out = events::toJson(events::fromJson<E>(payload));
                }(),
                ...);
        },
        events::All{});
    return out;
}

QSet<QString> allNames()
{
    QSet<QString> names;
    std::apply([&](const auto &...e) { (names.insert(std::decay_t<decltype(e)>::Name), ...); },
               events::All{});
    return names;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestEventCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsBackWhatWasWritten_data();
    void readsBackWhatWasWritten();
    void everyTypeIsCovered();
    void onlyFreeTextIsMasked();
    void optionalFieldsAreLeftOut();
    void aJournalFromBeforeTypedEventsDerivesTheSameIncident();

private:
    QSet<QString> m_covered;
};

// Each row: a payload as a Rollcage before the typed events wrote it, every field filled.
void TestEventCodec::readsBackWhatWasWritten_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("json");
    const auto row = [](const char *type, const char *json) {
        QTest::newRow(type) << QString::fromLatin1(type) << QByteArray(json);
    };
    row("declared",
        R"({"title":"Checkout down","service":"checkout","environment":"prod","procedure":"Roll back"})");
    row("state_changed",
        R"({"from":"verifying","to":"aborted","reason":"duplicate","abandoned":true,"closed":true})");
    row("variable_set", R"({"name":"VERSION","value":"v2.4.0"})");
    row("decision_taken",
        R"({"scenario":"Error rate > 5%","action":"Roll back","justification":"5xx","deadline_ms":1796462500000})");
    row("checklist_ticked", R"({"checklist":"Before","item":"Channel opened"})");
    row("checklist_waived", R"({"checklist":"Before","item":"Status page","reason":"none"})");
    row("checklist_unticked",
        R"({"checklist":"Before","item":"Channel opened","reason":"ticked by mistake"})");
    row("procedure_chosen", R"({"procedure":"Verify","previous":"Roll back","reason":"next"})");
    row("working_directory_set", R"({"directory":"/srv/app"})");
    row("session_changed",
        R"({"procedure":"Roll back","set":{"LAG":"4200"},"unset":["OLD"],"directory":"/srv/app/releases"})");
    row("note_added", R"({"procedure":"Roll back","text":"paged the DBA"})");
    row("report_field_set", R"({"field":"root_cause","text":"a bad migration"})");
    row("escalated",
        R"({"level":2,"who":"DBA on call","note":"restore needed","group":"Database","label":"L2"})");
    row("message_queued",
        R"({"key":"m-1","channel":"slack","kind":"update","title":"Update","text":"Rolling back"})");
    row("message_attempt_failed",
        R"({"key":"m-1","channel":"slack","attempt":1,"error":"HTTP 503","http_status":503,"next_attempt_ms":1796462501000})");
    row("message_sent",
        R"({"key":"m-1","channel":"slack","kind":"update","audience":"support","title":"Update","text":"Rolled back","attempt":2,"http_status":200})");
    row("message_rejected",
        R"({"key":"m-1","channel":"slack","attempt":1,"error":"HTTP 404","http_status":404,"reason":"check the webhook URL"})");
    row("message_abandoned", R"({"key":"m-1","reason":"sent by phone instead"})");
    row("stakeholder_notified", R"({"who":"Support lead","note":"by phone"})");
    row("health_result",
        R"({"check":"api","ok":false,"detail":"HTTP 502","status":502,"latency_ms":81,"url":"https://api.example.com/health","attempt":3})");
    row("health_targets", R"({"targets":{"prod":"https://api.example.com"}})");
    row("health_alert", R"({"check":"api","rule":"3 failures","message":"api failed 3 times"})");
    row("health_alert_cleared", R"({"check":"api","rule":"3 failures"})");
    row("step_started",
        R"({"procedure":"Roll back","title":"Swap slots","attempt":2,"command":"az webapp swap","line":42,"host":"vm","pid":4242,"gate":true})");
    row("step_finished",
        R"({"procedure":"Roll back","title":"Swap slots","status":"failed","exit_code":3,"signal":0,"error":"exit 3","lines":12,"run_event_id":7,"failed_line":44,"failed_command":"az webapp swap","gate":true})");
    row("step_blocked",
        R"({"procedure":"Roll back","title":"Swap slots","reason":"no value","missing":["SLOT"]})");
    row("step_skipped",
        R"({"procedure":"Roll back","title":"Swap slots","reason":"done by hand"})");
    row("step_waived", R"({"procedure":"Roll back","title":"Swap slots","reason":"not needed"})");
    row("step_outcome_unknown",
        R"({"procedure":"Roll back","title":"Swap slots","run_event_id":7,"reason":"its end could not be recorded"})");
    row("step_resolved",
        R"({"procedure":"Roll back","title":"Swap slots","resolution":"done","note":"checked by hand","manual":true})");
    row("four_eyes_set", R"({"required":true,"reason":"database restore ahead"})");
    row("approval_requested",
        R"({"procedure":"Roll back","title":"Drop the table","command":"psql -c 'DROP TABLE t'","note":"restore needs it"})");
    row("approval_decided",
        R"({"procedure":"Roll back","title":"Drop the table","request_id":12,"requested_by":"Ana","approved":true,"note":"backup checked"})");
    row("step_taken_over",
        R"({"procedure":"Roll back","title":"Swap slots","from":"Ana","reason":"her laptop died"})");
    row("role_taken", R"({"role":"observer"})");
    row("command_handed_over", R"({"from":"Ana","to":"Ben","note":"end of my shift"})");
    row("session_line_typed",
        R"({"procedure":"Roll back","title":"Flush the cache","text":"FLUSHALL","session_line":2,"line":48,"hidden":true})");
    row("step_input_given",
        R"({"procedure":"Roll back","title":"Promote","text":"y","hidden":true,"end_of_input":true})");
}

void TestEventCodec::readsBackWhatWasWritten()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, json);
    const QJsonObject payload = QJsonDocument::fromJson(json).object();
    QVERIFY2(!payload.isEmpty(), json.constData());
    const auto back = roundTrip(type, payload);
    QVERIFY2(back, qPrintable(type + QStringLiteral(" is not an event type")));
    // Key for key: a renamed or dropped key would make old journals read differently.
    QCOMPARE(QJsonDocument(*back).toJson(QJsonDocument::Compact),
             QJsonDocument(payload).toJson(QJsonDocument::Compact));
    m_covered.insert(type);
}

void TestEventCodec::everyTypeIsCovered()
{
    const QSet<QString> missing = allNames() - m_covered;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringList(missing.begin(), missing.end()).join(u' ')));
}

void TestEventCodec::onlyFreeTextIsMasked()
{
    // A short secret ("fail") must not garble what the state is rebuilt from (status).
    const auto mask = [](const QString &text) {
        return QString(text).replace(QStringLiteral("fail"), QStringLiteral("••••"));
    };
    events::StepFinished finished;
    finished.title = QStringLiteral("fail over");
    finished.status = QStringLiteral("failed");
    finished.error = QStringLiteral("failover refused");
    finished.failedCommand = QStringLiteral("./failover.sh");
    events::maskText(finished, mask);
    QCOMPARE(finished.status, QStringLiteral("failed"));
    QCOMPARE(finished.title, QStringLiteral("•••• over"));
    QCOMPARE(finished.error, QStringLiteral("••••over refused"));
    QCOMPARE(finished.failedCommand, QStringLiteral("./••••over.sh"));

    events::SessionChanged session;
    session.set.insert(QStringLiteral("fail_count"), QStringLiteral("failing"));
    events::maskText(session, mask);
    QCOMPARE(session.set.value(QStringLiteral("fail_count")), QStringLiteral("••••ing"));

    events::HealthTargets targets{parse(R"({"prod":"https://u:fail@h","n":3})")};
    events::maskText(targets, mask);
    QCOMPARE(targets.targets.value(QStringLiteral("prod")).toString(),
             QStringLiteral("https://u:••••@h"));
    QCOMPARE(targets.targets.value(QStringLiteral("n")).toInt(), 3);
}

void TestEventCodec::optionalFieldsAreLeftOut()
{
    // Written as older Rollcages wrote them: a journal reads the same whichever wrote it.
    QCOMPARE(events::toJson(
                 events::StateChanged{QStringLiteral("declared"), QStringLiteral("assessing"), {}}),
             parse(R"({"from":"declared","to":"assessing","reason":""})"));
    events::DecisionTaken decision{
        QStringLiteral("s"), QStringLiteral("a"), QStringLiteral("j"), {}};
    QVERIFY(!events::toJson(decision).contains(QStringLiteral("deadline_ms")));
    decision.deadlineMs = 0; // "decide now" is a deadline, not its absence
    QCOMPARE(events::toJson(decision).value(QStringLiteral("deadline_ms")).toInt(-1), 0);
    const auto read = events::fromJson<events::DecisionTaken>(parse(R"({"scenario":"s"})"));
    QVERIFY(!read.deadlineMs);
    QCOMPARE(events::fromJson<events::StepFinished>({}).exitCode, -1); // defaults survive
}

void TestEventCodec::aJournalFromBeforeTypedEventsDerivesTheSameIncident()
{
    // Written by `rollcage run` of main at 86f1b9f on an alert runbook of three procedures
    // (diagnose, mitigate, verify; a variable set in the first step and used later), with
    // one checklist item ticked and one waived.
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(QStringLiteral(ROLLCAGE_TEST_DATA "/journal-86f1b9f.db"), db));
    QVERIFY(QFile::setPermissions(db, QFile::ReadOwner | QFile::WriteOwner));
    auto store = IncidentStore::open(db);
    QVERIFY2(store, qPrintable(store.error));
    const auto events = (*store)->events(1);
    QVERIFY2(events, qPrintable(events.error));
    QCOMPARE(events->size(), 17);
    const IncidentState state = deriveState(*events);
    QCOMPARE(state.phase, Phase::Verifying);
    QCOMPARE(state.workingDirectory, QStringLiteral("/tmp/j1"));
    QCOMPARE(state.session.value(QStringLiteral("LAG")), QStringLiteral("4200"));
    QCOMPARE(state.procedure, QStringLiteral("Verify recovery"));
    QCOMPARE(state.procedures.size(), 3);
    const QStringList expected{QStringLiteral("Diagnose the lag"),
                               QStringLiteral("Mitigate: restart the consumers"),
                               QStringLiteral("Verify recovery")};
    for (int i = 0; i < 3; ++i)
        QCOMPARE(state.procedures.at(i).title, expected.at(i));
    QCOMPARE(state.procedures.at(0).steps.size(), 2);
    for (const ProcedureRun &run : state.procedures) {
        for (const StepRecord &step : run.steps) {
            QCOMPARE(step.state, StepState::Succeeded);
            QCOMPARE(step.attempts, 1);
            QCOMPARE(step.exitCode, 0);
        }
    }
    QCOMPARE(state.step(QStringLiteral("Diagnose the lag"), 1).title,
             QStringLiteral("Find the slow partition"));
    QCOMPARE(state.step(QStringLiteral("Diagnose the lag"), 1).lastRunEventId, 8);
    QCOMPARE(state.checklist.size(), 2);
    QVERIFY(!state.checklist.at(0).waived);
    QVERIFY(state.checklist.at(1).waived);
    QCOMPARE(state.checklist.at(1).reason, QStringLiteral("no status page for this drill"));
    QCOMPARE(state.declaredBy, QStringLiteral("Riley Quinn"));
    QVERIFY(!state.unresolved());
}

QTEST_GUILESS_MAIN(TestEventCodec)
#include "tst_eventcodec.moc"
