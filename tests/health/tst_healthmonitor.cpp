#include "common/HttpTestServer.h"
#include "health/HealthMonitor.h"

#include <QSignalSpy>
#include <QTest>

#include <limits>

using namespace rollcage::health;
using rollcage::test::HttpTestServer;
using Response = HttpTestServer::Response;

class TestHealthMonitor : public QObject
{
    Q_OBJECT

    static Response ok() { return {200, R"({"status":"healthy"})", "application/json", 0, false, {}}; }
    static Response down() { return {503, R"({"status":"unhealthy"})", "application/json", 0, false, {}}; }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<HealthResult>();
        qRegisterMetaType<HealthAlert>();
    }

    void rulesComeFromTheRunbook_data()
    {
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<int>("consecutive");
        QTest::addColumn<int>("percentile");
        QTest::addColumn<int>("limitMs");
        QTest::newRow("table row") << "Failed Health Check" << "4 consecutive failures" << 4 << 0 << 0;
        QTest::newRow("prose") << "Health check fails 5 times in a row" << "" << 5 << 0 << 0;
        QTest::newRow("p99 ms") << "Latency Degradation" << "P99 >200ms sustained 10 min" << 3 << 99 << 200;
        QTest::newRow("p95 seconds") << "Response time p95 > 5s for 5 minutes" << "" << 3 << 95 << 5000;
        QTest::newRow("seconds past an int of ms") << "Latency p99 > 3000000s" << "" << 3 << 99
                                                   << std::numeric_limits<int>::max();
        QTest::newRow("unrelated") << "Error Rate Spike" << ">1% sustained 5 min" << 3 << 0 << 0;
    }

    void rulesComeFromTheRunbook()
    {
        QFETCH(QString, condition);
        QFETCH(QString, threshold);
        rollcage::runbook::Trigger trigger;
        trigger.condition = condition;
        trigger.threshold = threshold;
        const HealthRules rules = rulesFromTriggers({trigger});
        QTEST(rules.consecutiveFailures, "consecutive");
        QTEST(rules.latencyPercentile, "percentile");
        QTEST(rules.latencyLimitMs, "limitMs");
    }

    // A backend that fails three probes in a row raises exactly one alert; when it
    // comes back the alert clears.
    void consecutiveFailuresRaiseOneAlertThenClear()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.queueResponses("/health", {down(), down(), down(), down()});
        server.setResponse("/health", ok());

        HealthMonitor monitor;
        HealthCheckSpec spec;
        spec.name = QStringLiteral("backend");
        spec.url = server.url(QStringLiteral("/health"));
        monitor.setChecks({spec});
        monitor.setRules(HealthRules{3, 0, 0, 20});
        monitor.setInterval(20);
        QSignalSpy results(&monitor, &HealthMonitor::resultRecorded);
        QSignalSpy raised(&monitor, &HealthMonitor::alertRaised);
        QSignalSpy cleared(&monitor, &HealthMonitor::alertCleared);
        monitor.start();

        QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 10000);
        const auto alert = raised.first().first().value<HealthAlert>();
        QCOMPARE(alert.check, QStringLiteral("backend"));
        QCOMPARE(alert.rule, QStringLiteral("3 consecutive failures"));
        QVERIFY2(alert.message.contains(QStringLiteral("HTTP 503")), qPrintable(alert.message));

        QTRY_COMPARE_WITH_TIMEOUT(cleared.size(), 1, 10000);
        QCOMPARE(raised.size(), 1); // the fourth failure did not raise it again
        monitor.stop();
        const auto history = monitor.history(QStringLiteral("backend"));
        QVERIFY(history.size() >= 5);
        QVERIFY(history.last().ok);
    }

    void slowResponsesTripTheLatencyRule()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        Response slow = ok();
        slow.delayMs = 60;
        server.setResponse("/health", slow);

        HealthMonitor monitor;
        HealthCheckSpec spec;
        spec.name = QStringLiteral("api");
        spec.url = server.url(QStringLiteral("/health"));
        monitor.setChecks({spec});
        monitor.setRules(HealthRules{3, 95, 40, 20});
        monitor.setInterval(10);
        QSignalSpy raised(&monitor, &HealthMonitor::alertRaised);
        monitor.start();
        QTRY_COMPARE_WITH_TIMEOUT(raised.size(), 1, 10000);
        QCOMPARE(raised.first().first().value<HealthAlert>().rule, QStringLiteral("p95 latency > 40 ms"));
    }

    void gateRetriesUntilTheServicePasses()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.queueResponses("/health", {down(), down()});
        server.setResponse("/health", ok());
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/health"));
        HealthGate gate(spec, 5, 10);
        QSignalSpy attempted(&gate, &HealthGate::attempted);
        QSignalSpy passed(&gate, &HealthGate::passed);
        QSignalSpy failed(&gate, &HealthGate::failed);
        gate.start();
        QVERIFY(passed.wait(10000));
        QCOMPARE(attempted.size(), 3);
        QCOMPARE(failed.size(), 0);
    }

    void gateGivesUpAfterItsLimit()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/health", down());
        HealthCheckSpec spec;
        spec.url = server.url(QStringLiteral("/health"));
        HealthGate gate(spec, 3, 10);
        QSignalSpy failed(&gate, &HealthGate::failed);
        gate.start();
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(1).toInt(), 3);
        QCOMPARE(failed.first().at(0).value<HealthResult>().httpStatus, 503);
        QCOMPARE(server.requests().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestHealthMonitor)
#include "tst_healthmonitor.moc"
