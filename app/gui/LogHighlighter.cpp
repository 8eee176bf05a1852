#include "gui/LogHighlighter.h"

#include "gui/Syntax.h"

#include <KSyntaxHighlighting/Format>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/State>

#include <QPalette>

namespace rollcage::gui {

namespace {
constexpr int kCachedLines = 4096; // several screens of a busy log
}

LogHighlighter::LogHighlighter(const QPalette &palette)
    : m_cache(kCachedLines)
{
    setDefinition(syntaxRepository().definitionForName(QStringLiteral("Log File (simplified)")));
    setPalette(palette);
}

void LogHighlighter::setPalette(const QPalette &palette)
{
    setTheme(themeFor(palette));
    m_cache.clear();
}

bool LogHighlighter::isValid() const { return definition().isValid(); }

QList<QTextLayout::FormatRange> LogHighlighter::formats(const QString &line)
{
    if (!isValid() || line.isEmpty())
        return {};
    if (const auto *cached = m_cache.object(line))
        return *cached;
    m_current.clear();
    highlightLine(line, KSyntaxHighlighting::State());
    m_cache.insert(line, new QList<QTextLayout::FormatRange>(m_current));
    return m_current;
}

void LogHighlighter::applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format)
{
    if (length <= 0 || format.isDefaultTextStyle(theme()))
        return;
    QTextCharFormat f;
    if (format.hasTextColor(theme()))
        f.setForeground(format.textColor(theme()));
    if (format.isBold(theme()))
        f.setFontWeight(QFont::Bold);
    if (format.isItalic(theme()))
        f.setFontItalic(true);
    if (format.isUnderline(theme()))
        f.setFontUnderline(true);
    if (!f.properties().isEmpty())
        m_current.append({offset, length, f});
}

} // namespace rollcage::gui
