#pragma once

#include <QObject>
#include <QString>
#include <QThread>

namespace rollcage::incident {

// Copies a SQLite WAL back into the database from a thread of its own. The store's own
// connection has automatic checkpoints off, so the thread that records events and output
// (the GUI thread) only ever appends to the WAL and never waits for the fsyncs a
// checkpoint needs; ingesting a fast step's output is not held up by the disk either.
class WalCheckpointer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kIntervalMs = 200;

    explicit WalCheckpointer(const QString &databasePath);
    ~WalCheckpointer() override;

private:
    QThread m_thread;
};

} // namespace rollcage::incident
