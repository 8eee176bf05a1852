// The incident's rules (incident/Policy): the checklist gate, what may run now, the next
// step, across several procedures of one runbook.
#include "incident/Events.h"
#include "incident/Policy.h"

#include <QJsonObject>
#include <QTest>

using namespace rollcage;
using namespace rollcage::incident;
using runbook::ProcedureKind;

Q_DECLARE_METATYPE(rollcage::incident::Event)

namespace {

runbook::Runbook makeRunbook()
{
    runbook::Runbook rb;
    runbook::Checklist pre;
    pre.title = QStringLiteral("Before rolling back");
    pre.phase = runbook::ChecklistPhase::Pre;
    pre.items = {{QStringLiteral("Backups verified"), false, 5},
                 {QStringLiteral("Change freeze announced"), false, 6}};
    runbook::Checklist post;
    post.title = QStringLiteral("After");
    post.phase = runbook::ChecklistPhase::Post;
    post.items = {{QStringLiteral("Dashboards green"), false, 40}};
    rb.checklists = {pre, post};
    const auto procedure = [](const QString &title, ProcedureKind kind) {
        runbook::Procedure p;
        p.title = title;
        p.kind = kind;
        for (int i = 0; i < 2; ++i) {
            runbook::Step s;
            s.title = QStringLiteral("%1 step %2").arg(title).arg(i + 1);
            p.steps.append(s);
        }
        return p;
    };
    rb.procedures = {procedure(QStringLiteral("Diagnose"), ProcedureKind::Diagnosis),
                     procedure(QStringLiteral("Roll back"), ProcedureKind::Rollback),
                     procedure(QStringLiteral("Verify"), ProcedureKind::Verification),
                     procedure(QStringLiteral("Unclassified"), ProcedureKind::Other)};
    return rb;
}

Event ev(const QString &type, const QJsonObject &data, int step = -1)
{
    static qint64 id = 0;
    Event e;
    e.id = ++id;
    e.incidentId = 1;
    e.atMs = 1000 * id;
    e.operatorName = QStringLiteral("sam");
    e.type = type;
    e.stepIndex = step;
    e.data = data;
    return e;
}

Event declared()
{
    return ev(events::Declared::Name, {{QStringLiteral("procedure"), QStringLiteral("Diagnose")}});
}

Event tick(const QString &item)
{
    return ev(events::ChecklistTicked::Name,
              {{QStringLiteral("checklist"), QStringLiteral("Before rolling back")},
               {QStringLiteral("item"), item}});
}

Event stepEvent(const QString &type, const QString &procedure, int index, const QString &status = {})
{
    QJsonObject d{{QStringLiteral("procedure"), procedure}};
    if (!status.isEmpty())
        d.insert(QStringLiteral("status"), status);
    return ev(type, d, index);
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void gate_data();
    void gate();
    void unknownOutcomeAnywhereBlocksEverything();
    void closedIncidentRunsNothing();
    void nextStepIsPerProcedure();
    void stepsBelongToTheirProcedure();
    void oldJournalsWithoutProcedureKeyBelongToTheCurrentOne();
    void findPrerequisite();
    void retryAndSkip_data();
    void retryAndSkip();
};

void TestPolicy::gate_data()
{
    QTest::addColumn<QString>("procedure");
    QTest::addColumn<QList<Event>>("events");
    QTest::addColumn<bool>("allowed");
    const QList<Event> none{declared()};
    QTest::newRow("diagnosis before the checklist") << "Diagnose" << none << true;
    QTest::newRow("verification before the checklist") << "Verify" << none << true;
    QTest::newRow("rollback held") << "Roll back" << none << false;
    QTest::newRow("unclassified held too") << "Unclassified" << none << false;
    QTest::newRow("one item is not enough")
        << "Roll back" << QList<Event>{declared(), tick(QStringLiteral("Backups verified"))} << false;
    QTest::newRow("ticked and waived")
        << "Roll back"
        << QList<Event>{declared(), tick(QStringLiteral("Backups verified")),
                        ev(events::ChecklistWaived::Name,
                           {{QStringLiteral("checklist"), QStringLiteral("Before rolling back")},
                            {QStringLiteral("item"), QStringLiteral("Change freeze announced")},
                            {QStringLiteral("reason"), QStringLiteral("weekend")}})}
        << true;
    QTest::newRow("a tick taken back holds it again")
        << "Roll back"
        << QList<Event>{declared(), tick(QStringLiteral("Backups verified")),
                        tick(QStringLiteral("Change freeze announced")),
                        ev(events::ChecklistUnticked::Name,
                           {{QStringLiteral("checklist"), QStringLiteral("Before rolling back")},
                            {QStringLiteral("item"), QStringLiteral("Backups verified")}})}
        << false;
    QTest::newRow("a rollback under way is not stopped by an untick")
        << "Roll back"
        << QList<Event>{declared(),
                        tick(QStringLiteral("Backups verified")),
                        tick(QStringLiteral("Change freeze announced")),
                        stepEvent(events::StepStarted::Name, QStringLiteral("Roll back"), 0),
                        stepEvent(events::StepFinished::Name, QStringLiteral("Roll back"), 0,
                                  QStringLiteral("succeeded")),
                        ev(events::ChecklistUnticked::Name,
                           {{QStringLiteral("checklist"), QStringLiteral("Before rolling back")},
                            {QStringLiteral("item"), QStringLiteral("Backups verified")}})}
        << true;
}

void TestPolicy::gate()
{
    QFETCH(QString, procedure);
    QFETCH(QList<Event>, events);
    QFETCH(bool, allowed);
    const runbook::Runbook rb = makeRunbook();
    const IncidentState state = deriveState(events);
    const auto it = std::find_if(rb.procedures.cbegin(), rb.procedures.cend(),
                                 [&](const runbook::Procedure &p) { return p.title == procedure; });
    const Status s = mayRun(rb, *it, state, 1);
    QCOMPARE(bool(s), allowed);
    if (!allowed) {
        QVERIFY2(s.error.contains(QLatin1String("pre-rollback checklist")), qPrintable(s.error));
        QVERIFY2(s.error.contains(QLatin1String("line ")), qPrintable(s.error));
    }
    QVERIFY(!openPrerequisites(rb.checklists, state).isEmpty() || allowed);
}

void TestPolicy::unknownOutcomeAnywhereBlocksEverything()
{
    const runbook::Runbook rb = makeRunbook();
    const IncidentState state = deriveState(
        {declared(), stepEvent(events::StepStarted::Name, QStringLiteral("Diagnose"), 1),
         stepEvent(events::StepOutcomeUnknown::Name, QStringLiteral("Diagnose"), 1),
         ev(events::ProcedureChosen::Name,
            {{QStringLiteral("procedure"), QStringLiteral("Verify")}})});
    const Status s = mayRun(rb, rb.procedures.at(2), state, 0);
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QLatin1String("step 2 (\"Diagnose step 2\") of \"Diagnose\" is unknown")),
             qPrintable(s.error));
    QCOMPARE(state.unresolved()->procedure, QStringLiteral("Diagnose"));
    QVERIFY(!state.unresolvedStep()); // the current procedure (Verify) has none itself
}

void TestPolicy::closedIncidentRunsNothing()
{
    const runbook::Runbook rb = makeRunbook();
    const IncidentState state =
        deriveState({declared(), ev(events::StateChanged::Name,
                                    {{QStringLiteral("from"), QStringLiteral("declared")},
                                     {QStringLiteral("to"), QStringLiteral("aborted")}})});
    QVERIFY(!mayRun(rb, rb.procedures.at(0), state, 0));
}

void TestPolicy::nextStepIsPerProcedure()
{
    const runbook::Runbook rb = makeRunbook();
    const IncidentState state = deriveState(
        {declared(), stepEvent(events::StepSkipped::Name, QStringLiteral("Diagnose"), 0),
         stepEvent(events::StepStarted::Name, QStringLiteral("Diagnose"), 1),
         stepEvent(events::StepFinished::Name, QStringLiteral("Diagnose"), 1,
                   QStringLiteral("succeeded")),
         stepEvent(events::StepWaived::Name, QStringLiteral("Verify"), 0)});
    QCOMPARE(nextStep(rb.procedures.at(0), state), std::nullopt);
    QCOMPARE(nextStep(rb.procedures.at(1), state), std::optional<int>(0));
    QCOMPARE(nextStep(rb.procedures.at(2), state), std::optional<int>(1));
}

void TestPolicy::stepsBelongToTheirProcedure()
{
    const IncidentState state = deriveState(
        {declared(), stepEvent(events::StepSkipped::Name, QStringLiteral("Diagnose"), 0),
         ev(events::ProcedureChosen::Name,
            {{QStringLiteral("procedure"), QStringLiteral("Roll back")}}),
         stepEvent(events::StepStarted::Name, QStringLiteral("Roll back"), 0),
         ev(events::ProcedureChosen::Name,
            {{QStringLiteral("procedure"), QStringLiteral("Diagnose")}})});
    QCOMPARE(state.procedure, QStringLiteral("Diagnose"));
    QCOMPARE(state.procedures.size(), 2);
    QCOMPARE(state.procedures.at(0).title, QStringLiteral("Diagnose"));
    QCOMPARE(state.procedures.at(1).title, QStringLiteral("Roll back"));
    // Back on the diagnosis: its own step 1, not the rollback's.
    QCOMPARE(state.step(0).state, StepState::Skipped);
    QCOMPARE(state.step(QStringLiteral("Roll back"), 0).state, StepState::Running);
}

void TestPolicy::oldJournalsWithoutProcedureKeyBelongToTheCurrentOne()
{
    Event started =
        ev(events::StepStarted::Name, {{QStringLiteral("title"), QStringLiteral("Old step")}}, 0);
    const IncidentState state = deriveState({declared(), started});
    QCOMPARE(state.procedures.size(), 1);
    QCOMPARE(state.procedures.first().title, QStringLiteral("Diagnose"));
    QCOMPARE(state.step(0).title, QStringLiteral("Old step"));
}

void TestPolicy::findPrerequisite()
{
    const runbook::Runbook rb = makeRunbook();
    QCOMPARE(incident::findPrerequisite(rb.checklists, QStringLiteral("backups"))->item,
             QStringLiteral("Backups verified"));
    const auto post = incident::findPrerequisite(rb.checklists, QStringLiteral("Dashboards"));
    QVERIFY(!post); // only the pre-rollback list is a gate
    QVERIFY2(post.error.contains(QLatin1String("\"Change freeze announced\"")), qPrintable(post.error));
    QVERIFY(!incident::findPrerequisite(rb.checklists, QStringLiteral("e")));
}

// Whether Diagnose's step 1 is a retry and may be skipped, after what happened to it. The
// Roll back page's Run/Retry label and Skip button and Engine::skipStep ask exactly this.
void TestPolicy::retryAndSkip_data()
{
    QTest::addColumn<QList<Event>>("history");
    QTest::addColumn<bool>("running");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<QString>("skipRefusal"); // empty: may be skipped
    const QString d = QStringLiteral("Diagnose");
    const auto finished = [&](const QString &status) {
        return QList<Event>{stepEvent(events::StepStarted::Name, d, 0),
                            stepEvent(events::StepFinished::Name, d, 0, status)};
    };
    QTest::newRow("pending") << QList<Event>{} << false << false << QString();
    QTest::newRow("failed") << finished(QStringLiteral("failed")) << false << true << QString();
    QTest::newRow("timed out") << finished(QStringLiteral("timed_out")) << false << true << QString();
    QTest::newRow("cancelled") << finished(QStringLiteral("cancelled")) << false << true << QString();
    QTest::newRow("blocked") << QList<Event>{stepEvent(events::StepBlocked::Name, d, 0)} << false
                             << true << QString();
    QTest::newRow("succeeded") << finished(QStringLiteral("succeeded")) << false << false
                               << QStringLiteral("already done");
    QTest::newRow("skipped") << QList<Event>{stepEvent(events::StepSkipped::Name, d, 0)} << false
                             << false << QStringLiteral("already skipped");
    QTest::newRow("waived") << QList<Event>{stepEvent(events::StepWaived::Name, d, 0)} << false
                            << false << QStringLiteral("already waived");
    QTest::newRow("another step running")
        << QList<Event>{stepEvent(events::StepStarted::Name, d, 1)} << true << false
        << QStringLiteral("A step is running");
    QTest::newRow("outcome unknown")
        << QList<Event>{stepEvent(events::StepStarted::Name, d, 0),
                        stepEvent(events::StepOutcomeUnknown::Name, d, 0)}
        << false << false << QStringLiteral("retry it, mark it done or mark it failed");
    QTest::newRow("incident closed")
        << QList<Event>{ev(events::StateChanged::Name,
                           {{QStringLiteral("from"), QStringLiteral("declared")},
                            {QStringLiteral("to"), QStringLiteral("aborted")}})}
        << false << false << QStringLiteral("nothing more is skipped");
}

void TestPolicy::retryAndSkip()
{
    QFETCH(QList<Event>, history);
    QFETCH(bool, running);
    QFETCH(bool, retry);
    QFETCH(QString, skipRefusal);
    const runbook::Runbook rb = makeRunbook();
    const IncidentState state = deriveState(QList<Event>{declared()} + history);
    QCOMPARE(isRetry(state.step(QStringLiteral("Diagnose"), 0).state), retry);
    const Status skip = maySkip(rb.procedures.at(0), state, 0, running);
    QCOMPARE(skip.ok, skipRefusal.isEmpty());
    QVERIFY2(skip.error.contains(skipRefusal), qPrintable(skip.error));
    QVERIFY(!maySkip(rb.procedures.at(0), state, 2, running)); // no such step
}

QTEST_GUILESS_MAIN(TestPolicy)
#include "tst_policy.moc"
