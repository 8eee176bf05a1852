#pragma once

#include <KSyntaxHighlighting/AbstractHighlighter>

#include <QCache>
#include <QList>
#include <QTextLayout>

class QPalette;

namespace rollcage::gui {

// Colours one log line at a time with the repository's "Log File (simplified)"
// definition: levels, dates, addresses and quoted strings stand out. Every line starts
// from the definition's initial state, because a log pane shows lines in any order and
// a million of them must not be highlighted from the top. Results are cached by text.
class LogHighlighter : public KSyntaxHighlighting::AbstractHighlighter
{
public:
    explicit LogHighlighter(const QPalette &palette);

    void setPalette(const QPalette &palette);
    bool isValid() const;
    // Format ranges over `line` (offsets into it); empty when nothing stands out.
    QList<QTextLayout::FormatRange> formats(const QString &line);

protected:
    void applyFormat(int offset, int length, const KSyntaxHighlighting::Format &format) override;

private:
    QList<QTextLayout::FormatRange> m_current;
    QCache<QString, QList<QTextLayout::FormatRange>> m_cache;
};

} // namespace rollcage::gui
