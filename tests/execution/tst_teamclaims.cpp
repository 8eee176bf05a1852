// Team mode: presence and step claims between consoles on a real PostgreSQL server
// (tests/pg-session.sh). Two engines in this process stand for two laptops; the
// take-over case kills a real `rollcage run` with SIGKILL.
#include "EngineTestBase.h"
#include "TeamDrill.h"

#include "common/PgAdmin.h"
#include "incident/Journal.h"
#include "incident/TeamSession.h"
#include "runbook/Importer.h"


using namespace rollcage::enginetest;
using rollcage::incident::StepState;
using rollcage::incident::TeamSession;

class TestTeamClaims : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void eachConsoleSeesWhoIsHere();
    void aRunningStepIsClaimed();
    void oneClaimWins();
    void aLeftoverClaimTheViewDidNotShowIsTakenOver();
    void takeOverAfterTheConsoleIsKilled();

private:
    std::unique_ptr<rollcage::incident::IncidentStore> console(const QString &name);
    QString m_url;
};

void TestTeamClaims::init()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
}

std::unique_ptr<rollcage::incident::IncidentStore> TestTeamClaims::console(const QString &name)
{
    return openConsole(m_url, name);
}

void TestTeamClaims::eachConsoleSeesWhoIsHere()
{
    auto anaStore = console(QStringLiteral("Ana"));
    auto benStore = console(QStringLiteral("Ben"));
    QVERIFY(anaStore && benStore);
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Engine a(anaStore.get(), nullptr);
    const auto id = a.declare(rb, QStringLiteral("Application rollback"));
    QVERIFY(id);
    QVERIFY(a.team());
    auto b = std::make_unique<Engine>(benStore.get(), nullptr);
    QVERIFY(b->resume(*id, rb));
    QTRY_COMPARE(a.team()->view().alive().size(), qsizetype(2));
    QCOMPARE(a.team()->view().alive().at(1).operatorName, QStringLiteral("Ben"));

    // Where Ben is reaches Ana by notification, not at her next beat (5 s away).
    b->team()->setLocation(QStringLiteral("step 1"));
    QTRY_COMPARE_WITH_TIMEOUT(a.team()->view().presence(b->team()->console())->location,
                              QStringLiteral("step 1"), 2000);
    // Ben closes his console: gone from Ana's list at once.
    b.reset();
    QTRY_COMPARE_WITH_TIMEOUT(a.team()->view().alive().size(), qsizetype(1), 2000);
}

void TestTeamClaims::aRunningStepIsClaimed()
{
    auto anaStore = console(QStringLiteral("Ana"));
    auto benStore = console(QStringLiteral("Ben"));
    QVERIFY(anaStore && benStore);
    const auto rb = makeRunbook(
        {commandStep(QStringLiteral("Hold"), QStringLiteral("echo holding; sleep 120"), 3)});
    Engine a(anaStore.get(), nullptr);
    Engine b(benStore.get(), nullptr);
    const auto id = a.declare(rb, QStringLiteral("Application rollback"));
    QVERIFY(id);
    QVERIFY(b.resume(*id, rb));

    QSignalSpy started(&a, &Engine::stepStarted);
    QVERIFY(a.runStep(0));
    QVERIFY(started.wait());
    // Ben's console is told who holds it, and every way of acting on it is refused.
    QTRY_VERIFY(!b.mayRun(0));
    QVERIFY2(b.mayRun(0).error.contains(QLatin1String("Ana is running step 1 (\"Hold\")")),
             qPrintable(b.mayRun(0).error));
    QVERIFY(!b.runStep(0));
    QVERIFY(!b.maySkip(0));
    QVERIFY(!b.skipStep(0, QStringLiteral("looks done")));
    const rollcage::Status waived = b.waiveStep(0, QStringLiteral("not needed"));
    QVERIFY(!waived);
    QVERIFY2(waived.error.contains(QLatin1String("Ana")), qPrintable(waived.error));
    // The claim is taken before "step started" is written: the event may come a moment later.
    QTRY_COMPARE(b.state().step(0).state, StepState::Running);

    // Ana cancels: the claim goes with the run, and Ben may retry it.
    QSignalSpy finished(&a, &Engine::stepFinished);
    a.cancel();
    QVERIFY(finished.wait());
    QTRY_VERIFY(b.mayRun(0));
    QCOMPARE(a.team()->view().claims.size(), qsizetype(0));
}

void TestTeamClaims::oneClaimWins()
{
    auto anaStore = console(QStringLiteral("Ana"));
    auto benStore = console(QStringLiteral("Ben"));
    QVERIFY(anaStore && benStore);
    rollcage::incident::IncidentRecord record;
    record.title = QStringLiteral("claims");
    const auto id = anaStore->createIncident(record);
    QVERIFY(id);
    TeamSession ana(anaStore.get(), *id);
    TeamSession ben(benStore.get(), *id);
    QVERIFY(ana.start());
    QVERIFY(ben.start());
    const QString proc = QStringLiteral("Roll forward");
    QVERIFY(ana.claim(proc, 0, QStringLiteral("Hold"), StepState::Pending));
    const rollcage::Status second = ben.claim(proc, 0, QStringLiteral("Hold"), StepState::Pending);
    QVERIFY(!second);
    QVERIFY2(second.error.contains(QLatin1String("Ana")), qPrintable(second.error));
    // Another step is free; releasing one's own claim frees it for the other.
    QVERIFY(ben.claim(proc, 1, QStringLiteral("Release"), StepState::Pending));
    ana.release(proc, 0);
    QVERIFY(ben.claim(proc, 0, QStringLiteral("Hold"), StepState::Pending));
}

// A claim is one statement when the reader's view shows the step free. A claim left by a
// console that died, written after that view was read, is found by the statement; a fresh
// read shows it stale, and it is taken over as when the view showed it (not refused as
// "just taken" by a console that is gone).
void TestTeamClaims::aLeftoverClaimTheViewDidNotShowIsTakenOver()
{
    auto anaStore = console(QStringLiteral("Ana"));
    QVERIFY(anaStore);
    QVERIFY(rollcage::test::openPgAdmin(m_url).isEmpty());
    rollcage::incident::IncidentRecord record;
    record.title = QStringLiteral("leftover");
    const auto id = anaStore->createIncident(record);
    QVERIFY(id);
    TeamSession ana(anaStore.get(), *id);
    QVERIFY(ana.start());
    QTRY_COMPARE(ana.view().alive().size(), qsizetype(1));
    const QString proc = QStringLiteral("Roll forward");
    // No event loop between the insert and the claim: Ana's view cannot have it.
    rollcage::test::adminSql(
        QStringLiteral("INSERT INTO claims (incident_id, procedure_name, step_index, console, "
                       "operator, claimed_ms) VALUES (%1, 'Roll forward', 0, 'gone-console', "
                       "'Zoe', 1)")
            .arg(*id));
    QVERIFY(!ana.view().claim(proc, 0));
    const rollcage::Status claimed = ana.claim(proc, 0, QStringLiteral("Hold"), StepState::Pending);
    QVERIFY2(claimed, qPrintable(claimed.error));
    QTRY_VERIFY(ana.view().claim(proc, 0) && ana.view().claim(proc, 0)->console == ana.console());
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestTeamClaims::takeOverAfterTheConsoleIsKilled()
{
    QTemporaryDir dir;
    const QString killed = killAnaMidStep(m_url, dir.path());
    QVERIFY2(killed.isEmpty(), qPrintable(killed));

    auto benStore = console(QStringLiteral("Ben"));
    QVERIFY(benStore);
    const auto incidents = benStore->incidents();
    QVERIFY(incidents && !incidents->isEmpty());
    const qint64 id = incidents->constLast().id;
    rollcage::incident::Journal journal(benStore.get(), id);
    QVERIFY(journal.load());
    QCOMPARE(journal.state().step(0).state, StepState::Running);
    TeamSession ben(benStore.get(), id);
    QVERIFY(ben.start());
    const QString proc = QStringLiteral("Roll Forward");
    // Ana's console stops beating; after its 600 ms the step is hers no more, but it
    // still runs by the journal: only an explicit take-over with a reason frees it.
    QTRY_VERIFY_WITH_TIMEOUT(
        ((void)ben.refresh(),
         ben.mayAct(proc, 0, QStringLiteral("Hold the queue"), StepState::Running)
             .error.contains(QLatin1String("stopped answering"))),
        10000);
    QVERIFY(!ben.claim(proc, 0, QStringLiteral("Hold the queue"), StepState::Running));
    QVERIFY(!ben.takeOver(proc, 0, QString()));
    QVERIFY(ben.takeOver(proc, 0, QStringLiteral("Ana's laptop died")));
    QCOMPARE(ben.view().claim(proc, 0)->operatorName, QStringLiteral("Ben"));
}

QTEST_GUILESS_MAIN(TestTeamClaims)
#include "tst_teamclaims.moc"
