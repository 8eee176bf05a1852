#pragma once

#include "core/Result.h"

#include <QObject>
#include <QPointer>
#include <QThread>
#include <QTimer>

namespace rollcage::incident {

class IncidentStore;
class StatementWatch;
class StoreProbe;

// Whether a shared (PostgreSQL) store can be reached, for the consoles following an
// incident in it. A failed statement whose probe fails too, or a probe between statements,
// marks the store lost at once; then the link reconnects by itself (the LISTENs taken
// again) and says so, and the followers catch up by id from the last event they saw. The
// journal stays the truth: nothing is guessed while the store is away, and nothing new is
// recorded (IncidentStore::reachable() says why).
//
// The probes run on a thread of their own (StoreProbe, with its own connection), never on
// the caller's: the caller is the GUI thread, and a probe waits as long as the server
// takes to answer — seconds for a connect to a host that is away, minutes for a statement
// on a connection whose packets are dropped. A probe not answered within answerLimitMs()
// counts as lost; its thread is left to end by itself and a new one probes on.
class StoreLink : public QObject
{
    Q_OBJECT
public:
    explicit StoreLink(IncidentStore *store, QObject *parent = nullptr);
    ~StoreLink() override;

    bool isOnline() const { return m_lostSinceMs == 0; }
    // When it was lost (this machine's clock, ms since the epoch), 0 while online.
    qint64 lostSinceMs() const { return m_lostSinceMs; }
    QString problem() const { return m_problem; }

    // Probes every interval while online, so a lost server is noticed without waiting for
    // the next action; called by whatever follows an incident live. Idempotent.
    void watch();
    // Probe and reconnect interval (ROLLCAGE_STORE_PROBE_MS overrides; default 1 s).
    int interval() const { return m_timer.interval(); }
    // How long a probe may go unanswered before the store counts as lost: longer than a
    // connect may take (connect_timeout=3) and than a busy server takes for "SELECT 1".
    // A statement on the store's own connection waits no longer either (StatementWatch).
    static constexpr int answerLimitMs() { return 5000; }
    // "The server has not answered for …": what the store is said to have when it is lost
    // that way.
    static QString silence();
    // A driver error said inside a sentence (the banner, the terminal, a failed read):
    // libpq's first line, the cause, without its hint lines and the driver's "QPSQL: …".
    static QString causeOf(const QString &text);

    // Called by the store when a statement failed and a probe failed too. `sinceMs`: when
    // the server went silent, when that was before now (a probe left unanswered).
    void markLost(const QString &problem, qint64 sinceMs = 0);
    // Probes now, off the caller's thread: a read on another connection to the store failed
    // (IncidentFeed's journal reader). A server that does not answer is said lost as usual.
    void check() { ask(); }

Q_SIGNALS:
    void lost(const QString &problem);
    // Connected again; listeners should read what they missed.
    void restored();

private:
    void tick();
    void ask();
    void onAnswered(quint64 serial, const QString &error);
    void onOverdue();
    void startProber();
    // Leaves the prober to finish its wait on its own; it deletes itself then.
    void abandonProber();

    IncidentStore *m_store;
    QTimer m_timer;
    QTimer m_overdue; // runs while a probe is out
    QThread *m_thread = nullptr;
    StoreProbe *m_prober = nullptr; // lives on m_thread
    quint64 m_serial = 0;
    quint64 m_asked = 0; // the probe out, 0 when none
    qint64 m_askedAtMs = 0; // when it was sent
    qint64 m_lostSinceMs = 0;
    QString m_problem;
    bool m_watching = false;
    QPointer<StatementWatch> m_watch; // the store's connection's; a child of its driver
};

} // namespace rollcage::incident
