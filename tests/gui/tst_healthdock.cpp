#include "common/HttpTestServer.h"
#include "core/SettingsKeys.h"
#include "execution/Engine.h"
#include "gui/BaseUrlsDialog.h"
#include "gui/HealthDock.h"
#include "gui/HealthModel.h"
#include "health/BaseUrls.h"
#include "health/HealthSession.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using rollcage::gui::HealthDock;
using rollcage::gui::HealthModel;
using rollcage::test::HttpTestServer;
using Response = HttpTestServer::Response;

class TestHealthDock : public QObject
{
    Q_OBJECT

    static Response ok(int delayMs = 0) { return {200, R"({"status":"ok"})", "application/json", delayMs, false, {}}; }
    static Response down() { return {503, "{}", "application/json", 0, false, {}}; }

    int countEvents(qint64 id, const QString &type) const
    {
        const auto journal = m_store->events(id);
        return int(std::count_if(journal->cbegin(), journal->cend(),
                                 [&](const incident::Event &e) { return e.type == type; }));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    runbook::Runbook m_runbook;

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("rollcage-test"));
        QApplication::setApplicationName(QStringLiteral("tst_healthdock"));
        qRegisterMetaType<health::HealthResult>();
        qRegisterMetaType<health::HealthAlert>();
        const auto rb = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/dock.md"));
        QVERIFY2(rb, qPrintable(rb.error));
        m_runbook = *rb;
    }

    void init()
    {
        auto store = incident::IncidentStore::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
        health::saveBaseUrls(m_runbook.title, QStringLiteral("staging"), {});
        QSettings().remove(rollcage::settings::kProbeInterval);
    }

    void cleanup() { m_store.reset(); }

    // Results fill the rows; three failures in a row put a red banner in the dock, tell
    // the status bar, and are in the journal.
    void resultsAppearAndAnAlertShows()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.queueResponses("/health", {ok(12), ok(30), ok(18), ok(25)});
        server.setResponse("/health", down());
        server.queueResponses("/status", {ok(8), ok(40), ok(22), ok(15), ok(60), ok(35)});
        server.setResponse("/status", ok(20));

        execution::Engine engine(m_store.get(), nullptr);
        const auto id = engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}});
        QVERIFY2(id, qPrintable(id.error));
        health::HealthSession session(&engine);
        session.attach(m_runbook);
        QVERIFY(session.setBaseUrls({{QString(), server.url(QStringLiteral("/"))}}));
        session.monitor()->setInterval(25);

        HealthDock dock;
        dock.setSession(&session);
        dock.resize(900, 260);
        dock.show();
        QSignalSpy messages(&dock, &HealthDock::message);
        QCOMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(dock.model()->index(0, HealthModel::Last).data().toString(), QStringLiteral("not yet checked"));
        QVERIFY(dock.alertText().isEmpty());
        const int heightBefore = dock.minimumSizeHint().height();

        QVERIFY(engine.transition(incident::Phase::RollingBack));
        QTRY_VERIFY_WITH_TIMEOUT(dock.model()->index(0, HealthModel::Last).data().toString().startsWith(QStringLiteral("OK, ")), 10000);

        QTRY_VERIFY_WITH_TIMEOUT(!dock.alertText().isEmpty(), 10000);
        session.setPaused(true); // hold the picture still for the checks below
        QVERIFY2(dock.alertText().contains(QStringLiteral("/health failed 3 times in a row (last: HTTP 503)")),
                 qPrintable(dock.alertText()));
        // The alert takes the status line's place: the dock does not grow, so nothing in
        // the window (the Run button under the cursor) moves when an alert comes.
        QCOMPARE(dock.minimumSizeHint().height(), heightBefore);
        QCOMPARE(dock.model()->index(0, 0).data(HealthModel::AlertRole).toBool(), true);
        QCOMPARE(dock.model()->index(1, 0).data(HealthModel::AlertRole).toBool(), false);
        QCOMPARE(dock.model()->index(0, HealthModel::Last).data().toString(), QStringLiteral("HTTP 503"));
        QVERIFY(!messages.isEmpty());
        QVERIFY(messages.last().first().toString().startsWith(QStringLiteral("Health alert: ")));
        QCOMPARE(countEvents(*id, incident::events::HealthAlert::Name), 1);
        QVERIFY(countEvents(*id, incident::events::HealthResult::Name) >= 7);

        // Pictures to look at: `ROLLCAGE_SCREENSHOT_DIR=/tmp/shots scripts/test -R healthdock`.
        if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(dock.grab().save(dir + QStringLiteral("/healthdock.png")));

        server.setResponse("/health", ok());
        session.setPaused(false);
        QTRY_VERIFY_WITH_TIMEOUT(dock.alertText().isEmpty(), 10000);
        QCOMPARE(countEvents(*id, incident::events::HealthAlertCleared::Name), 1);
    }

    // A base URL that is not one is refused in the dialog, which stays open with what
    // was typed; a good one is used and journalled.
    void baseUrlsAreEditedInTheDock()
    {
        execution::Engine engine(m_store.get(), nullptr);
        const auto id = engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}});
        health::HealthSession session(&engine);
        session.attach(m_runbook);
        HealthDock dock;
        dock.setSession(&session);
        QCOMPARE(dock.model()->rowCount(), 0);
        QCOMPARE(session.unresolved().size(), 2);

        dock.editBaseUrls();
        auto *dialog = dock.findChild<gui::BaseUrlsDialog *>();
        QVERIFY(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("targetTable"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        QPushButton *save = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
        table->item(0, 1)->setText(QStringLiteral("search.staging.example.com"));
        save->click();
        QVERIFY(dialog->isVisible());
        QVERIFY(error->isVisibleTo(dialog));
        QVERIFY2(error->text().contains(QStringLiteral("is not an http:// or https:// URL")), qPrintable(error->text()));
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("search.staging.example.com"));

        table->item(0, 1)->setText(QStringLiteral("https://search.staging.example.com/"));
        save->click();
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(dock.model()->rowCount(), 2);
        QCOMPARE(session.checks().first().url, QUrl(QStringLiteral("https://search.staging.example.com/health")));
        QCOMPARE(countEvents(*id, incident::events::HealthTargets::Name), 1);
    }

    // The operator picks how often the checks are probed, from the keyboard; the monitor
    // takes it at once, and the next incident starts with the same choice.
    void theProbeIntervalIsChosenAndRemembered()
    {
        execution::Engine engine(m_store.get(), nullptr);
        QVERIFY(engine.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}}));
        health::HealthSession session(&engine);
        session.attach(m_runbook);
        QVERIFY(session.setBaseUrls({{QString(), QUrl(QStringLiteral("https://search.staging.example.com/"))}}));
        HealthDock dock;
        dock.setSession(&session);
        auto *interval = dock.findChild<QComboBox *>();
        QVERIFY(interval);
        QCOMPARE(interval->accessibleName(), QStringLiteral("Probe interval"));
        QVERIFY(interval->isEnabled());
        QCOMPARE(interval->currentText(), QStringLiteral("Every 30 s")); // the default
        QCOMPARE(session.monitor()->interval(), 30000);

        QTest::keyClick(interval, Qt::Key_Up);
        QCOMPARE(interval->currentText(), QStringLiteral("Every 10 s"));
        QCOMPARE(session.probeInterval(), std::chrono::seconds(10));
        QCOMPARE(session.monitor()->interval(), 10000);

        execution::Engine next(m_store.get(), nullptr);
        QVERIFY(next.declare(m_runbook, QStringLiteral("application"), {{}, {}, QStringLiteral("staging"), {}}));
        health::HealthSession nextSession(&next);
        nextSession.attach(m_runbook);
        QCOMPARE(nextSession.monitor()->interval(), 10000);
        HealthDock nextDock;
        nextDock.setSession(&nextSession);
        QCOMPARE(nextDock.findChild<QComboBox *>()->currentText(), QStringLiteral("Every 10 s"));
        // Pictures to look at: `ROLLCAGE_SCREENSHOT_DIR=/tmp/shots scripts/test -R healthdock`.
        if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            nextDock.resize(900, 200);
            nextDock.show();
            QVERIFY(QTest::qWaitForWindowExposed(&nextDock));
            QVERIFY(nextDock.grab().save(dir + QStringLiteral("/healthdock-interval.png")));
        }
    }
};

QTEST_MAIN(TestHealthDock)
#include "tst_healthdock.moc"
