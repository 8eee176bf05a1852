// The Engine running steps: journalling before acting, failures, confirmations, cancel,
// timeouts, phases and procedures. Secrets and masking: tst_enginesecrets.
#include "EngineTestBase.h"
#include "incident/Events.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <limits>

using namespace rollcage;
using namespace rollcage::execution;
using namespace rollcage::enginetest;
using incident::StepState;

class TestEngine : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }
    void journalsBeforeActing();
    void stopsAtFailureLeavingRollingBack();
    void unknownProcedureListsTheChoices();
    void destructiveStepNeedsConfirmation();
    void missingValuesBlockBeforeAnythingRuns();
    void cancelIsRecorded();
    void reportsRunbookLine();
    void outcomeUnknownMustBeResolved();
    void journalsTheOtherPhases();
    void procedureCanChangeBetweenSteps();
    void stepTimeout_data();
    void stepTimeout();
};

void TestEngine::journalsBeforeActing()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Pin version"), QStringLiteral("echo deploying <version>\necho warn >&2"),
        10, {angle(QStringLiteral("version"))})});
    const auto id =
        engine.declare(rb, QStringLiteral("application"),
                       {{}, {}, {}, {{QStringLiteral("version"), QStringLiteral("2.3.1")}}});
    QVERIFY2(id, qPrintable(id.error));
    QCOMPARE(engine.scope(), QStringLiteral("larch-payments-rollback/production"));
    bool startedWasJournalled = false;
    connect(&engine, &Engine::stepStarted, this, [&](int, qint64 runId) {
        // By the time the process runs, "step started" is already in the database.
        const auto journal = m_store->events(*id);
        startedWasJournalled = journal && journal->constLast().id == runId &&
                               journal->constLast().type == incident::events::StepStarted::Name;
    });
    QStringList live;
    connect(&engine, &Engine::output, this,
            [&live](int, OutputStream, const QString &text, qint64) { live.append(text); });
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::Succeeded);
    QVERIFY(startedWasJournalled);
    QCOMPARE(live.join(QString()).count(QStringLiteral("deploying 2.3.1")), 1);

    const auto journal = m_store->events(*id);
    QStringList types;
    for (const auto &e : *journal)
        types.append(e.type);
    QCOMPARE(types, (QStringList{QStringLiteral("declared"), QStringLiteral("working_directory_set"),
                                 QStringLiteral("variable_set"),
                                 QStringLiteral("state_changed"), QStringLiteral("step_started"),
                                 QStringLiteral("step_finished")}));
    QCOMPARE(journal->at(4).operatorName, QStringLiteral("riley"));
    QCOMPARE(journal->at(4).data.value(QLatin1String("command")).toString(),
             QStringLiteral("echo deploying '2.3.1'\necho warn >&2"));
    QCOMPARE(storedOutput(journal->at(4).id),
             (QStringList{QStringLiteral("deploying 2.3.1"), QStringLiteral("warn")}));
    QCOMPARE(engine.state().step(0).state, StepState::Succeeded);
    QVERIFY(!engine.nextStep());
}

void TestEngine::stopsAtFailureLeavingRollingBack()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = makeRunbook({commandStep(QStringLiteral("ok"), QStringLiteral("true"), 5),
                                 commandStep(QStringLiteral("breaks"), QStringLiteral("exit 4"), 9),
                                 commandStep(QStringLiteral("after"), QStringLiteral("true"), 13)});
    QVERIFY(engine.declare(rb, QStringLiteral("Application rollback")));
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    const StepResult r = runAndWait(engine, 1);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(engine.state().phase, incident::Phase::RollingBack);
    QCOMPARE(engine.nextStep(), 1);
    QCOMPARE(engine.state().step(1).exitCode, 4);
}

void TestEngine::unknownProcedureListsTheChoices()
{
    Engine engine(m_store.get(), nullptr);
    const auto id = engine.declare(makeRunbook({}), QStringLiteral("rollback"));
    QVERIFY(!id); // ambiguous: both procedures contain it
    const auto none = engine.declare(makeRunbook({}), QStringLiteral("DNS"));
    QVERIFY(!none);
    QVERIFY2(none.error.contains(QLatin1String("Application rollback; Database rollback")),
             qPrintable(none.error));
}

void TestEngine::destructiveStepNeedsConfirmation()
{
    Engine engine(m_store.get(), nullptr);
    auto step = commandStep(QStringLiteral("Flush cache"), QStringLiteral("echo flushed"), 20);
    step.destructive = true;
    step.confirmTarget = QStringLiteral("redis-prod-1");
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QCOMPARE(engine.expectedConfirmation(0), QStringLiteral("redis-prod-1"));
    const Status refused = engine.runStep(0, QStringLiteral("redis-prod"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("\"redis-prod-1\"")), qPrintable(refused.error));
    QCOMPARE(engine.state().step(0).state, StepState::Pending);
    QCOMPARE(runAndWait(engine, 0, QStringLiteral("redis-prod-1")).status, StepStatus::Succeeded);
}

void TestEngine::missingValuesBlockBeforeAnythingRuns()
{
    Engine engine(m_store.get(), nullptr);
    const QString canary = m_dir.filePath(QStringLiteral("ran"));
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Restore"), QStringLiteral("touch %1 <backup> <region>").arg(canary), 30,
        {angle(QStringLiteral("backup")), angle(QStringLiteral("region"))})});
    QVERIFY(engine.declare(rb, QStringLiteral("Application")));
    const Status s = engine.runStep(0);
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QLatin1String("backup, region")), qPrintable(s.error));
    QVERIFY2(s.error.contains(QLatin1String("line 30")), qPrintable(s.error));
    QCOMPARE(engine.state().step(0).state, StepState::Blocked);
    QCOMPARE(engine.state().step(0).attempts, 0);
    QVERIFY(!QFile::exists(canary));
}

void TestEngine::cancelIsRecorded()
{
    Engine engine(m_store.get(), nullptr);
    engine.setGracePeriod(2000);
    QVERIFY(engine.declare(makeRunbook({commandStep(QStringLiteral("long"),
                                                    QStringLiteral("echo begun\nsleep 1000"), 3)}),
                           QStringLiteral("Application")));
    connect(&engine, &Engine::output, this,
            [&engine](int, OutputStream, const QString &, qint64) { engine.cancel(); });
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::Cancelled);
    QCOMPARE(engine.state().step(0).state, StepState::Cancelled);
    QCOMPARE(engine.journal().constLast().data.value(QLatin1String("status")).toString(),
             QStringLiteral("cancelled"));
}

void TestEngine::reportsRunbookLine()
{
    Engine engine(m_store.get(), nullptr);
    auto step = commandStep(QStringLiteral("two blocks"), QStringLiteral("true\ntrue"), 50);
    step.commands.append({QStringLiteral("bash"), QStringLiteral("echo second-block\n"), 60, {}});
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QList<QPair<int, int>> lines;
    connect(&engine, &Engine::currentLine, this, [&lines](int, int code, int doc) {
        lines.append({code, doc});
    });
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constLast(), (QPair<int, int>{3, 60}));
}

void TestEngine::outcomeUnknownMustBeResolved()
{
    const auto rb = makeRunbook({commandStep(QStringLiteral("first"), QStringLiteral("true"), 3),
                                 commandStep(QStringLiteral("second"), QStringLiteral("true"), 7)});
    qint64 id = 0;
    {
        Engine engine(m_store.get(), nullptr);
        id = *engine.declare(rb, QStringLiteral("Application"));
        QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    }
    // As a crashed run leaves it: step 2 started by a process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    QVERIFY(m_store->append(id, incident::events::StepStarted::Name,
                            {{QStringLiteral("title"), QStringLiteral("second")},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), gone.processId()}},
                            1));
    QVERIFY(m_store->recoverInterrupted()->contains(id));

    Engine resumed(m_store.get(), nullptr);
    QVERIFY(resumed.resume(id, rb));
    QCOMPARE(resumed.state().step(1).state, StepState::OutcomeUnknown);
    const Status refused = resumed.runStep(1);
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("unknown")), qPrintable(refused.error));
    QVERIFY(resumed.resolveUnknown(1, Resolution::Retry, QStringLiteral("nothing changed")));
    QCOMPARE(runAndWait(resumed, 1).status, StepStatus::Succeeded);
    QCOMPARE(resumed.state().step(1).attempts, 2);
    QVERIFY(!resumed.nextStep());

    runbook::Runbook changed = rb;
    changed.sha256 = "beef";
    Engine other(m_store.get(), nullptr);
    QVERIFY(!other.resume(id, changed));
}

void TestEngine::journalsTheOtherPhases()
{
    Engine engine(m_store.get(), nullptr);
    const auto id = engine.declare(makeRunbook({}), QStringLiteral("Application"));
    QVERIFY(id);
    QVERIFY(engine.transition(incident::Phase::Assessing));
    QVERIFY(!engine.recordDecision(QStringLiteral("5xx spike"), QStringLiteral("Roll back"),
                                   QString(), {}));
    QVERIFY(engine.recordDecision(QStringLiteral("5xx spike"), QStringLiteral("Roll back"),
                                  QStringLiteral("hotfix would take an hour"), 1234));
    QVERIFY(engine.transition(incident::Phase::Prepared));
    QVERIFY(engine.tickChecklistItem(QStringLiteral("Pre"), QStringLiteral("Backup exists")));
    QVERIFY(!engine.waiveChecklistItem(QStringLiteral("Pre"), QStringLiteral("Notify"),
                                       QStringLiteral(" ")));
    QVERIFY(engine.waiveChecklistItem(QStringLiteral("Pre"), QStringLiteral("Notify"),
                                      QStringLiteral("drill")));
    QVERIFY(!engine.transition(incident::Phase::Assessing));
    QVERIFY(
        engine.recordHealthResult(QStringLiteral("/health"), true, QStringLiteral("200 in 80 ms")));
    QVERIFY(engine.recordMessageSent(QStringLiteral("slack"), QStringLiteral("support"),
                                     QStringLiteral("rolled back")));
    QVERIFY(!engine.recordEscalation(0, QStringLiteral("nobody"), {}));
    QVERIFY(
        engine.recordEscalation(2, QStringLiteral("Team lead"), QStringLiteral("paged at 03:40")));
    QVERIFY(engine.recordEscalation(1, QStringLiteral("On-call"), QStringLiteral("looped in")));
    QVERIFY(engine.transition(incident::Phase::Aborted, QStringLiteral("drill over")));
    QVERIFY(!engine.transition(incident::Phase::Resolved));

    // What the store holds adds up to the same state the engine shows.
    const auto fromStore = incident::deriveState(*m_store->events(*id));
    QCOMPARE(fromStore.phase, incident::Phase::Aborted);
    QCOMPARE(fromStore.decision, QStringLiteral("Roll back"));
    QCOMPARE(fromStore.deadlineMs, 1234);
    QCOMPARE(fromStore.checklist.size(), 2);
    QCOMPARE(fromStore.checklist.at(0).by, QStringLiteral("riley"));
    QCOMPARE(fromStore.healthResults, 1);
    QCOMPARE(fromStore.messagesSent, 1);
    // Calling a lower level in as well does not lower how far it went.
    QCOMPARE(fromStore.escalationLevel, 2);
    QCOMPARE(fromStore.escalatedTo, QStringLiteral("Team lead"));
    QCOMPARE(engine.state().phase, fromStore.phase);
}

void TestEngine::procedureCanChangeBetweenSteps()
{
    auto rb = makeRunbook({commandStep(QStringLiteral("app step"), QStringLiteral("true"), 5)});
    rb.procedures[1].steps.append(
        commandStep(QStringLiteral("db step"), QStringLiteral("true"), 30));
    rb.procedures[1].steps.append(
        commandStep(QStringLiteral("db check"), QStringLiteral("true"), 34));
    qint64 id = 0;
    {
        Engine engine(m_store.get(), nullptr);
        const auto declared = engine.declare(rb, QStringLiteral("Application"));
        QVERIFY(declared);
        id = *declared;
        const Status unknown = engine.chooseProcedure(rb, QStringLiteral("DNS"));
        QVERIFY(!unknown);
        QCOMPARE(engine.procedure().title, QStringLiteral("Application rollback"));
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("database"),
                                       QStringLiteral("the schema moved")));
        QCOMPARE(engine.procedure().title, QStringLiteral("Database rollback"));
        QCOMPARE(engine.journal().constLast().type, incident::events::ProcedureChosen::Name);
        QCOMPARE(engine.journal().constLast().data.value(QLatin1String("previous")).toString(),
                 QStringLiteral("Application rollback"));
        QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
        // Another procedure can follow in the same incident; what ran stays the database's.
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("Application")));
        QCOMPARE(engine.procedure().title, QStringLiteral("Application rollback"));
        QCOMPARE(engine.nextStep(), 0);
        QCOMPARE(engine.state().step(QStringLiteral("Database rollback"), 0).state,
                 StepState::Succeeded);
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("database")));
        QCOMPARE(engine.nextStep(), 1); // back where it was
        // Not while a step runs: its events belong to the procedure it is in.
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(1));
        const Status during = engine.chooseProcedure(rb, QStringLiteral("Application"));
        QVERIFY(!during);
        QVERIFY2(during.error.contains(QLatin1String("running")), qPrintable(during.error));
        QVERIFY(finished.wait(20000));
    }
    Engine resumed(m_store.get(), nullptr);
    QVERIFY(resumed.resume(id, rb));
    QCOMPARE(resumed.procedure().title, QStringLiteral("Database rollback"));
    QCOMPARE(resumed.nextStep(), std::nullopt);
    QCOMPARE(resumed.state().procedures.size(), 1);
}

void TestEngine::stepTimeout_data()
{
    QTest::addColumn<int>("timeoutSeconds");
    QTest::addColumn<QString>("code");
    QTest::addColumn<StepStatus>("status");
    QTest::newRow("runs past it") << 1 << QStringLiteral("sleep 30") << StepStatus::TimedOut;
    QTest::newRow("finishes within it") << 60 << QStringLiteral("true") << StepStatus::Succeeded;
    // 4,294,968 s in milliseconds overflows an int; wrapped, it was a 704 ms timeout.
    QTest::newRow("49.7 days") << 4'294'968 << QStringLiteral("sleep 1") << StepStatus::Succeeded;
    QTest::newRow("int max seconds") << std::numeric_limits<int>::max() << QStringLiteral("true")
                                     << StepStatus::Succeeded;
}

void TestEngine::stepTimeout()
{
    QFETCH(int, timeoutSeconds);
    QFETCH(QString, code);
    Engine engine(m_store.get(), nullptr);
    engine.setGracePeriod(500);
    auto step = commandStep(QStringLiteral("bounded"), code, 3);
    step.timeoutSeconds = timeoutSeconds;
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QTEST(runAndWait(engine, 0).status, "status");
}

QTEST_GUILESS_MAIN(TestEngine)

#include "tst_engine.moc"
