#pragma once

#include <QObject>

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>

class QSqlDriver;
class QThread;

namespace rollcage::incident {

// Ends a statement the server never answers. libpq waits for an answer with no limit of
// its own: minutes on a connection whose packets are dropped (TCP's retransmissions), for
// ever on a server that hangs. The store's own statements run on the GUI thread, so that
// wait froze the window, and StoreLink, whose timers run on the same thread, could not
// say the store was lost. The watch, on a thread of its own, shuts the connection's socket
// down once a statement has waited the limit with nothing received from the server:
// libpq's wait ends with an error, the store says it is lost (StoreLink reconnects, as
// after any loss) and the window turns again.
//
// It is a child of the connection's driver: execWith() finds it there, and it lives as
// long as the connection does. A statement still receiving its answer (a long result) is
// not cut; one on a Unix socket is cut on its time alone.
class StatementWatch : public QObject
{
    Q_OBJECT
public:
    // Cuts a statement after StoreLink::answerLimitMs(), as the link gives up on a probe.
    explicit StatementWatch(QSqlDriver *driver);
    ~StatementWatch() override;

    // Watches the statements of the Qt Sql connection `connection`, made on this thread,
    // when it is a PostgreSQL one and not watched yet; returns its watch, or null.
    static StatementWatch *attach(const QString &connection);
    // The watch of the connection whose driver this is, if it has one.
    static StatementWatch *of(const QSqlDriver *driver);

    // Marks the driver's statement in flight for as long as it lives (nothing when the
    // connection has no watch). Around a forward-only read it covers the rows fetched
    // after exec() too. Scopes nest: an inner one restarts the clock.
    class Scope
    {
    public:
        explicit Scope(const QSqlDriver *driver);
        ~Scope();
        Q_DISABLE_COPY_MOVE(Scope)

    private:
        StatementWatch *m_watch;
    };

    // Whether a statement was cut since the last call; clears it.
    bool takeCut();

private:
    void begin();
    void end();
    void run();
    // Under m_mutex, at the deadline of statement `serial`: cuts it, or says when to look
    // again (its answer is still arriving).
    std::chrono::steady_clock::time_point cutOrWait(quint64 serial);

    const QSqlDriver *m_driver;
    const std::chrono::milliseconds m_limit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::chrono::steady_clock::time_point m_since;
    quint64 m_serial = 0; // the statement in flight, 0 when none
    quint64 m_count = 0;
    quint64 m_cutSerial = 0;
    int m_socket = -1; // a copy of the connection's socket while a statement is in flight
    int m_depth = 0;   // the connection's thread's only
    bool m_warned = false;
    bool m_stop = false;
    bool m_cut = false;
    std::unique_ptr<QThread> m_thread;
};

} // namespace rollcage::incident
