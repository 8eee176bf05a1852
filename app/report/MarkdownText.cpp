#include "report/MarkdownText.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace rollcage::report::md {

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

namespace {
int backtickRunAt(const QString &text, qsizetype at)
{
    qsizetype end = at;
    while (end < text.size() && text.at(end) == QLatin1Char('`'))
        ++end;
    return int(end - at);
}

// Where the code span opened by a run of `run` backticks at `at` closes (the index after
// its closing run), or -1 when no run of the same length follows: then the backticks are
// literal text (CommonMark's rule).
qsizetype codeSpanEnd(const QString &text, qsizetype at, int run)
{
    for (qsizetype i = at + run; i < text.size();) {
        if (text.at(i) != QLatin1Char('`')) {
            ++i;
            continue;
        }
        const int closing = backtickRunAt(text, i);
        if (closing == run)
            return i + closing;
        i += closing;
    }
    return -1;
}
} // namespace

QString cell(const QString &text)
{
    // Backslashes are doubled so prose shows them, but not inside a code span, where
    // Markdown shows every character as written (a doubled one would show twice). A pipe
    // is escaped everywhere: the table splits cells before it reads code spans.
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size();) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('`')) {
            const int run = backtickRunAt(text, i);
            const qsizetype end = codeSpanEnd(text, i, run);
            const qsizetype stop = end < 0 ? i + run : end;
            for (; i < stop; ++i) {
                const QChar d = text.at(i);
                if (d == QLatin1Char('|'))
                    out += QLatin1Char('\\');
                out += d == QLatin1Char('\n') ? QLatin1Char(' ') : d;
            }
            continue;
        }
        if (c == QLatin1Char('\\') || c == QLatin1Char('|'))
            out += QLatin1Char('\\');
        out += c == QLatin1Char('\n') ? QLatin1Char(' ') : c;
        ++i;
    }
    return out;
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(QLocale::c().toString(ms / 1000.0, 'f', 1));
    if (ms < 3'600'000)
        return QStringLiteral("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
    return QStringLiteral("%1 h %2 min").arg(ms / 3'600'000).arg((ms / 60'000) % 60);
}

namespace {
int longestBacktickRun(const QString &text)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : text) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return longest;
}
} // namespace

QString codeSpan(const QString &text)
{
    // Longer than any run of backticks inside, with room when the text starts or ends
    // with one (CommonMark's rule).
    const QString fence(longestBacktickRun(text) + 1, QLatin1Char('`'));
    const bool pad = text.startsWith(QLatin1Char('`')) || text.endsWith(QLatin1Char('`'));
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + text + space + fence;
}

QString fenced(const QString &body, const QString &info)
{
    const QString fence(std::max(3, longestBacktickRun(body) + 1), QLatin1Char('`'));
    return fence + info + QLatin1Char('\n') + body +
           (body.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence +
           QLatin1Char('\n');
}

QString inlineText(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text.trimmed();
}

} // namespace rollcage::report::md
