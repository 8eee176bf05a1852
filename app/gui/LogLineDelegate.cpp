#include "gui/LogLineDelegate.h"

#include "gui/LogHighlighter.h"
#include "gui/LogModel.h"
#include "gui/Palette.h"

#include <QApplication>
#include <QtMath>
#include <QPainter>
#include <QTextLayout>

namespace rollcage::gui {

LogLineDelegate::LogLineDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{
}

LogLineDelegate::~LogLineDelegate() = default;

LogHighlighter &LogLineDelegate::highlighter(const QPalette &palette) const
{
    if (!m_highlighter) {
        m_highlighter = std::make_unique<LogHighlighter>(palette);
        m_paletteKey = palette.cacheKey();
    } else if (palette.cacheKey() != m_paletteKey) {
        m_highlighter->setPalette(palette); // light/dark switch: other colours
        m_paletteKey = palette.cacheKey();
    }
    return *m_highlighter;
}

QList<QTextLayout::FormatRange> LogLineDelegate::formatsFor(const QString &text, const QPalette &palette) const
{
    return m_highlighting ? highlighter(palette).formats(text) : QList<QTextLayout::FormatRange>{};
}

void LogLineDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString display = opt.text;
    opt.text.clear();
    const QWidget *widget = opt.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const QString line = index.data(LogModel::LineTextRole).toString();
    const int prefix = int(display.size() - line.size());
    const bool stderrLine = index.data(LogModel::StreamRole).toInt() == 2;
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette &pal = opt.palette;
    const QColor base = selected ? pal.color(QPalette::HighlightedText)
                        : stderrLine ? toneColor(Tone::Problem, pal)
                                     : pal.color(QPalette::Text);

    QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
    painter->save();
    if (stderrLine) {
        // A marker in the margin: stderr is findable even where the text is coloured.
        painter->fillRect(QRect(opt.rect.left(), opt.rect.top(), 3, opt.rect.height()), toneColor(Tone::Problem, pal));
        textRect.setLeft(textRect.left() + 4);
    }
    QList<QTextLayout::FormatRange> ranges;
    if (prefix > 0) {
        QTextCharFormat dim;
        dim.setForeground(pal.color(QPalette::PlaceholderText));
        ranges.append({0, prefix, dim});
    }
    if (!selected) {
        for (QTextLayout::FormatRange r : formatsFor(line, pal)) {
            r.start += prefix;
            ranges.append(r);
        }
    }
    QTextLayout layout(display, opt.font);
    QTextOption to;
    to.setWrapMode(QTextOption::NoWrap);
    layout.setTextOption(to);
    layout.setFormats(ranges);
    layout.beginLayout();
    QTextLine tl = layout.createLine();
    layout.endLayout();
    painter->setClipRect(textRect);
    painter->setPen(base);
    const qreal y = textRect.top() + (textRect.height() - tl.height()) / 2;
    layout.draw(painter, QPointF(textRect.left(), y));
    painter->restore();
    // What the line needs: its text plus the margins the style keeps on either side.
    const int needed = textRect.left() - opt.rect.left() + qCeil(tl.naturalTextWidth()) +
                       (opt.rect.right() - textRect.right()) + 1;
    if (needed > m_widest) {
        m_widest = needed;
        Q_EMIT widerLine(needed);
    }
}

} // namespace rollcage::gui
