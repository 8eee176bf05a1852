#include "gui/DisplayText.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::gui {

QString plainInline(const QString &markdown)
{
    QString text = markdown;
    static const QRegularExpression strong(QStringLiteral(R"(\*\*(.+?)\*\*|__(.+?)__)"));
    text.replace(strong, QStringLiteral("\\1\\2"));
    text.remove(QLatin1Char('`'));
    return text;
}

QString flowingText(const QString &markdown)
{
    static const QRegularExpression item(QStringLiteral(R"(^(?:[-*+]|\d+[.)])\s+)"));
    QString text;
    int previousLength = 0;
    for (const QString &raw : plainInline(markdown).split(QLatin1Char('\n'))) {
        QString line = raw.trimmed();
        const bool listItem = line.contains(item);
        line.remove(item);
        if (line.isEmpty())
            continue;
        if (!text.isEmpty()) {
            // A new item: a list marker, or a capital after a short line that did not end
            // its sentence (a list whose markers were already taken off; a paragraph's
            // soft-wrapped lines run long, near the source's wrap column).
            const QChar last = text.back();
            const bool ended = QStringLiteral(".:;!?,").contains(last);
            const bool shortLine = previousLength < 70;
            const bool newItem = listItem || (!ended && shortLine && line.front().isUpper());
            text += newItem && !ended ? QStringLiteral("; ") : QStringLiteral(" ");
        }
        text += line;
        previousLength = int(line.size());
    }
    return text;
}

QString inlineHtml(const QString &markdown)
{
    QString html;
    const QStringList parts = markdown.split(QLatin1Char('`'));
    // Odd parts were between backticks; an unpaired backtick is kept as written.
    const bool paired = parts.size() % 2 == 1;
    for (int i = 0; i < parts.size(); ++i) {
        const QString part = plainInline(parts.at(i)).toHtmlEscaped();
        if (i % 2 == 1 && paired)
            html += QStringLiteral("<code>%1</code>").arg(part);
        else
            html += (i > 0 && !paired ? QStringLiteral("`") : QString()) + part;
    }
    return html;
}

QString spanText(qint64 seconds)
{
    if (seconds < 60)
        return QCoreApplication::translate("DisplayText", "%1 s").arg(seconds);
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QCoreApplication::translate("DisplayText", "%1 min").arg(minutes);
    return minutes % 60 ? QCoreApplication::translate("DisplayText", "%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                        : QCoreApplication::translate("DisplayText", "%1 h").arg(minutes / 60);
}

QString durationText(const runbook::Duration &duration)
{
    if (!duration.isKnown())
        return {};
    if (duration.minSeconds && *duration.minSeconds != *duration.maxSeconds)
        return QStringLiteral("%1–%2").arg(spanText(*duration.minSeconds), spanText(*duration.maxSeconds));
    return spanText(*duration.maxSeconds);
}

QString warningBody(const QString &warning)
{
    static const QRegularExpression lead(
        QStringLiteral(R"(^[\s⚠️❗🚨⛔!*_]*(?:(?:warning|danger|caution|destructive|important)\s*[:!—-]\s*)?)"),
        QRegularExpression::CaseInsensitiveOption);
    QString text = warning;
    text.remove(lead);
    text = plainInline(text.trimmed());
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString plainLines(const QString &markdown)
{
    QStringList lines = markdown.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = plainInline(line);
    return lines.join(QLatin1Char('\n'));
}

} // namespace rollcage::gui
