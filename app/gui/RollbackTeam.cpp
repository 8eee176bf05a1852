// The Roll back page in team mode, where the step is: a step that needs a second
// person's approval says where that stands (asked, approved by whom, refused and why) and
// offers to ask for it; a step held by a console that stopped answering offers to take
// it over. The rules are the core's (incident/Policy.h, incident/Team.h).
#include "gui/RollbackPage.h"

#include "execution/Engine.h"
#include "gui/Feedback.h"
#include "incident/Policy.h"
#include "ui_RollbackPage.h"

#include <QDateTime>
#include <QPushButton>
#include <QTimeZone>

namespace rollcage::gui {

namespace {
QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm"));
}
} // namespace

void RollbackPage::setupTeamRow()
{
    connect(m_ui->requestApprovalButton, &QPushButton::clicked, this, [this] {
        const int index = m_selected;
        askReason(tr("Request approval"),
                  tr("Step %1 needs a second person's approval. The others on the incident see "
                     "the request with its commands. A note for them (optional):")
                      .arg(index + 1),
                  false, [this, index](const QString &note) {
                      const Status s = m_engine->requestApproval(index, note);
                      // Not "Run unlocks once…" again: the approval line and the next
                      // action say that already; this says what the others now see.
                      say(s ? tr("Approval of step %1 requested: the others on the incident "
                                 "see the request with its commands.")
                                  .arg(index + 1)
                            : s.error,
                          !s);
                      if (s) {
                          m_requestSaid = {m_engine->procedure().title, index};
                          m_requestSaidId = m_engine->state().step(index).approval.requestId;
                      }
                      updateButtons();
                  });
    });
    connect(m_ui->takeOverButton, &QPushButton::clicked, this, [this] {
        const int index = m_selected;
        askReason(tr("Take the step over"),
                  tr("Why take step %1 over? The reason is recorded. If it was running, what "
                     "it did is unknown until you look: then retry it, mark it done or mark "
                     "it failed.")
                      .arg(index + 1),
                  true, [this, index](const QString &reason) {
                      const Status s = m_engine->takeOverStep(index, reason);
                      say(s ? tr("Step %1 is yours now.").arg(index + 1) : s.error, !s);
                      updateButtons();
                  });
    });
}

void RollbackPage::updateTeamRow()
{
    Ui::RollbackPage &ui = *m_ui;
    if (m_requestSaidId != 0) {
        const incident::Approval &asked =
            m_engine->state().step(m_requestSaid.procedure, m_requestSaid.index).approval;
        if (asked.requestId != m_requestSaidId || asked.decided)
            say({}, false); // answered (the approval line says how) or spent
    }
    const int index = m_selected;
    // Nothing to approve while it runs or once it is settled (done, skipped, waived).
    const bool needs = index >= 0 && m_engine->needsApproval(index) &&
                       m_engine->runningStep() != index &&
                       !incident::isSettled(m_engine->state().step(index).state);
    const incident::Approval a =
        needs ? m_engine->state().step(index).approval : incident::Approval{};
    const bool approved = needs && a.decided && a.approved;
    ui.approvalLabel->setVisible(needs);
    // Asking again beside an approval that holds makes no sense: the button comes back
    // once the approval is spent on a run.
    ui.requestApprovalButton->setVisible(needs && !approved);
    if (needs) {
        if (approved) {
            showMessage(ui.approvalLabel,
                        tr("Approved by %1 at %2 UTC%3. The approval is for one run.")
                            .arg(a.decidedBy, clock(a.decidedMs),
                                 a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note),
                        false);
        } else {
            showMessage(ui.approvalLabel,
                        incident::approvalGate(m_engine->procedure(), m_engine->state(), index)
                            .error,
                        true);
        }
        ui.requestApprovalButton->setEnabled(
            !m_engine->isRunning() &&
            incident::mayRequestApproval(m_engine->procedure(), m_engine->state(), index).ok &&
            m_engine->teamRule(index).ok);
    }
    // A dead console's leftover claim on a step that ended is no obstacle (the next action
    // takes it); one on a step still running by the journal needs a person's reason.
    ui.takeOverButton->setVisible(index >= 0 && m_engine->mayTakeOverStep(index) &&
                                  m_engine->state().step(index).state ==
                                      incident::StepState::Running);
    ui.takeOverButton->setEnabled(!m_engine->isRunning());
}

} // namespace rollcage::gui
