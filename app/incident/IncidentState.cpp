#include "incident/IncidentState.h"

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
    IncidentState &s = *this;
    const QJsonObject &d = e.data;
    // A step event belongs to the procedure it names; journals written before incidents
    // ran several procedures name none: theirs is the one the incident was on.
    StepRecord *step = nullptr;
    ProcedureRun *run = nullptr;
    if (e.stepIndex >= 0) {
        const QString named = d.value(QLatin1String("procedure")).toString();
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
    if (e.type == events::Declared) {
        s.procedure = d.value(QLatin1String("procedure")).toString();
        s.incidentId = e.incidentId;
        s.declaredMs = e.atMs;
        s.declaredBy = e.operatorName;
    } else if (e.type == events::StateChanged) {
        if (const auto to = phaseFromName(d.value(QLatin1String("to")).toString())) {
            s.phase = *to;
            if (isTerminal(*to))
                s.endedMs = e.atMs;
        }
    } else if (e.type == events::WorkingDirectorySet) {
        s.workingDirectory = d.value(QLatin1String("directory")).toString();
        s.sessionDirectory.clear(); // a new place to start from: the next step starts there
    } else if (e.type == events::SessionChanged) {
        const QJsonObject set = d.value(QLatin1String("set")).toObject();
        for (auto it = set.begin(); it != set.end(); ++it)
            s.session.insert(it.key(), it.value().toString());
        for (const QJsonValue &name : d.value(QLatin1String("unset")).toArray())
            s.session.remove(name.toString());
        if (d.contains(QLatin1String("directory")))
            s.sessionDirectory = d.value(QLatin1String("directory")).toString();
    } else if (e.type == events::VariableSet) {
        s.variables.insert(d.value(QLatin1String("name")).toString(),
                           d.value(QLatin1String("value")).toString());
    } else if (e.type == events::Escalated) {
        s.escalations.append(EscalationCall::fromEvent(e));
        const int level = d.value(QLatin1String("level")).toInt();
        if (!s.escalatedLevels.contains(level))
            s.escalatedLevels.append(level);
        if (level >= s.escalationLevel) {
            s.escalationLevel = level;
            s.escalatedTo = d.value(QLatin1String("who")).toString();
        }
    } else if (e.type == events::ProcedureChosen) {
        s.procedure = d.value(QLatin1String("procedure")).toString();
        const ProcedureRun *chosen = s.procedureRun(s.procedure);
        s.steps = chosen ? chosen->steps : QMap<int, StepRecord>{};
    } else if (e.type == events::DecisionTaken) {
        s.decision = d.value(QLatin1String("action")).toString();
        s.justification = d.value(QLatin1String("justification")).toString();
        s.decidedMs = e.atMs;
        if (d.contains(QLatin1String("deadline_ms")))
            s.deadlineMs = d.value(QLatin1String("deadline_ms")).toInteger();
    } else if (e.type == events::ChecklistTicked || e.type == events::ChecklistWaived) {
        s.checklist.append({d.value(QLatin1String("checklist")).toString(),
                            d.value(QLatin1String("item")).toString(), e.operatorName, e.atMs,
                            e.type == events::ChecklistWaived,
                            d.value(QLatin1String("reason")).toString()});
    } else if (e.type == events::ChecklistUnticked) {
        const QString list = d.value(QLatin1String("checklist")).toString();
        const QString item = d.value(QLatin1String("item")).toString();
        s.checklist.removeIf([&](const ChecklistMark &m) { return m.checklist == list && m.item == item; });
    } else if (e.type == events::StakeholderNotified) {
        const QString who = d.value(QLatin1String("who")).toString();
        if (!s.stakeholdersTold.contains(who))
            s.stakeholdersTold.append(who);
    } else if (e.type == events::MessageSent) {
        ++s.messagesSent;
    } else if (e.type == events::HealthResult) {
        ++s.healthResults;
        s.latestHealth.insert(d.value(QLatin1String("check")).toString(), d.value(QLatin1String("ok")).toBool());
    } else if (step && e.type == events::StepStarted) {
        step->title = d.value(QLatin1String("title")).toString();
        step->state = StepState::Running;
        ++step->attempts;
        step->lastRunEventId = e.id;
        step->startedMs = e.atMs;
        step->finishedMs = 0;
        step->exitCode = -1;
        step->signal = 0;
        step->reason.clear();
    } else if (step && e.type == events::StepFinished) {
        step->state = stepStateFromStatus(d.value(QLatin1String("status")).toString())
                          .value_or(StepState::Failed);
        step->finishedMs = e.atMs;
        step->exitCode = d.value(QLatin1String("exit_code")).toInt(-1);
        step->signal = d.value(QLatin1String("signal")).toInt();
        step->reason = d.value(QLatin1String("error")).toString();
    } else if (step && e.type == events::StepBlocked) {
        step->state = StepState::Blocked;
        step->reason = d.value(QLatin1String("reason")).toString();
    } else if (step && e.type == events::StepSkipped) {
        step->state = StepState::Skipped;
        step->reason = d.value(QLatin1String("reason")).toString();
    } else if (step && e.type == events::StepWaived) {
        step->state = StepState::Waived;
        step->reason = d.value(QLatin1String("reason")).toString();
    } else if (step && e.type == events::StepOutcomeUnknown) {
        step->state = StepState::OutcomeUnknown;
    } else if (step && e.type == events::StepResolved) {
        const QString how = d.value(QLatin1String("resolution")).toString();
        step->state = how == QLatin1String("done")     ? StepState::Succeeded
                      : how == QLatin1String("failed") ? StepState::Failed
                                                       : StepState::Pending;
        step->reason = d.value(QLatin1String("note")).toString();
    } else if (step && e.type == events::NoteAdded) {
        step->notes.append(d.value(QLatin1String("text")).toString());
    }
    if (step && step->title.isEmpty() && d.contains(QLatin1String("title")))
        step->title = d.value(QLatin1String("title")).toString();
    if (run && run->title == s.procedure)
        s.steps = run->steps;
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

} // namespace rollcage::incident
