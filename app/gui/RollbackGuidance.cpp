// The Roll back page's guided mode: what the next-action hint says, and how the page
// looks with the mode on or off.
#include "gui/RollbackPage.h"

#include "incident/Policy.h"

#include "core/SettingsKeys.h"
#include "execution/Engine.h"
#include "gui/EscalationPanel.h"
#include "gui/RollbackPageInternal.h"
#include "ui_RollbackPage.h"

#include <QSettings>

namespace rollcage::gui {

using incident::StepState;


QString RollbackPage::nextActionHint() const { return m_ui->nextHint->text(); }

void RollbackPage::updateGuidance()
{
    Ui::RollbackPage &ui = *m_ui;
    const int total = int(m_engine->procedure().steps.size());
    int settled = 0;
    for (int i = 0; i < total; ++i)
        settled += incident::isSettled(m_engine->state().step(i).state) ? 1 : 0;
    ui.progressLabel->setText(total ? tr("Step %1 of %2 — %3 settled").arg(m_selected + 1).arg(total).arg(settled)
                                    : tr("This procedure has no steps: choose another procedure above, or go on to Verify."));
    if (!isGuided()) {
        ui.nextHint->clear();
        return;
    }
    const StepState state = m_selected < 0 ? StepState::Pending : m_engine->state().step(m_selected).state;
    QString hint;
    if (m_selected < 0) {
        hint = tr("Nothing to do on this page yet.");
    } else if (m_engine->isRunning()) {
        hint = tr("Next: watch the output. Cancel (Ctrl+.) stops the step and everything it started.");
    } else if (state == StepState::OutcomeUnknown) {
        hint = tr("Next: check the system by hand, then Retry, Mark done or Mark failed.");
    } else if (incident::isRetry(state)) {
        hint = tr("Next: read the output below. Retry (Ctrl+Enter) if the cause is fixed; escalate if you "
                  "do not know why it failed.");
    } else if (incident::isSettled(state)) {
        hint = !m_engine->nextStep()
                   ? tr("Every step is settled. Review the output, then Continue to Verify (Ctrl+Enter).")
                   : state == StepState::Succeeded
                         ? tr("Succeeded — review the output below, then Next (Ctrl+Enter).")
                         : tr("This step is settled. Next (Ctrl+Enter) goes to step %1.").arg(*m_engine->nextStep() + 1);
    } else if (QPushButton *b = defaultButton()) {
        hint = tr("Next: read why this step matters, then press %1 (Ctrl+Enter).").arg(b->text().remove(QLatin1Char('&')));
    } else if (!incident::approvalGate(m_engine->procedure(), m_engine->state(), m_selected)) {
        // Typing cannot unlock it: a second person must approve first (four-eyes).
        hint = m_engine->state().step(m_selected).approval.requestId == 0
                   ? tr("Next: request approval; another member approves it from their console.")
                   : tr("Next: wait for the approval; Run unlocks when it is given.");
    } else if (m_engine->procedure().steps.at(m_selected).destructive) {
        hint = tr("Next: type the confirmation above to enable Run.");
    }
    ui.nextHint->setText(hint);
}

void RollbackPage::setGuided(bool guided)
{
    Ui::RollbackPage &ui = *m_ui;
    if (ui.guidedCheck->isChecked() != guided) {
        QSignalBlocker block(ui.guidedCheck);
        ui.guidedCheck->setChecked(guided);
    }
    QSettings().setValue(settings::kGuided, guided);
    // Guided: a compact list to see where the procedure stands (not to wander in), the
    // step to do with its why first, and who to call.
    // The splitter gives the width (a maximum width left a gap beside the list).
    ui.stepList->setMinimumWidth(guided ? 150 : 240);
    fitStepList();
    ui.stepList->setTextElideMode(guided ? Qt::ElideRight : Qt::ElideMiddle);
    ui.progressLabel->setVisible(guided);
    ui.whyHeading->setVisible(guided);
    ui.whyFrame->setFrameShape(guided ? QFrame::StyledPanel : QFrame::NoFrame);
    const int pad = guided ? 8 : 0;
    ui.whyLayout->setContentsMargins(pad + 4, pad, pad, pad);
    QFont why = font();
    if (guided)
        why.setPointSizeF(why.pointSizeF() * 1.1);
    ui.whyLabel->setFont(why);
    // Palette roles, not colours: the box reads the same in light and dark themes.
    ui.whyFrame->setStyleSheet(guided ? QStringLiteral("QFrame#whyFrame{background:palette(alternate-base);"
                                                       "border-left:4px solid palette(highlight);}")
                                      : QString());
    ui.nextHint->setVisible(guided);
    setEscalationVisible(guided);
    // To the step to do, unless the one shown has just finished and is being reviewed.
    const bool reviewing = m_selected >= 0 && incident::isSettled(m_engine->state().step(m_selected).state);
    if (guided && !reviewing && !m_engine->isRunning()) {
        if (const auto next = m_engine->nextStep())
            selectStep(*next);
    }
    updateGuidance();
}

void RollbackPage::fitStepList()
{
    QList<int> widths = m_ui->mainSplit->sizes();
    int total = 0;
    for (int w : std::as_const(widths))
        total += w;
    if (widths.size() != 3 || total <= 0)
        return; // not laid out yet: showEvent() comes back here
    const int list = isGuided() ? 190 : 300;
    widths[1] += widths[0] - list;
    widths[0] = list;
    // Who to call, when shown, gets its full width: a split remembered from another page
    // left it a word wide, its text cut (seen in the walkthrough).
    if (!m_ui->escalationPanel->isHidden()) {
        const int escalation = m_ui->escalationPanel->maximumWidth();
        widths[1] += widths[2] - escalation;
        widths[2] = escalation;
    }
    m_ui->mainSplit->setSizes(widths);
}

bool RollbackPage::isGuided() const { return m_ui->guidedCheck->isChecked(); }

void RollbackPage::setEscalationVisible(bool visible)
{
    m_ui->escalationPanel->setVisible(visible);
    if (m_ui->escalateButton->isChecked() != visible) {
        QSignalBlocker block(m_ui->escalateButton);
        m_ui->escalateButton->setChecked(visible);
    }
    fitStepList();
}

bool RollbackPage::isEscalationVisible() const { return m_ui->escalateButton->isChecked(); }

} // namespace rollcage::gui
