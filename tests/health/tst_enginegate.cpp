#include "common/HttpTestServer.h"
#include "execution/Engine.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using execution::Engine;
using execution::StepResult;
using execution::StepStatus;
using rollcage::test::HttpTestServer;
using Response = HttpTestServer::Response;
namespace events = rollcage::incident::events;

class TestEngineGate : public QObject
{
    Q_OBJECT

    static Response healthy() { return {200, R"({"status":"healthy"})", "application/json", 0, false, {}}; }
    static Response starting() { return {200, R"({"status":"starting"})", "application/json", 0, false, {}}; }
    static Response down() { return {503, "{}", "application/json", 0, false, {}}; }

    QList<incident::Event> gateEvents(const Engine &engine) const
    {
        QList<incident::Event> out;
        for (const incident::Event &e : engine.journal()) {
            if (e.stepIndex == 1)
                out.append(e);
        }
        return out;
    }

    StepResult runGate(Engine &engine)
    {
        QSignalSpy finished(&engine, &Engine::stepFinished);
        const Status s = engine.runStep(1);
        if (!s) {
            qWarning().noquote() << s.error;
            return {};
        }
        if (!finished.wait(10000))
            return {};
        return finished.first().at(1).value<StepResult>();
    }

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    runbook::Runbook m_runbook;
    HttpTestServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        const auto rb = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/gate.md"));
        QVERIFY2(rb, qPrintable(rb.error));
        m_runbook = *rb;
        QVERIFY(execution::isHealthGate(m_runbook.procedures.at(0).steps.at(1)));
        QVERIFY(!execution::isHealthGate(m_runbook.procedures.at(0).steps.at(0)));
    }

    void init()
    {
        auto store = incident::IncidentStore::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
        QVERIFY(m_server.listen());
        m_server.setResponse("/", {200, "", "text/html", 0, false, {}});
    }

    void cleanup()
    {
        m_server.close();
        m_store.reset();
    }

    void declare(Engine &engine) { declare(engine, m_runbook); }
    void declare(Engine &engine, const runbook::Runbook &rb)
    {
        QString base = m_server.url(QStringLiteral("")).toString();
        const auto id = engine.declare(rb, QStringLiteral("application"),
                                       {{}, {}, {}, {{QStringLiteral("BASE"), base}}});
        QVERIFY2(id, qPrintable(id.error));
        QVERIFY(engine.skipStep(0, QStringLiteral("the restart is not what is tested here")));
    }

    // Two answers that are not yet healthy, then a healthy one: the step succeeds on the
    // third attempt and the procedure moves on.
    void passesAfterTwoFailures()
    {
        m_server.queueResponses("/health", {down(), starting()});
        m_server.setResponse("/health", healthy());
        Engine engine(m_store.get(), nullptr);
        declare(engine);
        QSignalSpy output(&engine, &Engine::output);
        const StepResult result = runGate(engine);
        QCOMPARE(result.status, StepStatus::Succeeded);

        const auto journal = gateEvents(engine);
        QStringList types;
        for (const incident::Event &e : journal)
            types.append(e.type);
        QCOMPARE(types.first(), events::StepStarted::Name);
        QCOMPARE(types.last(), events::StepFinished::Name);
        QCOMPARE(types.count(events::HealthResult::Name), 6); // two checks, three attempts
        QVERIFY(journal.first().data.value(QStringLiteral("gate")).toBool());
        QCOMPARE(journal.last().data.value(QStringLiteral("status")).toString(), QStringLiteral("succeeded"));
        const auto second =
            std::find_if(journal.cbegin(), journal.cend(), [](const incident::Event &e) {
                return e.type == events::HealthResult::Name &&
                       e.data.value(QStringLiteral("attempt")).toInt() == 2 &&
                       !e.data.value(QStringLiteral("ok")).toBool();
            });
        QVERIFY(second != journal.cend());
        QCOMPARE(second->data.value(QStringLiteral("detail")).toString(),
                 QStringLiteral("status is \"starting\", expected \"healthy\""));
        QCOMPARE(engine.state().step(1).state, incident::StepState::Succeeded);
        QCOMPARE(engine.nextStep(), std::optional<int>(2));
        QVERIFY(output.size() >= 6);
        QCOMPARE(*m_store->outputLineCount(journal.first().id), 6);
    }

    // A gate's timeout past what an int holds in milliseconds still waits for a slow
    // answer; wrapped around, 4,294,968 s was a 704 ms timeout.
    void longTimeoutWaitsForASlowAnswer()
    {
        m_server.setResponse("/health",
                             {200, R"({"status":"healthy"})", "application/json", 1000, false, {}});
        runbook::Runbook rb = m_runbook;
        rb.procedures[0].steps[1].timeoutSeconds = 4'294'968;
        Engine engine(m_store.get(), nullptr);
        declare(engine, rb);
        const StepResult result = runGate(engine);
        QVERIFY2(result.status == StepStatus::Succeeded, qPrintable(result.error));
    }

    void failsAtTheLimitAndHoldsTheProcedure()
    {
        m_server.setResponse("/health", down());
        Engine engine(m_store.get(), nullptr);
        declare(engine);
        const qsizetype before = m_server.requests().size(); // the server outlives each test
        const StepResult result = runGate(engine);
        QCOMPARE(result.status, StepStatus::Failed);
        QVERIFY2(result.error.endsWith(QStringLiteral("still failing after 3 attempts: HTTP 503")), qPrintable(result.error));
        QCOMPARE(gateEvents(engine).last().data.value(QStringLiteral("status")).toString(), QStringLiteral("failed"));
        QCOMPARE(engine.state().step(1).state, incident::StepState::Failed);
        QCOMPARE(engine.nextStep(), std::optional<int>(1));
        int healthRequests = 0;
        for (qsizetype i = before; i < m_server.requests().size(); ++i)
            healthRequests += m_server.requests().at(i).path == "/health" ? 1 : 0;
        QCOMPARE(healthRequests, 3);
    }

    void cancelStopsTheGate()
    {
        m_server.setResponse("/health", {200, "", "application/json", 0, true, {}}); // never answers
        Engine engine(m_store.get(), nullptr);
        declare(engine);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QSignalSpy requests(&m_server, &HttpTestServer::requestReceived);
        QVERIFY(engine.runStep(1));
        QVERIFY(engine.isRunning());
        QTRY_VERIFY(requests.size() >= 2);
        engine.cancel();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().at(1).value<StepResult>().status, StepStatus::Cancelled);
        QVERIFY(!engine.isRunning());
        QCOMPARE(gateEvents(engine).last().data.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(engine.nextStep(), std::optional<int>(1));
    }

    void missingValueBlocksTheGate()
    {
        Engine engine(m_store.get(), nullptr);
        QVERIFY(engine.declare(m_runbook, QStringLiteral("application")));
        const Status s = engine.runStep(1);
        QVERIFY(!s);
        QVERIFY2(s.error.contains(QStringLiteral("no value for BASE")), qPrintable(s.error));
    }
};

QTEST_GUILESS_MAIN(TestEngineGate)
#include "tst_enginegate.moc"
