#include "common/PortHold.h"
#include "common/HttpTestServer.h"
#include "messaging/WebhookSender.h"

#include <QSignalSpy>
#include <QTest>

using namespace rollcage::messaging;
using rollcage::test::HttpTestServer;
using rollcage::test::PortHold;
using namespace std::chrono_literals;

namespace {
// Stands for the secret part of a real webhook URL: it must never show in an error.
const QByteArray kPath = "/services/T0001/B0002/s3cr3tT0ken";
} // namespace

class TestWebhookSender : public QObject
{
    Q_OBJECT

    WebhookResult postOnce(const QUrl &url, std::chrono::milliseconds timeout = 5s)
    {
        WebhookSender sender;
        QSignalSpy finished(&sender, &WebhookSender::finished);
        const quint64 id = sender.post(url, R"({"text":"hi"})", QStringLiteral("key-1"), timeout);
        if (!finished.wait(int(timeout.count()) + 5000))
            return {false, -1, QStringLiteral("no finished() signal")};
        if (finished.size() != 1 || finished.first().at(0).toULongLong() != id)
            return {false, -1, QStringLiteral("wrong or repeated finished() signal")};
        return finished.first().at(1).value<WebhookResult>();
    }

private Q_SLOTS:
    void postsJsonWithIdempotencyKey()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, {200, "ok", "text/plain", 0, false, {}});
        const WebhookResult result = postOnce(server.url(QString::fromLatin1(kPath)));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.httpStatus, 200);
        QCOMPARE(server.requests().size(), 1);
        const auto &request = server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(request.headers.value("idempotency-key"), QByteArray("key-1"));
        QCOMPARE(request.body, QByteArray(R"({"text":"hi"})"));
    }

    void failuresAreExplainedWithoutTheUrl_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("delayMs");
        QTest::addColumn<QString>("error");
        QTest::newRow("500") << 500 << QByteArray() << 0 << QStringLiteral("HTTP 500");
        QTest::newRow("400 with reason") << 400 << QByteArray("invalid_payload") << 0
                                         << QStringLiteral("HTTP 400: invalid_payload");
        QTest::newRow("error page quoting the URL")
            << 404 << QByteArray("no webhook at ") + kPath + " here" << 0
            << QStringLiteral("HTTP 404: no webhook at … here");
        QTest::newRow("404") << 404 << QByteArray("no_service") << 0
                             << QStringLiteral("HTTP 404: no_service");
        QTest::newRow("redirect not followed")
            << 302 << QByteArray() << 0 << QStringLiteral("HTTP 302 (redirects are not followed");
        QTest::newRow("slower than the timeout")
            << 200 << QByteArray("ok") << 3000 << QStringLiteral("no answer within 0.3 s");
    }

    void failuresAreExplainedWithoutTheUrl()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, delayMs);
        QFETCH(QString, error);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, {status, body, "text/plain", delayMs, false, "/elsewhere"});
        const WebhookResult result = postOnce(server.url(QString::fromLatin1(kPath)), 300ms);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("s3cr3t")), qPrintable(result.error));
        QCOMPARE(server.requests().size(), 1); // no redirect followed, no silent retry
    }

    void readsRetryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("atLeastMs");
        QTest::addColumn<qint64>("atMostMs");
        QTest::newRow("seconds") << 429 << QByteArray("7") << qint64(7000) << qint64(7000);
        QTest::newRow("HTTP date")
            << 503
            << QDateTime::currentDateTimeUtc().addSecs(120).toString(Qt::RFC2822Date).toLatin1()
            << qint64(100000) << qint64(121000);
        QTest::newRow("garbage") << 429 << QByteArray("soon") << qint64(0) << qint64(0);
        QTest::newRow("absent") << 500 << QByteArray() << qint64(0) << qint64(0);
    }

    void readsRetryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, header);
        QFETCH(qint64, atLeastMs);
        QFETCH(qint64, atMostMs);
        HttpTestServer server;
        QVERIFY(server.listen());
        // The test server has no field for extra headers: the line rides on the content type.
        const QByteArray type = header.isEmpty()
                                    ? QByteArray("text/plain")
                                    : QByteArray("text/plain\r\nRetry-After: " + header);
        const HttpTestServer::Response response{status, "slow down", type, 0, false, {}};
        server.setResponse(kPath, response);
        const WebhookResult result = postOnce(server.url(QString::fromLatin1(kPath)));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, status);
        QVERIFY2(result.retryAfter.count() >= atLeastMs && result.retryAfter.count() <= atMostMs,
                 qPrintable(QString::number(result.retryAfter.count())));
    }

    void hangingServerTimesOut()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, {200, {}, "text/plain", 0, true, {}});
        const WebhookResult result = postOnce(server.url(QString::fromLatin1(kPath)), 200ms);
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.error, QStringLiteral("no answer within 0.2 s"));
    }

    void connectionRefused()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        const QUrl url = server.url(QString::fromLatin1(kPath));
        server.close();
        const PortHold down(quint16(url.port()));
        QVERIFY(down.isHeld());
        const WebhookResult result = postOnce(url);
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.error, QStringLiteral("the server refused the connection"));
    }

    // DNS down: said as such, without the URL (its path is the webhook's secret).
    void unresolvableHostIsSaid()
    {
        const WebhookResult result = postOnce(
            QUrl(QStringLiteral("https://rollcage-webhook-test.invalid") + QString::fromLatin1(kPath)));
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.error, QStringLiteral("the host was not found (offline, or DNS is down)"));
    }

    void tlsErrorsAreErrors()
    {
        // A server that answers a TLS handshake in plain text: the handshake must fail and
        // the request with it; nothing is ignored.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, this, [&server] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
                socket->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
                socket->disconnectFromHost();
            }
        });
        const QUrl url(QStringLiteral("https://127.0.0.1:%1%2")
                           .arg(server.serverPort())
                           .arg(QString::fromLatin1(kPath)));
        const WebhookResult result = postOnce(url, 3s);
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(result.error.startsWith(QLatin1String("the TLS handshake failed")) ||
                     result.error.startsWith(QLatin1String("the server closed")),
                 qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("s3cr3t")), qPrintable(result.error));
    }
};

QTEST_GUILESS_MAIN(TestWebhookSender)
#include "tst_webhooksender.moc"
