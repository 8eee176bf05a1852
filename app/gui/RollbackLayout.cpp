// The Roll back page's split between the step's text and its log: the text is never
// squeezed, the log gets the rest, and it does not jump under the reader's eyes.
#include "gui/RollbackPage.h"

#include "ui_RollbackPage.h"

#include <QResizeEvent>
#include <QShowEvent>
#include <QTimer>

#include <utility>

namespace rollcage::gui {

int RollbackPage::detailHeightNeeded() const
{
    // For its real width: wrapped titles and messages take more lines than a minimum
    // size hint (computed for any width) admits.
    const QWidget *pane = m_ui->detailPane;
    return pane->hasHeightForWidth() ? pane->heightForWidth(pane->width())
                                     : pane->sizeHint().height();
}

void RollbackPage::keepDetailVisible()
{
    const int need = detailHeightNeeded();
    const QList<int> sizes = m_ui->rightSplit->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes.at(0) + sizes.at(1);
    // Too little: the log yields. Too much (a taller window remembered, the health dock come
    // in, another step shown, this console's own step starting or ending): the log gets the
    // surplus — not when a line of the same step goes otherwise (who holds it, a message):
    // the log would jump, and be redrawn whole on every console at every step's end
    // (team_consoles).
    const bool mayShrink = std::exchange(m_detailMayShrink, false);
    if ((sizes.at(0) < need && total > need) || (mayShrink && sizes.at(0) > need))
        m_ui->rightSplit->setSizes({need, total - need});
}

void RollbackPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_detailMayShrink = true;
    // After the layouts have given the split its new height.
    QTimer::singleShot(0, this, &RollbackPage::keepDetailVisible);
}

void RollbackPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_splitRestored)
        return;
    // First shown (its real height known): the step's text gets what it needs up to 60 %,
    // the log the rest — the output is what shows a step worked.
    m_splitRestored = true;
    fitStepList();
    const int total = m_ui->rightSplit->height();
    const int detail = std::min(detailHeightNeeded(), total * 60 / 100);
    m_ui->rightSplit->setSizes({detail, total - detail});
}

} // namespace rollcage::gui
