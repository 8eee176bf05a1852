#include "gui/HealthDelegate.h"

#include "core/HealthCheck.h"
#include "gui/HealthModel.h"
#include "gui/Palette.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace rollcage::gui {

namespace {
constexpr int kDot = 8;
constexpr int kPitch = 11;
constexpr int kDots = 20;
} // namespace

QColor HealthDelegate::passColor() { return toneColor(Tone::Success); }
QColor HealthDelegate::failColor() { return toneColor(Tone::Problem); }

void HealthDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int column = index.column();
    if (column != HealthModel::History && column != HealthModel::Latency) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The selection background, without any text.
    QStyleOptionViewItem base = option;
    initStyleOption(&base, index);
    base.text.clear();
    QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &base, painter, base.widget);

    const auto history = index.data(HealthModel::HistoryRole).value<QList<health::HealthResult>>();
    const QRect r = option.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (column == HealthModel::History) {
        const qsizetype first = std::max<qsizetype>(0, history.size() - kDots);
        int x = r.left();
        const int y = r.center().y() - kDot / 2;
        for (qsizetype i = first; i < history.size(); ++i, x += kPitch) {
            painter->setPen(Qt::NoPen);
            painter->setBrush(history.at(i).ok ? passColor() : failColor());
            painter->drawEllipse(QRect(x, y, kDot, kDot));
        }
        painter->restore();
        return;
    }

    QList<qint64> values;
    for (const health::HealthResult &result : history)
        values.append(result.latencyMs);
    if (values.size() < 2) {
        painter->restore();
        return;
    }
    const qint64 top = std::max<qint64>(1, *std::max_element(values.cbegin(), values.cend()));
    const QString label = tr("max %1 ms").arg(top);
    const int labelWidth = option.fontMetrics.horizontalAdvance(label) + 6;
    const QRect plot = r.adjusted(0, 0, -labelWidth, 0);
    const double step = double(plot.width()) / double(values.size() - 1);
    QPainterPath path;
    bool pen = false;
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double x = plot.left() + step * double(i);
        if (values.at(i) < 0) { // no answer: a red tick at the bottom, and a gap
            painter->setPen(QPen(failColor(), 1.5));
            painter->drawLine(QPointF(x, plot.bottom() - 3), QPointF(x, plot.bottom()));
            pen = false;
            continue;
        }
        const QPointF p(x, plot.bottom() - double(plot.height()) * double(values.at(i)) / double(top));
        if (pen)
            path.lineTo(p);
        else
            path.moveTo(p);
        pen = true;
    }
    painter->setPen(QPen(option.palette.color(QPalette::Highlight), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path);
    painter->setPen(option.palette.color(QPalette::PlaceholderText));
    painter->drawText(r.adjusted(r.width() - labelWidth + 6, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, label);
    painter->restore();
}

QSize HealthDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == HealthModel::History)
        size.setWidth(kDots * kPitch + 8);
    else if (index.column() == HealthModel::Latency)
        size.setWidth(140);
    size.setHeight(std::max(size.height(), 22));
    return size;
}

} // namespace rollcage::gui
