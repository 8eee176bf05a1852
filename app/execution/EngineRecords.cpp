// What the operator settles by hand (skip, waive, resolve, notes) and what the other
// phases journal (decision, checklists, messages, escalation, health): small appends,
// apart from the running of steps in Engine.cpp.
#include "execution/Engine.h"

namespace rollcage::execution {

using incident::Phase;
namespace events = incident::events;

Status Engine::maySkip(int index) const
{
    if (Status s = checkStepIndex(index); !s)
        return s;
    if (Status s = incident::maySkip(m_procedure, state(), index, isRunning()); !s)
        return s;
    return teamRule(index);
}

Status Engine::skipStep(int index, const QString &reason)
{
    if (Status s = maySkip(index); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Skipping a step needs a reason."));
    if (Status s = claimStep(index); !s)
        return s;
    const auto e =
        record(events::StepSkipped{{}, m_procedure.steps.at(index).title, reason}, index);
    releaseStep(index);
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::waiveStep(int index, const QString &reason)
{
    if (Status s = roleRule(); !s)
        return s;
    if (Status s = checkStepIndex(index); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Waiving a step needs a reason."));
    if (Status s = claimStep(index); !s)
        return s;
    const auto e = record(events::StepWaived{{}, m_procedure.steps.at(index).title, reason}, index);
    releaseStep(index);
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::completeManualStep(int index, const QString &note)
{
    if (Status s = roleRule(); !s)
        return s;
    if (Status s = checkStepIndex(index); !s)
        return s;
    const auto e = record(
        events::StepResolved{
            {}, m_procedure.steps.at(index).title, QStringLiteral("done"), note, true},
        index);
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::resolveUnknown(int index, Resolution resolution, const QString &note)
{
    if (Status s = roleRule(); !s)
        return s;
    if (Status s = checkStepIndex(index); !s)
        return s;
    if (state().step(index).state != incident::StepState::OutcomeUnknown)
        return Status::failure(
            tr("Step %1's outcome is known; nothing to resolve.").arg(index + 1));
    const QString how = resolution == Resolution::Retry      ? QStringLiteral("retry")
                        : resolution == Resolution::MarkDone ? QStringLiteral("done")
                                                             : QStringLiteral("failed");
    const auto e =
        record(events::StepResolved{{}, m_procedure.steps.at(index).title, how, note}, index);
    // A step taken over from a dead console stayed held here until resolved.
    releaseStep(index);
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::addNote(int index, const QString &text)
{
    const auto e = record(events::NoteAdded{{}, text}, index);
    return e ? Status::success() : Status::failure(e.error);
}

namespace {
Status statusOf(const Result<incident::Event> &e)
{
    return e ? Status::success() : Status::failure(e.error);
}
} // namespace

Status Engine::recordDecision(const QString &scenario, const QString &action,
                              const QString &justification, std::optional<qint64> deadlineMs)
{
    if (Status s = roleRule(true); !s)
        return s;
    if (justification.trimmed().isEmpty())
        return Status::failure(tr("A decision needs a justification (why roll back rather than "
                                  "hotfix or fix forward)."));
    return statusOf(record(events::DecisionTaken{scenario, action, justification, deadlineMs}));
}

Status Engine::tickChecklistItem(const QString &checklist, const QString &item)
{
    if (Status s = mayRecord(); !s)
        return s;
    return statusOf(record(events::ChecklistTicked{checklist, item}));
}

Status Engine::waiveChecklistItem(const QString &checklist, const QString &item,
                                  const QString &reason)
{
    if (Status s = mayRecord(); !s)
        return s;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Waiving a checklist item needs a written reason."));
    return statusOf(record(events::ChecklistWaived{checklist, item, reason}));
}

Status Engine::untickChecklistItem(const QString &checklist, const QString &item,
                                   const QString &reason)
{
    if (Status s = mayRecord(); !s)
        return s;
    const bool marked = std::any_of(state().checklist.cbegin(), state().checklist.cend(),
                                    [&](const incident::ChecklistMark &m) {
                                        return m.checklist == checklist && m.item == item;
                                    });
    if (!marked)
        return Status::failure(tr("\"%1\" is neither ticked nor waived.").arg(item));
    return statusOf(record(events::ChecklistUnticked{checklist, item, reason}));
}

Status Engine::recordStakeholderNotified(const QString &who, const QString &note)
{
    if (Status s = roleRule(); !s)
        return s;
    return statusOf(record(events::StakeholderNotified{who, note}));
}

Status Engine::recordMessageSent(const QString &channel, const QString &audience,
                                 const QString &text)
{
    if (Status s = roleRule(); !s)
        return s;
    events::MessageSent sent;
    sent.channel = channel;
    sent.audience = audience;
    sent.text = text;
    return statusOf(record(sent));
}

Status Engine::recordEscalation(int level, const QString &who, const QString &note)
{
    return recordEscalation(runbook::EscalationLevel(level, who, 0), note);
}

Status Engine::recordEscalation(const runbook::EscalationLevel &level, const QString &note)
{
    if (Status s = roleRule(); !s)
        return s;
    if (level.level < 1)
        return Status::failure(tr("Escalation levels start at 1."));
    return statusOf(
        record(events::Escalated{level.level, level.who, note, level.group, level.label}));
}

Status Engine::recordHealthResult(const events::HealthResult &result)
{
    return statusOf(record(result));
}

Status Engine::recordHealthResult(const QString &check, bool ok, const QString &detail)
{
    events::HealthResult result;
    result.check = check;
    result.ok = ok;
    result.detail = detail;
    return statusOf(record(result));
}

Status Engine::recordHealthAlert(const QString &check, const QString &rule, const QString &message)
{
    return statusOf(record(events::HealthAlert{check, rule, message}));
}

Status Engine::recordHealthAlertCleared(const QString &check, const QString &rule)
{
    return statusOf(record(events::HealthAlertCleared{check, rule}));
}

Status Engine::recordHealthTargets(const QJsonObject &targets)
{
    return statusOf(record(events::HealthTargets{targets}));
}

} // namespace rollcage::execution
