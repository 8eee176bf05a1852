#include "incident/Events.h"
#include "incident/IncidentState.h"

#include <QTest>

using namespace rollcage::incident;

namespace {
Event ev(const QString &type, QJsonObject data = {}, int step = -1)
{
    static qint64 id = 0;
    Event e;
    e.id = ++id;
    e.incidentId = 7;
    e.atMs = 1'000'000 + id;
    e.operatorName = QStringLiteral("dana");
    e.type = type;
    e.stepIndex = step;
    e.data = std::move(data);
    return e;
}
Event moveTo(const QString &to)
{
    return ev(events::StateChanged::Name, {{QStringLiteral("to"), to}});
}
} // namespace

class TestIncidentState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transitions_data();
    void transitions();
    void phaseNamesRoundTrip();
    void derivesPhaseAndVariables();
    void stepLifecycle_data();
    void stepLifecycle();
    void outcomeUnknownBlocksUntilResolved();
    void checklistTicksAndWaivers();
    void escalationKeepsHighestAndEveryLevelCalled();
    void escalationCallsSayWhom_data();
    void escalationCallsSayWhom();
    void untickOpensTheItemAgain();
    void twoTicksOfOneItemAreOne();
    void phaseInWordsAndEnd();
    void landingStage_data();
    void landingStage();
};

// A tick taken back: the item is open again for every reader of the state, the earlier
// tick stays in the journal; a stakeholder told by phone is not a message sent.
void TestIncidentState::untickOpensTheItemAgain()
{
    const QJsonObject item{{QStringLiteral("checklist"), QStringLiteral("Pre")}, {QStringLiteral("item"), QStringLiteral("Freeze")}};
    const QJsonObject other{{QStringLiteral("checklist"), QStringLiteral("Pre")}, {QStringLiteral("item"), QStringLiteral("Logs")}};
    IncidentState s = deriveState(
        {ev(events::Declared::Name), ev(events::ChecklistTicked::Name, item),
         ev(events::ChecklistTicked::Name, other), ev(events::ChecklistUnticked::Name, item)});
    QCOMPARE(s.checklist.size(), 1);
    QCOMPARE(s.checklist.first().item, QStringLiteral("Logs"));
    QJsonObject waiver = item;
    waiver.insert(QStringLiteral("reason"), QStringLiteral("no pipeline"));
    s.apply(ev(events::ChecklistWaived::Name, waiver));
    QCOMPARE(s.checklist.size(), 2);
    s.apply(ev(events::StakeholderNotified::Name,
               {{QStringLiteral("who"), QStringLiteral("Support lead")}}));
    QCOMPARE(s.stakeholdersTold, QStringList{QStringLiteral("Support lead")});
    QCOMPARE(s.messagesSent, 0);
}

// "assessing" only until the decision is taken; the clock's end is when it closed.
void TestIncidentState::phaseInWordsAndEnd()
{
    IncidentState s =
        deriveState({ev(events::Declared::Name), moveTo(QStringLiteral("assessing"))});
    QCOMPARE(describePhase(s), QStringLiteral("assessing"));
    s.apply(
        ev(events::DecisionTaken::Name, {{QStringLiteral("action"), QStringLiteral("rollback")}}));
    QCOMPARE(describePhase(s), QStringLiteral("preparing"));
    s.apply(moveTo(QStringLiteral("prepared")));
    QCOMPARE(describePhase(s), QStringLiteral("ready to roll back"));
    s.apply(moveTo(QStringLiteral("rolling_back")));
    QCOMPARE(describePhase(s), QStringLiteral("rolling back"));
    QCOMPARE(s.endedMs, 0);
    const Event resolved = moveTo(QStringLiteral("resolved"));
    s.apply(resolved);
    QCOMPARE(s.endedMs, resolved.atMs);
    QCOMPARE(describePhase(s), QStringLiteral("resolved"));
}

// Where a console opening the incident starts: a person joining while someone else runs
// steps lands on the Roll back page, though nobody moved the phase past assessing.
void TestIncidentState::landingStage_data()
{
    QTest::addColumn<QList<Event>>("journal");
    QTest::addColumn<Stage>("stage");
    const Event declared = ev(events::Declared::Name);
    const Event assessing = moveTo(QStringLiteral("assessing"));
    const Event decided =
        ev(events::DecisionTaken::Name, {{QStringLiteral("action"), QStringLiteral("rollback")}});
    const Event ticked = ev(events::ChecklistTicked::Name,
                            {{QStringLiteral("checklist"), QStringLiteral("Before")},
                             {QStringLiteral("item"), QStringLiteral("Backup taken")}});
    const Event started =
        ev(events::StepStarted::Name, {{QStringLiteral("title"), QStringLiteral("Swap")}}, 0);
    QTest::newRow("just declared") << QList<Event>{declared, assessing} << Stage::Assess;
    QTest::newRow("decided") << QList<Event>{declared, assessing, decided} << Stage::Prepare;
    QTest::newRow("a tick, no decision")
        << QList<Event>{declared, assessing, ticked} << Stage::Prepare;
    QTest::newRow("a step running, phase not moved")
        << QList<Event>{declared, assessing, started} << Stage::RollBack;
    QTest::newRow("verifying") << QList<Event>{declared, moveTo(QStringLiteral("verifying"))}
                               << Stage::Verify;
    QTest::newRow("resolved") << QList<Event>{declared, moveTo(QStringLiteral("resolved"))}
                              << Stage::Report;
}

void TestIncidentState::landingStage()
{
    QFETCH(QList<Event>, journal);
    QTEST(rollcage::incident::landingStage(deriveState(journal)), "stage");
}

void TestIncidentState::transitions_data()
{
    QTest::addColumn<Phase>("from");
    QTest::addColumn<Phase>("to");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("declared->assessing") << Phase::Declared << Phase::Assessing << true;
    QTest::newRow("assessing->prepared") << Phase::Assessing << Phase::Prepared << true;
    QTest::newRow("prepared->rolling_back") << Phase::Prepared << Phase::RollingBack << true;
    QTest::newRow("declared->rolling_back (skip)") << Phase::Declared << Phase::RollingBack << true;
    QTest::newRow("rolling_back->verifying") << Phase::RollingBack << Phase::Verifying << true;
    QTest::newRow("verifying->resolved") << Phase::Verifying << Phase::Resolved << true;
    QTest::newRow("verifying->rolling_back (checks failed)")
        << Phase::Verifying << Phase::RollingBack << true;
    QTest::newRow("rolling_back->aborted") << Phase::RollingBack << Phase::Aborted << true;
    QTest::newRow("prepared->assessing (back)") << Phase::Prepared << Phase::Assessing << false;
    QTest::newRow("rolling_back->declared") << Phase::RollingBack << Phase::Declared << false;
    QTest::newRow("resolved->aborted") << Phase::Resolved << Phase::Aborted << false;
    QTest::newRow("aborted->rolling_back") << Phase::Aborted << Phase::RollingBack << false;
    QTest::newRow("resolved->verifying") << Phase::Resolved << Phase::Verifying << false;
}

void TestIncidentState::transitions()
{
    QFETCH(Phase, from);
    QFETCH(Phase, to);
    QFETCH(bool, allowed);
    const rollcage::Status s = checkTransition(from, to);
    QCOMPARE(s.ok, allowed);
    QCOMPARE(s.error.isEmpty(), allowed);
}

void TestIncidentState::phaseNamesRoundTrip()
{
    for (Phase p : {Phase::Declared, Phase::Assessing, Phase::Prepared, Phase::RollingBack,
                    Phase::Verifying, Phase::Resolved, Phase::Aborted})
        QCOMPARE(phaseFromName(phaseName(p)), p);
    QCOMPARE(phaseName(Phase::RollingBack), QStringLiteral("rolling_back"));
    QVERIFY(!phaseFromName(QStringLiteral("exploded")));
}

void TestIncidentState::derivesPhaseAndVariables()
{
    const IncidentState s = deriveState(
        {ev(events::Declared::Name), moveTo(QStringLiteral("assessing")),
         ev(events::VariableSet::Name, {{QStringLiteral("name"), QStringLiteral("version")},
                                        {QStringLiteral("value"), QStringLiteral("1.4.2")}}),
         ev(events::DecisionTaken::Name,
            {{QStringLiteral("action"), QStringLiteral("Roll back")},
             {QStringLiteral("justification"), QStringLiteral("5xx at 12%")},
             {QStringLiteral("deadline_ms"), 2'000'000}}),
         moveTo(QStringLiteral("rolling_back"))});
    QCOMPARE(s.phase, Phase::RollingBack);
    QCOMPARE(s.incidentId, 7);
    QCOMPARE(s.declaredBy, QStringLiteral("dana"));
    QCOMPARE(s.variables.value(QStringLiteral("version")), QStringLiteral("1.4.2"));
    QCOMPARE(s.decision, QStringLiteral("Roll back"));
    QCOMPARE(s.justification, QStringLiteral("5xx at 12%"));
    QCOMPARE(s.deadlineMs, 2'000'000);
}

void TestIncidentState::stepLifecycle_data()
{
    QTest::addColumn<QList<Event>>("journal");
    QTest::addColumn<StepState>("state");
    QTest::addColumn<int>("attempts");
    const Event start =
        ev(events::StepStarted::Name, {{QStringLiteral("title"), QStringLiteral("Swap")}}, 0);
    auto finish = [](const char *status) {
        return ev(events::StepFinished::Name,
                  {{QStringLiteral("status"), QString::fromLatin1(status)}}, 0);
    };
    QTest::newRow("untouched") << QList<Event>{} << StepState::Pending << 0;
    QTest::newRow("running") << QList<Event>{start} << StepState::Running << 1;
    QTest::newRow("succeeded") << QList<Event>{start, finish("succeeded")} << StepState::Succeeded
                               << 1;
    QTest::newRow("failed then retried ok")
        << QList<Event>{start, finish("failed"), start, finish("succeeded")} << StepState::Succeeded
        << 2;
    QTest::newRow("timed out") << QList<Event>{start, finish("timed_out")} << StepState::TimedOut
                               << 1;
    QTest::newRow("cancelled") << QList<Event>{start, finish("cancelled")} << StepState::Cancelled
                               << 1;
    QTest::newRow("skipped") << QList<Event>{ev(events::StepSkipped::Name,
                                                {{QStringLiteral("reason"), QStringLiteral("n/a")}},
                                                0)}
                             << StepState::Skipped << 0;
    QTest::newRow("blocked") << QList<Event>{ev(events::StepBlocked::Name, {}, 0)}
                             << StepState::Blocked << 0;
}

void TestIncidentState::stepLifecycle()
{
    QFETCH(QList<Event>, journal);
    QFETCH(StepState, state);
    QFETCH(int, attempts);
    const IncidentState s = deriveState(journal);
    QCOMPARE(s.step(0).state, state);
    QCOMPARE(s.step(0).attempts, attempts);
}

void TestIncidentState::outcomeUnknownBlocksUntilResolved()
{
    QList<Event> journal{ev(events::StepStarted::Name, {}, 0),
                         ev(events::StepOutcomeUnknown::Name, {}, 0)};
    QCOMPARE(deriveState(journal).unresolvedStep(), 0);
    QVERIFY(!isSettled(deriveState(journal).step(0).state));
    journal.append(ev(events::StepResolved::Name,
                      {{QStringLiteral("resolution"), QStringLiteral("done")},
                       {QStringLiteral("note"), QStringLiteral("checked by hand")}},
                      0));
    const IncidentState s = deriveState(journal);
    QVERIFY(!s.unresolvedStep());
    QCOMPARE(s.step(0).state, StepState::Succeeded);
    QCOMPARE(s.step(0).reason, QStringLiteral("checked by hand"));
}

// Two people tick the same item (two consoles at once): one tick, the first, with the
// second named beside it; a waiver and a tick replace each other, latest standing.
void TestIncidentState::twoTicksOfOneItemAreOne()
{
    const QJsonObject item{{QStringLiteral("checklist"), QStringLiteral("Pre")},
                           {QStringLiteral("item"), QStringLiteral("Freeze")}};
    const auto by = [](Event e, const char *who) {
        e.operatorName = QString::fromLatin1(who);
        return e;
    };
    IncidentState s = deriveState({ev(events::Declared::Name),
                                   by(ev(events::ChecklistTicked::Name, item), "Ana"),
                                   by(ev(events::ChecklistTicked::Name, item), "Ben"),
                                   by(ev(events::ChecklistTicked::Name, item), "Ana")});
    QCOMPARE(s.checklist.size(), 1);
    QCOMPARE(s.checklist.first().by, QStringLiteral("Ana"));
    QCOMPARE(s.checklist.first().alsoBy, QStringList{QStringLiteral("Ben")});
    QJsonObject waiver = item;
    waiver.insert(QStringLiteral("reason"), QStringLiteral("no freeze tool"));
    s.apply(by(ev(events::ChecklistWaived::Name, waiver), "Cy"));
    QCOMPARE(s.checklist.size(), 1);
    QVERIFY(s.checklist.first().waived);
    s.apply(by(ev(events::ChecklistTicked::Name, item), "Ben"));
    QCOMPARE(s.checklist.size(), 1);
    QVERIFY(!s.checklist.first().waived);
    QCOMPARE(s.checklist.first().by, QStringLiteral("Ben"));
    QVERIFY(s.checklist.first().alsoBy.isEmpty());
}

void TestIncidentState::checklistTicksAndWaivers()
{
    const IncidentState s =
        deriveState({ev(events::ChecklistTicked::Name,
                        {{QStringLiteral("item"), QStringLiteral("Backup exists")}}),
                     ev(events::ChecklistWaived::Name,
                        {{QStringLiteral("item"), QStringLiteral("Notify")},
                         {QStringLiteral("reason"), QStringLiteral("night drill")}})});
    QCOMPARE(s.checklist.size(), 2);
    QVERIFY(!s.checklist.at(0).waived);
    QCOMPARE(s.checklist.at(0).by, QStringLiteral("dana"));
    QVERIFY(s.checklist.at(1).waived);
    QCOMPARE(s.checklist.at(1).reason, QStringLiteral("night drill"));
}


// A vendor (level 4) called before anyone in-house: the highest level is 4, and the
// levels actually called are 4 then 1, so nobody reads levels 2-3 as called.
void TestIncidentState::escalationKeepsHighestAndEveryLevelCalled()
{
    auto escalated = [](int level, const QString &who) {
        return ev(events::Escalated::Name, {{QStringLiteral("level"), level},
                                            {QStringLiteral("who"), who},
                                            {QStringLiteral("note"), QString()}});
    };
    const IncidentState s = deriveState({escalated(4, QStringLiteral("Card processor desk")),
                                         escalated(1, QStringLiteral("On-call")),
                                         escalated(4, QStringLiteral("Card processor desk"))});
    QCOMPARE(s.escalationLevel, 4);
    QCOMPARE(s.escalatedTo, QStringLiteral("Card processor desk"));
    QCOMPARE(s.escalatedLevels, (QList<int>{4, 1}));
}

// Each call keeps the list and the rank as written; journals from before those were
// recorded (number and who only) still load and read by number.
void TestIncidentState::escalationCallsSayWhom_data()
{
    QTest::addColumn<QJsonObject>("data");
    QTest::addColumn<QString>("title");
    const auto d = [](const char *group, const char *label) {
        QJsonObject o{{QStringLiteral("level"), 4},
                      {QStringLiteral("who"), QStringLiteral("Acme support")},
                      {QStringLiteral("note"), QStringLiteral("ticket 77")}};
        if (group)
            o.insert(QStringLiteral("group"), QString::fromUtf8(group));
        if (label)
            o.insert(QStringLiteral("label"), QString::fromUtf8(label));
        return o;
    };
    QTest::newRow("group and label") << d("Vendor", "L1") << QStringLiteral("Level 4 — Vendor: L1 (Acme support)");
    QTest::newRow("old journal") << d(nullptr, nullptr) << QStringLiteral("Level 4 (Acme support)");
    QTest::newRow("group only") << d("Vendor", nullptr) << QStringLiteral("Level 4 — Vendor (Acme support)");
    QTest::newRow("label only") << d(nullptr, "Tertiary") << QStringLiteral("Level 4 — Tertiary (Acme support)");
    QTest::newRow("label repeats the number") << d("Vendor", "level 4") << QStringLiteral("Level 4 — Vendor (Acme support)");
}

void TestIncidentState::escalationCallsSayWhom()
{
    QFETCH(QJsonObject, data);
    QFETCH(QString, title);
    Event e = ev(events::Escalated::Name, data);
    e.operatorName = QStringLiteral("riley");
    e.atMs = 1'000;
    const IncidentState s = deriveState({ev(events::Declared::Name), e});
    QCOMPARE(s.escalatedLevels, QList<int>{4});
    QCOMPARE(s.escalations.size(), 1);
    const EscalationCall &c = s.escalations.first();
    QCOMPARE(c.level, 4);
    QCOMPARE(c.who, QStringLiteral("Acme support"));
    QCOMPARE(c.note, QStringLiteral("ticket 77"));
    QCOMPARE(c.by, QStringLiteral("riley"));
    QCOMPARE(c.atMs, qint64(1'000));
    QCOMPARE(c.title(), title);
}

QTEST_GUILESS_MAIN(TestIncidentState)
#include "tst_incidentstate.moc"
