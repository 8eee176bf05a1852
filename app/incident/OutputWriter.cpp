#include "incident/OutputWriter.h"

#include "incident/StoreThread.h"

namespace rollcage::incident {

namespace {
QSqlError writeBatch(const QString &connection, qint64 runEventId, QList<OutputRecord> records,
                     bool resync)
{
    QSqlError error;
    // A second try on a new connection: the one held may have died with a restarted
    // server while the store's own connection was already made again. The stored line
    // count is read first then, so a write cut off after its commit is not repeated.
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (attempt > 0)
            StoreThread::closeOn(connection);
        if (!StoreThread::openOn(connection, &error))
            return error;
        if (resync || attempt > 0) {
            const std::optional<qint64> stored =
                IncidentStore::storedLinesOn(connection, runEventId, &error);
            if (!stored)
                continue;
            (void)dropStoredRecords(&records, *stored);
        }
        if (IncidentStore::writeOutputOn(connection, runEventId, records, &error))
            return {};
    }
    StoreThread::closeOn(connection);
    return error;
}
} // namespace

OutputWriter::OutputWriter(const ConnectionParams &params)
    : m_thread(std::make_unique<StoreThread>(params, QStringLiteral("rollcage-output-writer")))
{
}

OutputWriter::~OutputWriter() = default;

QFuture<QSqlError> OutputWriter::write(qint64 runEventId, const QList<OutputRecord> &records,
                                       bool resync)
{
    return m_thread->run<QSqlError>([runEventId, records, resync](const QString &connection) {
        return writeBatch(connection, runEventId, records, resync);
    });
}

} // namespace rollcage::incident
