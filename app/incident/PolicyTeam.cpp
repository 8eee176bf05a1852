// The incident's team rules (issue 20): four-eyes approval of a step and the roles. Pure
// functions of the runbook and the state derived from the journal, like Policy.cpp, so
// the GUI, the CLI and every console on the incident decide alike.
#include "incident/Policy.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>

namespace rollcage::incident {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::incident")

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm"));
}

Status checkIndex(const runbook::Procedure &procedure, int index)
{
    if (index < 0 || index >= procedure.steps.size())
        return Status::failure(
            tr("Procedure \"%1\" has no step %2.").arg(procedure.title).arg(index + 1));
    return Status::success();
}
} // namespace

bool needsApproval(const runbook::Step &step, const IncidentState &state)
{
    for (const runbook::CodeBlock &block : step.commands) {
        if (block.attributes.contains(QStringLiteral("approval")) &&
            block.attributes.value(QStringLiteral("approval")) != QLatin1String("false"))
            return true;
    }
    return state.fourEyes && step.destructive;
}

Status approvalGate(const runbook::Procedure &procedure, const IncidentState &state, int index)
{
    if (Status s = checkIndex(procedure, index); !s)
        return s;
    if (!needsApproval(procedure.steps.at(index), state))
        return Status::success();
    const Approval &a = state.step(procedure.title, index).approval;
    if (a.requestId == 0)
        return Status::failure(
            tr("Step %1 (\"%2\") needs a second person's approval before it runs: request "
               "it, and another member of the incident approves it from their console.")
                .arg(index + 1)
                .arg(procedure.steps.at(index).title));
    if (!a.decided)
        return Status::failure(tr("Step %1 waits for a second person's approval (asked by %2 "
                                  "at %3 UTC).")
                                   .arg(index + 1)
                                   .arg(a.requestedBy, clock(a.requestedMs)));
    if (!a.approved)
        return Status::failure(tr("%1 refused step %2 at %3 UTC: %4. Request approval again "
                                  "once that is settled.")
                                   .arg(a.decidedBy)
                                   .arg(index + 1)
                                   .arg(clock(a.decidedMs), a.note));
    return Status::success();
}

Status mayRequestApproval(const runbook::Procedure &procedure, const IncidentState &state,
                          int index)
{
    if (Status s = checkIndex(procedure, index); !s)
        return s;
    if (isTerminal(state.phase))
        return Status::failure(
            tr("The incident is %1; nothing more runs in it.").arg(phaseName(state.phase)));
    if (!needsApproval(procedure.steps.at(index), state))
        return Status::failure(
            tr("Step %1 needs no second person's approval.").arg(index + 1));
    const StepRecord step = state.step(procedure.title, index);
    if (step.state == StepState::Running)
        return Status::failure(tr("Step %1 is running.").arg(index + 1));
    if (isSettled(step.state))
        return Status::failure(tr("Step %1 is settled; there is nothing to approve.").arg(index + 1));
    if (step.approval.requestId != 0 && !step.approval.decided)
        return Status::failure(tr("Approval of step %1 is already asked for (by %2).")
                                   .arg(index + 1)
                                   .arg(step.approval.requestedBy));
    if (step.approval.decided && step.approval.approved)
        return Status::failure(
            tr("Step %1 is approved already (by %2).").arg(index + 1).arg(step.approval.decidedBy));
    return Status::success();
}

Status mayDecideApproval(const runbook::Procedure &procedure, const IncidentState &state,
                         int index, const QString &who)
{
    if (Status s = checkIndex(procedure, index); !s)
        return s;
    return mayDecideApproval(state, procedure.title, index, who);
}

Status mayDecideApproval(const IncidentState &state, const QString &procedure, int index,
                         const QString &who)
{
    const Approval &a = state.step(procedure, index).approval;
    if (a.requestId == 0 || a.decided)
        return Status::failure(
            tr("Nobody asks for approval of step %1 now.").arg(index + 1));
    if (a.requestedBy == who)
        return Status::failure(tr("You asked for this approval: another person must give it "
                                  "(four eyes are two people)."));
    return mayActAs(state, who);
}

Status mayActAs(const IncidentState &state, const QString &who)
{
    if (state.roleOf(who) == QLatin1String("observer"))
        return Status::failure(tr("%1 joined as an observer: observers follow the incident; "
                                  "running, approving and resolving are for the commander "
                                  "(%2) and the operators.")
                                   .arg(who, state.commander));
    return Status::success();
}

Status mayCommand(const IncidentState &state, const QString &who)
{
    if (Status s = mayActAs(state, who); !s)
        return s;
    if (state.commander.isEmpty() || state.commander == who)
        return Status::success();
    return Status::failure(tr("%1 commands this incident: the decision and ending the incident "
                              "are theirs. Ask them, or ask them to hand command over to you.")
                               .arg(state.commander));
}

Status mayHandOverCommand(const IncidentState &state, const QString &who, const QString &to)
{
    if (isTerminal(state.phase))
        return Status::failure(tr("The incident is %1.").arg(phaseName(state.phase)));
    if (state.commander != who)
        return Status::failure(tr("Only the commander (%1) hands over command.").arg(state.commander));
    if (to.trimmed().isEmpty() || to == who)
        return Status::failure(tr("Hand command to someone else on the incident."));
    return Status::success();
}

Status mayJoinAs(const IncidentState &state, const TeamView &team, const QString &who,
                 const QString &role)
{
    if (role != QLatin1String("commander") && role != QLatin1String("operator") &&
        role != QLatin1String("observer"))
        return Status::failure(tr("A role is commander, operator or observer."));
    const bool commands = !state.commander.isEmpty() && state.commander == who;
    if (commands && role != QLatin1String("commander"))
        return Status::failure(tr("You command this incident: hand command over to someone "
                                  "here first (Hand over command…), then join as %1.")
                                   .arg(role));
    if (role != QLatin1String("commander") || commands || state.commander.isEmpty())
        return Status::success();
    const QList<Presence> here = team.alive();
    const bool present = std::any_of(here.cbegin(), here.cend(), [&](const Presence &p) {
        return p.operatorName == state.commander;
    });
    if (present)
        return Status::failure(tr("%1 commands this incident and is here: join as operator or "
                                  "observer, and ask %1 to hand command over to you.")
                                   .arg(state.commander));
    return Status::success();
}

} // namespace rollcage::incident
