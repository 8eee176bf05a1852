#include "incident/IncidentFeed.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"
#include "incident/StoreThread.h"

#include <QSqlError>

#include <utility>

namespace rollcage::incident {

IncidentFeed::IncidentFeed(IncidentStore *store, qint64 incidentId, qint64 lastSeenId,
                           QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_incidentId(incidentId)
    , m_lastSeen(lastSeenId)
    , m_channel(IncidentStore::incidentChannel(incidentId))
{
    m_look.setInterval(kLookMs);
    connect(&m_look, &QTimer::timeout, this, &IncidentFeed::scheduleCatchUp);
    m_soon.setSingleShot(true);
    m_soon.setInterval(kBurstMs);
    connect(&m_soon, &QTimer::timeout, this, &IncidentFeed::catchUpSoon);
    m_retry.setSingleShot(true);
    m_retry.setInterval(kRetryMs);
    connect(&m_retry, &QTimer::timeout, this, &IncidentFeed::catchUpSoon);
}

void IncidentFeed::setLookInterval(int ms)
{
    m_look.setInterval(ms);
}

IncidentFeed::~IncidentFeed()
{
    if (m_started)
        m_store->unsubscribe(m_channel);
}

Status IncidentFeed::start()
{
    if (m_started)
        return Status::success();
    if (Status s = m_store->subscribe(m_channel); !s)
        return s;
    m_started = true;
    // The reader's connection made now, not at the first notification: a step's start wakes
    // every console at once, and each would connect then.
    if (StoreThread *reader = m_store->journalReader())
        reader->connectAhead();
    connect(m_store->driver(), &QSqlDriver::notification, this, &IncidentFeed::onNotification);
    if (StoreLink *link = m_store->link()) {
        // Noticed between actions, not only at the next one; and on return, everything
        // appended meanwhile is read by id from the last event seen.
        link->watch();
        connect(link, &StoreLink::restored, this, &IncidentFeed::scheduleCatchUp);
        // Failures before a loss say nothing of the server after it.
        connect(link, &StoreLink::lost, this, [this] { m_failures = 0; });
    }
    m_look.start();
    // What was appended between the caller's read and the LISTEN taking effect.
    return catchUp();
}

Status IncidentFeed::catchUp()
{
    m_soon.stop();
    if (Status s = m_store->reachable(); !s)
        return s; // read when the link says it is back
    const auto fresh = m_store->eventsSince(m_incidentId, m_lastSeen);
    if (!fresh) {
        Q_EMIT readFailed(fresh.error);
        return Status::failure(fresh.error);
    }
    if (fresh->isEmpty())
        return Status::success();
    m_lastSeen = fresh->constLast().id;
    Q_EMIT eventsArrived(*fresh);
    return Status::success();
}

void IncidentFeed::catchUpSoon()
{
    m_soon.stop();
    if (m_retry.isActive())
        return; // a failed read waits for the link's probe: the retry reads everything
    if (m_reading) {
        m_readAgain = true;
        return;
    }
    if (!m_store->reachable()) {
        m_failures = 0; // said lost by the link; read afresh when it is back
        return;
    }
    StoreThread *reader = m_store->journalReader();
    if (!reader) {
        (void)catchUp();
        return;
    }
    m_reading = true;
    m_readAgain = false;
    const qint64 incidentId = m_incidentId;
    const qint64 afterId = m_lastSeen;
    reader
        ->read<QList<Event>>([incidentId, afterId](const QString &connection, QList<Event> *events,
                                                   QSqlError *error) {
            return IncidentStore::readEventsOn(connection, incidentId, afterId, events, error);
        })
        .then(this, [this](const Result<QList<Event>> &read) { onRead(read); })
        .onCanceled(this, [this] { m_reading = false; }); // the reader ended first
}

void IncidentFeed::onRead(const Result<QList<Event>> &read)
{
    m_reading = false;
    if (!read) {
        // The reader's connection failed: a server gone away, or a refusal. The link finds
        // out which with a probe off this thread, and says a loss itself. Read again once
        // it has had time to answer: a read that fails again while the server answers is a
        // refusal, said here. (A failure may also come just after the store came back.)
        StoreLink *link = m_store->link();
        m_readAgain = false;
        if (link && !link->isOnline()) {
            m_failures = 0; // read when it is back
            return;
        }
        if (link)
            link->check();
        if (++m_failures >= 2) {
            Q_EMIT readFailed(m_store->journalReadFailed(m_incidentId, read.error));
            return; // the next look reads again
        }
        m_retry.start();
        return;
    }
    m_failures = 0;
    // A read on the caller's thread (catchUp) may have announced some of these already.
    QList<Event> fresh;
    for (const Event &e : *read) {
        if (e.id > m_lastSeen)
            fresh.append(e);
    }
    if (!fresh.isEmpty()) {
        m_lastSeen = fresh.constLast().id;
        Q_EMIT eventsArrived(fresh);
    }
    // Asked for while this read was out (a notification, a look, the store's return).
    if (std::exchange(m_readAgain, false))
        catchUpSoon();
}

void IncidentFeed::scheduleCatchUp()
{
    // A step's start is three events (the phase, the claim, the start) within milliseconds,
    // each notified to every console: read once for the burst, not once per notification.
    // With ten consoles those reads were thirty statements at the server while the console
    // starting the step waited for its own (team_consoles).
    if (!m_soon.isActive())
        m_soon.start();
}

void IncidentFeed::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                                  const QVariant &payload)
{
    if (name != m_channel)
        return;
    const QString text = payload.toString();
    const qint64 id = text.mid(2).toLongLong();
    if (text.startsWith(QLatin1String("e "))) {
        // Our own appends too: reading them moves the last seen id past them, so the next
        // read does not fetch them again.
        if (id > m_lastSeen)
            scheduleCatchUp();
    } else if (text.startsWith(QLatin1String("o ")) && source != QSqlDriver::SelfSource) {
        Q_EMIT outputGrew(id);
    }
}

} // namespace rollcage::incident
