#pragma once

#include <QStyledItemDelegate>
#include <QTextLayout>

#include <memory>

namespace rollcage::gui {

class LogHighlighter;

// Paints a log line: the timestamp prefix dimmed, stderr in red with a marker in the
// margin, and the text coloured by the log highlighter when highlighting is on.
class LogLineDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit LogLineDelegate(QObject *parent = nullptr);
    ~LogLineDelegate() override;

    void setHighlighting(bool on) { m_highlighting = on; }
    bool highlighting() const { return m_highlighting; }
    // Which parts of `text` get which format (exposed for tests).
    QList<QTextLayout::FormatRange> formatsFor(const QString &text, const QPalette &palette) const;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // Forgets the widest line painted (another run, timestamps on or off).
    void resetWidest() { m_widest = 0; }

Q_SIGNALS:
    // A painted line needs `width` pixels, more than any before it: the view widens its
    // column so the line can be scrolled to, not cut at the pane's edge. Measured as
    // lines are painted, so a million-line log is never measured whole.
    void widerLine(int width) const;

private:
    LogHighlighter &highlighter(const QPalette &palette) const;

    bool m_highlighting = true;
    // Created on the first painted line: the syntax repository is not needed before.
    mutable std::unique_ptr<LogHighlighter> m_highlighter;
    mutable qint64 m_paletteKey = 0;
    mutable int m_widest = 0;
};

} // namespace rollcage::gui
