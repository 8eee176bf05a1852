#pragma once

#include "core/Result.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QList>

namespace rollcage::incident {

// One line of the incident list: the record and what its journal adds up to.
struct IncidentSummary
{
    IncidentRecord record;
    Phase phase = Phase::Declared;
    bool outcomeUnknown = false; // a step was interrupted: look before going on
    qint64 lastActivityMs = 0;   // the latest event
    QString procedure;           // the procedure in force (chosen later, or declared with)
    int stepsSettled = 0;
    QString endReason;           // why it was resolved or aborted, when it is

    bool isOpen() const { return !isTerminal(phase); }
};

// Every incident in the store, the most recently active first.
Result<QList<IncidentSummary>> summarizeIncidents(const IncidentStore &store);

// Ends an unfinished incident that will not be worked on (a drill left over, a duplicate):
// journals the move to aborted with the reason and that it was abandoned. Refused
// without a reason, and for an incident already resolved or aborted.
Status abandonIncident(IncidentStore &store, qint64 id, const QString &reason);

// Ends an unfinished incident as resolved from outside its console (the incident list):
// the service is back by other means (by hand, another tool). Journals the move to
// resolved with the note and that it was closed from the list. Refused without a note,
// and for an incident already resolved or aborted.
Status closeIncident(IncidentStore &store, qint64 id, const QString &note);

} // namespace rollcage::incident
