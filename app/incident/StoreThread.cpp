#include "incident/StoreThread.h"

#include "incident/StatementWatch.h"

#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QThread>

namespace rollcage::incident {

class StoreThreadWorker : public QObject
{
public:
    StoreThreadWorker(const ConnectionParams &params, const QString &name)
        : m_params(params)
        , m_prefix(name)
    {
    }
    ~StoreThreadWorker() override { ConnectionParams::removeConnection(m_name); }

    void perform(const std::function<void(const QString &)> &task)
    {
        if (m_name.isEmpty()) {
            m_name = m_params.addConnection(m_prefix); // opened by the work (openOn)
            // A statement the server never answers ends at the link's limit, so the thread
            // (and whoever waits for its answer) is not held for as long as TCP waits.
            StatementWatch::attach(m_name);
        }
        task(m_name);
    }

private:
    ConnectionParams m_params;
    QString m_prefix;
    QString m_name; // the Qt Sql connection's, once made
};

StoreThread::StoreThread(const ConnectionParams &params, const QString &name)
    : m_thread(new QThread)
    , m_worker(new StoreThreadWorker(params, name))
{
    m_thread->setObjectName(name);
    m_worker->moveToThread(m_thread);
    // Deleted on its thread as that thread ends, closing the connection there.
    QObject::connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

StoreThread::~StoreThread()
{
    m_thread->quit(); // takes effect when the work in progress returns
    // A server that stopped answering holds a statement for as long as the operating
    // system waits; the thread is left to end by itself then, rather than hold the caller.
    if (m_thread->wait(2000)) {
        delete m_thread;
        return;
    }
    QThread *thread = m_thread;
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished())
        thread->deleteLater();
}

void StoreThread::post(std::function<void(const QString &)> task)
{
    StoreThreadWorker *worker = m_worker;
    QMetaObject::invokeMethod(
        worker, [worker, task = std::move(task)] { worker->perform(task); }, Qt::QueuedConnection);
}

void StoreThread::connectAhead()
{
    post([](const QString &connection) { (void)openOn(connection, nullptr); });
}

bool StoreThread::isOpenOn(const QString &connection)
{
    return QSqlDatabase::database(connection, false).isOpen();
}

bool StoreThread::openOn(const QString &connection, QSqlError *error)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (db.isOpen() || db.open())
        return true;
    if (error)
        *error = db.lastError();
    return false;
}

void StoreThread::closeOn(const QString &connection)
{
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    db.close();
}

} // namespace rollcage::incident
