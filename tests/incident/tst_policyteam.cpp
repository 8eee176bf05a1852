// The team rules of incident/Policy (PolicyTeam.cpp), pure: four-eyes approval of a step
// from the journal's requests and answers, who may answer, and the roles.
#include "incident/Events.h"
#include "incident/Policy.h"

#include <QTest>

using namespace rollcage;
using namespace rollcage::incident;

namespace {

const QString kProc = QStringLiteral("Roll back");

// Step 1 destructive, step 2 not, step 3 annotated {approval}.
runbook::Procedure procedure()
{
    runbook::Procedure p;
    p.title = kProc;
    for (const char *title : {"Drop the cache", "Look at the logs", "Swap slots"}) {
        runbook::Step s;
        s.title = QString::fromLatin1(title);
        s.kind = runbook::StepKind::Command;
        runbook::CodeBlock block;
        block.language = QStringLiteral("bash");
        block.code = QStringLiteral("true\n");
        s.commands.append(block);
        p.steps.append(s);
    }
    p.steps[0].destructive = true;
    p.steps[0].confirmation = runbook::Confirmation::Typed;
    p.steps[2].commands[0].attributes.insert(QStringLiteral("approval"), QString());
    return p;
}

// A journal written by Ana (who declared), Ben and Cy, one event per word of `script`:
//   4eyes      Ana turns four-eyes on        askN / askN:Who   approval of step N asked
//   okN:Who    Who approves the latest ask   noN:Who           Who refuses it
//   runN       step N starts                 observer:Who      Who joins as observer
//   commander:Who  Who joins as commander
//   hand:Who   Ana hands command to Who
QList<Event> journal(const QString &script)
{
    QList<Event> events;
    qint64 latestAsk = 0;
    const auto add = [&](const QString &type, const QString &who, const QJsonObject &data,
                         int step = -1) {
        Event e;
        e.id = events.size() + 1;
        e.incidentId = 1;
        e.atMs = 60000 * e.id;
        e.operatorName = who;
        e.type = type;
        e.stepIndex = step;
        e.data = data;
        events.append(e);
    };
    add(events::Declared::Name, QStringLiteral("Ana"), events::toJson(events::Declared{{}, {}, {}, kProc}));
    for (const QString &word : script.split(u' ', Qt::SkipEmptyParts)) {
        const QString verb = word.section(u':', 0, 0);
        const QString who = word.section(u':', 1, 1);
        const int step = verb.right(1).toInt() - 1;
        if (verb == QLatin1String("4eyes")) {
            add(events::FourEyesSet::Name, QStringLiteral("Ana"), events::toJson(events::FourEyesSet{true, {}}));
        } else if (verb.startsWith(QLatin1String("ask"))) {
            add(events::ApprovalRequested::Name, who.isEmpty() ? QStringLiteral("Ana") : who,
                events::toJson(events::ApprovalRequested{kProc, {}, QStringLiteral("true"), {}}), step);
            latestAsk = events.size();
        } else if (verb.startsWith(QLatin1String("ok")) || verb.startsWith(QLatin1String("no"))) {
            add(events::ApprovalDecided::Name, who,
                events::toJson(events::ApprovalDecided{kProc, {}, latestAsk, QStringLiteral("Ana"),
                                                       verb.startsWith(QLatin1String("ok")),
                                                       QStringLiteral("backup not checked")}),
                step);
        } else if (verb.startsWith(QLatin1String("run"))) {
            events::StepStarted started;
            started.procedure = kProc;
            add(events::StepStarted::Name, QStringLiteral("Ana"), events::toJson(started), step);
        } else if (verb == QLatin1String("observer") || verb == QLatin1String("commander")) {
            add(events::RoleTaken::Name, who, events::toJson(events::RoleTaken{verb}));
        } else if (verb == QLatin1String("hand")) {
            add(events::CommandHandedOver::Name, QStringLiteral("Ana"),
                events::toJson(events::CommandHandedOver{QStringLiteral("Ana"), who, {}}));
        }
    }
    return events;
}

} // namespace

class TestPolicyTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void approvalGate_data();
    void approvalGate();
    void whoMayAnswer_data();
    void whoMayAnswer();
    void commandIsHandedOver();
    void commandIsTakenOnJoiningOnlyWhenNobodyHasIt();
    void askingIsNotActingOnAStep();
};

void TestPolicyTeam::approvalGate_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("step");
    QTest::addColumn<QString>("refusal"); // empty: may run
    QTest::newRow("four-eyes off, destructive step") << "" << 0 << "";
    QTest::newRow("four-eyes on, destructive, not asked")
        << "4eyes" << 0 << "needs a second person's approval";
    QTest::newRow("four-eyes on, a read-only step") << "4eyes" << 1 << "";
    QTest::newRow("annotated {approval}, four-eyes off")
        << "" << 2 << "needs a second person's approval";
    QTest::newRow("asked") << "4eyes ask1" << 0 << "waits for a second person's approval (asked by Ana at 00:03";
    QTest::newRow("approved by Ben") << "4eyes ask1 ok1:Ben" << 0 << "";
    QTest::newRow("approved by Ana herself")
        << "4eyes ask1 ok1:Ana" << 0 << "waits for a second person's approval";
    QTest::newRow("refused by Ben") << "4eyes ask1 no1:Ben" << 0
                                    << "Ben refused step 1 at 00:04 UTC: backup not checked";
    QTest::newRow("asked again after a refusal")
        << "4eyes ask1 no1:Ben ask1" << 0 << "waits for a second person's approval";
    QTest::newRow("an approval is spent by the run")
        << "4eyes ask1 ok1:Ben run1" << 0 << "needs a second person's approval";
    QTest::newRow("the approval of another step") << "4eyes ask3 ok3:Ben" << 0
                                                  << "needs a second person's approval";
}

void TestPolicyTeam::approvalGate()
{
    QFETCH(QString, script);
    QFETCH(int, step);
    QFETCH(QString, refusal);
    const IncidentState state = deriveState(journal(script));
    const Status s = incident::approvalGate(procedure(), state, step);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error.contains(refusal), qPrintable(s.error));
    }
}

void TestPolicyTeam::whoMayAnswer_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("Ben answers Ana") << "4eyes ask1" << "Ben" << "";
    QTest::newRow("Ana answers herself") << "4eyes ask1" << "Ana" << "four eyes are two people";
    QTest::newRow("nothing asked") << "4eyes" << "Ben" << "Nobody asks";
    QTest::newRow("answered already") << "4eyes ask1 ok1:Cy" << "Ben" << "Nobody asks";
    QTest::newRow("an observer") << "observer:Ben 4eyes ask1" << "Ben" << "joined as an observer";
}

void TestPolicyTeam::whoMayAnswer()
{
    QFETCH(QString, script);
    QFETCH(QString, who);
    QFETCH(QString, refusal);
    const Status s = mayDecideApproval(procedure(), deriveState(journal(script)), 0, who);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error.contains(refusal), qPrintable(s.error));
    }
}

void TestPolicyTeam::commandIsHandedOver()
{
    IncidentState state = deriveState(journal(QStringLiteral("observer:Cy")));
    QCOMPARE(state.commander, QStringLiteral("Ana"));
    QCOMPARE(state.roleOf(QStringLiteral("Ana")), QStringLiteral("commander"));
    QCOMPARE(state.roleOf(QStringLiteral("Ben")), QStringLiteral("operator"));
    QCOMPARE(state.roleOf(QStringLiteral("Cy")), QStringLiteral("observer"));
    QVERIFY(!mayHandOverCommand(state, QStringLiteral("Ben"), QStringLiteral("Cy")));
    QVERIFY(!mayHandOverCommand(state, QStringLiteral("Ana"), QStringLiteral("Ana")));
    QVERIFY(mayHandOverCommand(state, QStringLiteral("Ana"), QStringLiteral("Ben")));

    state = deriveState(journal(QStringLiteral("observer:Cy hand:Ben")));
    QCOMPARE(state.roleOf(QStringLiteral("Ben")), QStringLiteral("commander"));
    QCOMPARE(state.roleOf(QStringLiteral("Ana")), QStringLiteral("operator"));
    QVERIFY(!mayHandOverCommand(state, QStringLiteral("Ana"), QStringLiteral("Cy")));
    QVERIFY(mayActAs(state, QStringLiteral("Ana")));
    QVERIFY(!mayActAs(state, QStringLiteral("Cy")));
    // Deciding and ending the incident: the commander's alone (now Ben).
    QVERIFY(mayCommand(state, QStringLiteral("Ben")));
    QVERIFY(!mayCommand(state, QStringLiteral("Ana")));
    QVERIFY2(mayCommand(state, QStringLiteral("Ana")).error.contains(QStringLiteral("Ben commands")),
             qPrintable(mayCommand(state, QStringLiteral("Ana")).error));
    QVERIFY(!mayCommand(state, QStringLiteral("Cy")));
}

void TestPolicyTeam::commandIsTakenOnJoiningOnlyWhenNobodyHasIt()
{
    IncidentState state = deriveState(journal({}));
    TeamView here;
    here.nowMs = 1000;
    here.consoles = {{QStringLiteral("a1"),
                      QStringLiteral("Ana"),
                      {},
                      QStringLiteral("commander"),
                      0,
                      900,
                      5000}};
    const QString ben = QStringLiteral("Ben");
    QVERIFY(mayJoinAs(state, here, ben, QStringLiteral("operator")));
    QVERIFY(mayJoinAs(state, here, ben, QStringLiteral("observer")));
    QVERIFY(!mayJoinAs(state, here, ben, QStringLiteral("boss")));
    // Ana commands and is here: Ben asks her instead.
    const Status refused = mayJoinAs(state, here, ben, QStringLiteral("commander"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QStringLiteral("Ana commands this incident and is here")),
             qPrintable(refused.error));
    // Ana's console stopped beating: command is Ben's to take, and the journal says so.
    here.consoles[0].expiresMs = 500;
    QVERIFY(mayJoinAs(state, here, ben, QStringLiteral("commander")));
    state = deriveState(journal(QStringLiteral("commander:Ben")));
    QCOMPARE(state.commander, ben);
    QCOMPARE(state.roleOf(ben), QStringLiteral("commander"));
    QCOMPARE(state.roleOf(QStringLiteral("Ana")), QStringLiteral("operator"));
    // The commander stays one until handing over.
    QVERIFY(!mayJoinAs(state, here, ben, QStringLiteral("observer")));
    QVERIFY(mayJoinAs(state, here, ben, QStringLiteral("commander")));
}

void TestPolicyTeam::askingIsNotActingOnAStep()
{
    // The pre-rollback checklist holds a rollback back until its first step is acted on;
    // asking for that step's approval is not acting on it.
    runbook::Runbook rb;
    runbook::Checklist pre;
    pre.title = QStringLiteral("Before");
    pre.phase = runbook::ChecklistPhase::Pre;
    pre.items = {{QStringLiteral("Backups verified"), false, 5}};
    rb.checklists = {pre};
    rb.procedures = {procedure()};
    const IncidentState state = deriveState(journal(QStringLiteral("4eyes ask1 ok1:Ben")));
    const Status s = mayRun(rb, rb.procedures.first(), state, 0);
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QLatin1String("Backups verified")), qPrintable(s.error));
}

QTEST_GUILESS_MAIN(TestPolicyTeam)
#include "tst_policyteam.moc"
