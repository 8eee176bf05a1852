// On a SQLite file, and against a throwaway PostgreSQL as tst_outputrecorder_postgresql
// (ROLLCAGE_TEST_DATABASE), where batches go through the store's OutputWriter thread.
#include "common/PgAdmin.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/OutputRecorder.h"
#include "incident/StoreLink.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

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
    void aKilledWriteIsWrittenOnceOnANewConnection();
    void aRefusedWriteStopsRecordingAndSaysFromWhichLine();
    void finishWaitsForTheWriteOutAndWritesTheRest();
    void finishLaterSettlesOnceEverythingIsStored();
    void aRefusedWriterConnectionFallsBackToTheStores();

private:
    QStringList storedLines(qint64 run);
    qint64 storedCount(qint64 run);
    static QByteArray numbered(int from, int count);
    bool postgres() const { return !m_url.isEmpty(); }
    QString m_url;
    QTemporaryDir m_dir;
    std::unique_ptr<IncidentStore> m_store;
    qint64 m_run = 0;
};

void TestOutputRecorder::init()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (postgres() && !QSqlDatabase::contains(QStringLiteral("admin"))) {
        qputenv("ROLLCAGE_STORE_PROBE_MS", "100");
        const QString admin = rollcage::test::openPgAdmin(m_url);
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
    }
    auto store =
        IncidentStore::open(postgres() ? m_url : m_dir.filePath(QStringLiteral("rec.sqlite")));
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
    const auto page = m_store->outputLines(run, 0, 100000);
    if (!page)
        return {page.error};
    for (const OutputLine &l : *page)
        lines.append(QString::number(l.stream) + QLatin1Char(':') + l.text);
    return lines;
}

// How many lines the store holds for `run` (0 while it cannot say, e.g. reconnecting).
qint64 TestOutputRecorder::storedCount(qint64 run)
{
    return m_store->outputLineCount(run).value.value_or(0);
}

QByteArray TestOutputRecorder::numbered(int from, int count)
{
    QByteArray lines;
    for (int i = from; i < from + count; ++i)
        lines += "line " + QByteArray::number(i) + '\n';
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
    // Sent at once, without waiting for the timer (through the writer's thread on a
    // shared store, so the answer comes a moment later).
    if (postgres())
        QTRY_COMPARE_WITH_TIMEOUT(storedCount(m_run), block.count('\n'), 2000);
    else
        QCOMPARE(*m_store->outputLineCount(m_run), block.count('\n'));
}

// The server ends the writer's connection (a restart the store's own connection already
// got over, an administrator's kill) while a step prints: the write goes again on a new
// connection after reading how far the store got, and every line is stored once, in order.
void TestOutputRecorder::aKilledWriteIsWrittenOnceOnANewConnection()
{
    if (!postgres())
        QSKIP("a server's connections (tst_outputrecorder_postgresql)");
    QSqlQuery own(QSqlDatabase::database(m_store->connectionName()));
    QVERIFY(own.exec(QStringLiteral("SELECT pg_backend_pid()")) && own.next());
    const QString storePid = own.value(0).toString();
    OutputRecorder recorder(m_store.get(), m_run);
    QSignalSpy failed(&recorder, &OutputRecorder::storeFailed);
    constexpr int kChunk = 7000; // ~70 KB: each is a batch, sent at once
    int next = 0;
    for (int round = 0; round < 6; ++round) {
        if (round == 3) // between two writes: the writer's next one meets a dead connection
            rollcage::test::adminSql(
                QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                               "pid <> pg_backend_pid() AND pid <> %1 AND datname = "
                               "current_database()")
                    .arg(storePid));
        recorder.append(1, numbered(next, kChunk), 1);
        next += kChunk;
        QTRY_COMPARE_WITH_TIMEOUT(storedCount(m_run), next, 10000);
    }
    QVERIFY(recorder.finish());
    QCOMPARE(failed.size(), 0);
    QCOMPARE(recorder.recordedLineCount(), next);
    QTRY_COMPARE_WITH_TIMEOUT(storedCount(m_run), next, 5000);
    const QStringList lines = storedLines(m_run);
    QCOMPARE(lines.size(), next);
    for (int i = 0; i < next; i += 997)
        QCOMPARE(lines.at(i), QStringLiteral("1:line %1").arg(i));
    QCOMPARE(lines.constLast(), QStringLiteral("1:line %1").arg(next - 1));
}

// A write the server refuses while the store answers (here a trigger; a full disk or a
// quota in life): recording stops, said once with the first line not stored, and nothing
// after that line reaches the store (no hole in the middle of the log).
void TestOutputRecorder::aRefusedWriteStopsRecordingAndSaysFromWhichLine()
{
    if (!postgres())
        QSKIP("a trigger on the server (tst_outputrecorder_postgresql)");
    using rollcage::test::adminSql;
    adminSql(QStringLiteral(
        "CREATE OR REPLACE FUNCTION test_refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "BEGIN IF position('poison' in convert_from(NEW.data, 'UTF8')) > 0 THEN "
        "RAISE EXCEPTION 'no room for poison'; END IF; RETURN NEW; END $$"));
    adminSql(QStringLiteral("CREATE TRIGGER test_refuse_poison BEFORE INSERT ON output FOR EACH "
                            "ROW EXECUTE FUNCTION test_refuse_poison()"));
    OutputRecorder recorder(m_store.get(), m_run);
    QSignalSpy failed(&recorder, &OutputRecorder::storeFailed);
    recorder.append(1, numbered(0, 10), 1);
    QTRY_COMPARE_WITH_TIMEOUT(storedCount(m_run), 10, 5000);
    recorder.append(1, "poison\n", 1);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 5000);
    adminSql(QStringLiteral("DROP TRIGGER test_refuse_poison ON output"));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("no room for poison")));
    QCOMPARE(failed.at(0).at(1).toLongLong(), 10); // 0-based: the poisoned line
    QVERIFY(recorder.stopped());
    recorder.append(1, numbered(11, 5), 1);
    QVERIFY(recorder.finish()); // said once already
    QCOMPARE(failed.size(), 1);
    QCOMPARE(recorder.recordedLineCount(), 10);
    QCOMPARE(storedCount(m_run), 10);
}

// The end of a step: what is out is answered and the rest written before finish()
// returns, so the step's end, recorded next, follows all of its output in the store.
void TestOutputRecorder::finishWaitsForTheWriteOutAndWritesTheRest()
{
    OutputRecorder recorder(m_store.get(), m_run);
    QByteArray big = numbered(0, 5000); // over a batch: sent at once
    recorder.append(1, big, 1);
    recorder.append(1, numbered(5000, 3), 1);
    recorder.append(2, "no newline", 1);
    QVERIFY(recorder.finish());
    QCOMPARE(storedCount(m_run), 5004);
    const QStringList lines = storedLines(m_run);
    QCOMPARE(lines.value(5002), QStringLiteral("1:line 5002"));
    QCOMPARE(lines.value(5003), QStringLiteral("2:no newline"));
    QVERIFY(!recorder.holdsBuffered());
}

// The engine's way to end a step on a shared store: everything goes to the writer, the
// caller is not held, and `settled` comes once the store has all of it (megabytes in
// several writes). On SQLite there is nothing to wait for.
void TestOutputRecorder::finishLaterSettlesOnceEverythingIsStored()
{
    OutputRecorder recorder(m_store.get(), m_run);
    QSignalSpy settled(&recorder, &OutputRecorder::settled);
    const int count = 300'000; // ~3.5 MB: more than one write carries
    recorder.append(1, numbered(0, count), 1);
    recorder.append(2, "unfinished", 1);
    if (!postgres()) {
        QVERIFY(!recorder.finishLater());
        QVERIFY(recorder.finish());
        QCOMPARE(storedCount(m_run), count + 1);
        return;
    }
    QVERIFY(recorder.finishLater());
    QVERIFY(settled.wait(20000));
    QCOMPARE(settled.size(), 1);
    QCOMPARE(storedCount(m_run), count + 1);
    QVERIFY(!recorder.holdsBuffered());
    QVERIFY(recorder.finish());
    QCOMPARE(storedCount(m_run), count + 1);
    const auto last = m_store->outputLines(m_run, count - 1, 2);
    QVERIFY(last.ok());
    QCOMPARE(last->size(), 2);
    QCOMPARE(last->at(0).text, QStringLiteral("line %1").arg(count - 1));
    QCOMPARE(last->at(1).text, QStringLiteral("unfinished"));
}

// The server takes no new connection for the store's role (a connection limit, a pooler
// full) while the store's own connection is up: the writer cannot open its own, and the
// output goes over the store's connection instead of no longer being recorded.
void TestOutputRecorder::aRefusedWriterConnectionFallsBackToTheStores()
{
    if (!postgres())
        QSKIP("a server's roles (tst_outputrecorder_postgresql)");
    using rollcage::test::adminSql;
    adminSql(QStringLiteral("DROP ROLE IF EXISTS rec_limited"));
    adminSql(QStringLiteral("CREATE ROLE rec_limited LOGIN SUPERUSER"));
    QUrl url(m_url);
    url.setUserName(QStringLiteral("rec_limited"));
    auto opened = IncidentStore::open(url.toString());
    QVERIFY2(opened, qPrintable(opened.error));
    std::unique_ptr<IncidentStore> store = std::move(*opened);
    IncidentRecord r;
    r.title = QStringLiteral("limited");
    const auto id = store->createIncident(r);
    QVERIFY(id);
    const qint64 run = store->append(*id, events::StepStarted::Name, {}, 0)->id;
    adminSql(QStringLiteral("ALTER ROLE rec_limited NOLOGIN")); // new connections only
    {
        OutputRecorder recorder(store.get(), run);
        QSignalSpy failed(&recorder, &OutputRecorder::storeFailed);
        recorder.append(1, numbered(0, 8000), 1); // over a batch: sent at once
        recorder.append(1, numbered(8000, 5), 1);
        QVERIFY(recorder.finish());
        QCOMPARE(failed.size(), 0);
        QCOMPARE(recorder.recordedLineCount(), 8005);
    }
    QCOMPARE(*store->outputLineCount(run), 8005);
    const auto last = store->outputLines(run, 8004, 1);
    QVERIFY(last.ok());
    QCOMPARE(last->value(0).text, QStringLiteral("line 8004"));
    store.reset();
    adminSql(QStringLiteral("ALTER ROLE rec_limited LOGIN"));
}

QTEST_GUILESS_MAIN(TestOutputRecorder)
#include "tst_outputrecorder.moc"
