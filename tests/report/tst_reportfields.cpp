// The human parts of the report, written to a real SQLite journal and read back.
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportFields.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::report;

class TestReportFields : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void latestTextWins();
    void unknownFieldIsRefusedAndNothingIsWritten();
    void everyFieldAppearsInTheReport_data();
    void everyFieldAppearsInTheReport();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    qint64 m_id = 0;
    std::unique_ptr<incident::Journal> m_journal;
    incident::Journal &journal()
    {
        if (!m_journal || m_journal->incidentId() != m_id) {
            m_journal = std::make_unique<incident::Journal>(m_store.get(), m_id);
            (void)m_journal->load();
        }
        return *m_journal;
    }
};

void TestReportFields::init()
{
    m_journal.reset(); // it would point at the previous test's store
    auto store = incident::IncidentStore::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral("-") +
                       QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite")));
    QVERIFY2(store, qPrintable(store.error));
    m_store = std::move(*store);
    incident::IncidentRecord r;
    r.title = QStringLiteral("Checkout 5xx after deploy");
    r.service = QStringLiteral("checkout");
    r.environment = QStringLiteral("production");
    r.procedure = QStringLiteral("Application rollback");
    const auto id = m_store->createIncident(r);
    QVERIFY2(id, qPrintable(id.error));
    m_id = *id;
}

void TestReportFields::latestTextWins()
{
    QVERIFY(setReportField(journal(), QStringLiteral("root_cause"), QStringLiteral("DNS")));
    QVERIFY(setReportField(journal(), QStringLiteral("root_cause"),
                           QStringLiteral("A migration locked the orders table")));
    const auto events = m_store->events(m_id);
    QVERIFY(events);
    const auto values = reportFieldValues(*events);
    QCOMPARE(values.value(QStringLiteral("root_cause")),
             QStringLiteral("A migration locked the orders table"));
    QVERIFY(!values.contains(QStringLiteral("resolution")));
}

void TestReportFields::unknownFieldIsRefusedAndNothingIsWritten()
{
    const qsizetype before = m_store->events(m_id)->size();
    const Status s = setReportField(journal(), QStringLiteral("rootcause"), QStringLiteral("x"));
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QStringLiteral("\"rootcause\" is not a report field")), qPrintable(s.error));
    QVERIFY2(s.error.contains(QStringLiteral("root_cause")), qPrintable(s.error));
    QCOMPARE(m_store->events(m_id)->size(), before);
}

void TestReportFields::everyFieldAppearsInTheReport_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("heading");
    for (const ReportField &f : reportFields())
        QTest::newRow(qPrintable(f.name)) << f.name << f.label;
}

void TestReportFields::everyFieldAppearsInTheReport()
{
    QFETCH(QString, field);
    QFETCH(QString, heading);
    const QString text = QStringLiteral("Written for %1.").arg(field);
    QVERIFY(setReportField(journal(), field, text));
    const auto data = collectReport(*m_store, m_id);
    QVERIFY2(data, qPrintable(data.error));
    const QString md = renderMarkdown(*data);
    const qsizetype at = md.indexOf(QStringLiteral(" %1\n\n%2\n").arg(heading, text));
    QVERIFY2(at > 0, qPrintable(md));
    // The other three still say they wait for a human.
    QCOMPARE(md.count(QStringLiteral("**To be filled in.**")), int(reportFields().size()) - 1);
}

QTEST_GUILESS_MAIN(TestReportFields)
#include "tst_reportfields.moc"
