#pragma once

#include "core/Result.h"
#include "incident/Event.h"

#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QTimer>

namespace rollcage::incident {

class IncidentStore;

// Follows an incident other consoles write to (team mode, PostgreSQL): a notification
// on the incident's channel only says "look"; the feed then reads the journal by id,
// everything after the last event it has seen, so the journal stays the truth and a
// missed or merged notification loses nothing. Notifications arriving together cause
// one read. It also looks every few seconds by itself: a notification the connection
// never delivered leaves the console behind only until then.
class IncidentFeed : public QObject
{
    Q_OBJECT
public:
    // `lastSeenId`: the highest event id the caller already has.
    IncidentFeed(IncidentStore *store, qint64 incidentId, qint64 lastSeenId,
                 QObject *parent = nullptr);
    ~IncidentFeed() override;

    // Listens on the incident's channel; fails on SQLite (nothing to listen to) or when
    // the server refuses.
    [[nodiscard]] Status start();
    bool isStarted() const { return m_started; }
    qint64 incidentId() const { return m_incidentId; }
    qint64 lastSeen() const { return m_lastSeen; }

    // Reads the events appended since the last seen id, now, on the caller's thread, and
    // announces them (the terminal's follow reads a run's start before printing its output).
    [[nodiscard]] Status catchUp();
    // The same read, on the store's journal reader where it has one (a shared store), so
    // that a window does not wait for the server: each notification's burst, each look
    // and each return of the store read this way. One read is out at a time; asked again
    // meanwhile, it reads again once that one is answered.
    void catchUpSoon();
    // How often it looks without being told (default kLookMs; tests shorten it).
    void setLookInterval(int ms);
    static constexpr int kLookMs = 5000;
    // How long a notification waits for the rest of its burst before the read.
    static constexpr int kBurstMs = 15;
    // How long a failed read waits before the next (notifications and looks meanwhile wait
    // for it): time for the link's probe to answer a server that closed or refused the
    // connection. A silent server takes longer, but a read on it has already waited the
    // statement watch's limit and a connect's timeout before it failed.
    static constexpr int kRetryMs = 1500;

Q_SIGNALS:
    // New events in id order, this console's own included (the receiver skips the ids
    // it already has).
    void eventsArrived(const QList<rollcage::incident::Event> &events);
    // Another console recorded more output of the step run started by `runEventId`.
    void outputGrew(qint64 runEventId);
    // Reading the journal failed: said, never swallowed. On the journal reader only when
    // it fails twice while the link says the store answers (a refusal); a store that is
    // away is said by its link (StoreLink::lost). catchUp() says any failure.
    void readFailed(const QString &message);

private:
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    void scheduleCatchUp();
    void onRead(const Result<QList<Event>> &read);

    IncidentStore *m_store;
    qint64 m_incidentId;
    qint64 m_lastSeen;
    QString m_channel;
    bool m_started = false;
    QTimer m_look;
    QTimer m_soon; // the read after a notification, once per burst
    QTimer m_retry;           // the read after a failed one
    bool m_reading = false;   // a read is out on the journal reader
    bool m_readAgain = false; // and more was asked for meanwhile
    int m_failures = 0; // reads failed in a row on the journal reader while the store answered
};

} // namespace rollcage::incident
