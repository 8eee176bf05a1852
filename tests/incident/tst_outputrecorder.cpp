#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/OutputRecorder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage::incident;
using Chunks = QList<QPair<int, QByteArray>>;

class TestOutputRecorder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void assemblesLines_data();
    void assemblesLines();
    void persistsWithinABatchIntervalWithoutFinish();
    void largeOutputIsFlushedBySize();

private:
    QStringList storedLines(qint64 run);
    QTemporaryDir m_dir;
    std::unique_ptr<IncidentStore> m_store;
    qint64 m_run = 0;
};

void TestOutputRecorder::init()
{
    auto store = IncidentStore::open(m_dir.filePath(QStringLiteral("rec.sqlite")));
    QVERIFY2(store, qPrintable(store.error));
    m_store = std::move(*store);
    IncidentRecord r;
    r.title = QStringLiteral("t");
    const auto id = m_store->createIncident(r);
    QVERIFY(id);
    m_run = m_store->append(*id, events::StepStarted::Name, {}, 0)->id;
}

void TestOutputRecorder::cleanup()
{
    m_store.reset();
}

QStringList TestOutputRecorder::storedLines(qint64 run)
{
    QStringList lines;
    const auto page = m_store->outputLines(run, 0, 1000);
    for (const OutputLine &l : *page)
        lines.append(QString::number(l.stream) + QLatin1Char(':') + l.text);
    return lines;
}

void TestOutputRecorder::assemblesLines_data()
{
    QTest::addColumn<Chunks>("chunks");
    QTest::addColumn<QStringList>("lines");
    using C = Chunks;
    QTest::newRow("whole lines") << C{{1, "a\nb\n"}} << QStringList{"1:a", "1:b"};
    QTest::newRow("line split across reads")
        << C{{1, "hel"}, {1, "lo\nwor"}, {1, "ld\n"}} << QStringList{"1:hello", "1:world"};
    QTest::newRow("streams interleaved") << C{{1, "out1\n"}, {2, "err1\n"}, {1, "out2\n"}}
                                         << QStringList{"1:out1", "2:err1", "1:out2"};
    QTest::newRow("stderr in the middle of a stdout line")
        << C{{1, "progress "}, {2, "warning\n"}, {1, "done\n"}}
        << QStringList{"2:warning", "1:progress done"};
    QTest::newRow("no final newline") << C{{1, "a\nlast"}} << QStringList{"1:a", "1:last"};
    QTest::newRow("empty lines") << C{{1, "\n\nx\n"}} << QStringList{"1:", "1:", "1:x"};
}

void TestOutputRecorder::assemblesLines()
{
    QFETCH(Chunks, chunks);
    QFETCH(QStringList, lines);
    OutputRecorder recorder(m_store.get(), m_run);
    for (const auto &c : chunks)
        recorder.append(c.first, c.second, 1);
    QVERIFY(recorder.finish());
    QCOMPARE(recorder.lineCount(), lines.size());
    QCOMPARE(storedLines(m_run), lines);
    QCOMPARE(*m_store->outputLineCount(m_run), lines.size());
}

void TestOutputRecorder::persistsWithinABatchIntervalWithoutFinish()
{
    OutputRecorder recorder(m_store.get(), m_run);
    recorder.append(1, "first\nsecond\npartial", QDateTime::currentMSecsSinceEpoch());
    QVERIFY(storedLines(m_run).isEmpty()); // batched, not one transaction per read
    // Complete lines reach the database within the batch interval, the unfinished one
    // once it has waited long enough, all without finish() (as if killed next).
    QTRY_COMPARE_WITH_TIMEOUT(storedLines(m_run), (QStringList{"1:first", "1:second"}), 2000);
    QTRY_COMPARE_WITH_TIMEOUT(storedLines(m_run).size(), 3, 2000);
}

void TestOutputRecorder::largeOutputIsFlushedBySize()
{
    OutputRecorder recorder(m_store.get(), m_run);
    QByteArray block;
    while (block.size() < OutputRecorder::kFlushBytes)
        block += "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcde\n";
    recorder.append(1, block, 1);
    // Written at once, without waiting for the timer.
    QCOMPARE(*m_store->outputLineCount(m_run), block.count('\n'));
}

QTEST_GUILESS_MAIN(TestOutputRecorder)
#include "tst_outputrecorder.moc"
