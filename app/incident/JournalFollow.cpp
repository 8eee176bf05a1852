// Team mode: the journal folds in what other consoles append (see IncidentFeed).
#include "incident/IncidentFeed.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"

#include <algorithm>

#include <QScopedValueRollback>

namespace rollcage::incident {

Status Journal::follow()
{
    if (m_feed)
        return Status::success();
    qint64 last = 0;
    for (const Event &e : std::as_const(m_events))
        last = std::max(last, e.id);
    auto *feed = new IncidentFeed(m_store, m_incidentId, last, this);
    connect(feed, &IncidentFeed::eventsArrived, this, &Journal::absorb);
    m_feed = feed;
    if (Status s = feed->start(); !s) {
        m_feed = nullptr;
        delete feed;
        return s;
    }
    return Status::success();
}

void Journal::absorb(const QList<Event> &events)
{
    const QScopedValueRollback<bool> absorbing(m_absorbing, true);
    for (const Event &e : events) {
        if (m_ids.contains(e.id))
            continue; // this console's own, folded in when it appended it
        if (adoptRecorded(e))
            continue; // ours too: written as the store went, shown since as a stand-in
        m_ids.insert(e.id);
        // Another console's event committed before one of ours that is already here: the
        // state is folded again in journal order, as a fresh load would fold it.
        // (Unrecorded events have id 0 and stay where they are.)
        auto at = m_events.end();
        while (at != m_events.begin() && std::prev(at)->id > e.id)
            --at;
        if (at != m_events.end()) {
            m_events.insert(at, e);
            m_state = deriveState(m_events);
        } else {
            m_events.append(e);
            m_state.apply(e);
        }
        Q_EMIT appended(e);
    }
}

} // namespace rollcage::incident
