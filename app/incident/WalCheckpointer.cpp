#include "incident/WalCheckpointer.h"

#include "core/Logging.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <atomic>

namespace rollcage::incident {

namespace {

// Lives in the checkpoint thread: its connection must be created, used and closed there.
class CheckpointWorker : public QObject
{
public:
    explicit CheckpointWorker(const QString &path)
        : m_path(path)
    {
        static std::atomic<int> counter{0};
        m_connection = QStringLiteral("rollcage-checkpoint-%1").arg(counter++);
    }

    void start()
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=1000"));
        if (!db.open()) {
            qCWarning(lcIncident) << "WAL checkpoints unavailable:" << db.lastError().text();
            return;
        }
        m_timer = new QTimer(this);
        connect(m_timer, &QTimer::timeout, this, &CheckpointWorker::checkpoint);
        m_timer->start(WalCheckpointer::kIntervalMs);
    }

    void stop()
    {
        delete m_timer;
        m_timer = nullptr;
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }

private:
    void checkpoint()
    {
        QSqlQuery q(QSqlDatabase::database(m_connection, false));
        // PASSIVE never blocks the writer; whatever it cannot copy now, it copies next time.
        if (!q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")))
            qCDebug(lcIncident) << "WAL checkpoint deferred:" << q.lastError().text();
    }

    QString m_path;
    QString m_connection;
    QTimer *m_timer = nullptr;
};

} // namespace

WalCheckpointer::WalCheckpointer(const QString &databasePath)
{
    auto *worker = new CheckpointWorker(databasePath);
    worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::started, worker, [worker] { worker->start(); });
    connect(&m_thread, &QThread::finished, worker, [worker] {
        worker->stop();
        delete worker;
    });
    m_thread.setObjectName(QStringLiteral("rollcage-wal-checkpoint"));
    m_thread.start(QThread::LowPriority);
}

WalCheckpointer::~WalCheckpointer()
{
    m_thread.quit();
    m_thread.wait();
}

} // namespace rollcage::incident
