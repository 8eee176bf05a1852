// The Report page over a real SQLite journal: fields typed by the operator are saved
// on focus-out and Ctrl+S, survive a reopen and go into the exported report.
#include "core/SettingsKeys.h"
#include "gui/ReportPage.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "report/ReportFields.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace rollcage;
using gui::ReportPage;

class TestReportPage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void focusOutSavesAndTheReportShowsIt();
    void ctrlSSavesTheFieldBeingEdited();
    void fieldsSurviveAReopenAndGoIntoTheExport();
    void unsavedTextIsNotOverwrittenByARefresh();
    void aPastedSecretIsMaskedBeforeItIsSaved();

private:
    std::unique_ptr<incident::IncidentStore> openStore();
    // The incident's journal over `store`, as the console's engine holds it.
    incident::Journal *journalOf(incident::IncidentStore *store)
    {
        m_journals.push_back(std::make_unique<incident::Journal>(store, m_id));
        if (!m_journals.back()->load())
            return nullptr;
        return m_journals.back().get();
    }
    std::vector<std::unique_ptr<incident::Journal>> m_journals;
    QHash<QString, QString> journalFields();
    void show(ReportPage &page);
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_id = 0;
};

std::unique_ptr<incident::IncidentStore> TestReportPage::openStore()
{
    auto store = incident::IncidentStore::open(m_db);
    return store ? std::move(*store) : nullptr;
}

QHash<QString, QString> TestReportPage::journalFields()
{
    const auto store = openStore();
    return report::reportFieldValues(*store->events(m_id));
}

void TestReportPage::init()
{
    m_journals.clear();
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                          QStringLiteral(".sqlite"));
    const auto store = openStore();
    QVERIFY(store);
    incident::IncidentRecord r;
    r.title = QStringLiteral("Checkout 5xx after v2.5.0");
    r.service = QStringLiteral("checkout");
    r.environment = QStringLiteral("production");
    r.procedure = QStringLiteral("Application rollback");
    const auto id = store->createIncident(r);
    QVERIFY2(id, qPrintable(id.error));
    m_id = *id;
}

void TestReportPage::show(ReportPage &page)
{
    page.resize(1100, 720);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));
}

void TestReportPage::focusOutSavesAndTheReportShowsIt()
{
    const auto store = openStore();
    ReportPage page(store.get());
    page.setIncident(journalOf(store.get()));
    show(page);
    auto *browser = page.findChild<QTextBrowser *>(QStringLiteral("reportView"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("To be filled in.")));

    QPlainTextEdit *rootCause = page.fieldEditor(QStringLiteral("root_cause"));
    rootCause->setFocus();
    QTRY_VERIFY(rootCause->hasFocus());
    QTest::keyClicks(rootCause, QStringLiteral("Session cache keys changed format"));
    QVERIFY(journalFields().isEmpty()); // typing alone writes nothing yet
    page.fieldEditor(QStringLiteral("resolution"))->setFocus();
    QTRY_COMPARE(journalFields().value(QStringLiteral("root_cause")),
                 QStringLiteral("Session cache keys changed format"));
    QVERIFY(browser->toPlainText().contains(QStringLiteral("Session cache keys changed format")));
    QVERIFY(page.markdown().contains(
        QStringLiteral("## Root cause\n\nSession cache keys changed format\n")));

    // Leaving again without a change writes no second event.
    rootCause->setFocus();
    QTRY_VERIFY(rootCause->hasFocus());
    page.fieldEditor(QStringLiteral("prevention"))->setFocus();
    QTRY_VERIFY(!rootCause->hasFocus());
    const auto events = store->events(m_id);
    QVERIFY(events);
    int writes = 0;
    for (const incident::Event &e : *events)
        writes += e.type == incident::events::ReportFieldSet::Name;
    QCOMPARE(writes, 1);

    if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty())
        page.grab().save(dir + QStringLiteral("/report-page.png"));
}

void TestReportPage::ctrlSSavesTheFieldBeingEdited()
{
    const auto store = openStore();
    ReportPage page(store.get());
    page.setIncident(journalOf(store.get()));
    show(page);
    QPlainTextEdit *users = page.fieldEditor(QStringLiteral("users_affected"));
    users->setFocus();
    QTRY_VERIFY(users->hasFocus());
    QTest::keyClicks(users, QStringLiteral("EU shoppers, 12% of checkouts"));
    QTest::keyClick(users, Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(journalFields().value(QStringLiteral("users_affected")),
             QStringLiteral("EU shoppers, 12% of checkouts"));
    QVERIFY(users->hasFocus()); // saving does not take the operator out of the field
    QVERIFY(page.markdown().contains(QStringLiteral("EU shoppers, 12% of checkouts")));
}

void TestReportPage::fieldsSurviveAReopenAndGoIntoTheExport()
{
    {
        const auto store = openStore();
        ReportPage page(store.get());
        page.setIncident(journalOf(store.get()));
        page.fieldEditor(QStringLiteral("resolution"))
            ->setPlainText(QStringLiteral("Rolled back to v2.4.0"));
        page.fieldEditor(QStringLiteral("prevention"))
            ->setPlainText(QStringLiteral("- Canary the cache format (ana)"));
        QVERIFY(page.save());
    }
    const auto store = openStore();
    ReportPage reopened(store.get());
    reopened.setIncident(journalOf(store.get()));
    QCOMPARE(reopened.fieldEditor(QStringLiteral("resolution"))->toPlainText(),
             QStringLiteral("Rolled back to v2.4.0"));
    QCOMPARE(reopened.fieldEditor(QStringLiteral("prevention"))->toPlainText(),
             QStringLiteral("- Canary the cache format (ana)"));

    // Text typed but not yet saved is saved by the export and is in the file.
    reopened.fieldEditor(QStringLiteral("root_cause"))
        ->setPlainText(QStringLiteral("Cache key format"));
    const QString path = m_dir.filePath(QStringLiteral("incident.md"));
    const Status exported = reopened.exportTo(path);
    QVERIFY2(exported, qPrintable(exported.error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString md = QString::fromUtf8(file.readAll());
    QVERIFY(md.contains(QStringLiteral("## Root cause\n\nCache key format\n")));
    QVERIFY(md.contains(QStringLiteral("## Resolution\n\nRolled back to v2.4.0\n")));
    QVERIFY(md.contains(
        QStringLiteral("## Prevention and action items\n\n- Canary the cache format (ana)\n")));
    QCOMPARE(md.count(QStringLiteral("**To be filled in.**")), 1); // users affected only
    QCOMPARE(journalFields().value(QStringLiteral("root_cause")),
             QStringLiteral("Cache key format"));
    // It says where the report went, and the next export starts in that folder — not in
    // the directory Rollcage happened to be started from.
    QVERIFY2(reopened.statusText().contains(path), qPrintable(reopened.statusText()));
    QCOMPARE(ReportPage::exportDirectory(), m_dir.path());
    QSettings().remove(rollcage::settings::kExportDirectory);
    QVERIFY(ReportPage::exportDirectory() != QDir::currentPath());
}

void TestReportPage::unsavedTextIsNotOverwrittenByARefresh()
{
    const auto store = openStore();
    ReportPage page(store.get());
    page.setIncident(journalOf(store.get()));
    page.fieldEditor(QStringLiteral("root_cause"))->setPlainText(QStringLiteral("mine, unsaved"));
    // Someone else (the CLI, another window) writes the field meanwhile.
    QVERIFY(report::setReportField(*journalOf(store.get()), QStringLiteral("root_cause"),
                                   QStringLiteral("theirs")));
    page.refresh();
    QCOMPARE(page.fieldEditor(QStringLiteral("root_cause"))->toPlainText(),
             QStringLiteral("mine, unsaved"));
    QVERIFY(page.save());
    QCOMPARE(journalFields().value(QStringLiteral("root_cause")), QStringLiteral("mine, unsaved"));
}

void TestReportPage::aPastedSecretIsMaskedBeforeItIsSaved()
{
    const auto store = openStore();
    ReportPage page(store.get());
    // The engine's journal knows the runbook's secrets its steps used (or the keychain keeps).
    incident::Journal *journal = journalOf(store.get());
    journal->addSecrets({QStringLiteral("hunter2-prod-key")});
    page.setIncident(journal);
    show(page);

    QPlainTextEdit *rootCause = page.fieldEditor(QStringLiteral("root_cause"));
    rootCause->setPlainText(QStringLiteral("The job ran with hunter2-prod-key revoked."));
    QVERIFY(page.save());

    const QString kept = QStringLiteral("The job ran with •••• revoked.");
    QCOMPARE(journalFields().value(QStringLiteral("root_cause")), kept);
    QCOMPARE(rootCause->toPlainText(), kept);
    auto *status = page.findChild<QLabel *>(QStringLiteral("saveStatus"));
    QVERIFY2(status->text().contains(QLatin1String("masked")), qPrintable(status->text()));
    page.refresh();
    QVERIFY(page.markdown().contains(kept));
    QVERIFY(!page.markdown().contains(QLatin1String("hunter2")));
}

QTEST_MAIN(TestReportPage)
#include "tst_reportpage.moc"
