// The log pane's model over a SQLite file, and against a throwaway PostgreSQL as
// tst_logmodel_postgresql, where the count and the pages are read off the GUI thread
// (IncidentStore::outputReader) and arrive a moment later.
#include "common/PgAdmin.h"
#include "gui/LogModel.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rollcage;
using incident::IncidentStore;
using incident::OutputRecord;

class TestLogModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void followsAGrowingRunPageByPage();
    void aNewRunDropsTheAnswersForTheOldOne();
    void aRefusedReaderConnectionReadsOnTheStores();

private:
    // Appends lines [from, from + count) of run `m_run` as one record.
    void record(qint64 run, qint64 from, int count);
    QString shown(gui::LogModel &model, int row) const
    {
        return model.index(row).data(Qt::DisplayRole).toString();
    }
    bool postgres() const { return !qEnvironmentVariableIsEmpty("ROLLCAGE_TEST_DATABASE"); }

    QTemporaryDir m_dir;
    std::unique_ptr<IncidentStore> m_store;
    qint64 m_incident = 0;
};

void TestLogModel::init()
{
    const QString url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    auto store =
        IncidentStore::open(url.isEmpty() ? m_dir.filePath(QStringLiteral("log.sqlite")) : url);
    QVERIFY2(store, qPrintable(store.error));
    m_store = std::move(*store);
    incident::IncidentRecord r;
    r.title = QStringLiteral("log");
    const auto id = m_store->createIncident(r);
    QVERIFY(id);
    m_incident = *id;
}

void TestLogModel::cleanup()
{
    m_store.reset();
}

void TestLogModel::record(qint64 run, qint64 from, int count)
{
    OutputRecord r;
    r.stream = 1;
    r.atMs = 1;
    r.firstLine = from;
    r.lineCount = count;
    for (qint64 i = from; i < from + count; ++i)
        r.data += "line " + QByteArray::number(i) + '\n';
    QVERIFY(m_store->appendOutput(run, {r}));
}

// A step printing while its pane follows it: rows grow as the store takes lines, every
// row shows its own line (the tail page is read again as it fills), across pages.
void TestLogModel::followsAGrowingRunPageByPage()
{
    const qint64 run = m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0)->id;
    gui::LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &gui::LogModel::readFailed);
    record(run, 0, 100);
    model.setRun(m_store.get(), run);
    QTRY_COMPARE(model.rowCount(), 100);
    QTRY_COMPARE(shown(model, 99), QStringLiteral("line 99"));
    QTRY_COMPARE(shown(model, 0), QStringLiteral("line 0"));

    // The tail page grows: what it had shows meanwhile, the new lines once read.
    record(run, 100, 50);
    model.refresh();
    QTRY_COMPARE(model.rowCount(), 150);
    QTRY_COMPARE(shown(model, 149), QStringLiteral("line 149"));
    QCOMPARE(shown(model, 99), QStringLiteral("line 99"));

    // Into the next pages.
    const int pages = 3;
    record(run, 150, pages * gui::LogModel::kPageLines);
    model.refresh();
    const int rows = 150 + pages * gui::LogModel::kPageLines;
    QTRY_COMPARE(model.rowCount(), rows);
    QTRY_COMPARE(shown(model, rows - 1), QStringLiteral("line %1").arg(rows - 1));
    QTRY_COMPARE(shown(model, gui::LogModel::kPageLines),
                 QStringLiteral("line %1").arg(gui::LogModel::kPageLines));
    QTRY_COMPARE(model.index(rows - 1).data(gui::LogModel::StreamRole).toInt(), 1);
    QCOMPARE(failed.size(), 0);
}

// Picking another step's run while answers for the first are on their way: those
// answers are not shown under the new run.
void TestLogModel::aNewRunDropsTheAnswersForTheOldOne()
{
    const qint64 first =
        m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0)->id;
    const qint64 second =
        m_store->append(m_incident, incident::events::StepStarted::Name, {}, 1)->id;
    record(first, 0, 300);
    record(second, 0, 20);
    gui::LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRun(m_store.get(), first);
    (void)shown(model, 0); // a page asked for the first run
    model.setRun(m_store.get(), second);
    QTRY_COMPARE(model.rowCount(), 20);
    QTRY_COMPARE(shown(model, 19), QStringLiteral("line 19"));
    // Whatever the first run's answers did, the rows are the second run's.
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(model.runEventId(), second);
    if (postgres())
        QVERIFY(m_store->outputReader());
    else
        QVERIFY(!m_store->outputReader());
}

// The server takes no new connection for the store's role while the store's own is up:
// the pane reads on the store's connection instead of showing nothing.
void TestLogModel::aRefusedReaderConnectionReadsOnTheStores()
{
    if (!postgres())
        QSKIP("a server's roles (tst_logmodel_postgresql)");
    const QString url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (!QSqlDatabase::contains(QStringLiteral("admin"))) {
        const QString admin = test::openPgAdmin(url);
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
    }
    test::adminSql(QStringLiteral("DROP ROLE IF EXISTS log_limited"));
    test::adminSql(QStringLiteral("CREATE ROLE log_limited LOGIN SUPERUSER"));
    QUrl limited(url);
    limited.setUserName(QStringLiteral("log_limited"));
    auto opened = IncidentStore::open(limited.toString());
    QVERIFY2(opened, qPrintable(opened.error));
    m_store = std::move(*opened);
    incident::IncidentRecord r;
    r.title = QStringLiteral("limited");
    m_incident = *m_store->createIncident(r);
    const qint64 run = m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0)->id;
    record(run, 0, 30);
    test::adminSql(QStringLiteral("ALTER ROLE log_limited NOLOGIN")); // new connections only
    gui::LogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &gui::LogModel::readFailed);
    model.setRun(m_store.get(), run);
    QTRY_COMPARE(model.rowCount(), 30);
    QTRY_COMPARE(shown(model, 29), QStringLiteral("line 29"));
    QCOMPARE(failed.size(), 0);
    m_store.reset();
    test::adminSql(QStringLiteral("ALTER ROLE log_limited LOGIN"));
}

QTEST_MAIN(TestLogModel)
#include "tst_logmodel.moc"
