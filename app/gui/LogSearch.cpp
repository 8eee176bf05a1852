#include "gui/LogSearch.h"

#include "incident/IncidentStore.h"

#include <algorithm>

namespace rollcage::gui {

LogSearch::LogSearch(QObject *parent)
    : QObject(parent)
{
    // One slice each time the event loop is idle, so typing and painting never stall.
    m_slice.setInterval(0);
    connect(&m_slice, &QTimer::timeout, this, &LogSearch::searchSlice);
}

void LogSearch::start(const incident::IncidentStore *store, qint64 runEventId, qint64 rows,
                      const QString &needle, qint64 from, bool backwards)
{
    m_store = store;
    m_runEventId = runEventId;
    m_rows = rows;
    m_needle = needle;
    m_row = from;
    m_backwards = backwards;
    m_slice.start();
}

void LogSearch::cancel() { m_slice.stop(); }

void LogSearch::finish(qint64 row)
{
    m_slice.stop();
    Q_EMIT finished(row);
}

void LogSearch::searchSlice()
{
    if (!m_store || m_needle.isEmpty() || m_row < 0 || m_row >= m_rows) {
        finish(-1);
        return;
    }
    const qint64 first = m_backwards ? std::max<qint64>(0, m_row - kSliceLines + 1) : m_row;
    const auto lines = m_store->outputLines(m_runEventId, first, kSliceLines);
    if (!lines.ok()) {
        m_slice.stop();
        Q_EMIT failed(lines.error);
        Q_EMIT finished(-1);
        return;
    }
    const qint64 last = std::min<qint64>(first + lines->size(), m_rows) - 1;
    // A log shorter than promised (rows counted before a reset) must not be read past.
    const qint64 from = m_backwards ? std::min(m_row, last) : m_row;
    for (qint64 r = from; m_backwards ? r >= first : r <= last; r += m_backwards ? -1 : 1) {
        if (lines->at(r - first).text.contains(m_needle, Qt::CaseInsensitive)) {
            finish(r);
            return;
        }
    }
    const qint64 next = m_backwards ? first - 1 : last + 1;
    if (lines->isEmpty() || next < 0 || next >= m_rows) {
        finish(-1);
        return;
    }
    m_row = next; // the timer comes back for the next slice
}

} // namespace rollcage::gui
