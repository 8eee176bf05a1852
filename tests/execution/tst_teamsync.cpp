// Team mode, live: two consoles (two stores, two engines, as two laptops would have) on
// one incident in a real PostgreSQL server that tests/pg-session.sh starts. Without the
// server (ROLLCAGE_TEST_DATABASE unset) only the SQLite refusal runs.
#include "EngineTestBase.h"

#include "incident/Events.h"
#include "incident/EventsComms.h"
#include "incident/IncidentFeed.h"
#include "incident/Journal.h"
#include "report/ReportFields.h"

using namespace rollcage::enginetest;
using rollcage::incident::StepState;

namespace {

QList<qint64> ids(const QList<rollcage::incident::Event> &events)
{
    QList<qint64> list;
    for (const auto &e : events)
        list.append(e.id);
    return list;
}

} // namespace

class TestTeamSync : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sqliteSaysFollowingNeedsPostgres();
    void eventsReachTheOtherConsole();
    void everyKindReachesTheOtherConsoleByNotification();
    void stepRunAndItsOutputReachTheOtherConsole();
    void bothConsolesEndWithOneJournal();
    void aConsoleOpenedLaterCatchesUp();
    void aMissedNotificationIsMadeUpFor();

private:
    // Ana declares an incident of `rb`; Ben's console resumes it.
    struct Team
    {
        std::unique_ptr<rollcage::incident::IncidentStore> anaStore, benStore;
        std::unique_ptr<Engine> ana, ben;
        qint64 incident = 0;
    };
    Team team(const rollcage::runbook::Runbook &rb);
    std::unique_ptr<rollcage::incident::IncidentStore> console(const QString &name);
    QString m_url;
};

void TestTeamSync::init()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
}

std::unique_ptr<rollcage::incident::IncidentStore> TestTeamSync::console(const QString &name)
{
    return openConsole(m_url, name);
}

TestTeamSync::Team TestTeamSync::team(const rollcage::runbook::Runbook &rb)
{
    Team t;
    t.anaStore = console(QStringLiteral("Ana"));
    t.benStore = console(QStringLiteral("Ben"));
    if (!t.anaStore || !t.benStore)
        return t;
    t.ana = std::make_unique<Engine>(t.anaStore.get(), nullptr);
    t.ben = std::make_unique<Engine>(t.benStore.get(), nullptr);
    const auto id = t.ana->declare(rb, QStringLiteral("Application rollback"));
    if (!id || !t.ben->resume(*id, rb)) {
        t.ben.reset();
        return t;
    }
    t.incident = *id;
    return t;
}

void TestTeamSync::sqliteSaysFollowingNeedsPostgres()
{
    openStore();
    Engine engine(m_store.get(), nullptr);
    QVERIFY(engine.declare(makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)}),
                           QStringLiteral("Application rollback")));
    // The engine works as before; only following is refused, saying why.
    QVERIFY(!engine.incidentJournal()->feed());
    const rollcage::Status s = engine.incidentJournal()->follow();
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QLatin1String("PostgreSQL")), qPrintable(s.error));
    closeStore();
}

void TestTeamSync::eventsReachTheOtherConsole()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Team t = team(rb);
    QVERIFY(t.ben);
    Engine &a = *t.ana;
    Engine &b = *t.ben;
    QVERIFY(b.incidentJournal()->feed());

    QVERIFY(a.addNote(0, QStringLiteral("dashboards look flat")));
    QTRY_COMPARE(b.state().step(0).notes, QStringList{QStringLiteral("dashboards look flat")});
    QCOMPARE(b.journal().constLast().operatorName, QStringLiteral("Ana"));

    // And back: what Ben ticks, Ana sees.
    QVERIFY(b.tickChecklistItem(QStringLiteral("Before"), QStringLiteral("Backups verified")));
    QTRY_COMPARE(a.state().checklist.size(), qsizetype(1));
    QCOMPARE(a.state().checklist.constFirst().by, QStringLiteral("Ben"));
}

// Each kind of event a person records reaches the other console, woken by the server's
// notification alone.
void TestTeamSync::everyKindReachesTheOtherConsoleByNotification()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    namespace events = rollcage::incident::events;
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3),
                                 commandStep(QStringLiteral("Look"), QStringLiteral("true"), 5)});
    Team t = team(rb);
    QVERIFY(t.ben);
    Engine &a = *t.ana;
    Engine &b = *t.ben;
    // Ben's console reads only when woken: its own re-read (every few seconds) is put off
    // for the test, so nothing but the notification can bring the events, and the wait can
    // be generous for a loaded machine. (team_propagation_ms measures how fast: p99 24 ms.)
    b.incidentJournal()->feed()->setLookInterval(3'600'000);
    constexpr int kWaitMs = 10000;
    const auto lastAtBen = [&b] { return b.journal().constLast(); };

    QVERIFY(a.recordDecision(QStringLiteral("checkout"), QStringLiteral("rollback"),
                             QStringLiteral("the release broke checkout"), std::nullopt));
    QTRY_VERIFY_WITH_TIMEOUT(events::is<events::DecisionTaken>(lastAtBen()), kWaitMs);
    QVERIFY(a.waiveStep(1, QStringLiteral("not needed tonight")));
    QTRY_COMPARE_WITH_TIMEOUT(b.state().step(1).state, StepState::Waived, kWaitMs);
    QVERIFY(a.recordMessageSent(QStringLiteral("slack"), QStringLiteral("stakeholders"),
                                QStringLiteral("Rolling back checkout")));
    QTRY_VERIFY_WITH_TIMEOUT(events::is<events::MessageSent>(lastAtBen()), kWaitMs);
    QVERIFY(a.recordEscalation(2, QStringLiteral("DBA on call"), QStringLiteral("restore")));
    QTRY_VERIFY_WITH_TIMEOUT(events::is<events::Escalated>(lastAtBen()), kWaitMs);
    QVERIFY(rollcage::report::setReportField(*a.incidentJournal(), QStringLiteral("root_cause"),
                                             QStringLiteral("A migration locked the table")));
    QTRY_VERIFY_WITH_TIMEOUT(events::is<events::ReportFieldSet>(lastAtBen()), kWaitMs);
    QCOMPARE(lastAtBen().operatorName, QStringLiteral("Ana"));
}

void TestTeamSync::stepRunAndItsOutputReachTheOtherConsole()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    const auto rb = makeRunbook({commandStep(QStringLiteral("Say"),
                                             QStringLiteral("echo first; echo second"), 3)});
    Team t = team(rb);
    QVERIFY(t.ben);
    Engine &a = *t.ana;
    Engine &b = *t.ben;
    QSignalSpy grew(b.incidentJournal()->feed(), &rollcage::incident::IncidentFeed::outputGrew);

    QCOMPARE(runAndWait(a, 0).status, StepStatus::Succeeded);
    QTRY_COMPARE(b.state().step(0).state, StepState::Succeeded);
    // The output: announced to Ben's console, read from the store by the run's id.
    const qint64 run = b.state().step(0).lastRunEventId;
    QVERIFY(run > 0);
    QTRY_VERIFY(!grew.isEmpty());
    QCOMPARE(grew.constLast().at(0).toLongLong(), run);
    const auto lines = t.benStore->outputLines(run, 0, 10);
    QVERIFY(lines);
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(1).text, QStringLiteral("second"));
}

void TestTeamSync::bothConsolesEndWithOneJournal()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Team t = team(rb);
    QVERIFY(t.ben);
    Engine &a = *t.ana;
    Engine &b = *t.ben;
    const qsizetype before = a.journal().size(); // declared, working directory
    // Both write at once, interleaved, without waiting for each other: each console ends
    // with every event once, in journal (id) order.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(a.addNote(0, QStringLiteral("ana %1").arg(i)));
        QVERIFY(b.addNote(0, QStringLiteral("ben %1").arg(i)));
    }
    const auto stored = t.anaStore->events(t.incident);
    QVERIFY(stored);
    QCOMPARE(stored->size(), before + 40);
    QTRY_COMPARE(ids(a.journal()), ids(*stored));
    QTRY_COMPARE(ids(b.journal()), ids(*stored));
    QCOMPARE(b.state().step(0).notes.size(), 40);
    QCOMPARE(a.state().step(0).notes, b.state().step(0).notes);
}

void TestTeamSync::aConsoleOpenedLaterCatchesUp()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    auto ana = console(QStringLiteral("Ana"));
    QVERIFY(ana);
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Engine a(ana.get(), nullptr);
    const auto id = a.declare(rb, QStringLiteral("Application rollback"));
    QVERIFY(id);
    QVERIFY(a.addNote(0, QStringLiteral("before Ben came")));
    auto ben = console(QStringLiteral("Ben"));
    rollcage::incident::Journal journal(ben.get(), *id);
    QVERIFY(journal.load());
    QVERIFY(journal.follow());
    QSignalSpy appended(&journal, &rollcage::incident::Journal::appended);
    QVERIFY(a.addNote(0, QStringLiteral("after Ben came")));
    QVERIFY(appended.wait());
    QCOMPARE(journal.state().step(0).notes,
             (QStringList{QStringLiteral("before Ben came"), QStringLiteral("after Ben came")}));
    QCOMPARE(journal.feed()->lastSeen(), a.journal().constLast().id);
}

// A notification the connection never delivers (here: Ben's connection stops listening)
// leaves Ben behind only until his console looks by itself.
void TestTeamSync::aMissedNotificationIsMadeUpFor()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Team t = team(rb);
    QVERIFY(t.ben);
    rollcage::incident::IncidentFeed *feed = t.ben->incidentJournal()->feed();
    QVERIFY(feed);
    feed->setLookInterval(200);
    // Straight at the connection: the store counts its listeners and would keep it.
    QVERIFY(t.benStore->driver()->unsubscribeFromNotification(
        rollcage::incident::IncidentStore::incidentChannel(t.incident)));
    QVERIFY(t.ana->addNote(0, QStringLiteral("heard without a word")));
    QTRY_COMPARE(t.ben->state().step(0).notes, QStringList{QStringLiteral("heard without a word")});
}

QTEST_GUILESS_MAIN(TestTeamSync)
#include "tst_teamsync.moc"
