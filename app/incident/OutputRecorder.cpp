#include "incident/OutputRecorder.h"

#include "core/Logging.h"
#include "incident/OutputWriter.h"
#include "incident/StoreLink.h"

#include <QDateTime>

namespace rollcage::incident {

OutputRecorder::OutputRecorder(IncidentStore *store, qint64 runEventId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runEventId(runEventId)
{
    m_timer.setSingleShot(true);
    if (StoreLink *link = store->link()) {
        connect(link, &StoreLink::restored, this, [this] { (void)flush(); });
        connect(link, &StoreLink::lost, this, &OutputRecorder::giveUpAnswer);
    }
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        flushPartials(false);
        if (flush() && (!m_partial[0].bytes.isEmpty() || !m_partial[1].bytes.isEmpty()))
            m_timer.start();
    });
    connect(&m_answer, &QFutureWatcherBase::finished, this, [this] {
        const bool taken = bool(takeAnswer(false));
        if (m_settling && m_sent.isEmpty()) {
            if (taken && !m_pending.isEmpty() && m_store->reachable())
                (void)flush();
            if (m_sent.isEmpty()) {
                m_settling = false;
                Q_EMIT settled();
            }
            return;
        }
        if (!taken || m_pending.isEmpty() || !m_sent.isEmpty())
            return;
        // What came while the write was out: at once if it is a batch already, else
        // within the usual interval.
        if (m_pendingBytes >= kFlushBytes)
            (void)flush();
        else if (!m_timer.isActive())
            m_timer.start();
    });
}

OutputRecorder::~OutputRecorder()
{
    // A failure here was already said through storeFailed; a destructor has no one to tell.
    (void)finish();
}

void OutputRecorder::append(int stream, const QByteArray &bytes, qint64 atMs)
{
    if (stopped())
        return;
    Partial &partial = m_partial[stream == 2 ? 1 : 0];
    const qsizetype lastNewline = bytes.lastIndexOf('\n');
    if (lastNewline < 0) {
        if (partial.bytes.isEmpty())
            partial.sinceMs = atMs;
        partial.bytes.append(bytes);
        if (partial.bytes.size() >= kFlushBytes)
            flushPartials(true); // one enormous line: store it rather than hold it
    } else {
        QByteArray lines = partial.bytes.isEmpty() ? bytes.left(lastNewline + 1)
                                                   : partial.bytes + bytes.left(lastNewline + 1);
        const qint64 since = partial.bytes.isEmpty() ? atMs : partial.sinceMs;
        partial.bytes = bytes.mid(lastNewline + 1);
        partial.sinceMs = atMs;
        addLines(stream, lines, since);
    }
    if (m_pendingBytes >= kFlushBytes) {
        if (!m_sent.isEmpty() && m_pendingBytes >= kAheadOfWriter && m_store->reachable())
            (void)takeAnswer(true); // said through storeFailed when it failed
        if (flush())
            m_timer.stop();
    }
    if (!m_timer.isActive() &&
        (m_pendingBytes > 0 || !m_partial[0].bytes.isEmpty() || !m_partial[1].bytes.isEmpty()))
        m_timer.start();
}

void OutputRecorder::addLines(int stream, const QByteArray &lines, qint64 atMs)
{
    const int count = static_cast<int>(lines.count('\n'));
    if (m_pending.isEmpty() || m_pending.constLast().stream != stream ||
        m_pending.constLast().data.size() >= kFlushBytes) {
        OutputRecord r;
        r.stream = stream;
        r.atMs = atMs;
        r.firstLine = m_lines;
        m_pending.append(r);
    }
    OutputRecord &r = m_pending.last();
    r.data.append(lines);
    r.lineCount += count;
    m_lines += count;
    m_pendingBytes += lines.size();
}

void OutputRecorder::flushPartials(bool all)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < 2; ++i) {
        Partial &p = m_partial[i];
        if (p.bytes.isEmpty() || (!all && now - p.sinceMs < kPartialLineMs))
            continue;
        addLines(i + 1, p.bytes + '\n', p.sinceMs);
        p.bytes.clear();
    }
}

Status OutputRecorder::flush(Route route)
{
    if (stopped())
        return Status::failure(tr("The output is no longer recorded."));
    if (!m_sent.isEmpty())
        return Status::success(); // one write out at a time: its answer sends the rest
    if (m_pending.isEmpty())
        return Status::success();
    // A shared store that is away: the batches wait here (bounded) and go when it is back.
    if (!m_store->reachable() && m_pendingBytes <= kBufferWhileLost) {
        m_resync = true;
        return Status::success();
    }
    OutputWriter *writer = m_store->outputWriter();
    if (writer && route == Route::Writer && !m_direct) {
        qsizetype count = 0;
        m_sentBytes = 0;
        for (; count < m_pending.size() && m_sentBytes < kMaxWriteBytes; ++count)
            m_sentBytes += m_pending.at(count).data.size();
        m_sent = m_pending.mid(0, count);
        m_pending.remove(0, count);
        m_pendingBytes -= m_sentBytes;
        m_answer.setFuture(writer->write(m_runEventId, m_sent, std::exchange(m_resync, false)));
        return Status::success();
    }
    if (m_resync && !dropRecorded())
        return Status::success(); // still away: kept, tried again
    const Status s = m_store->appendOutput(m_runEventId, m_pending);
    if (!s && !m_store->reachable() && m_pendingBytes <= kBufferWhileLost) {
        // Lost during this very write: it may or may not have been committed; the next
        // try reads how far the store got first, so no line is written twice.
        m_resync = true;
        return Status::success();
    }
    if (!s) {
        stopRecording(s.error, m_pending.constFirst().firstLine);
        return s;
    }
    m_pending.clear();
    m_pendingBytes = 0;
    Q_EMIT drained();
    return s;
}

Status OutputRecorder::takeAnswer(bool wait)
{
    if (m_sent.isEmpty())
        return Status::success();
    QFuture<QSqlError> answer = m_answer.future();
    if (wait)
        answer.waitForFinished();
    else if (!answer.isFinished())
        return Status::success();
    const QSqlError error = answer.resultCount() > 0 ? answer.result()
                                                     : QSqlError(tr("the store was closed"), {},
                                                                 QSqlError::ConnectionError);
    if (error.type() == QSqlError::NoError) {
        m_sent.clear();
        m_sentBytes = 0;
        if (m_pending.isEmpty())
            Q_EMIT drained();
        return Status::success();
    }
    // Said as the store says any failed write (a store that is away is marked lost);
    // what was sent is the oldest output again.
    const Status s = m_store->outputWriteFailed(error);
    takeBackSent();
    if (!m_store->reachable() && m_pendingBytes <= kBufferWhileLost) {
        m_resync = true; // it may have been committed before the answer was lost
        return Status::success();
    }
    if (error.type() == QSqlError::ConnectionError && !m_direct) {
        // The server answers the store's own connection but refuses the writer one of its
        // own (a connection limit, a pooler): the output goes over the store's connection,
        // as before there was a writer, rather than stop being recorded.
        qCWarning(lcIncident).noquote()
            << "step output written on the store's connection:" << error.text().trimmed();
        m_direct = true;
        m_resync = true;
        return flush(Route::StoreConnection);
    }
    stopRecording(s.error, m_pending.constFirst().firstLine);
    return s;
}

void OutputRecorder::giveUpAnswer()
{
    if (m_sent.isEmpty())
        return;
    // A write to a server that went away may not be answered before the operating system
    // gives up (minutes): it counts as not written, and goes again from the line the store
    // has when it is back. The writer does one write at a time, so that follows this one.
    takeBackSent();
    m_resync = true;
    if (std::exchange(m_settling, false))
        Q_EMIT settled();
}

void OutputRecorder::takeBackSent()
{
    m_pending = std::exchange(m_sent, {}) + m_pending;
    m_pendingBytes += std::exchange(m_sentBytes, 0);
}

void OutputRecorder::stopRecording(const QString &error, qint64 firstLostLine)
{
    m_lostFromLine = firstLostLine;
    m_pending.clear();
    m_pendingBytes = 0;
    m_partial[0].bytes.clear();
    m_partial[1].bytes.clear();
    m_timer.stop();
    Q_EMIT storeFailed(error, m_lostFromLine);
}

bool OutputRecorder::dropRecorded()
{
    const auto stored = m_store->outputLineCount(m_runEventId);
    if (!stored)
        return false;
    m_pendingBytes -= dropStoredRecords(&m_pending, *stored);
    m_resync = false;
    return true;
}

bool OutputRecorder::finishLater()
{
    if (stopped() || !m_store->outputWriter())
        return false;
    m_timer.stop();
    flushPartials(true);
    (void)flush(); // one write out at a time: the answers send the rest
    m_settling = !m_sent.isEmpty();
    return m_settling;
}

Status OutputRecorder::finish()
{
    if (stopped())
        return Status::success(); // said once already, through storeFailed
    m_timer.stop();
    flushPartials(true);
    if (Status s = takeAnswer(true); !s)
        return s; // said through storeFailed as well
    // The rest on the store's own connection: the caller records the step's end next, and
    // everyone reading the journal expects the output before it.
    return flush(Route::StoreConnection);
}

} // namespace rollcage::incident
