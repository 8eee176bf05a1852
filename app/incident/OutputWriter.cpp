#include "incident/OutputWriter.h"

#include <QObject>
#include <QPromise>
#include <QSqlDatabase>
#include <QThread>

#include <memory>

namespace rollcage::incident {

// The connection is made, used and closed on the writer's thread only, as Qt Sql requires.
class OutputWriterWorker : public QObject
{
public:
    explicit OutputWriterWorker(const ConnectionParams &params)
        : m_params(params)
    {
    }
    ~OutputWriterWorker() override { ConnectionParams::removeConnection(m_name); }

    QSqlError write(qint64 runEventId, QList<OutputRecord> records, bool resync)
    {
        QSqlError error;
        // A second try on a new connection: the one held may have died with a restarted
        // server while the store's own connection was already made again. The stored line
        // count is read first then, so a write cut off after its commit is not repeated.
        for (int attempt = 0; attempt < 2; ++attempt) {
            if (m_name.isEmpty())
                m_name = m_params.addConnection(QStringLiteral("rollcage-output"));
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (!db.isOpen() && !db.open())
                return db.lastError();
            if (resync || attempt > 0) {
                const std::optional<qint64> stored =
                    IncidentStore::storedLinesOn(m_name, runEventId, &error);
                if (!stored) {
                    db.close();
                    continue;
                }
                while (!records.isEmpty() &&
                       records.constFirst().firstLine + records.constFirst().lineCount <= *stored)
                    records.removeFirst();
            }
            if (IncidentStore::writeOutputOn(m_name, runEventId, records, &error))
                return {};
            db.close();
        }
        return error;
    }

private:
    ConnectionParams m_params;
    QString m_name; // the Qt Sql connection's, once made
};

OutputWriter::OutputWriter(const ConnectionParams &params)
    : m_thread(new QThread)
    , m_worker(new OutputWriterWorker(params))
{
    m_thread->setObjectName(QStringLiteral("rollcage-output-writer"));
    m_worker->moveToThread(m_thread);
    // Deleted on its thread as that thread ends, closing the connection there.
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

OutputWriter::~OutputWriter()
{
    m_thread->quit(); // takes effect when a write in progress returns
    // A server that stopped answering holds a write for as long as the operating system
    // waits; the thread is left to end by itself then, rather than hold the caller.
    if (m_thread->wait(2000)) {
        delete m_thread;
        return;
    }
    QThread *thread = m_thread;
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished())
        thread->deleteLater();
}

QFuture<QSqlError> OutputWriter::write(qint64 runEventId, const QList<OutputRecord> &records,
                                       bool resync)
{
    auto promise = std::make_shared<QPromise<QSqlError>>();
    QFuture<QSqlError> future = promise->future();
    promise->start();
    OutputWriterWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker,
        [worker, promise, runEventId, records, resync] {
            promise->addResult(worker->write(runEventId, records, resync));
            promise->finish();
        },
        Qt::QueuedConnection);
    return future;
}

} // namespace rollcage::incident
