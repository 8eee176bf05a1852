#include "incident/TeamSession.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"

#include <QUuid>

#include <algorithm>

namespace rollcage::incident {

TeamSession::TeamSession(IncidentStore *store, qint64 incidentId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_incidentId(incidentId)
    , m_channel(IncidentStore::incidentChannel(incidentId))
{
    m_presence.console = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_presence.operatorName = store->operatorName();
    m_presence.role = QStringLiteral("operator");
    m_timer.setInterval(5000);
    // Drills and tests shorten how long a silent console still counts as present.
    if (const int ttl = qEnvironmentVariableIntValue("ROLLCAGE_TEAM_TTL_MS"); ttl > 0) {
        m_ttlMs = ttl;
        m_timer.setInterval(std::max(ttl / 3, 20));
    }
    connect(&m_timer, &QTimer::timeout, this, &TeamSession::beat);
}

TeamSession::~TeamSession()
{
    if (m_listening)
        m_store->unsubscribe(m_channel);
    if (m_timer.isActive())
        (void)m_store->leave(m_incidentId, m_presence.console);
}

void TeamSession::setHeartbeat(int intervalMs, int ttlMs)
{
    m_timer.setInterval(intervalMs);
    m_ttlMs = ttlMs;
}

Status TeamSession::start()
{
    if (Status s = m_store->heartbeat(m_incidentId, m_presence, m_ttlMs); !s)
        return s;
    (void)m_store->clearGone(m_incidentId); // a failure is said by the next read
    if (m_store->canNotify() && m_store->subscribe(m_channel)) {
        m_listening = true;
        connect(m_store->driver(), &QSqlDriver::notification, this,
                &TeamSession::onNotification);
    }
    m_timer.start();
    // Back after a loss: beat at once (the row may have expired) and read who is here.
    if (StoreLink *link = m_store->link())
        connect(link, &StoreLink::restored, this, &TeamSession::beat, Qt::UniqueConnection);
    return refresh();
}

void TeamSession::setLocation(const QString &location)
{
    if (location == m_presence.location)
        return;
    m_presence.location = location;
    if (m_timer.isActive())
        beat();
}

void TeamSession::setRole(const QString &role)
{
    if (role == m_presence.role)
        return;
    m_presence.role = role;
    if (m_timer.isActive())
        beat();
}

Status TeamSession::refresh()
{
    const auto view = m_store->team(m_incidentId);
    if (!view) {
        Q_EMIT failed(view.error);
        return Status::failure(view.error);
    }
    m_view = *view;
    Q_EMIT changed();
    return Status::success();
}

void TeamSession::beat()
{
    // Lost: said once by the link, not at every beat; the view stays as last read.
    if (!m_store->reachable())
        return;
    if (Status s = m_store->heartbeat(m_incidentId, m_presence, m_ttlMs); !s) {
        Q_EMIT failed(s.error);
        return;
    }
    while (!m_unreleased.isEmpty()) {
        const StepClaim held = m_unreleased.constFirst();
        if (!m_store->releaseClaim(m_incidentId, held.procedure, held.stepIndex, held.console))
            break;
        m_unreleased.removeFirst();
    }
    // Now and then, not at every beat: the list need not be tidy to the second.
    if (++m_beats % 12 == 0)
        (void)m_store->clearGone(m_incidentId);
    // Read again even without a notification: a console that died says nothing, it
    // only stops beating.
    (void)refresh();
}

void TeamSession::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                 const QVariant &payload)
{
    if (name == m_channel && payload.toString() == QLatin1String("t"))
        (void)refresh();
}

Status TeamSession::mayAct(const QString &procedure, int stepIndex, const QString &title,
                           StepState state) const
{
    return mayActOnStep(m_view, m_presence.console, procedure, stepIndex, title, state);
}

Status TeamSession::claim(const QString &procedure, int stepIndex, const QString &title,
                          StepState state)
{
    if (Status s = refresh(); !s)
        return s;
    if (Status s = mayAct(procedure, stepIndex, title, state); !s)
        return s;
    if (claimStanding(m_view, m_presence.console, procedure, stepIndex) == ClaimStanding::Stale) {
        // A leftover of a console that died after the step ended: nothing is in flight.
        const auto taken = m_store->takeOverClaim(m_incidentId, procedure, stepIndex,
                                                  m_presence.console);
        if (!taken)
            return Status::failure(taken.error);
    }
    const auto holder = m_store->claimStep(m_incidentId, procedure, stepIndex, m_presence.console);
    if (!holder)
        return Status::failure(holder.error);
    if (holder->console == m_presence.console)
        return Status::success();
    // Another console took it between our read and our insert.
    (void)refresh();
    const Status refused = mayAct(procedure, stepIndex, title, state);
    return refused ? Status::failure(tr("Step %1 was just taken by %2.")
                                         .arg(stepIndex + 1)
                                         .arg(holder->operatorName))
                   : refused;
}

void TeamSession::release(const QString &procedure, int stepIndex)
{
    if (Status s = m_store->releaseClaim(m_incidentId, procedure, stepIndex, m_presence.console);
        !s) {
        // Away: let go when back (beat), so nobody reads it as still running.
        if (!m_store->reachable())
            m_unreleased.append({procedure, stepIndex, m_presence.console, {}, 0});
        else
            Q_EMIT failed(s.error);
    }
}

Status TeamSession::takeOver(const QString &procedure, int stepIndex, const QString &reason)
{
    if (Status s = refresh(); !s)
        return s;
    if (Status s = mayTakeOver(m_view, m_presence.console, procedure, stepIndex, reason); !s)
        return s;
    const auto taken =
        m_store->takeOverClaim(m_incidentId, procedure, stepIndex, m_presence.console);
    if (!taken)
        return Status::failure(taken.error);
    (void)refresh();
    if (!*taken)
        return Status::failure(tr("Step %1 could not be taken over: its console answered "
                                  "again, or someone else took it first.")
                                   .arg(stepIndex + 1));
    return Status::success();
}

} // namespace rollcage::incident
