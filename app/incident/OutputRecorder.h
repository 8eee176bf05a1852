#pragma once

#include "core/Result.h"
#include "incident/IncidentStore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QSqlError>
#include <QTimer>

namespace rollcage::incident {

// Persists one step run's (already masked) output in batches: at most every 100 ms or
// 64 KB, whichever comes first, so a kill -9 loses at most the last fraction of a
// second while a fast step does not pay a transaction per read. Output is kept as whole
// lines per stream; a line still unfinished after 200 ms is written as it stands.
// On a shared store the batches go through its OutputWriter, one write out at a time, so
// the GUI thread does not wait for the server while the step runs; what is sent stays
// here until the write is answered. finish() waits for that answer and writes the rest.
class OutputRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int kFlushIntervalMs = 100;
    static constexpr qsizetype kFlushBytes = 64 * 1024;
    static constexpr int kPartialLineMs = 200;
    // How much output waits in memory while a shared store is away before recording
    // stops as for any other refusal.
    static constexpr qsizetype kBufferWhileLost = 64 * 1024 * 1024;
    // How much output may wait behind a write not answered yet before the recorder waits
    // for that answer: a server slower than the step holds the step (its pipe fills),
    // not this process's memory.
    static constexpr qsizetype kAheadOfWriter = 16 * 1024 * 1024;
    // About the most one write carries (whole records: one holds a read's lines, rarely
    // more than kFlushBytes), so that waiting for an answer is not waiting for megabytes.
    static constexpr qsizetype kMaxWriteBytes = 1024 * 1024;

    OutputRecorder(IncidentStore *store, qint64 runEventId, QObject *parent = nullptr);
    ~OutputRecorder() override;

    // stream: 1 stdout, 2 stderr.
    void append(int stream, const QByteArray &bytes, qint64 atMs);
    // Writes everything, unfinished lines included (end of the step).
    Status finish();
    // finish() without waiting for the server: sends everything (unfinished lines
    // included) and returns true while writes are out, `settled` following their last
    // answer; false when there is nothing to wait for. finish() then completes at once.
    bool finishLater();
    // The unfinished lines end here: the step asked a question and is answered, so what
    // comes next (the answer's echo first) starts a line of its own.
    void endLines() { flushPartials(true); }

    qint64 lineCount() const { return m_lines; }
    // Lines in the store: all of them unless a write failed.
    qint64 recordedLineCount() const { return m_lostFromLine < 0 ? m_lines : m_lostFromLine; }
    qint64 runEventId() const { return m_runEventId; }
    bool stopped() const { return m_lostFromLine >= 0; }
    // Output waiting for a shared store to come back (see flush).
    bool holdsBuffered() const { return (!m_pending.isEmpty() || !m_sent.isEmpty()) && !stopped(); }

Q_SIGNALS:
    // After finishLater(): every write sent is answered (or the store is away, and what
    // it did not take is kept for when it is back).
    void settled();
    // Everything buffered while the store was away is now written.
    void drained();
    // The store refused a batch (a full disk, a read-only or locked file). Said once:
    // recording stops there, lines from `firstLostLine` (0-based) on are not stored.
    // Retrying would only hold the step's output in memory, and a later batch that
    // got through would leave a hole in the middle of the stored log.
    void storeFailed(const QString &error, qint64 firstLostLine);

private:
    struct Partial
    {
        QByteArray bytes;
        qint64 sinceMs = 0;
    };
    void addLines(int stream, const QByteArray &lines, qint64 atMs);
    void flushPartials(bool all);
    // Route::Writer sends the next batch to the store's OutputWriter when it has one;
    // StoreConnection writes it here and now.
    enum class Route { Writer, StoreConnection };
    Status flush(Route route = Route::Writer);
    // The writer's answer to the batch out (m_sent); `wait` blocks until it comes.
    Status takeAnswer(bool wait);
    void stopRecording(const QString &error, qint64 firstLostLine);
    // The store is lost: the write out is not waited for (see the .cpp).
    void giveUpAnswer();
    // What was sent is the oldest output not stored again (a failed or abandoned write).
    void takeBackSent();
    // After a loss: drops the batches the store already has (a write cut off after its
    // commit), by the line count it holds. False when the store cannot say yet.
    bool dropRecorded();

    IncidentStore *m_store;
    qint64 m_runEventId;
    QList<OutputRecord> m_pending;
    qsizetype m_pendingBytes = 0;
    // Sent to the store's OutputWriter and not answered yet (always older than m_pending).
    QList<OutputRecord> m_sent;
    qsizetype m_sentBytes = 0;
    QFutureWatcher<QSqlError> m_answer;
    Partial m_partial[2];
    qint64 m_lines = 0;
    qint64 m_lostFromLine = -1;
    bool m_resync = false;
    bool m_settling = false;  // finishLater(): `settled` is owed
    bool m_direct = false;    // the writer's connection was refused: the store's is used
    QTimer m_timer;
};

} // namespace rollcage::incident
