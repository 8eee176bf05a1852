#pragma once

#include "core/Result.h"
#include "incident/IncidentState.h"
#include "incident/Team.h"
#include "runbook/Runbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace rollcage::incident {

// The incident's rules, decided here once for the GUI and the CLI alike: what may run
// now, the pre-rollback checklist gate, and which step is next. Pure functions of the
// runbook and the state derived from the journal.

// An item of a pre-rollback checklist neither ticked nor waived.
struct OpenItem
{
    QString checklist;
    QString item;
    int line = 0;
};

QList<OpenItem> openPrerequisites(const QList<runbook::Checklist> &checklists,
                                  const IncidentState &state);

// Whether running the procedure changes production, so that it waits for the
// pre-rollback checklist and moves the incident to rolling back: rollback, recovery and
// anything the importer could not classify do; diagnosis and verification (read-only by
// what they are for) run in any phase, before the decision and after the rollback.
bool changesProduction(runbook::ProcedureKind kind);

// Whether a step of a production-changing procedure has been acted on: from then on
// the gate has been passed (taking a tick back does not stop a rollback half-way).
bool productionChangeBegun(const runbook::Runbook &runbook, const IncidentState &state);

// Whether the pre-rollback checklist lets `procedure` run: always for diagnosis and
// verification, and once production changes have begun; otherwise only with every item
// ticked or waived. The failure names the open items.
Status checklistGate(const runbook::Runbook &runbook, const runbook::Procedure &procedure,
                     const IncidentState &state);

// Whether step `index` of `procedure` may start now. The failure says why and what to
// do: an outcome still unknown (anywhere in the incident), a closed incident, or the
// checklist items still open.
Status mayRun(const runbook::Runbook &runbook, const runbook::Procedure &procedure,
              const IncidentState &state, int index);

// Four-eyes (issue 20). Whether `step` needs a second person's approval before each run:
// a destructive step when the incident says so (four_eyes_set), and any step whose code
// block is annotated {approval}.
bool needsApproval(const runbook::Step &step, const IncidentState &state);
// Whether step `index` may run as far as approval goes: none is needed, or a person
// other than the requester approved since its last run. The failure says what is
// missing: asking for it, the answer (who asked, since when), or who refused and why.
Status approvalGate(const runbook::Procedure &procedure, const IncidentState &state, int index);
// Whether approval of step `index` may be asked for now: it needs one, none is asked or
// given already, the step is not running and the incident is open.
Status mayRequestApproval(const runbook::Procedure &procedure, const IncidentState &state,
                          int index);
// Whether `who` may approve or refuse the step's open request: there is one, `who` did
// not ask it (four eyes are two people), and is no observer.
Status mayDecideApproval(const runbook::Procedure &procedure, const IncidentState &state,
                         int index, const QString &who);
// The same for a step named by its procedure's title, without the runbook (a terminal's
// `rollcage approve` reads the journal only).
Status mayDecideApproval(const IncidentState &state, const QString &procedure, int index,
                         const QString &who);

// Roles (issue 20): an observer reads; acting on steps, approving and resolving are for
// the commander and operators. Fails naming the role.
Status mayActAs(const IncidentState &state, const QString &who);
// Deciding (the decision to roll back) and ending the incident (resolved, aborted) are the
// commander's when somebody commands: others are refused, told to ask or to take command.
Status mayCommand(const IncidentState &state, const QString &who);
// Whether `who` may hand command to `to`: only the commander, to someone else.
Status mayHandOverCommand(const IncidentState &state, const QString &who, const QString &to);
// Whether `who` may join the incident as `role` (commander, operator, observer), with the
// consoles `team` shows alive: command is taken on joining only when nobody commands, or
// whoever does is not here (their console stopped); otherwise it is handed over. The
// commander joins as commander. Fails naming who commands and what to do.
Status mayJoinAs(const IncidentState &state, const TeamView &team, const QString &who,
                 const QString &role);

// Whether running a step in `state` again is a retry: it failed, was cancelled, timed out,
// could not start or was blocked. The Roll back page says "Retry" for it.
bool isRetry(StepState state);

// Whether step `index` of `procedure` may be skipped now (with a reason, by the caller):
// not while a step runs (`running`), not once it has succeeded, been skipped or waived,
// not while its outcome is unknown (retry it, mark it done or mark it failed first), not
// in a closed incident. The failure says which and what to do.
Status maySkip(const runbook::Procedure &procedure, const IncidentState &state, int index,
               bool running);

// The first step of `procedure` not yet succeeded, skipped or waived; none when all are.
std::optional<int> nextStep(const runbook::Procedure &procedure, const IncidentState &state);

// "“Backups verified” (Before rolling back, line 12), …": for a refusal.
QString describeOpen(const QList<OpenItem> &open);

// The item of the pre-rollback checklists whose text is `text`, or the only one that
// contains it (case-insensitive); for --tick/--waive. Fails listing the items.
Result<OpenItem> findPrerequisite(const QList<runbook::Checklist> &checklists, const QString &text);

} // namespace rollcage::incident
