#include "common/HttpTestServer.h"
#include "execution/Engine.h"
#include "gui/HealthModel.h"
#include "health/BaseUrls.h"
#include "health/HealthSession.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using rollcage::gui::HealthModel;
using rollcage::test::HttpTestServer;

class TestHealthModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QApplication::setOrganizationName(QStringLiteral("rollcage-test"));
        QApplication::setApplicationName(QStringLiteral("tst_healthmodel"));
        qRegisterMetaType<health::HealthResult>();
    }

    void followsTheSessionsChecksAndResults()
    {
        QTemporaryDir dir;
        auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("m.sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        const auto rb = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/dock.md"));
        QVERIFY(rb);
        health::saveBaseUrls(rb->title, QStringLiteral("production"), {});
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/health", {200, "{}", "application/json", 0, false, {}});
        server.setResponse("/status", {500, "{}", "application/json", 0, false, {}});

        execution::Engine engine(store->get(), nullptr);
        QVERIFY(engine.declare(*rb, QStringLiteral("application")));
        health::HealthSession session(&engine);
        session.attach(*rb);
        HealthModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSession(&session);
        QCOMPARE(model.rowCount(), 0); // no base URL yet: nothing to probe

        QVERIFY(session.setBaseUrls({{QString(), server.url(QStringLiteral("/"))}}));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, HealthModel::Check).data().toString(), QStringLiteral("/health"));
        QVERIFY(model.index(0, HealthModel::Check).data(Qt::ToolTipRole).toString().contains(QStringLiteral("line 9")));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        session.monitor()->probeNow();
        QTRY_COMPARE(model.index(1, HealthModel::Last).data().toString(), QStringLiteral("HTTP 500"));
        QTRY_VERIFY(model.index(0, HealthModel::Last).data().toString().startsWith(QStringLiteral("OK")));
        QVERIFY(changed.size() >= 2);
        const auto history = model.index(1, HealthModel::History).data(HealthModel::HistoryRole).value<QList<health::HealthResult>>();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().httpStatus, 500);
        QCOMPARE(model.index(1, HealthModel::History).data(Qt::AccessibleTextRole).toString(),
                 QStringLiteral("1 of the last 1 checks failed"));

        model.setSession(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestHealthModel)
#include "tst_healthmodel.moc"
