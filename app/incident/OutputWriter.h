#pragma once

#include "incident/IncidentStore.h"
#include "incident/StoreProbe.h"

#include <QFuture>
#include <QSqlError>

#include <memory>

namespace rollcage::incident {

class StoreThread;

// Writes step output to a shared (PostgreSQL) store on a thread of its own, over a
// connection of its own (a StoreThread). A step printing fast sent a batch every few
// milliseconds, and each was a round trip on the GUI thread: with ten consoles on the
// incident, the server is busy and one round trip held the window 10–50 ms
// (tests/bench/team_consoles). OutputRecorder keeps each batch until its write is answered,
// so what a failed write carried is neither lost nor written twice.
class OutputWriter
{
public:
    explicit OutputWriter(const ConnectionParams &params);
    ~OutputWriter();
    OutputWriter(const OutputWriter &) = delete;
    OutputWriter &operator=(const OutputWriter &) = delete;

    // Writes `records` of step run `runEventId`, after every write asked before. With
    // `resync`, the records the store already holds (a write cut off after its commit)
    // are left out first. The future's error is NoError once all of it is stored; it is
    // cancelled, with no result, when the writer is destroyed first.
    QFuture<QSqlError> write(qint64 runEventId, const QList<OutputRecord> &records, bool resync);

private:
    std::unique_ptr<StoreThread> m_thread;
};

} // namespace rollcage::incident
