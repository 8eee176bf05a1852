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

private:
    LogHighlighter &highlighter(const QPalette &palette) const;

    bool m_highlighting = true;
    // Created on the first painted line: the syntax repository is not needed before.
    mutable std::unique_ptr<LogHighlighter> m_highlighter;
    mutable qint64 m_paletteKey = 0;
};

} // namespace rollcage::gui
