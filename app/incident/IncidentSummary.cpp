#include "incident/IncidentSummary.h"

#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/Policy.h"

#include <QCoreApplication>

#include <algorithm>

namespace rollcage::incident {

namespace {
IncidentSummary summarize(const IncidentRecord &record, const QList<Event> &journal)
{
    IncidentSummary s;
    s.record = record;
    const IncidentState state = deriveState(journal);
    s.phase = state.phase;
    s.outcomeUnknown = state.unresolvedStep().has_value();
    // The latest time, not the last event's (an event held while a shared store was away
    // is recorded after others, with the earlier time it happened).
    s.lastActivityMs = record.createdMs;
    for (const Event &e : journal)
        s.lastActivityMs = std::max(s.lastActivityMs, e.atMs);
    s.procedure = state.procedure.isEmpty() ? record.procedure : state.procedure;
    for (const StepRecord &step : state.steps)
        s.stepsSettled += isSettled(step.state) ? 1 : 0;
    if (isTerminal(state.phase)) {
        for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
            if (events::is<events::StateChanged>(*it)) {
                s.endReason = events::read<events::StateChanged>(*it).reason;
                break;
            }
        }
    }
    return s;
}
} // namespace

Result<QList<IncidentSummary>> summarizeIncidents(const IncidentStore &store)
{
    const auto records = store.incidents();
    if (!records)
        return Result<QList<IncidentSummary>>::failure(records.error);
    QList<IncidentSummary> list;
    for (const IncidentRecord &record : *records) {
        const auto journal = store.events(record.id);
        if (!journal)
            return Result<QList<IncidentSummary>>::failure(journal.error);
        list.append(summarize(record, *journal));
    }
    std::stable_sort(list.begin(), list.end(), [](const IncidentSummary &a, const IncidentSummary &b) {
        return a.lastActivityMs != b.lastActivityMs ? a.lastActivityMs > b.lastActivityMs
                                                    : a.record.id > b.record.id;
    });
    return Result<QList<IncidentSummary>>::success(list);
}

namespace {
// One incident ended from outside its console, to `to`, with the operator's words and
// how it was ended (abandoned, else closed) in the journal.
Status endIncident(IncidentStore &store, qint64 id, Phase to, const QString &reason, bool abandoned,
                   const QString &whyNeeded)
{
    if (reason.trimmed().isEmpty())
        return Status::failure(whyNeeded);
    const auto journal = store.events(id);
    if (!journal)
        return Status::failure(journal.error);
    if (journal->isEmpty())
        return Status::failure(
            QCoreApplication::translate("rollcage::incident", "There is no incident %1.").arg(id));
    const IncidentState state = deriveState(*journal);
    // On a shared store the incident has a commander, whose call its end is (a commander
    // gone can be replaced by joining as commander).
    if (store.isPostgres()) {
        if (Status s = mayCommand(state, store.operatorName()); !s)
            return s;
    }
    const Phase from = state.phase;
    if (Status s = checkTransition(from, to); !s)
        return s;
    const events::StateChanged ended{phaseName(from), phaseName(to), reason.trimmed(), abandoned,
                                     !abandoned};
    const auto e = store.append(id, events::StateChanged::Name, events::toJson(ended));
    return e ? Status::success() : Status::failure(e.error);
}
} // namespace

Status abandonIncident(IncidentStore &store, qint64 id, const QString &reason)
{
    return endIncident(store, id, Phase::Aborted, reason, true,
                       QCoreApplication::translate(
                           "rollcage::incident",
                           "Abandoning an incident needs a reason; it is kept in the record."));
}

Status closeIncident(IncidentStore &store, qint64 id, const QString &note)
{
    return endIncident(
        store, id, Phase::Resolved, note, false,
        QCoreApplication::translate("rollcage::incident",
                                    "Closing an incident as resolved needs a note on how it was "
                                    "resolved; it is kept in the record."));
}

} // namespace rollcage::incident
