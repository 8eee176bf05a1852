#include "incident/TeamSession.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"
#include "incident/TeamReader.h"

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
    stopReader();
    // A server known to be away is not asked: a statement to a host that drops every
    // packet would hold the closing window for minutes. Its presence row expires alone.
    const bool reachable = m_store->reachable().ok;
    if (m_listening && reachable)
        m_store->unsubscribe(m_channel);
    if (m_timer.isActive() && reachable)
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
    startReader();
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
        requestRead(true);
}

void TeamSession::setRole(const QString &role)
{
    if (role == m_presence.role)
        return;
    m_presence.role = role;
    if (m_timer.isActive())
        requestRead(true);
}

Status TeamSession::refresh()
{
    const auto view = m_store->team(m_incidentId);
    if (!view) {
        Q_EMIT failed(view.error);
        return Status::failure(view.error);
    }
    m_view = *view;
    ++m_generation;
    Q_EMIT changed();
    return Status::success();
}

void TeamSession::startReader()
{
    // Another connection to a SQLite file gains nothing (it is local, and ":memory:" would
    // be another database): the shared server is what can keep the GUI waiting.
    if (m_thread || !m_store->isPostgres())
        return;
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("rollcage-team-reader"));
    m_reader = new TeamReader(ConnectionParams::of(m_store->connectionName()), true);
    m_reader->moveToThread(m_thread);
    // Deleted on its thread as it ends, so its connection is closed where it was made.
    connect(m_thread, &QThread::finished, m_reader, &QObject::deleteLater);
    connect(m_reader, &TeamReader::answered, this, &TeamSession::onRead, Qt::QueuedConnection);
    m_thread->start();
}

void TeamSession::stopReader()
{
    if (!m_thread)
        return;
    disconnect(m_reader, nullptr, this, nullptr);
    m_thread->quit(); // takes effect when a read in progress returns
    if (m_thread->wait(200)) {
        delete m_thread;
    } else {
        // A server holding the read: the thread ends, and deletes itself, on its own.
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
        if (m_thread->isFinished())
            m_thread->deleteLater();
    }
    m_thread = nullptr;
    m_reader = nullptr;
}

void TeamSession::requestRead(bool withBeat)
{
    if (!m_reader) {
        if (withBeat) {
            if (Status s = m_store->heartbeat(m_incidentId, m_presence, m_ttlMs); !s) {
                Q_EMIT failed(s.error);
                return;
            }
        }
        (void)refresh();
        return;
    }
    if (m_asked) {
        m_again = true;
        m_againBeat = m_againBeat || withBeat;
        return;
    }
    m_asked = ++m_serial;
    m_askedGeneration = m_generation;
    // Now and then, not at every beat: the list need not be tidy to the second.
    const bool clearGone = withBeat && ++m_beats % 12 == 0;
    QMetaObject::invokeMethod(
        m_reader,
        [reader = m_reader, serial = m_asked, incident = m_incidentId,
         presence = withBeat ? m_presence : Presence{}, ttl = m_ttlMs,
         clearGone] { reader->read(serial, incident, presence, ttl, clearGone); },
        Qt::QueuedConnection);
}

void TeamSession::onRead(quint64 serial, const TeamView &view, const QString &error)
{
    if (serial != m_asked)
        return;
    m_asked = 0;
    if (!error.isEmpty()) {
        // A lost server is said once, by the link. A connection that died under the reader
        // (a server restarted, a network back after a loss: what was held open is reset) is
        // made again for one more read at once, then read at the next beat; only when that
        // fails too, and the server still answers the store, is it said here, in one line.
        if (!m_store->reachable())
            m_failures = 0;
        else if (++m_failures == 1)
            m_again = m_againBeat = true; // the beat it may have carried, too
        else if (m_failures >= 3)         // the next beat's read failed as well: the link would
                                          // have said a lost server by then
            Q_EMIT failed(tr("Could not read who is on incident %1: %2.")
                              .arg(m_incidentId)
                              .arg(StoreLink::causeOf(error)));
    } else {
        m_failures = 0;
        // Not older than a view read here meanwhile (a claim reads at once).
        if (m_generation == m_askedGeneration) {
            m_view = view;
            ++m_generation;
            Q_EMIT changed();
        }
    }
    if (m_again) {
        const bool withBeat = m_againBeat;
        m_again = m_againBeat = false;
        requestRead(withBeat);
    }
}

void TeamSession::beat()
{
    // Lost: said once by the link, not at every beat; the view stays as last read.
    if (!m_store->reachable())
        return;
    while (!m_unreleased.isEmpty()) {
        const StepClaim held = m_unreleased.constFirst();
        if (!m_store->releaseClaim(m_incidentId, held.procedure, held.stepIndex, held.console))
            break;
        m_unreleased.removeFirst();
    }
    if (!m_reader && ++m_beats % 12 == 0)
        (void)m_store->clearGone(m_incidentId);
    // Read again even without a notification: a console that died says nothing, it
    // only stops beating.
    requestRead(true);
}

void TeamSession::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                 const QVariant &payload)
{
    if (name == m_channel && payload.toString() == QLatin1String("t"))
        requestRead(false);
}

Status TeamSession::mayAct(const QString &procedure, int stepIndex, const QString &title,
                           StepState state) const
{
    return mayActOnStep(m_view, m_presence.console, procedure, stepIndex, title, state);
}

Status TeamSession::claim(const QString &procedure, int stepIndex, const QString &title,
                          StepState state)
{
    // With the reader thread, the view is read again at every notification, so it is at
    // most a moment old; when it shows the step free, the claim's own statement (one holder,
    // atomically) is all the check needed, and the operator waits for one round trip
    // instead of four and a redrawn presence list. Anything else is decided on a fresh
    // read, as is a claim that finds another holder.
    const bool readFirst =
        !m_reader || m_generation == 0 ||
        claimStanding(m_view, m_presence.console, procedure, stepIndex) != ClaimStanding::Free;
    return claimWith(procedure, stepIndex, title, state, readFirst);
}

Status TeamSession::claimWith(const QString &procedure, int stepIndex, const QString &title,
                              StepState state, bool readFirst)
{
    if (readFirst) {
        if (Status s = refresh(); !s)
            return s;
    }
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
    // Another console holds it: taken between our read and our insert, or a leftover of a
    // console that died, which a view a moment old did not show. A fresh read tells which;
    // a leftover is taken over as on the read-first path.
    (void)refresh();
    const Status refused = mayAct(procedure, stepIndex, title, state);
    if (!refused)
        return refused;
    if (!readFirst &&
        claimStanding(m_view, m_presence.console, procedure, stepIndex) == ClaimStanding::Stale)
        return claimWith(procedure, stepIndex, title, state, true);
    return Status::failure(
        tr("Step %1 was just taken by %2.").arg(stepIndex + 1).arg(holder->operatorName));
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
