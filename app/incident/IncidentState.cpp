#include "incident/IncidentState.h"

#include "incident/Events.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rollcage::incident {

namespace {
struct PhaseName
{
    Phase phase;
    const char *name;
};
constexpr PhaseName kPhases[] = {
    {Phase::Declared, "declared"},   {Phase::Assessing, "assessing"},
    {Phase::Prepared, "prepared"},   {Phase::RollingBack, "rolling_back"},
    {Phase::Verifying, "verifying"}, {Phase::Resolved, "resolved"},
    {Phase::Aborted, "aborted"},
};

std::optional<StepState> stepStateFromStatus(const QString &status)
{
    if (status == QLatin1String("succeeded"))
        return StepState::Succeeded;
    if (status == QLatin1String("failed"))
        return StepState::Failed;
    if (status == QLatin1String("cancelled"))
        return StepState::Cancelled;
    if (status == QLatin1String("timed_out"))
        return StepState::TimedOut;
    if (status == QLatin1String("failed_to_start"))
        return StepState::FailedToStart;
    // Stopped as it waited for input nobody could give (rollcage run with no terminal).
    if (status == QLatin1String("blocked"))
        return StepState::Blocked;
    return std::nullopt;
}
} // namespace

QString phaseName(Phase phase)
{
    for (const PhaseName &p : kPhases) {
        if (p.phase == phase)
            return QString::fromLatin1(p.name);
    }
    return {};
}

std::optional<Phase> phaseFromName(const QString &name)
{
    for (const PhaseName &p : kPhases) {
        if (name == QLatin1String(p.name))
            return p.phase;
    }
    return std::nullopt;
}

bool isTerminal(Phase phase)
{
    return phase == Phase::Resolved || phase == Phase::Aborted;
}

Status checkTransition(Phase from, Phase to)
{
    const auto tr = [](const char *t) {
        return QCoreApplication::translate("rollcage::incident", t);
    };
    if (isTerminal(from))
        return Status::failure(tr("The incident is %1; it cannot become %2. Declare a new "
                                  "incident instead.")
                                   .arg(phaseName(from), phaseName(to)));
    if (to == Phase::Aborted)
        return Status::success();
    if (from == Phase::Verifying && to == Phase::RollingBack)
        return Status::success();
    if (static_cast<int>(to) <= static_cast<int>(from))
        return Status::failure(
            tr("An incident cannot go from %1 back to %2.").arg(phaseName(from), phaseName(to)));
    return Status::success();
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("pending");
    case StepState::Running:
        return QStringLiteral("running");
    case StepState::Succeeded:
        return QStringLiteral("succeeded");
    case StepState::Failed:
        return QStringLiteral("failed");
    case StepState::Cancelled:
        return QStringLiteral("cancelled");
    case StepState::TimedOut:
        return QStringLiteral("timed_out");
    case StepState::FailedToStart:
        return QStringLiteral("failed_to_start");
    case StepState::Blocked:
        return QStringLiteral("blocked");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    case StepState::Waived:
        return QStringLiteral("waived");
    case StepState::OutcomeUnknown:
        return QStringLiteral("outcome_unknown");
    }
    return {};
}

bool isSettled(StepState state)
{
    return state == StepState::Succeeded || state == StepState::Skipped ||
           state == StepState::Waived;
}

StepRecord IncidentState::step(int index) const
{
    StepRecord r = steps.value(index);
    r.index = index;
    return r;
}

StepRecord IncidentState::step(const QString &title, int index) const
{
    if (title.isEmpty() || title == procedure)
        return step(index);
    const ProcedureRun *run = procedureRun(title);
    StepRecord r = run ? run->steps.value(index) : StepRecord{};
    r.index = index;
    return r;
}

const ProcedureRun *IncidentState::procedureRun(const QString &title) const
{
    for (const ProcedureRun &run : procedures) {
        if (run.title == title)
            return &run;
    }
    return nullptr;
}

std::optional<StepRef> IncidentState::unresolved() const
{
    for (const ProcedureRun &run : procedures) {
        for (auto it = run.steps.constBegin(); it != run.steps.constEnd(); ++it) {
            if (it->state == StepState::OutcomeUnknown)
                return StepRef{run.title, it.key()};
        }
    }
    return std::nullopt;
}

std::optional<int> IncidentState::unresolvedStep() const
{
    for (auto it = steps.constBegin(); it != steps.constEnd(); ++it) {
        if (it->state == StepState::OutcomeUnknown)
            return it.key();
    }
    return std::nullopt;
}

void IncidentState::apply(const Event &e)
{
    using namespace events;
    IncidentState &s = *this;
    // A step event belongs to the procedure it names; journals written before incidents
    // ran several procedures name none: theirs is the one the incident was on.
    StepRecord *step = nullptr;
    ProcedureRun *run = nullptr;
    if (e.stepIndex >= 0) {
        const QString named = read<OfStep>(e).procedure;
        const QString title = named.isEmpty() ? s.procedure : named;
        for (ProcedureRun &r : s.procedures) {
            if (r.title == title)
                run = &r;
        }
        if (!run) {
            s.procedures.append({title, {}, e.atMs});
            run = &s.procedures.last();
        }
        step = &run->steps[e.stepIndex];
        step->index = e.stepIndex;
    }
    if (is<Declared>(e)) {
        s.procedure = read<Declared>(e).procedure;
        s.incidentId = e.incidentId;
        s.declaredMs = e.atMs;
        s.declaredBy = e.operatorName;
        s.commander = e.operatorName;
    } else if (is<StateChanged>(e)) {
        if (const auto to = phaseFromName(read<StateChanged>(e).to)) {
            s.phase = *to;
            if (isTerminal(*to))
                s.endedMs = e.atMs;
        }
    } else if (is<WorkingDirectorySet>(e)) {
        s.workingDirectory = read<WorkingDirectorySet>(e).directory;
        s.sessionDirectory.clear(); // a new place to start from: the next step starts there
    } else if (is<SessionChanged>(e)) {
        const auto changed = read<SessionChanged>(e);
        for (auto it = changed.set.constBegin(); it != changed.set.constEnd(); ++it)
            s.session.insert(it.key(), it.value());
        for (const QString &name : changed.unset)
            s.session.remove(name);
        if (changed.directory)
            s.sessionDirectory = *changed.directory;
    } else if (is<VariableSet>(e)) {
        const auto set = read<VariableSet>(e);
        s.variables.insert(set.name, set.value);
    } else if (is<Escalated>(e)) {
        const auto escalated = read<Escalated>(e);
        s.escalations.append(EscalationCall::fromEvent(e));
        if (!s.escalatedLevels.contains(escalated.level))
            s.escalatedLevels.append(escalated.level);
        if (escalated.level >= s.escalationLevel) {
            s.escalationLevel = escalated.level;
            s.escalatedTo = escalated.who;
        }
    } else if (is<ProcedureChosen>(e)) {
        s.procedure = read<ProcedureChosen>(e).procedure;
        const ProcedureRun *chosen = s.procedureRun(s.procedure);
        s.steps = chosen ? chosen->steps : QMap<int, StepRecord>{};
    } else if (is<DecisionTaken>(e)) {
        const auto taken = read<DecisionTaken>(e);
        s.decision = taken.action;
        s.justification = taken.justification;
        s.decidedMs = e.atMs;
        if (taken.deadlineMs)
            s.deadlineMs = *taken.deadlineMs;
    } else if (is<ChecklistTicked>(e)) {
        const auto ticked = read<ChecklistTicked>(e);
        // Ticked already (two people at once): the first tick stands, the later one is
        // named beside it. A tick after a waiver replaces it: done after all.
        ChecklistMark *already = s.mark(ticked.checklist, ticked.item);
        if (already && !already->waived) {
            if (already->by != e.operatorName && !already->alsoBy.contains(e.operatorName))
                already->alsoBy.append(e.operatorName);
        } else {
            s.setMark({ticked.checklist, ticked.item, e.operatorName, e.atMs, false, {}, {}});
        }
    } else if (is<ChecklistWaived>(e)) {
        const auto waived = read<ChecklistWaived>(e);
        s.setMark({waived.checklist, waived.item, e.operatorName, e.atMs, true, waived.reason, {}});
    } else if (is<ChecklistUnticked>(e)) {
        const auto open = read<ChecklistUnticked>(e);
        s.checklist.removeIf([&](const ChecklistMark &m) {
            return m.checklist == open.checklist && m.item == open.item;
        });
    } else if (is<StakeholderNotified>(e)) {
        const QString who = read<StakeholderNotified>(e).who;
        if (!s.stakeholdersTold.contains(who))
            s.stakeholdersTold.append(who);
    } else if (is<MessageSent>(e)) {
        ++s.messagesSent;
    } else if (is<HealthResult>(e)) {
        const auto result = read<HealthResult>(e);
        ++s.healthResults;
        s.latestHealth.insert(result.check, result.ok);
    } else if (is<FourEyesSet>(e)) {
        s.fourEyes = read<FourEyesSet>(e).required;
    } else if (is<RoleTaken>(e)) {
        const QString role = read<RoleTaken>(e).role;
        s.roles.insert(e.operatorName, role);
        // Command taken on joining: nobody had it, or whoever had it was gone (mayJoinAs).
        if (role == QLatin1String("commander"))
            s.commander = e.operatorName;
    } else if (is<CommandHandedOver>(e)) {
        s.commander = read<CommandHandedOver>(e).to;
    } else if (step) {
        applyToStep(e, *step);
    }
    if (run && run->title == s.procedure)
        s.steps = run->steps;
}

void IncidentState::applyToStep(const Event &e, StepRecord &step)
{
    using namespace events;
    QString title;
    if (is<StepStarted>(e)) {
        const auto started = read<StepStarted>(e);
        title = started.title;
        step.title = started.title;
        step.state = StepState::Running;
        ++step.attempts;
        step.lastRunEventId = e.id;
        step.startedMs = e.atMs;
        step.finishedMs = 0;
        step.exitCode = -1;
        step.signal = 0;
        step.reason.clear();
        step.approval = {}; // spent: the next run needs approving again
    } else if (is<ApprovalRequested>(e)) {
        const auto requested = read<ApprovalRequested>(e);
        title = requested.title;
        step.approval = {e.id, e.operatorName, e.atMs, requested.command, requested.note};
    } else if (is<ApprovalDecided>(e)) {
        const auto decided = read<ApprovalDecided>(e);
        title = decided.title;
        // An answer to an older request, or the requester's own, is no second pair of eyes.
        if (decided.requestId == step.approval.requestId && !step.approval.decided &&
            e.operatorName != step.approval.requestedBy) {
            step.approval.decided = true;
            step.approval.approved = decided.approved;
            step.approval.decidedBy = e.operatorName;
            step.approval.decidedMs = e.atMs;
            step.approval.note = decided.note;
        }
    } else if (is<StepFinished>(e)) {
        const auto finished = read<StepFinished>(e);
        title = finished.title;
        step.state = stepStateFromStatus(finished.status).value_or(StepState::Failed);
        step.finishedMs = e.atMs;
        step.exitCode = finished.exitCode;
        step.signal = finished.signal;
        step.reason = finished.error;
    } else if (is<StepBlocked>(e)) {
        const auto blocked = read<StepBlocked>(e);
        title = blocked.title;
        step.state = StepState::Blocked;
        step.reason = blocked.reason;
    } else if (is<StepSkipped>(e)) {
        const auto skipped = read<StepSkipped>(e);
        title = skipped.title;
        step.state = StepState::Skipped;
        step.reason = skipped.reason;
    } else if (is<StepWaived>(e)) {
        const auto waived = read<StepWaived>(e);
        title = waived.title;
        step.state = StepState::Waived;
        step.reason = waived.reason;
    } else if (is<StepOutcomeUnknown>(e)) {
        title = read<StepOutcomeUnknown>(e).title;
        step.state = StepState::OutcomeUnknown;
    } else if (is<StepResolved>(e)) {
        const auto resolved = read<StepResolved>(e);
        title = resolved.title;
        step.state = resolved.resolution == QLatin1String("done")     ? StepState::Succeeded
                     : resolved.resolution == QLatin1String("failed") ? StepState::Failed
                                                                      : StepState::Pending;
        step.reason = resolved.note;
    } else if (is<NoteAdded>(e)) {
        step.notes.append(read<NoteAdded>(e).text);
    }
    if (step.title.isEmpty())
        step.title = title;
}

QString IncidentState::roleOf(const QString &who) const
{
    if (!commander.isEmpty() && who == commander)
        return QStringLiteral("commander");
    const QString role = roles.value(who);
    // Command handed on: whoever had it and joined as commander operates now.
    return role.isEmpty() || role == QLatin1String("commander") ? QStringLiteral("operator")
                                                                : role;
}

ChecklistMark *IncidentState::mark(const QString &list, const QString &item)
{
    for (ChecklistMark &m : checklist) {
        if (m.checklist == list && m.item == item)
            return &m;
    }
    return nullptr;
}

void IncidentState::setMark(const ChecklistMark &mark)
{
    checklist.removeIf([&](const ChecklistMark &m) {
        return m.checklist == mark.checklist && m.item == mark.item;
    });
    checklist.append(mark);
}

QString describePhase(const IncidentState &state)
{
    const auto tr = [](const char *t) { return QCoreApplication::translate("rollcage::incident", t); };
    switch (state.phase) {
    case Phase::Declared:
        return tr("declared");
    case Phase::Assessing:
        return state.decision.isEmpty() ? tr("assessing") : tr("preparing");
    case Phase::Prepared:
        return tr("ready to roll back");
    case Phase::RollingBack:
        return tr("rolling back");
    case Phase::Verifying:
        return tr("verifying");
    case Phase::Resolved:
        return tr("resolved");
    case Phase::Aborted:
        return tr("aborted");
    }
    return {};
}

IncidentState deriveState(const QList<Event> &events)
{
    IncidentState s;
    for (const Event &e : events)
        s.apply(e);
    return s;
}

Stage landingStage(const IncidentState &state)
{
    if (state.unresolved())
        return Stage::RollBack;
    if (isTerminal(state.phase))
        return Stage::Report;
    if (state.phase == Phase::Verifying)
        return Stage::Verify;
    if (state.phase == Phase::RollingBack || state.phase == Phase::Prepared ||
        !state.procedures.isEmpty() || !state.steps.isEmpty())
        return Stage::RollBack;
    if (!state.decision.isEmpty() || !state.checklist.isEmpty())
        return Stage::Prepare;
    return Stage::Assess;
}

} // namespace rollcage::incident
