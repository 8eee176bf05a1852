#pragma once

// The events of a procedure's steps (included by incident/Events.h). Each names the
// procedure whose step it is: step numbers are per procedure, and an incident runs
// several. Journals written before that name none; theirs is the incident's procedure.

#include "incident/EventCodec.h"

#include <QString>

namespace rollcage::incident::events {

inline constexpr char kProcedure[] = "procedure";
inline constexpr char kStepTitle[] = "title";

// What every step event has, read without knowing which one it is.
struct OfStep
{
    QString procedure, title;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &OfStep::procedure),
                          field<Optional>(kStepTitle, &OfStep::title)};
    }
};

struct StepStarted
{
    ROLLCAGE_EVENT("step_started");
    QString procedure, title;
    int attempt = 0;
    QString command; // as shown: values filled, secrets masked
    int line = 0;    // the step's line in the runbook
    QString host;
    qint64 pid = 0;
    bool gate = false; // a health gate rather than a script
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepStarted::procedure),
                          field<Text>(kStepTitle, &StepStarted::title),
                          field("attempt", &StepStarted::attempt),
                          field<Text>("command", &StepStarted::command),
                          field("line", &StepStarted::line),
                          field("host", &StepStarted::host),
                          field("pid", &StepStarted::pid),
                          field<Optional>("gate", &StepStarted::gate)};
    }
};

struct StepFinished
{
    ROLLCAGE_EVENT("step_finished");
    QString procedure, title;
    // succeeded, failed, cancelled, timed_out, failed_to_start, blocked (stopped: it
    // waited for input nobody could give)
    QString status;
    int exitCode = -1;
    int signal = 0;
    QString error;
    qint64 lines = 0;
    qint64 runEventId = 0;
    int failedLine = 0; // the runbook line of the command that failed
    QString failedCommand;
    bool gate = false;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepFinished::procedure),
                          field<Text>(kStepTitle, &StepFinished::title),
                          field("status", &StepFinished::status),
                          field("exit_code", &StepFinished::exitCode),
                          field("signal", &StepFinished::signal),
                          field<Text>("error", &StepFinished::error),
                          field("lines", &StepFinished::lines),
                          field("run_event_id", &StepFinished::runEventId),
                          field<Optional>("failed_line", &StepFinished::failedLine),
                          field<Text | Optional>("failed_command", &StepFinished::failedCommand),
                          field<Optional>("gate", &StepFinished::gate)};
    }
};

struct StepBlocked
{
    ROLLCAGE_EVENT("step_blocked");
    QString procedure, title, reason;
    QStringList missing; // the values it had none for
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepBlocked::procedure),
                          field<Text>(kStepTitle, &StepBlocked::title),
                          field<Text>("reason", &StepBlocked::reason),
                          field<Optional>("missing", &StepBlocked::missing)};
    }
};

struct StepSkipped
{
    ROLLCAGE_EVENT("step_skipped");
    QString procedure, title, reason;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepSkipped::procedure),
                          field<Text>(kStepTitle, &StepSkipped::title),
                          field<Text>("reason", &StepSkipped::reason)};
    }
};

struct StepWaived
{
    ROLLCAGE_EVENT("step_waived");
    QString procedure, title, reason;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepWaived::procedure),
                          field<Text>(kStepTitle, &StepWaived::title),
                          field<Text>("reason", &StepWaived::reason)};
    }
};

// The program stopped while the step ran (found on the next start): nobody knows what
// the step did until the operator says.
struct StepOutcomeUnknown
{
    ROLLCAGE_EVENT("step_outcome_unknown");
    QString procedure, title;
    qint64 runEventId = 0;
    QString reason; // when this process, not a restart, knows why (its end was not written)
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepOutcomeUnknown::procedure),
                          field<Text>(kStepTitle, &StepOutcomeUnknown::title),
                          field("run_event_id", &StepOutcomeUnknown::runEventId),
                          field<Text | Optional>("reason", &StepOutcomeUnknown::reason)};
    }
};

// The operator settles a step: an unknown outcome (retry, done, failed) or a manual step
// done by hand (`manual`).
struct StepResolved
{
    ROLLCAGE_EVENT("step_resolved");
    QString procedure, title, resolution, note;
    bool manual = false;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepResolved::procedure),
                          field<Text>(kStepTitle, &StepResolved::title),
                          field("resolution", &StepResolved::resolution),
                          field<Text>("note", &StepResolved::note),
                          field<Optional>("manual", &StepResolved::manual)};
    }
};

// What the operator typed into a terminal step's session: one of the lines the runbook
// offers beside it (`sessionLine`, 1-based, and its runbook `line`), or what was typed by
// hand (sessionLine 0), a line at a time. Typed while the terminal did not echo (a
// password prompt) it is not kept at all: `hidden`, and the text is only the mask.
struct SessionLineTyped
{
    ROLLCAGE_EVENT("session_line_typed");
    QString procedure, title, text;
    int sessionLine = 0;
    int line = 0;
    bool hidden = false;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &SessionLineTyped::procedure),
                          field<Text>(kStepTitle, &SessionLineTyped::title),
                          field<Text>("text", &SessionLineTyped::text),
                          field<Optional>("session_line", &SessionLineTyped::sessionLine),
                          field<Optional>("line", &SessionLineTyped::line),
                          field<Optional>("hidden", &SessionLineTyped::hidden)};
    }
};

// The operator answered a plain step that waited for input (`read -p`, "[y/N]"), or ended
// its input (Ctrl+D). An answer read without echo (`read -s`) is not kept: `hidden`, and
// the text is only the mask.
struct StepInputGiven
{
    ROLLCAGE_EVENT("step_input_given");
    QString procedure, title, text;
    bool hidden = false;
    bool endOfInput = false;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepInputGiven::procedure),
                          field<Text>(kStepTitle, &StepInputGiven::title),
                          field<Text>("text", &StepInputGiven::text),
                          field<Optional>("hidden", &StepInputGiven::hidden),
                          field<Optional>("end_of_input", &StepInputGiven::endOfInput)};
    }
};

} // namespace rollcage::incident::events
