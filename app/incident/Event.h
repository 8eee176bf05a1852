#pragma once

#include <QJsonObject>
#include <QString>

namespace rollcage::incident {

// One line of the append-only journal. Nothing is ever updated or deleted: the
// incident's state is what the events add up to (see IncidentState).
struct Event
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 atMs = 0; // UTC milliseconds since the epoch
    QString operatorName;
    QString type;       // one of the names in namespace events below
    int stepIndex = -1; // the procedure step it concerns, -1 for none
    QJsonObject data;
};

// Event type names as stored. Adding a type is fine; renaming one breaks old journals.
namespace events {
inline const QString Declared = QStringLiteral("declared");
inline const QString StateChanged = QStringLiteral("state_changed");        // from, to, reason
inline const QString VariableSet = QStringLiteral("variable_set");          // name, value
inline const QString DecisionTaken = QStringLiteral("decision_taken");      // scenario, action, justification, deadline_ms
inline const QString ChecklistTicked = QStringLiteral("checklist_ticked");  // checklist, item
inline const QString ChecklistWaived = QStringLiteral("checklist_waived");  // checklist, item, reason
// A tick or waiver taken back (ticked by mistake, or the check no longer holds): the item
// is open again; the earlier event stays in the journal.
inline const QString ChecklistUnticked = QStringLiteral("checklist_unticked"); // checklist, item[, reason]
inline const QString StepStarted = QStringLiteral("step_started");          // title, attempt, command, host, pid
inline const QString StepFinished = QStringLiteral("step_finished");        // status, exit_code, signal, error, lines
inline const QString StepBlocked = QStringLiteral("step_blocked");          // reason, missing
inline const QString StepSkipped = QStringLiteral("step_skipped");          // reason
inline const QString StepWaived = QStringLiteral("step_waived");            // reason
inline const QString StepOutcomeUnknown = QStringLiteral("step_outcome_unknown"); // run_event_id, group_alive
inline const QString StepResolved = QStringLiteral("step_resolved");        // resolution (retry|done|failed), note
// The operator picked another procedure before any step ran (the one named at
// declaration is in the incident record).
inline const QString ProcedureChosen = QStringLiteral("procedure_chosen");  // procedure, previous, reason
inline const QString Escalated = QStringLiteral("escalated");              // level, who, note[, group, label]
inline const QString NoteAdded = QStringLiteral("note_added");              // text
// The outbox: queued before the first attempt, then failed attempts, then sent (or
// abandoned by the operator). The key ties them together and is the idempotency key.
inline const QString MessageQueued = QStringLiteral("message_queued");      // key, channel, kind, title, text
inline const QString MessageAttemptFailed = QStringLiteral("message_attempt_failed"); // key, attempt, error, http_status, next_attempt_ms
inline const QString MessageSent = QStringLiteral("message_sent");          // channel, text[, key, attempt, http_status]
// The operator says a stakeholder of the plan was told by other means (a call, a chat):
// no message left Rollcage, so the status-update cadence does not restart.
inline const QString StakeholderNotified = QStringLiteral("stakeholder_notified"); // who[, note]
inline const QString MessageAbandoned = QStringLiteral("message_abandoned"); // key, reason
inline const QString HealthResult = QStringLiteral("health_result");        // check, ok, detail[, status, latency_ms, url, attempt]
inline const QString HealthTargets = QStringLiteral("health_targets");      // targets {name: base URL}
inline const QString HealthAlert = QStringLiteral("health_alert");          // check, rule, message
inline const QString HealthAlertCleared = QStringLiteral("health_alert_cleared"); // check, rule
// A permanent refusal (4xx other than 408/425/429): retrying cannot help, the operator
// must fix the channel and send again.
inline const QString MessageRejected = QStringLiteral("message_rejected");  // key, channel, http_status, error
// What only a human knows (root cause, resolution, …) for the report; the latest wins.
// Where the steps run (chosen at declaration: by default the runbook's repository root).
inline const QString WorkingDirectorySet = QStringLiteral("working_directory_set"); // directory
// What a step left in the incident's shell session for the next ones: variables set or
// changed (values masked), variables unset, and the directory it ended in.
inline const QString SessionChanged = QStringLiteral("session_changed"); // set {name: value}, unset [name], directory
inline const QString ReportFieldSet = QStringLiteral("report_field_set");   // field, text
} // namespace events

} // namespace rollcage::incident
