// The shared store's link (incident/StoreLink) when the server stops answering rather
// than refusing — a laptop off the VPN, a host gone: each reconnection attempt then waits
// for the connect timeout (3 s). The attempts run off the caller's thread, so the event
// loop (the GUI's, in the console) keeps turning meanwhile. A proxy in this test stands
// between the store and the real PostgreSQL (tests/pg-session.sh) and can go silent.
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QUrl>

using namespace rollcage;

namespace {

// Forwards each connection to the server; once silent, drops those and accepts new ones
// without ever answering them.
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

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            if (m_silent)
                continue; // held open, never answered
            auto *upstream = new QTcpSocket(this);
            upstream->connectToHost(m_host, m_port);
            connect(client, &QTcpSocket::readyRead, upstream,
                    [client, upstream] { upstream->write(client->readAll()); });
            connect(upstream, &QTcpSocket::readyRead, client,
                    [client, upstream] { client->write(upstream->readAll()); });
            connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::abort);
            connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::abort);
            m_piped << client << upstream;
        }
    }

    QTcpServer m_server;
    QString m_host;
    quint16 m_port;
    bool m_silent = false;
    QList<QPointer<QTcpSocket>> m_piped;
};

} // namespace

class TestStoreLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reconnectingDoesNotHoldTheEventLoop()
    {
        const QUrl real(qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"));
        if (real.isEmpty())
            QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
        // On a thread of its own: the store's own connecting blocks this one.
        QThread thread;
        auto *proxy = new Proxy(real.host(), quint16(real.port()));
        proxy->moveToThread(&thread);
        connect(&thread, &QThread::finished, proxy, &QObject::deleteLater);
        thread.start();
        // Stopped whichever way the test ends (the store, declared later, goes first).
        const auto stop = qScopeGuard([&] {
            thread.quit();
            thread.wait();
        });
        const auto onProxy = [&](auto f) {
            QMetaObject::invokeMethod(proxy, f, Qt::BlockingQueuedConnection);
        };
        bool listening = false;
        onProxy([&] { listening = proxy->listen(); });
        QVERIFY(listening);
        QUrl url = real;
        url.setPort(proxy->port());
        auto store = incident::IncidentStore::open(url.toString());
        QVERIFY2(store, qPrintable(store.error));
        incident::StoreLink *link = (*store)->link();
        QVERIFY(link);
        link->watch();

        onProxy([&] { proxy->setSilent(true); });
        QTRY_VERIFY(!link->isOnline());
        // While attempts wait on a server that never answers, the loop keeps turning: the
        // longest gap between 10 ms ticks stays far below the 3 s connect timeout.
        QElapsedTimer since;
        since.start();
        qint64 longest = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, this, [&] {
            longest = std::max(longest, since.restart());
        });
        ticker.start();
        QTRY_VERIFY_WITH_TIMEOUT(link->problem().contains(QLatin1String("timeout"), Qt::CaseInsensitive),
                                 15000);
        ticker.stop();
        QVERIFY2(longest < 1000, qPrintable(QStringLiteral("the event loop stood still %1 ms")
                                                 .arg(longest)));

        // The server answers again: the link comes back by itself, and the store works.
        onProxy([&] { proxy->setSilent(false); });
        QTRY_VERIFY_WITH_TIMEOUT(link->isOnline(), 15000);
        QVERIFY((*store)->incidents());
    }
};

QTEST_GUILESS_MAIN(TestStoreLink)
#include "tst_storelink.moc"
