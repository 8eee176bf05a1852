#pragma once

#include "core/Result.h"
#include "incident/Event.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>
#include <utility>

namespace rollcage::report {

// What the runbook says about the procedure that was run, for the execution log's "type
// and scope" and "validation results". Empty when the runbook text no longer imports.
struct ProcedureFacts
{
    QString method;   // from the runbook's overview table ("Blue-green swap"), if any
    QString risk;     // "Low", "High"
    QString expected; // expected duration as written
    int stepCount = 0;
    // The post-rollback / validation checklists: title -> item texts, in runbook order.
    QList<std::pair<QString, QStringList>> validation;
};

// Everything a report shows, gathered once from the store, so each format (Markdown
// now, HTML and PDF later) is only a renderer over the same data.
struct ReportData
{
    incident::IncidentRecord incident;
    QList<incident::Event> events;
    incident::IncidentState state;
    QHash<qint64, QStringList> outputTails; // step_started event id -> last lines
    QHash<qint64, qint64> outputLineCounts; // step_started event id -> total lines
    ProcedureFacts procedure;
};

inline constexpr int kDefaultTailLines = 20;

Result<ReportData> collectReport(const incident::IncidentStore &store, qint64 incidentId,
                                 int tailLines = kDefaultTailLines);

// Reads the procedure's facts from the runbook text the incident was declared with.
ProcedureFacts procedureFacts(const incident::IncidentRecord &incident);

// One line for a human about an event, for timelines. `stepTitle` names the step when
// the event itself does not; `messageChannels` (idempotency key -> channel) names the
// channel for outbox events that only carry the key.
QString describeEvent(const incident::Event &event, const QString &stepTitle = {},
                      const QHash<QString, QString> &messageChannels = {});

// What the operator typed into a step, for the step's own account: "typed by hand:
// `cd /srv`", "answered `y`", "typed without echo (not recorded)"; nullopt for other
// events.
std::optional<QString> describeTyped(const incident::Event &event);

// Idempotency key -> channel, from the message_queued events.
QHash<QString, QString> messageChannels(const QList<incident::Event> &events);

} // namespace rollcage::report
