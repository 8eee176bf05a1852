// The step's side channels: bash's xtrace (the line running now, the ERR trap's report
// of the failing command) and the session dump its EXIT trap writes.
#include "execution/StepRunner.h"

#include <QSocketNotifier>

#include <algorithm>
#include <unistd.h>

namespace rollcage::execution {

namespace {
// "+12> cmd" (one '+' per nesting level, PS4 as the prelude sets it) -> the step's own
// line number; 0 for anything else (the continuation of a multi-line trace).
int traceLineNumber(QByteArrayView text)
{
    qsizetype i = 0;
    while (i < text.size() && text.at(i) == '+')
        ++i;
    if (i == 0)
        return 0;
    int number = 0;
    const qsizetype digits = i;
    while (i < text.size() && text.at(i) >= '0' && text.at(i) <= '9' && i - digits < 9)
        number = number * 10 + (text.at(i++) - '0');
    if (i == digits || i + 1 >= text.size() || text.at(i) != '>' || text.at(i + 1) != ' ')
        return 0;
    return std::max(0, number - kPreludeLines);
}
} // namespace

void StepRunner::onTrace()
{
    char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(m_traceRead, buffer, sizeof buffer);
        if (n <= 0) {
            if (n == 0 && m_traceNotifier)
                m_traceNotifier->setEnabled(false); // every writer is gone
            break;
        }
        m_tracePending.append(buffer, n);
    }
    if (m_tracePending.contains(kFailureMarker))
        takeFailureReports();
    // Only the last complete trace line matters: it is the command running now.
    const qsizetype end = m_tracePending.lastIndexOf('\n');
    if (end < 0)
        return;
    // Scanned from the end, without decoding: a tight loop can trace megabytes a second.
    int line = 0;
    qsizetype lineEnd = end;
    while (lineEnd >= 0 && line == 0) {
        // lastIndexOf(c, -1) would search from the end again: an empty first line is 0.
        const qsizetype start = lineEnd > 0 ? m_tracePending.lastIndexOf('\n', lineEnd - 1) + 1 : 0;
        line = traceLineNumber(QByteArrayView(m_tracePending).sliced(start, lineEnd - start));
        lineEnd = start - 1;
    }
    m_tracePending.remove(0, end + 1);
    if (line > 0 && line != m_lastLine) {
        m_lastLine = line;
        Q_EMIT currentLine(line);
    }
}

// Removes the ERR trap's complete reports from the trace, keeping the last: with
// errexit it is the command that ended the step.
void StepRunner::takeFailureReports()
{
    qsizetype at = 0;
    while ((at = m_tracePending.indexOf(kFailureMarker, at)) >= 0) {
        const qsizetype end = m_tracePending.indexOf('\n', at);
        if (end < 0)
            return; // the rest of it is still in the pipe
        const FailureReport report =
            parseFailureReport(QByteArrayView(m_tracePending).sliced(at + 1, end - at - 1));
        if (report.line > kPreludeLines)
            m_failure = report;
        m_tracePending.remove(at, end - at + 1);
    }
}

void StepRunner::onSessionData()
{
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_sessionRead, buffer, sizeof buffer);
        if (n <= 0) {
            if (n == 0 && m_sessionNotifier)
                m_sessionNotifier->setEnabled(false);
            break;
        }
        m_sessionReport.append(buffer, n);
    }
}

} // namespace rollcage::execution
