#pragma once

#include "core/Result.h"
#include "incident/StoreProbe.h"

#include <QFuture>
#include <QPromise>
#include <QSqlError>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace rollcage::incident {

class StoreThreadWorker;

// A thread of its own with a connection of its own to a shared (PostgreSQL) store, for
// the statements a window must not wait for: step output written while a step prints
// (OutputWriter), read while a log pane follows it (gui/LogModel), and the journal's new
// events read while a console follows an incident (IncidentFeed). Over a busy server
// or a real network one round trip is tens of milliseconds, and these come several times
// a second. The connection is made, used and closed on this thread only, as Qt Sql
// requires.
class StoreThread
{
public:
    StoreThread(const ConnectionParams &params, const QString &name);
    ~StoreThread();
    StoreThread(const StoreThread &) = delete;
    StoreThread &operator=(const StoreThread &) = delete;

    // Runs `work` there, after everything asked before, with the connection's name
    // (`work` opens it with openOn). The future is cancelled, with no result, when the
    // thread is destroyed first.
    template<class T> QFuture<T> run(std::function<T(const QString &connection)> work)
    {
        auto promise = std::make_shared<QPromise<T>>();
        QFuture<T> future = promise->future();
        promise->start();
        post([promise, work = std::move(work)](const QString &connection) {
            promise->addResult(work(connection));
            promise->finish();
        });
        return future;
    }

    // run() for one read: opens the connection first and closes it again when `read`
    // fails; the driver's words are the failure. A read that fails on a connection made
    // earlier is asked once more on a new one: that connection may have died with its
    // server process (a restart, an idle timeout hours ago) while a new one answers, and
    // a read is safe to ask twice.
    template<class T>
    QFuture<Result<T>>
    read(std::function<bool(const QString &connection, T *value, QSqlError *error)> read)
    {
        return run<Result<T>>([read = std::move(read)](const QString &connection) {
            QSqlError error;
            T value{};
            for (int attempt = 0; attempt < 2; ++attempt) {
                const bool wasOpen = isOpenOn(connection);
                if (openOn(connection, &error) && read(connection, &value, &error))
                    return Result<T>::success(std::move(value));
                closeOn(connection);
                if (!wasOpen)
                    break; // made just now and refused: asking again changes nothing
            }
            return Result<T>::failure(error.text().trimmed());
        });
    }

    // Opens the connection there now, before the first work needs it (a failure is left
    // to that work, which opens it again and says why).
    void connectAhead();

    // Whether `connection` is open now (no attempt to open it).
    static bool isOpenOn(const QString &connection);
    // Whether `connection` is open, opening it if not; its error otherwise.
    static bool openOn(const QString &connection, QSqlError *error);
    // Closes it, so that the next work opens it again (it may have died with the server).
    static void closeOn(const QString &connection);

private:
    void post(std::function<void(const QString &)> task);

    QThread *m_thread;
    StoreThreadWorker *m_worker; // lives on m_thread
};

} // namespace rollcage::incident
