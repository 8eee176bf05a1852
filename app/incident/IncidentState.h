#pragma once

#include "core/Result.h"
#include "incident/EscalationCall.h"
#include "incident/Event.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QStringList>

#include <optional>

namespace rollcage::incident {

enum class Phase { Declared, Assessing, Prepared, RollingBack, Verifying, Resolved, Aborted };
QString phaseName(Phase phase); // "rolling_back"
std::optional<Phase> phaseFromName(const QString &name);
bool isTerminal(Phase phase);
// The lifecycle only moves forward (phases may be skipped); verifying may go back to
// rolling_back when checks fail; any open incident may be aborted; nothing leaves
// resolved or aborted.
Status checkTransition(Phase from, Phase to);

enum class StepState {
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    TimedOut,
    FailedToStart,
    Blocked, // could not start (missing values, secrets, a terminal), or stopped as it
             // waited for input with nobody at a terminal
    Skipped,
    Waived,
    OutcomeUnknown, // interrupted by a crash: the operator must look and decide
};
QString stepStateName(StepState state);
// Whether the procedure may go past a step in this state.
bool isSettled(StepState state);

// Four-eyes (issue 20): the latest request for a second person's approval of a step,
// and its answer. An approval lets one run start: the run's step_started spends it.
struct Approval
{
    qint64 requestId = 0; // the approval_requested event; 0: none asked since the last run
    QString requestedBy;
    qint64 requestedMs = 0;
    QString command; // what was shown to the approver (masked)
    QString requestNote;
    bool decided = false;
    bool approved = false;
    QString decidedBy;
    qint64 decidedMs = 0;
    QString note;
};

struct StepRecord
{
    int index = -1;
    QString title;
    StepState state = StepState::Pending;
    int attempts = 0;
    qint64 lastRunEventId = 0; // the step_started event that owns the latest output
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    int exitCode = -1;
    int signal = 0;
    QString reason; // skip/waive reason, error, or resolution note
    QStringList notes;
    Approval approval;
};

// The steps of one procedure the incident has acted on. An incident may run several of
// its runbook's procedures (diagnose, then roll back, then verify), each with its own
// step numbers.
struct ProcedureRun
{
    QString title;
    QMap<int, StepRecord> steps;
    qint64 firstMs = 0; // when the first of its steps was acted on
};

// A step of a given procedure.
struct StepRef
{
    QString procedure;
    int index = -1;
};

struct ChecklistMark
{
    QString checklist;
    QString item;
    QString by;
    qint64 atMs = 0;
    bool waived = false;
    QString reason;
    // Who else ticked it after `by` (two people at once on a shared store): one tick, the
    // first; the others' are in the journal and named here.
    QStringList alsoBy;
};

struct IncidentState
{
    qint64 incidentId = 0;
    Phase phase = Phase::Declared;
    qint64 declaredMs = 0;
    qint64 endedMs = 0; // when it was resolved or aborted; 0 while open
    QString declaredBy;
    QHash<QString, QString> variables;
    QString workingDirectory; // where steps start; empty for incidents older than the field
    // The shell session steps share: what they set (masked as journalled) and where the
    // last one that reported left off.
    QHash<QString, QString> session;
    QString sessionDirectory;
    // The procedure the operator is on: the declared one, then each one chosen since.
    QString procedure;
    QString decision;
    QString justification;
    std::optional<qint64> deadlineMs;
    qint64 decidedMs = 0; // when the decision was taken: where its countdown starts
    // The current procedure's steps, by index; steps never touched are absent.
    QMap<int, StepRecord> steps;
    // Every procedure with a step acted on, in the order the first of its steps was.
    QList<ProcedureRun> procedures;
    QList<ChecklistMark> checklist;
    int escalationLevel = 0; // the highest level called so far; 0: none
    QString escalatedTo;     // who was called at escalationLevel
    // Every level called, in the order first called: calling a vendor (level 4) does not
    // mean levels 1-3 were called.
    QList<int> escalatedLevels;
    QList<EscalationCall> escalations; // every call, in journal order
    int messagesSent = 0;
    QStringList stakeholdersTold; // ticked on the plan as told by other means
    int healthResults = 0;
    QMap<QString, bool> latestHealth; // check -> whether its latest result passed
    // Team mode: whether destructive steps need a second person's approval; who has
    // command (whoever declared, until they hand it over); the role each person joined
    // as (by operator name; the commander's is commander whatever they joined as).
    bool fourEyes = false;
    QString commander;
    QHash<QString, QString> roles;

    StepRecord step(int index) const;
    // A step of any procedure (the current one's when `procedure` is empty).
    StepRecord step(const QString &procedure, int index) const;
    const ProcedureRun *procedureRun(const QString &title) const;
    // Folds one more event in; deriveState() is this over the whole journal.
    void apply(const Event &event);
    // The first step whose outcome is unknown, if any: nothing runs until it is resolved.
    // Of the current procedure (kept for the views that show one procedure).
    std::optional<int> unresolvedStep() const;
    // Of any procedure.
    std::optional<StepRef> unresolved() const;
    // "commander", or the role `who` joined as ("operator" when they never said).
    QString roleOf(const QString &who) const;
    // The item's tick or waiver, if any: one per item.
    ChecklistMark *mark(const QString &checklist, const QString &item);
    // Puts `mark` in place of the item's earlier one, if any.
    void setMark(const ChecklistMark &mark);

private:
    static void applyToStep(const Event &event, StepRecord &step);
};

// Where the incident stands, in words for people: the phase, except that an assessment
// with its decision taken reads "preparing" (the pre-rollback checklist is next) and a
// prepared incident "ready to roll back". Translated.
QString describePhase(const IncidentState &state);

// The part of the work a console opening an incident shows first, for whoever resumes it
// and for a second person joining it: an interrupted step, then the phase; a step
// already acted on means the rollback is under way even where nobody moved the phase on
// (a runner goes to the Roll back page without saying so), and a tick that the checklist is.
enum class Stage { Assess, Prepare, RollBack, Verify, Report };
Stage landingStage(const IncidentState &state);

// Folds the journal into the current state. Pure: the same events, the same state.
IncidentState deriveState(const QList<Event> &events);

} // namespace rollcage::incident
