#include "common/HttpTestServer.h"
#include "execution/Engine.h"
#include "health/BaseUrls.h"
#include "health/HealthSession.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::health;
using rollcage::test::HttpTestServer;
using Response = HttpTestServer::Response;
namespace events = rollcage::incident::events;

class TestHealthSession : public QObject
{
    Q_OBJECT

    static Response ok() { return {200, R"({"status":"healthy"})", "application/json", 0, false, {}}; }
    static Response down() { return {503, "{}", "application/json", 0, false, {}}; }

    QList<incident::Event> journalOf(const QString &type, qint64 id) const
    {
        QList<incident::Event> out;
        const auto journal = m_store->events(id);
        for (const incident::Event &e : *journal) {
            if (e.type == type)
                out.append(e);
        }
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    runbook::Runbook m_runbook;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("rollcage-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_healthsession"));
        qRegisterMetaType<HealthResult>();
        qRegisterMetaType<HealthAlert>();
        const auto rb = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/session.md"));
        QVERIFY2(rb, qPrintable(rb.error));
        m_runbook = *rb;
    }

    void init()
    {
        auto store = incident::IncidentStore::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
        saveBaseUrls(m_runbook.title, QStringLiteral("staging"), {});
    }

    void cleanup() { m_store.reset(); }

    // While rolling back, results are journalled; two failures in a row (the runbook's
    // trigger) raise one recorded alert; recovery clears it; resolving stops probing.
    void resultsAndAlertsAreJournalled()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.queueResponses("/health", {ok(), down(), down()});
        server.setResponse("/health", ok());

        execution::Engine engine(m_store.get(), nullptr);
        const auto id = engine.declare(m_runbook, QStringLiteral("application"),
                                       {{}, {}, QStringLiteral("staging"), {}});
        QVERIFY2(id, qPrintable(id.error));
        HealthSession session(&engine);
        session.attach(m_runbook);
        QCOMPARE(session.unresolved(), QStringList{QStringLiteral("line 15: /health needs a base URL for backend")});
        QVERIFY(!session.isRunning());

        QVERIFY(session.setBaseUrls({{QString(), server.url(QStringLiteral("/"))}}));
        QCOMPARE(session.checks().size(), 1);
        QCOMPARE(session.checks().first().url, server.url(QStringLiteral("/health")));
        QVERIFY(!session.isRunning()); // declared: not yet the time to probe
        session.monitor()->setInterval(20);

        QVERIFY(engine.transition(incident::Phase::RollingBack));
        QVERIFY(session.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(journalOf(events::HealthAlertCleared::Name, *id).size(), 1,
                                  10000);

        const auto alerts = journalOf(events::HealthAlert::Name, *id);
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().data.value(QStringLiteral("rule")).toString(),
                 QStringLiteral("2 consecutive failures"));
        QCOMPARE(alerts.first().data.value(QStringLiteral("check")).toString(), QStringLiteral("backend /health"));
        const auto results = journalOf(events::HealthResult::Name, *id);
        QVERIFY(results.size() >= 4);
        QCOMPARE(results.at(0).data.value(QStringLiteral("ok")).toBool(), true);
        QCOMPARE(results.at(0).data.value(QStringLiteral("status")).toInt(), 200);
        QVERIFY(results.at(0).data.value(QStringLiteral("latency_ms")).toInteger() >= 0);
        QCOMPARE(results.at(0).data.value(QStringLiteral("url")).toString(), server.url(QStringLiteral("/health")).toString());
        QCOMPARE(results.at(1).data.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(results.at(1).data.value(QStringLiteral("detail")).toString(), QStringLiteral("HTTP 503"));
        QCOMPARE(engine.state().healthResults, results.size());

        QVERIFY(engine.transition(incident::Phase::Resolved));
        QVERIFY(!session.isRunning());
    }

    void pausedMonitorDoesNotProbe()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/health", ok());
        execution::Engine engine(m_store.get(), nullptr);
        QVERIFY(engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}}));
        HealthSession session(&engine);
        session.attach(m_runbook);
        QVERIFY(session.setBaseUrls({{QString(), server.url(QStringLiteral("/"))}}));
        session.setPaused(true);
        QVERIFY(engine.transition(incident::Phase::Verifying));
        QVERIFY(!session.isRunning());
        session.setPaused(false);
        QVERIFY(session.isRunning());
    }

    // A resumed incident aims at the base URLs it recorded; a new one on the same
    // runbook and environment starts with the last ones used.
    void baseUrlsSurviveResumeAndAreRemembered()
    {
        const BaseUrls urls{{QString(), QUrl(QStringLiteral("http://127.0.0.1:9/"))}};
        qint64 first = 0;
        {
            execution::Engine engine(m_store.get(), nullptr);
            first = *engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}});
            HealthSession session(&engine);
            session.attach(m_runbook);
            QVERIFY(session.setBaseUrls(urls));
        }
        saveBaseUrls(m_runbook.title, QStringLiteral("staging"), {}); // only the journal knows now
        {
            execution::Engine engine(m_store.get(), nullptr);
            QVERIFY(engine.resume(first, m_runbook));
            HealthSession session(&engine);
            session.attach(m_runbook);
            QCOMPARE(session.baseUrls(), urls);
            QVERIFY(session.unresolved().isEmpty());
            QVERIFY(session.setBaseUrls(urls)); // remembered again
        }
        execution::Engine engine(m_store.get(), nullptr);
        const auto second = engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}});
        HealthSession session(&engine);
        session.attach(m_runbook);
        QCOMPARE(session.baseUrls(), urls);
        QCOMPARE(journalOf(events::HealthTargets::Name, *second).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHealthSession)
#include "tst_healthsession.moc"
