#include "common/HttpTestServer.h"
#include "common/PortHold.h"
#include "health/HealthChecker.h"

#include <QSignalSpy>
#include <QTest>

using namespace rollcage::health;
using rollcage::test::HttpTestServer;

class TestHealthChecker : public QObject
{
    Q_OBJECT

    // Runs one probe against the live server and returns its result.
    HealthResult probe(const HealthCheckSpec &spec)
    {
        HealthChecker checker;
        QSignalSpy finished(&checker, &HealthChecker::finished);
        const quint64 id = checker.check(spec);
        if (!finished.wait(spec.timeoutMs + 5000))
            return {};
        [&] { QCOMPARE(finished.first().at(0).toULongLong(), id); }();
        return finished.first().at(1).value<HealthResult>();
    }

private Q_SLOTS:
    void evaluatesResponses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("expectedStatus"); // 0: curl -f semantics
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("error");

        QTest::newRow("200 passes") << 200 << QByteArray() << 0 << QString() << QString() << true << QString();
        QTest::newRow("302 passes like curl -f") << 302 << QByteArray() << 0 << QString() << QString() << true << QString();
        QTest::newRow("404 fails") << 404 << QByteArray() << 0 << QString() << QString() << false << QStringLiteral("HTTP 404");
        QTest::newRow("503 fails") << 503 << QByteArray() << 0 << QString() << QString() << false << QStringLiteral("HTTP 503");
        QTest::newRow("exact status") << 200 << QByteArray() << 204 << QString() << QString() << false << QStringLiteral("HTTP 200, expected 204");
        QTest::newRow("json healthy") << 200 << QByteArray(R"({"status":"healthy"})") << 0
                                      << QStringLiteral("status") << QStringLiteral("healthy") << true << QString();
        QTest::newRow("json degraded") << 200 << QByteArray(R"({"status":"degraded"})") << 0
                                       << QStringLiteral("status") << QStringLiteral("healthy") << false
                                       << QStringLiteral("status is \"degraded\", expected \"healthy\"");
        QTest::newRow("nested field") << 200 << QByteArray(R"({"checks":{"database":"ok"}})") << 0
                                      << QStringLiteral("checks.database") << QStringLiteral("ok") << true << QString();
        QTest::newRow("missing field") << 200 << QByteArray(R"({"state":"up"})") << 0
                                       << QStringLiteral("status") << QStringLiteral("healthy") << false
                                       << QStringLiteral("the JSON body has no field \"status\"");
        QTest::newRow("malformed json") << 200 << QByteArray("{\"status\": hea") << 0
                                        << QStringLiteral("status") << QStringLiteral("healthy") << false
                                        << QStringLiteral("HTTP 200 but the body is not a JSON object");
        QTest::newRow("boolean field") << 200 << QByteArray(R"({"ready":true})") << 0
                                       << QStringLiteral("ready") << QStringLiteral("true") << true << QString();
    }

    void evaluatesResponses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(int, expectedStatus);
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QFETCH(QString, error);
        HealthCheckSpec spec;
        if (expectedStatus)
            spec.expectedStatus = expectedStatus;
        spec.jsonField = field;
        spec.jsonExpected = value;
        const HealthResult result = evaluateResponse(spec, status, body);
        QCOMPARE(result.ok, ok);
        QVERIFY2(result.error.startsWith(error), qPrintable(result.error));
    }

    void parsesCheckText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("head");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("plain") << "https://api.example.com/health" << QString() << false << 0 << QString() << QString();
        QTest::newRow("head") << "HEAD https://web.example.com/" << QString() << true << 0 << QString() << QString();
        QTest::newRow("status") << "http://x.example/status -> 204" << QString() << false << 204 << QString() << QString();
        QTest::newRow("json") << "https://x.example/health status == \"healthy\"" << QString() << false << 0
                              << QStringLiteral("status") << QStringLiteral("healthy");
        QTest::newRow("not http") << "ftp://x.example/" << QStringLiteral("\"ftp://x.example/\" is not an http") << false << 0 << QString() << QString();
    }

    void parsesCheckText()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        HealthCheckSpec spec;
        const QString got = parseHealthCheck(text, &spec);
        QVERIFY2(got.startsWith(error) && (error.isEmpty() == got.isEmpty()), qPrintable(got));
        if (!error.isEmpty())
            return;
        QTEST(spec.headOnly, "head");
        QTEST(spec.expectedStatus.value_or(0), "status");
        QTEST(spec.jsonField, "field");
        QTEST(spec.jsonExpected, "value");
    }

    void healthyServerPassesWithLatency()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/health", {200, R"({"status":"healthy"})", "application/json", 0, false, {}});
        HealthCheckSpec spec;
        spec.name = QStringLiteral("api");
        spec.url = server.url(QStringLiteral("/health"));
        spec.jsonField = QStringLiteral("status");
        spec.jsonExpected = QStringLiteral("healthy");
        const HealthResult result = probe(spec);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.httpStatus, 200);
        QVERIFY(result.latencyMs >= 0);
        QVERIFY(result.at.isValid());
    }

    void serverErrorFails()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/health", {500, "oops", "text/plain", 0, false, {}});
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/health"));
        const HealthResult result = probe(spec);
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 500);
        QCOMPARE(result.error, QStringLiteral("HTTP 500"));
    }

    void headRequestForFrontends()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/", {200, "<html></html>", "text/html", 0, false, {}});
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/"));
        spec.headOnly = true;
        QVERIFY(probe(spec).ok);
        QCOMPARE(server.requests().last().method, QByteArray("HEAD"));
    }

    void slowServerTimesOut()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/slow", {200, "{}", "application/json", 0, true, {}});
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/slow"));
        spec.timeoutMs = 300;
        const HealthResult result = probe(spec);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("no answer within 300 ms"));
        QCOMPARE(result.httpStatus, 0);
    }

    void connectionRefused()
    {
        quint16 port = 0;
        {
            HttpTestServer closed;
            QVERIFY(closed.listen());
            port = closed.port();
        }
        // Keep the port bound but not listening, so a test running in parallel cannot be
        // given it while this one expects a refusal.
        rollcage::test::PortHold hold(port);
        QVERIFY(hold.isHeld());
        HealthCheckSpec spec;
        spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1/health").arg(port));
        const HealthResult result = probe(spec);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QStringLiteral("refused"), Qt::CaseInsensitive), qPrintable(result.error));
    }

    // DNS down (or a typo in the host): said as such, and the URL's password is not in it.
    // ".invalid" never resolves (RFC 6761), so no network is needed to fail.
    void unresolvableHostIsSaid()
    {
        HealthCheckSpec spec;
        spec.url = QUrl(QStringLiteral("http://probe:pa55w0rd@rollcage-health-test.invalid/health"));
        spec.timeoutMs = 10000;
        const HealthResult result = probe(spec);
        QVERIFY(!result.ok);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY2(result.error.contains(QLatin1String("not found"), Qt::CaseInsensitive),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(QLatin1String("rollcage-health-test.invalid")),
                 qPrintable(result.error));
        QVERIFY2(!result.error.contains(QLatin1String("pa55w0rd")), qPrintable(result.error));
    }

    void redirectsAreLimited()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/loop", {302, {}, "text/plain", 0, false, server.url(QStringLiteral("/loop")).toEncoded()});
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/loop"));
        spec.maxRedirects = 2;
        const HealthResult result = probe(spec);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QLatin1String("redirect"), Qt::CaseInsensitive),
                 qPrintable(result.error));
        // The first request and two redirects; Qt may send one of them again when the
        // server's close of the connection races the response (seen about once in 15 runs).
        // Unlimited, it would follow 50.
        QVERIFY2(server.requests().size() == 3 || server.requests().size() == 4,
                 qPrintable(QString::number(server.requests().size())));
    }
};

QTEST_GUILESS_MAIN(TestHealthChecker)
#include "tst_healthchecker.moc"
