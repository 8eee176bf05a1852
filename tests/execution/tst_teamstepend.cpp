// Team mode: a step's end when the shared store goes away during the very write of it, on
// a real PostgreSQL (tests/pg-session.sh). Either way the console shows the step ended at
// once, and when the store is back the journal holds its end exactly once:
// - the server drops the connection in the middle of the write (a trigger ends Ana's
//   server process as her step_finished is inserted): nothing was committed, it is
//   written when she is let in again;
// - the write is committed but its answer never arrives (a proxy between Ana and the
//   server passes her COMMIT on, then cuts the connection before the reply): it is in the
//   store already, and is not written a second time.
#include "EngineTestBase.h"

#include "common/PgAdmin.h"
#include "incident/StoreLink.h"

#include <QPointer>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QUrl>

#include <atomic>
#include <functional>
#include <memory>

using namespace rollcage::enginetest;
using rollcage::incident::StepState;

namespace {

// Forwards connections to the server. Armed, it lets a statement holding `marker` through
// (on PostgreSQL the journal's append commits by itself, before it is answered), swallows
// the server's answer and cuts the connection; then it refuses connections until let
// through again.
class CuttingProxy : public QObject
{
public:
    CuttingProxy(const QString &host, quint16 port)
        : m_server(new QTcpServer(this)) // a child: it moves to the proxy's thread with it
        , m_host(host)
        , m_port(port)
    {
        connect(m_server, &QTcpServer::newConnection, this, &CuttingProxy::accept);
    }
    bool listen() { return m_server->listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server->serverPort(); }
    void arm(const QByteArray &marker) { m_marker = marker; }
    void letThrough() { m_refusing = false; }
    bool cut() const { return m_cut; }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            client->setParent(this);
            if (m_refusing) {
                client->abort();
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(m_host, m_port);
            auto sent = std::make_shared<bool>(false); // the statement holding the marker
            auto answer = std::make_shared<QByteArray>(); // the server's answer to it
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, sent] {
                const QByteArray bytes = client->readAll();
                if (!m_marker.isEmpty() && bytes.contains(m_marker))
                    *sent = true;
                upstream->write(bytes);
            });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [this, client, upstream, sent, answer] {
                        const QByteArray bytes = upstream->readAll();
                        if (!*sent) {
                            client->write(bytes);
                            return;
                        }
                        // Rows of INSERT … RETURNING come before the commit; ReadyForQuery ('Z',
                        // length 5) only after it. Cut earlier, and the server may see the client
                        // gone and roll back: the "committed" case would sometimes not be.
                        answer->append(bytes);
                        if (!answer->contains(QByteArray("Z\0\0\0\x05", 5)))
                            return;
                        // The statement is committed. The client never hears.
                        m_marker.clear();
                        m_refusing = true;
                        m_cut = true;
                        client->abort();
                        upstream->abort();
                    });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
        }
    }

    QTcpServer *m_server;
    QString m_host;
    quint16 m_port;
    QByteArray m_marker;
    std::atomic<bool> m_refusing{false};
    std::atomic<bool> m_cut{false};
};

} // namespace

class TestTeamStepEnd : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void anEndCutOffBeforeItsCommitIsWrittenWhenBack();
    void anEndCommittedButUnansweredIsNotWrittenTwice();
    void aStoreLostUnderTheLastOutputEndsTheStepAndKeepsIt();

private:
    // Ana's step: a line, a variable for the session (a session_changed follows its
    // end), a last line.
    static rollcage::runbook::Runbook drill()
    {
        return makeRunbook({commandStep(QStringLiteral("Say and stop"),
                                        QStringLiteral("echo started\nSTEP_LEFT=here\n"
                                                       "echo done"),
                                        3)});
    }
    int count(qint64 incident, const QString &type) const
    {
        int n = 0;
        const auto events = m_ben->events(incident);
        for (const rollcage::incident::Event &e :
             events ? *events : QList<rollcage::incident::Event>())
            n += e.type == type ? 1 : 0;
        return n;
    }
    static int held(const Engine &engine, const QString &type)
    {
        int n = 0;
        for (const rollcage::incident::Event &e : engine.journal())
            n += e.type == type && e.id > 0 ? 1 : 0;
        return n;
    }
    static void sql(const QString &statement) { rollcage::test::adminSql(statement); }
    // Ana's console, logged in as a role of her own (new each time), which the server can
    // be told to keep out.
    std::unique_ptr<rollcage::incident::IncidentStore> consoleAs(const QString &role) const
    {
        sql(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
        sql(QStringLiteral("CREATE ROLE %1 LOGIN SUPERUSER").arg(role));
        QUrl url(m_url);
        url.setUserName(role);
        return openConsole(url.toString(), QStringLiteral("Ana"));
    }
    // After the step, either way: shown as it ended while away; once back, its end and the
    // session it left in the store once each, none unknown, none left standing in.
    void checkOnceWhenBack(Engine &ana, qint64 incident, const std::function<void()> &letBack);

    QString m_url;
    std::unique_ptr<rollcage::incident::IncidentStore> m_ben;
};

void TestTeamStepEnd::initTestCase()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run as tst_teamstepend_postgresql)");
    qputenv("ROLLCAGE_STORE_PROBE_MS", "100");
    const QString admin = rollcage::test::openPgAdmin(m_url);
    QVERIFY2(admin.isEmpty(), qPrintable(admin));
    m_ben = openConsole(m_url, QStringLiteral("Ben"));
    QVERIFY(m_ben);
}

void TestTeamStepEnd::cleanupTestCase()
{
    m_ben.reset();
    QSqlDatabase::removeDatabase(QStringLiteral("admin"));
}

void TestTeamStepEnd::checkOnceWhenBack(Engine &ana, qint64 incident,
                                        const std::function<void()> &letBack)
{
    QCOMPARE(ana.state().step(0).state, StepState::Succeeded);
    QVERIFY(!ana.store()->link()->isOnline());
    letBack();
    QTRY_VERIFY_WITH_TIMEOUT(ana.store()->link()->isOnline(), 15000);
    QTRY_COMPARE(count(incident, QStringLiteral("session_changed")), 1);
    QCOMPARE(count(incident, QStringLiteral("step_finished")), 1);
    QCOMPARE(count(incident, QStringLiteral("step_outcome_unknown")), 0);
    QTRY_COMPARE(held(ana, QStringLiteral("step_finished")), 1);
    QTRY_COMPARE(held(ana, QStringLiteral("session_changed")), 1);
    for (const rollcage::incident::Event &e : ana.journal())
        QVERIFY2(e.id > 0, qPrintable(e.type)); // no stand-in left
    QCOMPARE(ana.state().step(0).state, StepState::Succeeded);
}

void TestTeamStepEnd::anEndCutOffBeforeItsCommitIsWrittenWhenBack()
{
    // Ana's server process ends itself as her step's end is inserted: the write fails
    // half-way, nothing of it committed. She cannot log in again until let in.
    sql(QStringLiteral(
        "CREATE OR REPLACE FUNCTION cut_step_end() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF NEW.type = 'step_finished' AND current_user = 'ana_cut' THEN "
        "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$"));
    auto store = consoleAs(QStringLiteral("ana_cut"));
    QVERIFY(store);
    Engine ana(store.get(), nullptr);
    const auto id = ana.declare(drill(), QStringLiteral("Application rollback"));
    QVERIFY(id);
    QVERIFY(ana.team());
    sql(QStringLiteral("ALTER ROLE ana_cut NOLOGIN"));
    sql(QStringLiteral("CREATE TRIGGER cut_step_end BEFORE INSERT ON events FOR EACH ROW "
                       "EXECUTE FUNCTION cut_step_end()"));
    QCOMPARE(runAndWait(ana, 0).status, StepStatus::Succeeded);
    QCOMPARE(count(*id, QStringLiteral("step_finished")), 0);
    checkOnceWhenBack(ana, *id, [this] {
        sql(QStringLiteral("DROP TRIGGER cut_step_end ON events"));
        sql(QStringLiteral("ALTER ROLE ana_cut LOGIN"));
    });
}

void TestTeamStepEnd::anEndCommittedButUnansweredIsNotWrittenTwice()
{
    // The proxy on a thread of its own: the store's calls block this one.
    const QUrl real(m_url);
    QThread thread;
    auto *proxy = new CuttingProxy(real.host(), quint16(real.port()));
    proxy->moveToThread(&thread);
    connect(&thread, &QThread::finished, proxy, &QObject::deleteLater);
    thread.start();
    // Also when a check fails: a thread destroyed running ends the whole test run.
    const auto stopProxy = qScopeGuard([&thread] {
        thread.quit();
        thread.wait();
    });
    const auto onProxy = [proxy](auto call) {
        QMetaObject::invokeMethod(proxy, call, Qt::BlockingQueuedConnection);
    };
    bool listening = false;
    onProxy([&] { listening = proxy->listen(); });
    QVERIFY(listening);
    QUrl url = real;
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(proxy->port());
    {
        auto store = openConsole(url.toString(), QStringLiteral("Ana"));
        QVERIFY(store);
        Engine ana(store.get(), nullptr);
        const auto id = ana.declare(drill(), QStringLiteral("Application rollback"));
        QVERIFY(id);
        onProxy([proxy] { proxy->arm(QByteArrayLiteral("step_finished")); });
        QCOMPARE(runAndWait(ana, 0).status, StepStatus::Succeeded);
        QVERIFY(proxy->cut());
        // Committed: the store has it though Ana's console could not know.
        QCOMPARE(count(*id, QStringLiteral("step_finished")), 1);
        checkOnceWhenBack(ana, *id, [&] { onProxy([proxy] { proxy->letThrough(); }); });
    }
}

// On a shared store the step's end waits for its last output write to be answered
// (OutputRecorder::finishLater). The store goes away under that write: the server ends all
// of Ana's connections as her last line is inserted and lets none in again. The console
// must not wait for an answer that will not come: the step shows as ended, and once the
// store is back its output is there once, in order, and its end once.
void TestTeamStepEnd::aStoreLostUnderTheLastOutputEndsTheStepAndKeepsIt()
{
    sql(QStringLiteral(
        "CREATE OR REPLACE FUNCTION lose_store() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF current_user = 'ana_lost' AND position('last words'::bytea in NEW.data) > 0 "
        "THEN PERFORM pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE usename = 'ana_lost' AND pid <> pg_backend_pid(); "
        "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END $$"));
    auto store = consoleAs(QStringLiteral("ana_lost"));
    QVERIFY(store);
    Engine ana(store.get(), nullptr);
    const auto id = ana.declare(
        makeRunbook({commandStep(QStringLiteral("Say and stop"),
                                 QStringLiteral("echo first words; echo last words"), 3)}),
        QStringLiteral("Application rollback"));
    QVERIFY(id);
    sql(QStringLiteral("ALTER ROLE ana_lost NOLOGIN"));
    sql(QStringLiteral("CREATE TRIGGER lose_store BEFORE INSERT ON output FOR EACH ROW "
                       "EXECUTE FUNCTION lose_store()"));
    // Let back in, also when a check below fails: the next tests use the same server.
    const auto letBack = [] {
        sql(QStringLiteral("DROP TRIGGER IF EXISTS lose_store ON output"));
        sql(QStringLiteral("ALTER ROLE ana_lost LOGIN"));
    };
    auto atExit = qScopeGuard(letBack);
    QCOMPARE(runAndWait(ana, 0).status, StepStatus::Succeeded);
    QCOMPARE(ana.state().step(0).state, StepState::Succeeded);
    const qint64 run = ana.state().step(0).lastRunEventId;
    QVERIFY(run > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!ana.store()->link()->isOnline(), 15000);
    QCOMPARE(count(*id, QStringLiteral("step_finished")), 0);

    letBack();
    QTRY_VERIFY_WITH_TIMEOUT(ana.store()->link()->isOnline(), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(count(*id, QStringLiteral("step_finished")), 1, 15000);
    QCOMPARE(count(*id, QStringLiteral("step_outcome_unknown")), 0);
    const auto stored = [this, run] {
        const auto n = m_ben->outputLineCount(run);
        return n ? *n : qint64(-1);
    };
    QTRY_COMPARE_WITH_TIMEOUT(stored(), qint64(2), 15000);
    const auto lines = m_ben->outputLines(run, 0, 10);
    QVERIFY2(lines, qPrintable(lines.error));
    QCOMPARE(lines->size(), 2);
    QCOMPARE(lines->at(0).text, QStringLiteral("first words"));
    QCOMPARE(lines->at(1).text, QStringLiteral("last words"));
    QCOMPARE(ana.state().step(0).state, StepState::Succeeded);
}

QTEST_GUILESS_MAIN(TestTeamStepEnd)
#include "tst_teamstepend.moc"
