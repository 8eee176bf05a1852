#include "gui/ShortcutOverlay.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QVBoxLayout>

namespace rollcage::gui {

ShortcutOverlay::ShortcutOverlay(QWidget *parent)
    : QWidget(parent)
    , m_table(new QLabel(this))
{
    setObjectName(QStringLiteral("shortcutOverlay"));
    setAccessibleName(tr("Keyboard shortcuts"));
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setAlignment(Qt::AlignCenter);
    QString html = tr("<h2>Keyboard shortcuts</h2><table cellspacing=\"6\">");
    for (const auto &[keys, what] : shortcuts())
        html += QStringLiteral("<tr><td align=\"right\"><b>%1</b></td><td>%2</td></tr>").arg(keys.toHtmlEscaped(), what.toHtmlEscaped());
    html += tr("</table><p>F1 or Esc closes this.</p>");
    m_table->setText(html);
    m_table->setTextFormat(Qt::RichText);
    m_table->setAutoFillBackground(true);
    m_table->setMargin(24);
    m_table->setFrameShape(QFrame::StyledPanel);
    layout->addWidget(m_table);
    parent->installEventFilter(this);
    hide();
}

QList<QPair<QString, QString>> ShortcutOverlay::shortcuts()
{
    return {
        {tr("Ctrl+O"), tr("Open a runbook")},
        {tr("Ctrl+W"), tr("Close the runbook")},
        {tr("Ctrl+N"), tr("New incident on the open runbook")},
        {tr("Alt+1 … Alt+6"), tr("Assess, Prepare, Roll back, Verify, Communicate, Report")},
        {tr("Space"), tr("Tick the selected checklist item")},
        {tr("Ctrl+Enter"), tr("The next action: run, retry or mark the step done")},
        {tr("Ctrl+."), tr("Cancel the running step")},
        {tr("Ctrl+G"), tr("Guided mode on or off (one step at a time)")},
        {tr("Ctrl+E"), tr("Show or hide the escalation levels")},
        {tr("Ctrl+F, F3, Shift+F3"), tr("Search the step output")},
        {tr("End"), tr("Follow the newest output")},
        {tr("Ctrl+Shift+H"), tr("Show or hide the health checks")},
        {tr("F1"), tr("This list")},
        {tr("Ctrl+Q"), tr("Quit")},
    };
}

void ShortcutOverlay::toggle()
{
    if (isVisible()) {
        hide();
        return;
    }
    setGeometry(parentWidget()->rect());
    raise();
    show();
    setFocus();
}

bool ShortcutOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void ShortcutOverlay::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    QColor shade = palette().color(QPalette::Window);
    shade.setAlpha(200); // the incident stays visible behind the list
    p.fillRect(rect(), shade);
}

void ShortcutOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape || event->key() == Qt::Key_F1) {
        hide();
        return;
    }
    QWidget::keyPressEvent(event);
}

void ShortcutOverlay::mousePressEvent(QMouseEvent *) { hide(); }

} // namespace rollcage::gui
