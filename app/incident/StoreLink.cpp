// The store's connection as the team consoles see it: StoreLink, and IncidentStore's
// probe, reconnect and reachability (kept here: IncidentStore.cpp is near its size limit).
#include "incident/StoreLink.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimeZone>

#include <memory>

namespace rollcage::incident {

StoreLink::StoreLink(IncidentStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    const int ms = qEnvironmentVariableIntValue("ROLLCAGE_STORE_PROBE_MS");
    m_timer.setInterval(ms > 0 ? ms : 1000);
    connect(&m_timer, &QTimer::timeout, this, &StoreLink::tick);
}

void StoreLink::watch()
{
    m_watching = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void StoreLink::markLost(const QString &problem)
{
    if (!isOnline())
        return;
    m_lostSinceMs = QDateTime::currentMSecsSinceEpoch();
    // The driver says nothing when the server closed the socket between statements.
    m_problem = problem.isEmpty() ? tr("the server closed the connection") : problem;
    qCWarning(lcIncident).noquote() << "incident database lost:" << problem;
    // Reconnecting is tried even by a store nobody watched: the next action needs it.
    m_timer.start();
    Q_EMIT lost(problem);
}

bool StoreLink::check()
{
    QString error;
    if (m_store->probe(&error))
        return true;
    markLost(error);
    return false;
}

void StoreLink::tick()
{
    if (isOnline()) {
        if (!m_watching)
            m_timer.stop();
        else
            (void)check();
        return;
    }
    tryServer();
}

void StoreLink::tryServer()
{
    if (m_trying)
        return;
    m_trying = true;
    // The parameters are copied here; the attempt's connection is made and used only on
    // its thread, as Qt Sql requires.
    const QSqlDatabase db = QSqlDatabase::database(m_store->connectionName(), false);
    struct Params
    {
        QString driver, host, user, password, database, options;
        int port = -1;
    };
    const Params p{db.driverName(), db.hostName(),     db.userName(),
                   db.password(),   db.databaseName(), db.connectOptions(),
                   db.port()};
    auto error = std::make_shared<QString>();
    QThread *attempt = QThread::create([p, error] {
        const QString name = QStringLiteral("rollcage-probe-%1")
                                 .arg(reinterpret_cast<quintptr>(QThread::currentThreadId()));
        {
            QSqlDatabase probe = QSqlDatabase::addDatabase(p.driver, name);
            probe.setHostName(p.host);
            probe.setPort(p.port);
            probe.setUserName(p.user);
            probe.setPassword(p.password);
            probe.setDatabaseName(p.database);
            probe.setConnectOptions(p.options);
            if (!probe.open())
                *error = probe.lastError().text().trimmed();
            probe.close();
        }
        QSqlDatabase::removeDatabase(name);
    });
    // Goes when done, even if this link went first (the attempt ends by its timeout).
    connect(attempt, &QThread::finished, attempt, &QObject::deleteLater);
    connect(attempt, &QThread::finished, this, [this, error] { onServerTried(*error); });
    attempt->start();
}

void StoreLink::onServerTried(const QString &error)
{
    m_trying = false;
    if (isOnline())
        return;
    if (!error.isEmpty()) {
        m_problem = error;
        return;
    }
    // The server answers: our own connection, on this thread, opens at once.
    if (Status s = m_store->reconnect(); !s) {
        m_problem = s.error;
        return;
    }
    m_lostSinceMs = 0;
    m_problem.clear();
    qCInfo(lcIncident).noquote() << "incident database" << m_store->displayName() << "back";
    if (!m_watching)
        m_timer.stop();
    Q_EMIT restored();
}

bool IncidentStore::probe(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT 1")) && q.next())
        return true;
    // In a transaction a failed statement aborted, the server still answered (25P02).
    if (q.lastError().nativeErrorCode() == QLatin1String("25P02"))
        return true;
    if (error)
        *error = q.lastError().text().trimmed();
    return false;
}

Status IncidentStore::reconnect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())
        return Status::failure(db.lastError().text().trimmed());
    // A new server session: the LISTENs of the old one are gone.
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        if (!db.driver()->subscribeToNotification(it.key()))
            qCWarning(lcIncident).noquote() << "could not listen again on" << it.key() << ":"
                                            << db.driver()->lastError().text();
    }
    return Status::success();
}

Status IncidentStore::reachable() const
{
    if (!m_link || m_link->isOnline())
        return Status::success();
    const QString at = QDateTime::fromMSecsSinceEpoch(m_link->lostSinceMs())
                           .toLocalTime()
                           .toString(QStringLiteral("HH:mm:ss"));
    return Status::failure(
        tr("The incident database %1 has not answered since %2 (%3). What is shown is what was "
           "recorded until then; nothing new can be recorded until it is back. Rollcage "
           "reconnects by itself.")
            .arg(m_displayName, at, m_link->problem()));
}

} // namespace rollcage::incident
