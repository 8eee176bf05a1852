#pragma once

#include <QWidget>

class QLabel;

namespace rollcage::gui {

// The keyboard shortcuts, drawn over the window it belongs to (F1 shows it; F1, Esc or
// a click hides it), so the operator never loses sight of the incident behind it.
class ShortcutOverlay : public QWidget
{
    Q_OBJECT
public:
    explicit ShortcutOverlay(QWidget *parent);

    void toggle();
    // The table as shown: pairs of keys and what they do.
    static QList<QPair<QString, QString>> shortcuts();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QLabel *m_table;
};

} // namespace rollcage::gui
