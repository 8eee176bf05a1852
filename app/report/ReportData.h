#pragma once

#include "core/Result.h"
#include "incident/Event.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace rollcage::report {

// Everything a report shows, gathered once from the store, so each format (Markdown
// now, HTML and PDF later) is only a renderer over the same data.
struct ReportData
{
    incident::IncidentRecord incident;
    QList<incident::Event> events;
    incident::IncidentState state;
    QHash<qint64, QStringList> outputTails; // step_started event id -> last lines
    QHash<qint64, qint64> outputLineCounts; // step_started event id -> total lines
};

inline constexpr int kDefaultTailLines = 20;

Result<ReportData> collectReport(const incident::IncidentStore &store, qint64 incidentId,
                                 int tailLines = kDefaultTailLines);

// One line for a human about an event, for timelines. `stepTitle` names the step when
// the event itself does not.
QString describeEvent(const incident::Event &event, const QString &stepTitle = {});

} // namespace rollcage::report
