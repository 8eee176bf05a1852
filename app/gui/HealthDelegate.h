#pragma once

#include <QStyledItemDelegate>

namespace rollcage::gui {

// Draws HealthModel's History column as a row of status dots (newest right) and its
// Latency column as a sparkline, so a glance shows "failing since when" and "slowing".
class HealthDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QColor passColor();
    static QColor failColor();
};

} // namespace rollcage::gui
