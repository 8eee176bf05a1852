#include "incident/OutputRecorder.h"

#include "incident/StoreLink.h"

#include <QDateTime>

namespace rollcage::incident {

OutputRecorder::OutputRecorder(IncidentStore *store, qint64 runEventId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_runEventId(runEventId)
{
    m_timer.setSingleShot(true);
    if (StoreLink *link = store->link())
        connect(link, &StoreLink::restored, this, [this] { (void)flush(); });
    m_timer.setInterval(kFlushIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        flushPartials(false);
        if (flush() && (!m_partial[0].bytes.isEmpty() || !m_partial[1].bytes.isEmpty()))
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

Status OutputRecorder::flush()
{
    if (stopped())
        return Status::failure(tr("The output is no longer recorded."));
    if (m_pending.isEmpty())
        return Status::success();
    // A shared store that is away: the batches wait here (bounded) and go when it is back.
    if (!m_store->reachable() && m_pendingBytes <= kBufferWhileLost) {
        m_resync = true;
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
        m_lostFromLine = m_pending.constFirst().firstLine;
        m_pending.clear();
        m_pendingBytes = 0;
        m_partial[0].bytes.clear();
        m_partial[1].bytes.clear();
        m_timer.stop();
        Q_EMIT storeFailed(s.error, m_lostFromLine);
        return s;
    }
    m_pending.clear();
    m_pendingBytes = 0;
    Q_EMIT drained();
    return s;
}

bool OutputRecorder::dropRecorded()
{
    const auto stored = m_store->outputLineCount(m_runEventId);
    if (!stored)
        return false;
    while (!m_pending.isEmpty() &&
           m_pending.constFirst().firstLine + m_pending.constFirst().lineCount <= *stored) {
        m_pendingBytes -= m_pending.constFirst().data.size();
        m_pending.removeFirst();
    }
    m_resync = false;
    return true;
}

Status OutputRecorder::finish()
{
    if (stopped())
        return Status::success(); // said once already, through storeFailed
    m_timer.stop();
    flushPartials(true);
    return flush();
}

} // namespace rollcage::incident
