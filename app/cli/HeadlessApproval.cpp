// A headless run and four-eyes approval (issue 20): the run asks for the step's approval
// itself, says so, and waits until another member answers (their console's Approve…, or
// `rollcage approve` in a terminal); an approval runs the step, a refusal stops the run
// saying who refused and why. The rule is the core's (incident/Policy.h).
#include "cli/HeadlessRun.h"

#include "cli/Console.h"
#include "execution/Engine.h"
#include "incident/Policy.h"

namespace rollcage::cli {

bool HeadlessRun::waitForApproval(int index)
{
    const Status gate =
        incident::approvalGate(m_engine->procedure(), m_engine->state(), index);
    if (gate)
        return false;
    // What else stops the step is said first (mayRun): an approval asked for a step that
    // cannot run anyway, or that the run may not confirm (no --yes), helps nobody.
    const incident::IncidentState &state = m_engine->state();
    if (state.unresolved() || incident::isTerminal(state.phase) || !m_engine->checklistGate() ||
        !m_engine->teamRule(index) ||
        (!m_options.yes && !m_engine->expectedConfirmation(index).isEmpty()))
        return false;
    const incident::Approval &a = m_engine->state().step(index).approval;
    if (a.decided && !a.approved) {
        err(QStringLiteral("rollcage run: ") + gate.error);
        finishWith(ExitFailure);
        return true;
    }
    if (!m_engine->team()) {
        // On a file nobody else writes live: the answer could not reach this run.
        err(QStringLiteral("rollcage run: ") + gate.error);
        err(tr("rollcage run: four-eyes approval needs the others live: run on a shared "
               "PostgreSQL store (--database postgresql://…)."));
        finishWith(ExitFailure);
        return true;
    }
    if (a.requestId == 0) {
        if (Status s = m_engine->requestApproval(index, tr("asked by a headless run")); !s) {
            err(QStringLiteral("rollcage run: ") + s.error);
            finishWith(ExitFailure);
            return true;
        }
    }
    err(tr("rollcage run: step %1 needs a second person's approval; asked. Waiting for "
           "another member to approve it from their console, or with `rollcage approve %2` "
           "(Ctrl+C stops).")
            .arg(index + 1)
            .arg(m_engine->incidentId()));
    m_approvalStep = index;
    connect(m_engine, &execution::Engine::stateChanged, this, &HeadlessRun::onApprovalAnswered,
            Qt::UniqueConnection);
    return true;
}

void HeadlessRun::onApprovalAnswered()
{
    if (m_approvalStep < 0 || m_stopRequested)
        return;
    const incident::Approval &a = m_engine->state().step(m_approvalStep).approval;
    if (!a.decided)
        return; // presence beats and other people's events: still waiting
    const int index = m_approvalStep;
    m_approvalStep = -1;
    if (!a.approved) {
        err(QStringLiteral("rollcage run: ") +
            incident::approvalGate(m_engine->procedure(), m_engine->state(), index).error);
        finishWith(ExitFailure);
        return;
    }
    err(tr("rollcage run: %1 approved step %2%3.")
            .arg(a.decidedBy)
            .arg(index + 1)
            .arg(a.note.isEmpty() ? QString() : QStringLiteral(": ") + a.note));
    QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
}

} // namespace rollcage::cli
