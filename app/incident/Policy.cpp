#include "incident/Policy.h"

#include "core/Tr.h"

#include <QCoreApplication>

namespace rollcage::incident {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::incident")

bool isMarked(const IncidentState &state, const QString &checklist, const QString &item)
{
    for (const ChecklistMark &m : state.checklist) {
        if (m.checklist == checklist && m.item == item)
            return true;
    }
    return false;
}
} // namespace

QList<OpenItem> openPrerequisites(const QList<runbook::Checklist> &checklists,
                                  const IncidentState &state)
{
    QList<OpenItem> open;
    for (const runbook::Checklist &list : checklists) {
        if (list.phase != runbook::ChecklistPhase::Pre)
            continue;
        for (const runbook::ChecklistItem &item : list.items) {
            if (!isMarked(state, list.title, item.text))
                open.append({list.title, item.text, item.line});
        }
    }
    return open;
}

bool changesProduction(runbook::ProcedureKind kind)
{
    return kind != runbook::ProcedureKind::Diagnosis &&
           kind != runbook::ProcedureKind::Verification;
}

bool productionChangeBegun(const runbook::Runbook &runbook, const IncidentState &state)
{
    for (const ProcedureRun &run : state.procedures) {
        for (const runbook::Procedure &p : runbook.procedures) {
            if (p.title != run.title || !changesProduction(p.kind))
                continue;
            // Asking for a step's approval is not acting on it.
            for (const StepRecord &step : run.steps) {
                if (step.state != StepState::Pending || step.attempts > 0 || !step.notes.isEmpty())
                    return true;
            }
        }
    }
    return false;
}

Status mayRun(const runbook::Runbook &runbook, const runbook::Procedure &procedure,
              const IncidentState &state, int index)
{
    if (index < 0 || index >= procedure.steps.size())
        return Status::failure(tr("Procedure \"%1\" has no step %2.").arg(procedure.title).arg(index + 1));
    if (const auto unknown = state.unresolved()) {
        // The runbook's title for the step, whichever procedure it is in.
        QString title = state.step(unknown->procedure, unknown->index).title;
        for (const runbook::Procedure &p : runbook.procedures) {
            if (p.title == unknown->procedure && unknown->index < p.steps.size())
                title = p.steps.at(unknown->index).title;
        }
        return Status::failure(
            tr("The outcome of step %1 (\"%2\") of \"%3\" is unknown: Rollcage stopped while it "
               "ran. Look at what it did, then retry it, mark it done or mark it failed.")
                .arg(unknown->index + 1)
                .arg(title, unknown->procedure));
    }
    if (isTerminal(state.phase))
        return Status::failure(
            tr("The incident is %1; nothing more runs in it.").arg(phaseName(state.phase)));
    if (Status s = checklistGate(runbook, procedure, state); !s)
        return s;
    return approvalGate(procedure, state, index);
}

bool isRetry(StepState state)
{
    return state == StepState::Failed || state == StepState::Cancelled ||
           state == StepState::TimedOut || state == StepState::FailedToStart ||
           state == StepState::Blocked;
}

Status maySkip(const runbook::Procedure &procedure, const IncidentState &state, int index,
               bool running)
{
    if (index < 0 || index >= procedure.steps.size())
        return Status::failure(tr("Procedure \"%1\" has no step %2.").arg(procedure.title).arg(index + 1));
    if (running)
        return Status::failure(tr("A step is running: wait for it or cancel it before skipping one."));
    if (isTerminal(state.phase))
        return Status::failure(
            tr("The incident is %1; nothing more is skipped in it.").arg(phaseName(state.phase)));
    const StepState step = state.step(procedure.title, index).state;
    if (step == StepState::OutcomeUnknown)
        return Status::failure(tr("The outcome of step %1 is unknown: retry it, mark it done or "
                                  "mark it failed instead of skipping it.")
                                   .arg(index + 1));
    if (isSettled(step))
        return Status::failure(tr("Step %1 is already %2; there is nothing to skip.")
                                   .arg(index + 1)
                                   .arg(step == StepState::Succeeded ? tr("done")
                                        : step == StepState::Skipped ? tr("skipped")
                                                                     : tr("waived")));
    return Status::success();
}

Status checklistGate(const runbook::Runbook &runbook, const runbook::Procedure &procedure,
                     const IncidentState &state)
{
    if (changesProduction(procedure.kind) && !productionChangeBegun(runbook, state)) {
        const QList<OpenItem> open = openPrerequisites(runbook.checklists, state);
        if (!open.isEmpty())
            return Status::failure(
                tr("\"%1\" changes production and the pre-rollback checklist is not done: %2 "
                   "open (%3). Tick each item or waive it with a reason first.")
                    .arg(procedure.title)
                    .arg(open.size())
                    .arg(describeOpen(open)));
    }
    return Status::success();
}

std::optional<int> nextStep(const runbook::Procedure &procedure, const IncidentState &state)
{
    for (int i = 0; i < procedure.steps.size(); ++i) {
        if (!isSettled(state.step(procedure.title, i).state))
            return i;
    }
    return std::nullopt;
}

QString describeOpen(const QList<OpenItem> &open)
{
    QStringList parts;
    for (const OpenItem &item : open)
        parts.append(tr("\"%1\" (%2, line %3)").arg(item.item, item.checklist).arg(item.line));
    return parts.join(QStringLiteral("; "));
}

Result<OpenItem> findPrerequisite(const QList<runbook::Checklist> &checklists, const QString &text)
{
    QList<OpenItem> matches;
    QStringList all;
    for (const runbook::Checklist &list : checklists) {
        if (list.phase != runbook::ChecklistPhase::Pre)
            continue;
        for (const runbook::ChecklistItem &item : list.items) {
            all.append(QStringLiteral("\"%1\"").arg(item.text));
            if (item.text.compare(text, Qt::CaseInsensitive) == 0)
                return Result<OpenItem>::success({list.title, item.text, item.line});
            if (item.text.contains(text, Qt::CaseInsensitive))
                matches.append({list.title, item.text, item.line});
        }
    }
    if (matches.size() == 1)
        return Result<OpenItem>::success(matches.first());
    return Result<OpenItem>::failure(
        (matches.isEmpty() ? tr("No pre-rollback checklist item matches \"%1\".")
                           : tr("\"%1\" matches several pre-rollback checklist items; give more "
                                "of the text."))
            .arg(text) +
        QLatin1Char(' ') +
        (all.isEmpty() ? tr("The runbook has no pre-rollback checklist.")
                       : tr("Items: %1.").arg(all.join(QStringLiteral(", ")))));
}

} // namespace rollcage::incident
