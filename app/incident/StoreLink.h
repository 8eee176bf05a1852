#pragma once

#include "core/Result.h"

#include <QObject>
#include <QTimer>

namespace rollcage::incident {

class IncidentStore;

// Whether a shared (PostgreSQL) store can be reached, for the consoles following an
// incident in it. A failed statement whose probe fails too, or a probe between statements,
// marks the store lost at once; then the link reconnects by itself (the LISTENs taken
// again) and says so, and the followers catch up by id from the last event they saw. The
// journal stays the truth: nothing is guessed while the store is away, and nothing new is
// recorded (IncidentStore::reachable() says why).
class StoreLink : public QObject
{
    Q_OBJECT
public:
    explicit StoreLink(IncidentStore *store, QObject *parent = nullptr);

    bool isOnline() const { return m_lostSinceMs == 0; }
    // When it was lost (this machine's clock, ms since the epoch), 0 while online.
    qint64 lostSinceMs() const { return m_lostSinceMs; }
    QString problem() const { return m_problem; }

    // Probes every interval while online, so a lost server is noticed without waiting for
    // the next action; called by whatever follows an incident live. Idempotent.
    void watch();
    // Probe and reconnect interval (ROLLCAGE_STORE_PROBE_MS overrides; default 1 s).
    int interval() const { return m_timer.interval(); }

    // Called by the store when a statement failed and a probe failed too.
    void markLost(const QString &problem);
    // Probes now: false (and lost) when the store does not answer.
    bool check();

Q_SIGNALS:
    void lost(const QString &problem);
    // Connected again; listeners should read what they missed.
    void restored();

private:
    void tick();
    // Tries a connection with the store's parameters on a thread of its own (a server
    // that does not answer holds it up to the connect timeout) and, when the server
    // answers, reconnects the store's own connection here, which is then quick.
    void tryServer();
    void onServerTried(const QString &error);

    IncidentStore *m_store;
    QTimer m_timer;
    qint64 m_lostSinceMs = 0;
    QString m_problem;
    bool m_watching = false;
    bool m_trying = false; // an attempt runs on its thread
};

} // namespace rollcage::incident
