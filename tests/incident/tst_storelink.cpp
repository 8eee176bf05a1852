// The shared store's link (incident/StoreLink) when the server stops answering rather
// than refusing — a laptop off the VPN, a host gone: each reconnection attempt then waits
// for the connect timeout (3 s). The attempts run off the caller's thread, so the event
// loop (the GUI's, in the console) keeps turning meanwhile. A proxy in this test stands
// between the store and the real PostgreSQL (tests/pg-session.sh) and can go silent.
#include "incident/Events.h"
#include "incident/IncidentFeed.h"
#include "incident/IncidentStore.h"
#include "incident/OutputRecorder.h"
#include "incident/StoreLink.h"
#include "incident/TeamSession.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <thread>

using namespace rollcage;

namespace {

// Forwards each connection to the server; once silent, drops those and accepts new ones
// without ever answering them. A black hole instead keeps every connection open and
// forwards nothing either way, as a host whose packets are dropped does: a statement on a
// connection made before then waits for an answer that never comes.
class Proxy : public QObject
{
public:
    Proxy(const QString &host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
        connect(&m_server, &QTcpServer::newConnection, this, &Proxy::accept);
    }
    bool listen() { return m_server.listen(QHostAddress::LocalHost); }
    quint16 port() const { return m_server.serverPort(); }
    void setSilent(bool silent)
    {
        m_silent = silent;
        if (silent) {
            for (const QPointer<QTcpSocket> &s : std::as_const(m_piped)) {
                if (s)
                    s->abort();
            }
            m_piped.clear();
        }
    }
    void setBlackHole(bool on)
    {
        m_blackHole = on;
        if (on)
            return;
        // Back: what was held open dies as a real network's stale connections would.
        for (const QPointer<QTcpSocket> &s : std::as_const(m_piped) + std::as_const(m_held)) {
            if (s)
                s->abort();
        }
        m_piped.clear();
        m_held.clear();
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            if (m_silent || m_blackHole) {
                m_held << client; // held open, never answered
                continue;
            }
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(m_host, m_port);
            // In the black hole what arrives is read and dropped.
            connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
                const QByteArray data = client->readAll();
                if (!m_blackHole)
                    upstream->write(data);
            });
            connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
                const QByteArray data = upstream->readAll();
                if (!m_blackHole)
                    client->write(data);
            });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
            m_piped << client << upstream;
        }
    }

    QTcpServer m_server{this}; // a child: it moves to the proxy's thread with it
    QString m_host;
    quint16 m_port;
    bool m_silent = false;
    bool m_blackHole = false;
    QList<QPointer<QTcpSocket>> m_piped;
    QList<QPointer<QTcpSocket>> m_held;
};

// An incident to work on, in `store`.
Result<qint64> declare(incident::IncidentStore *store, const QString &title)
{
    incident::IncidentRecord record;
    record.title = title;
    return store->createIncident(record);
}

} // namespace

// The longest time the event loop went without serving a 10 ms timer, from start() to now.
class LoopWatch : public QObject
{
public:
    void start()
    {
        m_since.start();
        m_ticker.setInterval(10);
        connect(&m_ticker, &QTimer::timeout, this,
                [this] { m_longest = std::max(m_longest, m_since.restart()); });
        m_ticker.start();
    }
    // Up to now: a wait that has not ended at a tick yet counts too.
    qint64 longest() const { return std::max(m_longest, m_since.elapsed()); }

private:
    QElapsedTimer m_since;
    QTimer m_ticker;
    qint64 m_longest = 0;
};

class TestStoreLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_real = QUrl(qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"));
        if (m_real.isEmpty())
            QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
        // On a thread of its own: the store's own connecting blocks this one.
        m_thread = std::make_unique<QThread>();
        m_proxy = new Proxy(m_real.host(), quint16(m_real.port()));
        m_proxy->moveToThread(m_thread.get());
        connect(m_thread.get(), &QThread::finished, m_proxy, &QObject::deleteLater);
        m_thread->start();
        bool listening = false;
        onProxy([&] { listening = m_proxy->listen(); });
        QVERIFY(listening);
    }

    void cleanup()
    {
        if (!m_thread)
            return;
        m_thread->quit();
        m_thread->wait();
        m_thread.reset();
    }

    void reconnectingDoesNotHoldTheEventLoop()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        incident::StoreLink *link = (*store)->link();
        QVERIFY(link);
        link->watch();

        onProxy([&] { m_proxy->setSilent(true); });
        QTRY_VERIFY(!link->isOnline());
        // While attempts wait on a server that never answers, the loop keeps turning: the
        // longest gap between 10 ms ticks stays far below the 3 s connect timeout.
        LoopWatch loop;
        loop.start();
        QTRY_VERIFY_WITH_TIMEOUT(
            link->problem().contains(QLatin1String("timeout"), Qt::CaseInsensitive), 15000);
        QVERIFY2(
            loop.longest() < 1000,
            qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(loop.longest())));
        // Said in a sentence (the banner's, the terminal's): libpq's cause, on one line,
        // without the driver's "QPSQL: Unable to connect" after it.
        QVERIFY2(!link->problem().contains(QLatin1Char('\n')) &&
                     !link->problem().contains(QLatin1String("QPSQL")),
                 qPrintable(link->problem()));

        // The server answers again: the link comes back by itself, and the store works.
        onProxy([&] { m_proxy->setSilent(false); });
        QTRY_VERIFY_WITH_TIMEOUT(link->isOnline(), 15000);
        QVERIFY((*store)->incidents());
    }

    // A host that drops every packet while connected: a probe's statement would wait for
    // minutes, its connect for the connect timeout. Either waits on the link's thread; the
    // store is lost once a probe fails or goes unanswered for the link's limit, and back
    // when the host answers again.
    void aSilentHostIsNoticedWithoutHoldingTheEventLoop()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        incident::StoreLink *link = (*store)->link();
        link->watch();
        QVERIFY(link->isOnline());

        LoopWatch loop;
        loop.start();
        onProxy([&] { m_proxy->setBlackHole(true); });
        const qint64 silentFrom = QDateTime::currentMSecsSinceEpoch();
        QTRY_VERIFY_WITH_TIMEOUT(!link->isOnline(), 3 * incident::StoreLink::answerLimitMs());
        QVERIFY(!(*store)->reachable());
        // Said lost since it went silent (the probe that went unanswered), not since the
        // limit later when that was noticed.
        QVERIFY2(link->lostSinceMs() <= silentFrom + link->interval() + 2000,
                 qPrintable(QString::number(link->lostSinceMs() - silentFrom)));
        // Reconnection attempts go on meanwhile (and time out), off this thread too.
        QTRY_VERIFY_WITH_TIMEOUT(
            link->problem().contains(QLatin1String("timeout"), Qt::CaseInsensitive), 15000);
        QVERIFY2(
            loop.longest() < 1000,
            qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(loop.longest())));

        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT(link->isOnline(), 15000);
        QVERIFY((*store)->incidents());
    }

    // A team console beats and reads who is here on a thread of its own: where it moves
    // reaches another console, and while the server drops every packet its beats and
    // reads wait there, not in the event loop (a read on this thread waited minutes).
    void teamBeatsDoNotHoldTheEventLoop()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        auto direct = incident::IncidentStore::open(m_real.toString());
        QVERIFY2(direct, qPrintable(direct.error));
        const auto id = declare(direct->get(), QStringLiteral("team beats"));
        QVERIFY(id);
        incident::TeamSession watcher(direct->get(), *id);
        incident::TeamSession moving(store->get(), *id);
        moving.setHeartbeat(50, 1000);
        QVERIFY(watcher.start());
        QVERIFY(moving.start());
        const auto whereIsMoving = [&] {
            for (const incident::Presence &p : watcher.view().consoles) {
                if (p.console == moving.console())
                    return p.location;
            }
            return QString();
        };
        moving.setLocation(QStringLiteral("step 3"));
        QTRY_COMPARE(whereIsMoving(), QStringLiteral("step 3"));

        (*store)->link()->watch();
        LoopWatch loop;
        loop.start();
        onProxy([&] { m_proxy->setBlackHole(true); });
        moving.setLocation(QStringLiteral("step 4"));
        QTRY_VERIFY_WITH_TIMEOUT(!(*store)->link()->isOnline(),
                                 3 * incident::StoreLink::answerLimitMs());
        QVERIFY2(
            loop.longest() < 1000,
            qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(loop.longest())));
        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT((*store)->link()->isOnline(), 15000);
    }

    // A statement sent just as the host starts dropping packets, before the link has
    // noticed: libpq waits for its answer with no limit of its own (minutes on a real
    // network, for ever here), and in the console that wait is the GUI thread's. The
    // store's statement watch cuts the connection once it has waited the link's limit:
    // the statement fails, the store says it is lost and why, and it comes back.
    void aStatementNeverAnsweredIsCutAtTheLimit()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        QVERIFY((*store)->incidents());
        onProxy([&] { m_proxy->setBlackHole(true); });
        std::jthread rescue = liftTheBlackHoleAfterAMinute();
        QElapsedTimer waited;
        waited.start();
        const auto listed = (*store)->incidents();
        const qint64 ms = waited.elapsed();
        QVERIFY(!listed);
        QVERIFY2(ms < 2 * incident::StoreLink::answerLimitMs(),
                 qPrintable(QStringLiteral("the statement waited %1 ms").arg(ms)));
        QVERIFY2(listed.error.contains(QLatin1String("has not answered")),
                 qPrintable(listed.error));
        QVERIFY(!(*store)->link()->isOnline());
        rescue.request_stop();
        rescue.join();

        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT((*store)->link()->isOnline(), 15000);
        QVERIFY((*store)->incidents());
    }

    // A console following an incident reads the new events at each notification and every
    // few seconds. A read sent as the server went silent held the window until the
    // statement watch cut it (the limit, and more). The reads go to the journal reader's
    // thread now: the window goes on, the store is said to be lost, and what was recorded
    // meanwhile arrives once the server answers again.
    void followingASilentServerDoesNotHoldTheEventLoop()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        auto direct = incident::IncidentStore::open(m_real.toString());
        QVERIFY2(direct, qPrintable(direct.error));
        const auto id = declare(direct->get(), QStringLiteral("silent follow"));
        QVERIFY(id);
        incident::IncidentFeed feed(store->get(), *id, 0);
        feed.setLookInterval(3'600'000);
        QList<qint64> seen;
        connect(&feed, &incident::IncidentFeed::eventsArrived, this,
                [&](const QList<incident::Event> &events) {
                    for (const incident::Event &e : events)
                        seen.append(e.id);
                });
        QVERIFY(feed.start());
        const auto before = (*direct)->append(*id, incident::events::NoteAdded::Name);
        QVERIFY(before);
        feed.catchUpSoon(); // the reader's connection made while the server answers
        QTRY_VERIFY(seen.contains(before->id));

        LoopWatch loop;
        loop.start();
        onProxy([&] { m_proxy->setBlackHole(true); });
        const auto during = (*direct)->append(*id, incident::events::NoteAdded::Name);
        QVERIFY(during);
        feed.catchUpSoon();
        QTRY_VERIFY_WITH_TIMEOUT(!(*store)->link()->isOnline(),
                                 3 * incident::StoreLink::answerLimitMs());
        QVERIFY(!seen.contains(during->id));
        QVERIFY2(
            loop.longest() < 1000,
            qPrintable(QStringLiteral("the event loop stood still %1 ms").arg(loop.longest())));

        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT(seen.contains(during->id), 20000);
        QCOMPARE(seen.count(during->id), 1);
    }

    // Following an incident starts with a LISTEN, a statement like any other: on a server
    // gone silent it fails at the limit, and the store is then lost for that reason.
    void listeningOnASilentServerEndsAtTheLimit()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        const auto id = declare(store->get(), QStringLiteral("silent listen"));
        QVERIFY(id);
        onProxy([&] { m_proxy->setBlackHole(true); });
        std::jthread rescue = liftTheBlackHoleAfterAMinute();
        incident::IncidentFeed feed(store->get(), *id, 0);
        QElapsedTimer waited;
        waited.start();
        const Status started = feed.start();
        const qint64 ms = waited.elapsed();
        QVERIFY(!started);
        QVERIFY2(ms < 2 * incident::StoreLink::answerLimitMs(),
                 qPrintable(QStringLiteral("listening waited %1 ms").arg(ms)));
        QVERIFY2(started.error.contains(QLatin1String("has not answered")),
                 qPrintable(started.error));
        rescue.request_stop();
        rescue.join();
        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT((*store)->link()->isOnline(), 15000);
        QVERIFY2(feed.start(), "listening once the server is back");
    }

    // Step output goes to the server on a writer thread of its own, and finishing the
    // recording (the step's end, the console closing) waits for the writer's answer. A
    // server gone silent under a write held that wait for as long as TCP waits; the
    // writer's connection is watched as the store's own is, so the write ends at the limit
    // (then one reconnection attempt, and the store's own check of the failure, at most one
    // limit more); the output is kept for when the server is back, as for any loss.
    void outputWrittenToASilentServerIsNotWaitedForBeyondTheLimit()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        const auto id = declare(store->get(), QStringLiteral("silent writer"));
        QVERIFY(id);
        const auto run = (*store)->append(*id, incident::events::StepStarted::Name, {}, 0);
        QVERIFY2(run, qPrintable(run.error));
        incident::OutputRecorder recorder(store->get(), run->id);
        recorder.append(1, "before\n", 1);
        QTRY_COMPARE((*store)->outputLineCount(run->id).value.value_or(0), 1);

        onProxy([&] { m_proxy->setBlackHole(true); });
        std::jthread rescue = liftTheBlackHoleAfterAMinute();
        // Over a batch: sent to the writer at once, and never answered.
        recorder.append(1, QByteArray(incident::OutputRecorder::kFlushBytes, 'x') + '\n', 2);
        QElapsedTimer waited;
        waited.start();
        const Status finished = recorder.finish();
        const qint64 ms = waited.elapsed();
        QVERIFY2(ms < 3 * incident::StoreLink::answerLimitMs(),
                 qPrintable(QStringLiteral("finishing waited %1 ms").arg(ms)));
        QVERIFY2(finished, qPrintable(finished.error));
        QVERIFY(!(*store)->link()->isOnline());
        rescue.request_stop();
        rescue.join();

        // What could not be written is kept, and written when the server answers again.
        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT((*store)->link()->isOnline(), 15000);
        QTRY_COMPARE_WITH_TIMEOUT((*store)->outputLineCount(run->id).value.value_or(0), 2, 15000);
    }

    // Closing a console whose server went silent: no goodbye that would wait on it.
    void closingDuringASilenceDoesNotHang()
    {
        auto store = openThroughProxy();
        QVERIFY2(store, qPrintable(store.error));
        const auto id = declare(store->get(), QStringLiteral("closing"));
        QVERIFY(id);
        auto session = std::make_unique<incident::TeamSession>(store->get(), *id);
        session->setHeartbeat(50, 1000);
        QVERIFY(session->start());
        (*store)->link()->watch();
        onProxy([&] { m_proxy->setBlackHole(true); });
        QTRY_VERIFY_WITH_TIMEOUT(!(*store)->link()->isOnline(),
                                 3 * incident::StoreLink::answerLimitMs());
        QElapsedTimer closing;
        closing.start();
        session.reset();
        QVERIFY2(closing.elapsed() < 1000,
                 qPrintable(QStringLiteral("closing took %1 ms").arg(closing.elapsed())));
        onProxy([&] { m_proxy->setBlackHole(false); });
        QTRY_VERIFY_WITH_TIMEOUT((*store)->link()->isOnline(), 15000);
    }

private:
    // Without the statement watch a statement in the black hole never returns: the host
    // answers again after a minute whatever happens, so that the test fails rather than
    // hangs. Stopped (request_stop) when the test no longer needs it.
    std::jthread liftTheBlackHoleAfterAMinute()
    {
        return std::jthread([this](std::stop_token stop) {
            std::mutex mutex;
            std::condition_variable_any never;
            std::unique_lock lock(mutex);
            if (!never.wait_for(lock, stop, std::chrono::minutes(1), [] { return false; }))
                onProxy([&] { m_proxy->setBlackHole(false); });
        });
    }

    template<class F> void onProxy(F f)
    {
        QMetaObject::invokeMethod(m_proxy, f, Qt::BlockingQueuedConnection);
    }

    Result<std::unique_ptr<incident::IncidentStore>> openThroughProxy()
    {
        QUrl url = m_real;
        url.setPort(m_proxy->port());
        return incident::IncidentStore::open(url.toString());
    }

    QUrl m_real;
    std::unique_ptr<QThread> m_thread;
    Proxy *m_proxy = nullptr;
};

QTEST_GUILESS_MAIN(TestStoreLink)
#include "tst_storelink.moc"
