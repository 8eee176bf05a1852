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

QString cell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
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
