// Team mode's decisions in the engine (issue 20): four-eyes approval of a step, taking a
// step over from a console that stopped answering, and the roles. The rules are
// incident/Policy.h's and incident/Team.h's; this journals what they allow.
#include "execution/Engine.h"

#include "incident/Journal.h"
#include "incident/TeamSession.h"

namespace rollcage::execution {

namespace events = incident::events;

namespace {
Status statusOf(const Result<incident::Event> &e)
{
    return e ? Status::success() : Status::failure(e.error);
}
} // namespace

bool Engine::needsApproval(int index) const
{
    return index >= 0 && index < m_procedure.steps.size() &&
           incident::needsApproval(m_procedure.steps.at(index), state());
}

Status Engine::requestApproval(int index, const QString &note)
{
    if (m_incidentId == 0)
        return Status::failure(tr("No incident is open: declare or resume one first."));
    if (Status s = incident::mayRequestApproval(m_procedure, state(), index); !s)
        return s;
    if (Status s = teamRule(index); !s)
        return s;
    // What the approver sees is what will run: values filled in, secrets masked (the
    // journal masks the command again with every secret it knows).
    const auto e = record(events::ApprovalRequested{m_procedure.title,
                                                    m_procedure.steps.at(index).title,
                                                    dryRun(index), note},
                          index);
    return statusOf(e);
}

Status Engine::decideApproval(const QString &procedure, int index, bool approve,
                              const QString &note)
{
    if (m_incidentId == 0)
        return Status::failure(tr("No incident is open: declare or resume one first."));
    if (Status s = m_store->reachable(); !s)
        return s;
    const auto found = findProcedure(m_runbook, procedure);
    if (!found)
        return Status::failure(found.error);
    const runbook::Procedure &p = m_runbook.procedures.at(*found);
    if (Status s = incident::mayDecideApproval(p, state(), index, operatorName()); !s)
        return s;
    if (!approve && note.trimmed().isEmpty())
        return Status::failure(tr("Refusing a step needs a note saying why."));
    const incident::Approval &asked = state().step(p.title, index).approval;
    const auto e = record(events::ApprovalDecided{p.title, p.steps.at(index).title,
                                                  asked.requestId, asked.requestedBy, approve,
                                                  note},
                          index);
    return statusOf(e);
}

QList<incident::StepRef> Engine::pendingApprovals() const
{
    QList<incident::StepRef> pending;
    for (const incident::ProcedureRun &run : state().procedures) {
        for (const incident::StepRecord &step : run.steps) {
            if (step.approval.requestId != 0 && !step.approval.decided)
                pending.append({run.title, step.index});
        }
    }
    return pending;
}

Status Engine::setFourEyes(bool required, const QString &reason)
{
    if (state().fourEyes == required)
        return Status::success();
    if (Status s = incident::mayActAs(state(), operatorName()); !s)
        return s;
    // Taking the second pair of eyes away is a decision someone must stand by.
    if (!required && reason.trimmed().isEmpty())
        return Status::failure(tr("Turning four-eyes approval off needs a reason."));
    return statusOf(record(events::FourEyesSet{required, reason}));
}

bool Engine::mayTakeOverStep(int index) const
{
    return m_team && index >= 0 &&
           incident::claimStanding(m_team->view(), m_team->console(), m_procedure.title, index) ==
               incident::ClaimStanding::Stale;
}

Status Engine::takeOverStep(int index, const QString &reason)
{
    if (Status s = checkStepIndex(index); !s)
        return s;
    if (!m_team)
        return Status::failure(tr("Steps are taken over on a shared store only: here no other "
                                  "console holds one."));
    if (Status s = incident::mayActAs(state(), operatorName()); !s)
        return s;
    const auto held = m_team->view().claim(m_procedure.title, index);
    const QString from = held ? held->operatorName : QString();
    if (Status s = m_team->takeOver(m_procedure.title, index, reason); !s)
        return s;
    const runbook::Step &step = m_procedure.steps.at(index);
    if (Status s = statusOf(record(events::StepTakenOver{m_procedure.title, step.title, from,
                                                          reason},
                                   index));
        !s)
        return s;
    const incident::StepRecord record_ = state().step(index);
    if (record_.state != incident::StepState::Running) {
        releaseStep(index); // nothing in flight: a leftover, now gone
        return Status::success();
    }
    // What the dead console's run did is unknown until someone looks: like a step found
    // running after a crash. The claim stays here until it is resolved.
    events::StepOutcomeUnknown unknown;
    unknown.procedure = m_procedure.title;
    unknown.title = step.title;
    unknown.runEventId = record_.lastRunEventId;
    unknown.reason = tr("taken over from %1: %2").arg(from, reason);
    return statusOf(record(unknown, index));
}

QString Engine::operatorName() const
{
    return m_store->operatorName();
}

QString Engine::role() const
{
    return state().roleOf(operatorName());
}

Status Engine::setRole(const QString &role)
{
    if (Status s = incident::mayJoinAs(state(), m_team ? m_team->view() : incident::TeamView{},
                                       operatorName(), role);
        !s)
        return s;
    // The commander who joins as commander is recorded once, as anyone's role is.
    if (state().roles.value(operatorName()) != role) {
        if (Status s = statusOf(record(events::RoleTaken{role})); !s)
            return s;
    }
    syncRole();
    return Status::success();
}

Status Engine::handOverCommand(const QString &to, const QString &note)
{
    if (Status s = incident::mayHandOverCommand(state(), operatorName(), to); !s)
        return s;
    return statusOf(record(events::CommandHandedOver{operatorName(), to.trimmed(), note}));
}

void Engine::syncRole()
{
    if (m_team)
        m_team->setRole(role());
}

} // namespace rollcage::execution
