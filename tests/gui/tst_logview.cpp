#include "gui/LogExport.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "incident/Event.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QPointer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace rollcage;
using namespace rollcage::gui;

// Stands in for the desktop's file opener: records what "Open full log" asked to open
// instead of starting a program.
class OpenedUrls : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

class TestLogView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    qint64 m_incident = 0;

    // A new step run whose output is `lines` lines "line N" (every 10th on stderr).
    qint64 runWithLines(qint64 lines, qint64 firstNumber = 0)
    {
        const auto started =
            m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0);
        if (!started.ok())
            qFatal("append failed");
        appendLines(started->id, firstNumber, lines);
        return started->id;
    }

    void appendLines(qint64 run, qint64 from, qint64 count)
    {
        QList<incident::OutputRecord> records;
        for (qint64 i = from; i < from + count;) {
            incident::OutputRecord record;
            record.stream = (i % 10 == 9) ? 2 : 1;
            record.firstLine = i;
            record.atMs = 1'790'000'000'000 + i;
            // Runs of same-stream lines share a record, as the recorder writes them.
            do {
                record.data += "line " + QByteArray::number(i) + '\n';
                ++record.lineCount;
                ++i;
            } while (i < from + count && (i % 10 == 9) == (record.stream == 2));
            records.append(record);
        }
        const auto status = m_store->appendOutput(run, records);
        if (!status.ok)
            qFatal("appendOutput failed: %s", qPrintable(status.error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("log.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
        incident::IncidentRecord record;
        record.title = QStringLiteral("log pane test");
        const auto id = m_store->createIncident(record);
        QVERIFY2(id.ok(), qPrintable(id.error));
        m_incident = *id;
    }

    // Levels, times and stderr read differently at a glance; "Highlight" off shows the
    // plain text (stderr still marked).
    void highlightsLogLines()
    {
        const auto started =
            m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0);
        QVERIFY(started.ok());
        QList<incident::OutputRecord> records;
        const QList<QPair<int, QByteArray>> lines = {
            {1, "2026-11-22 03:14:07 INFO switching current to v2.4.0\n"},
            {1, "2026-11-22 03:14:08 WARNING connection pool at 92% (host 10.0.4.17)\n"},
            {2, "2026-11-22 03:14:09 ERROR health check failed: \"502 Bad Gateway\"\n"},
            {1, "2026-11-22 03:14:12 INFO current -> /srv/releases/v2.4.0\n"}};
        qint64 n = 0;
        for (const auto &[stream, text] : lines) {
            incident::OutputRecord r;
            r.stream = stream;
            r.firstLine = n++;
            r.lineCount = 1;
            r.atMs = 1'790'000'000'000 + n;
            r.data = text;
            records.append(r);
        }
        QVERIFY(m_store->appendOutput(started->id, records).ok);
        LogView view;
        view.resize(760, 160);
        view.setRun(m_store.get(), started->id);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QImage highlighted = view.view()->viewport()->grab().toImage();
        const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            view.grab().save(QDir(dir).filePath(QStringLiteral("log-pane.png")));
        const auto button = view.findChildren<QToolButton *>();
        QToolButton *highlight = nullptr;
        for (QToolButton *b : button)
            highlight = b->text() == QStringLiteral("&Highlight") ? b : highlight;
        QVERIFY(highlight);
        highlight->click();
        const QImage plain = view.view()->viewport()->grab().toImage();
        QVERIFY(highlighted != plain);
    }

    void modelPassesTheTester()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRun(m_store.get(), runWithLines(1500));
        QCOMPARE(model.rowCount(), 1500);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 0"));
        QCOMPARE(model.index(1499).data().toString(), QStringLiteral("line 1499"));
        QCOMPARE(model.index(9).data(LogModel::StreamRole).toInt(), 2);
        QVERIFY(model.index(9).data(Qt::ForegroundRole).isValid()); // stderr stands out
        QVERIFY(!model.index(8).data(Qt::ForegroundRole).isValid());
    }

    void growsAsOutputIsCommitted()
    {
        LogModel model;
        const qint64 run = runWithLines(100);
        model.setRun(m_store.get(), run);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.refresh();
        QCOMPARE(inserted.size(), 0); // nothing new, nothing signalled
        appendLines(run, 100, 50);
        model.refresh();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 150);
        QCOMPARE(model.index(149).data().toString(), QStringLiteral("line 149"));
    }

    // Reading every line of a long log keeps only a bounded window in memory.
    void memoryStaysBounded()
    {
        LogModel model;
        model.setRun(m_store.get(), runWithLines(60'000));
        for (int row = 0; row < model.rowCount(); row += 97)
            QVERIFY(!model.index(row).data().toString().isEmpty());
        QVERIFY(model.cachedPages() <= LogModel::kMaxCachedPages);
        QCOMPARE(model.index(59'999).data().toString(), QStringLiteral("line 59999"));
    }

    void timestampsOnDemand()
    {
        LogModel model;
        model.setRun(m_store.get(), runWithLines(3));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("line 0"));
        model.setShowTimestamps(true);
        QVERIFY(model.index(0).data().toString().endsWith(QStringLiteral("  line 0")));
        QCOMPARE(model.index(0).data(LogModel::LineTextRole).toString(), QStringLiteral("line 0"));
    }

    void searchFindsLinesWithoutBlocking()
    {
        LogView view;
        view.setRun(m_store.get(), runWithLines(20'000));
        QSignalSpy finished(&view, &LogView::searchFinished);
        view.find(QStringLiteral("LINE 17003"));
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QCOMPARE(finished.takeFirst().first().toInt(), 17003);
        QCOMPARE(view.view()->currentIndex().row(), 17003);
        QVERIFY(!view.isFollowing()); // searching pauses the tail

        view.find(QStringLiteral("line 5"), true); // backwards from 17003
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.takeFirst().first().toInt(), 5999);

        view.find(QStringLiteral("no such text"));
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.takeFirst().first().toInt(), -1);
    }

    // The blocker of issue 19: "Open full log" crashed (a slice lambda destroyed itself,
    // then emitted). A log of several slices is written whole, in order, then opened.
    void openFullLogWritesEveryLine()
    {
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        const qint64 lines = LogExport::kSliceLines * 2 + 1234;
        LogView view;
        view.setRun(m_store.get(), runWithLines(lines));
        QSignalSpy written(&view, &LogView::fullLogWritten);
        QSignalSpy problems(&view, &LogView::problem);
        view.openFullLog();
        QVERIFY(view.isExporting());
        QVERIFY(view.statusText().contains(QStringLiteral("writing")));
        QVERIFY(written.wait(20000));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).value(0).toString()));
        const QString path = written.first().first().toString();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> got = file.readAll().split('\n');
        QCOMPARE(got.size(), lines + 1); // the last line ends in a newline too
        QCOMPARE(got.first(), QByteArray("line 0"));
        QCOMPARE(got.at(LogExport::kSliceLines), QByteArray("line ") + QByteArray::number(LogExport::kSliceLines));
        QCOMPARE(got.at(lines - 1), QByteArray("line ") + QByteArray::number(lines - 1));
        QVERIFY(got.last().isEmpty());
        QCOMPARE(opened.urls, QList<QUrl>{QUrl::fromLocalFile(path)});
        QCOMPARE(view.statusText(), QStringLiteral("full log written")); // the path: in notice()
        QVERIFY(!view.isExporting());
        // A second export of the same run works again (the first object is gone).
        written.clear();
        view.openFullLog();
        QVERIFY(written.wait(20000));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QFile::remove(path);
    }

    // Closing the console (or the view) while the log is being written stops the work;
    // nothing runs on a destroyed view and no half-written file is left.
    void destroyingTheViewMidExportIsSafe()
    {
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        auto *view = new LogView;
        const qint64 run = runWithLines(LogExport::kSliceLines * 3);
        view->setRun(m_store.get(), run);
        const QString path = QDir::temp().filePath(QStringLiteral("rollcage-run-%1.log").arg(run));
        QFile::remove(path);
        QSignalSpy written(view, &LogView::fullLogWritten);
        view->openFullLog();
        auto *exporter = view->findChild<LogExport *>();
        QVERIFY(exporter);
        QTRY_VERIFY(exporter->linesWritten() > 0); // at least one slice went out
        QVERIFY(view->isExporting());
        QPointer<LogExport> watch(exporter);
        delete view;
        QVERIFY(watch.isNull());
        QTest::qWait(50); // let any timer that would have fired fire
        QVERIFY(written.isEmpty());
        QVERIFY(opened.urls.isEmpty());
        const QStringList left = QDir::temp().entryList(
            {QStringLiteral("rollcage-run-%1.log*").arg(run)}, QDir::Files | QDir::Hidden);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    // Searching while the full log is written does not stop the export (they used to
    // share one counter), and showing another run voids a search in progress.
    void searchAndExportAreIndependent()
    {
        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &opened, "open");
        LogView view;
        const qint64 big = runWithLines(LogExport::kSliceLines * 2);
        view.setRun(m_store.get(), big);
        QSignalSpy written(&view, &LogView::fullLogWritten);
        QSignalSpy found(&view, &LogView::searchFinished);
        view.openFullLog();
        view.find(QStringLiteral("line 39998"));
        QVERIFY(written.wait(20000));
        QTRY_COMPARE(found.size(), 1);
        QCOMPARE(found.takeFirst().first().toInt(), 39998);
        // A search over a long log, then another run shown before it ends: no stale hit.
        view.find(QStringLiteral("no such line"));
        view.setRun(m_store.get(), runWithLines(5));
        QTest::qWait(100);
        QVERIFY(found.isEmpty());
        QFile::remove(written.first().first().toString());
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
    }

    // A run with no output yet writes an empty file; no run shown says so.
    void exportOfAnEmptyRun()
    {
        const auto started =
            m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0);
        QVERIFY(started.ok());
        QTemporaryDir dir;
        LogExport empty(m_store.get(), started->id, dir.filePath(QStringLiteral("empty.log")));
        QSignalSpy finished(&empty, &LogExport::finished);
        QVERIFY(empty.start());
        QVERIFY(finished.wait());
        QCOMPARE(QFile(dir.filePath(QStringLiteral("empty.log"))).size(), 0);

        LogExport unwritable(m_store.get(), started->id, QStringLiteral("/proc/nope/x.log"));
        QSignalSpy failed(&unwritable, &LogExport::failed);
        QVERIFY(!unwritable.start());
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().first().toString().contains(QStringLiteral("/proc/nope/x.log")));

        LogView view;
        QSignalSpy problems(&view, &LogView::problem);
        view.openFullLog();
        QCOMPARE(problems.size(), 1);
    }

    // "current -> /srv/…/v2.4.0" at the end of a long line is the proof a step worked: the
    // line scrolls sideways to it instead of being cut at the pane's edge (issue 19).
    void longLinesScrollSideways()
    {
        const auto started =
            m_store->append(m_incident, incident::events::StepStarted::Name, {}, 0);
        QVERIFY(started.ok());
        incident::OutputRecord r;
        r.stream = 1;
        r.lineCount = 2;
        r.atMs = 1'790'000'000'000;
        r.data = "total 8\nlrwxrwxrwx 1 root root 49 Dec  5 06:25 current -> " + QByteArray(120, 'x') + "/v2.4.0\n";
        QVERIFY(m_store->appendOutput(started->id, {r}).ok);
        LogView view;
        view.resize(500, 200);
        view.setRun(m_store.get(), runWithLines(3));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QScrollBar *sideways = view.view()->horizontalScrollBar();
        QTRY_COMPARE(view.view()->horizontalHeader()->sectionSize(0),
                     view.view()->viewport()->width());
        QCOMPARE(sideways->maximum(), 0); // short lines: nothing to scroll

        view.setRun(m_store.get(), started->id);
        QTRY_VERIFY(sideways->maximum() > 0);
        const int lineWidth = view.view()->horizontalHeader()->sectionSize(0);
        QVERIFY2(lineWidth > view.view()->fontMetrics().horizontalAdvance(QString(120, QLatin1Char('x'))),
                 qPrintable(QString::number(lineWidth)));
        sideways->setValue(sideways->maximum());
        const QRect end = view.view()->visualRect(view.model()->index(1));
        QVERIFY(end.right() <= view.view()->viewport()->width() + 1);

        // Another run with short lines: the column is the pane's width again.
        view.setRun(m_store.get(), runWithLines(3));
        QTRY_COMPARE(sideways->maximum(), 0);
    }

    void copiesTheSelectedLines()
    {
        LogView view;
        view.setRun(m_store.get(), runWithLines(10));
        auto *list = view.view();
        list->selectionModel()->select(view.model()->index(2), QItemSelectionModel::Select);
        list->selectionModel()->select(view.model()->index(3), QItemSelectionModel::Select);
        view.copySelection();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("line 2\nline 3\n"));
    }
};

QTEST_MAIN(TestLogView)
#include "tst_logview.moc"
