// What team mode needs of the store: notifications between connections (PostgreSQL's
// LISTEN/NOTIFY). The journal itself is in IncidentStore.cpp.
#include "incident/IncidentStore.h"

#include "core/Logging.h"

#include <QSqlDriver>
#include <QSqlError>

namespace rollcage::incident {

QString IncidentStore::incidentChannel(qint64 incidentId)
{
    return QStringLiteral("rollcage_incident_%1").arg(incidentId);
}

QString IncidentStore::incidentsChannel()
{
    return QStringLiteral("rollcage_incidents");
}

QSqlDriver *IncidentStore::driver() const
{
    return QSqlDatabase::database(m_connection, false).driver();
}

Status IncidentStore::subscribe(const QString &channel)
{
    if (!m_postgres)
        return Status::failure(tr("The incident database %1 is a SQLite file: consoles see each "
                                  "other's actions live only on a shared PostgreSQL store "
                                  "(--database postgresql://…).")
                                   .arg(m_displayName));
    int &count = m_subscriptions[channel];
    if (count++ > 0)
        return Status::success();
    QSqlDriver *d = driver();
    if (!d || !d->subscribeToNotification(channel)) {
        m_subscriptions.remove(channel);
        return Status::failure(failure(tr("listen for changes to %1").arg(channel),
                                       d ? d->lastError() : QSqlError()));
    }
    qCDebug(lcIncident) << "listening on" << channel;
    return Status::success();
}

void IncidentStore::unsubscribe(const QString &channel)
{
    const auto it = m_subscriptions.find(channel);
    if (it == m_subscriptions.end() || --*it > 0)
        return;
    m_subscriptions.erase(it);
    if (QSqlDriver *d = driver())
        d->unsubscribeFromNotification(channel);
}

} // namespace rollcage::incident
