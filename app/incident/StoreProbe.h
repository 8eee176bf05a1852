#pragma once

#include <QObject>
#include <QString>

namespace rollcage::incident {

// What a Qt Sql connection is opened with, copied from the store's so a probe can open one
// of its own on another thread (a connection is used only on the thread that made it).
struct ConnectionParams
{
    QString driver, host, user, password, database, options;
    int port = -1;

    static ConnectionParams of(const QString &connectionName);
    // A new Qt Sql connection with these parameters, named after `prefix`, on the calling
    // thread (not opened yet); its name.
    QString addConnection(const QString &prefix) const;
    // Closes and removes it, on the thread that added it.
    static void removeConnection(const QString &name);
};

// StoreLink's prober, on a thread of its own: asks the server "SELECT 1" over a
// connection of its own, opening it first when it has none (after a failure, or at the
// first probe). A server that does not answer holds this thread, never the GUI's: a
// connect waits up to the connect timeout, a statement to a black-holed host until the
// operating system gives up (minutes). The answer goes back by a queued signal.
class StoreProbe : public QObject
{
    Q_OBJECT
public:
    explicit StoreProbe(const ConnectionParams &params);
    ~StoreProbe() override; // on its own thread: the connection is closed where it was made

    // One probe; `serial` comes back with the answer.
    void probe(quint64 serial);

Q_SIGNALS:
    // `error` is empty when the server answered.
    void answered(quint64 serial, const QString &error);

private:
    ConnectionParams m_params;
    QString m_name; // the Qt Sql connection's, once made
};

} // namespace rollcage::incident
