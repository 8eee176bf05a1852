// What team mode needs of the store: notifications between connections (PostgreSQL's
// LISTEN/NOTIFY). The journal itself is in IncidentStore.cpp.
#include "incident/IncidentStore.h"

#include "incident/SqlExec.h"
#include "incident/StatementWatch.h"

#include "core/Logging.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rollcage::incident {

using namespace Qt::StringLiterals;

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
    const auto listen = [&] {
        const StatementWatch::Scope watched(d); // LISTEN is a statement too
        return d->subscribeToNotification(channel);
    };
    if (!d || !listen()) {
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
    if (QSqlDriver *d = driver()) {
        const StatementWatch::Scope watched(d);
        d->unsubscribeFromNotification(channel);
    }
}

QString IncidentStore::nowSql(bool postgres)
{
    return postgres ? QStringLiteral("CAST(EXTRACT(EPOCH FROM clock_timestamp()) * 1000 AS BIGINT)")
                    : QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
}

Status IncidentStore::heartbeat(qint64 incidentId, const Presence &presence, int ttlMs)
{
    QSqlError error;
    if (!writeHeartbeat(m_connection, m_postgres, incidentId, presence, ttlMs, &error))
        return Status::failure(failure(tr("say this console is here"), error));
    return Status::success();
}

bool IncidentStore::writeHeartbeat(const QString &connection, bool postgres, qint64 incidentId,
                                   const Presence &presence, int ttlMs, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    // One statement, so it needs no transaction; joining keeps its first "since".
    if (execWith(
            q,
            QStringLiteral("INSERT INTO presence (incident_id, console, operator, location, "
                           "role, since_ms, seen_ms, expires_ms) VALUES (?, ?, ?, ?, ?, %1, %1, "
                           "%1 + ?) ON CONFLICT (incident_id, console) DO UPDATE SET "
                           "operator = excluded.operator, location = excluded.location, "
                           "role = excluded.role, seen_ms = excluded.seen_ms, "
                           "expires_ms = excluded.expires_ms")
                .arg(nowSql(postgres)),
            {incidentId, presence.console, presence.operatorName,
             presence.location.isNull() ? QString(u""_s) : presence.location,
             presence.role.isNull() ? QString(u""_s) : presence.role, qint64(ttlMs)}))
        return true;
    *error = q.lastError();
    return false;
}

Status IncidentStore::leave(qint64 incidentId, const QString &console)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!execWith(q, QStringLiteral("DELETE FROM presence WHERE incident_id = ? AND console = ?"),
                  {incidentId, console}))
        return Status::failure(failure(tr("say this console left"), q.lastError()));
    return Status::success();
}

Status IncidentStore::clearGone(qint64 incidentId)
{
    QSqlError error;
    if (!clearGoneOn(m_connection, m_postgres, incidentId, &error))
        return Status::failure(
            failure(tr("clear consoles gone from incident %1").arg(incidentId), error));
    return Status::success();
}

bool IncidentStore::clearGoneOn(const QString &connection, bool postgres, qint64 incidentId,
                                QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    // Gone for eight of its own heartbeat lifetimes (two minutes at the default 15 s):
    // a laptop that slept a moment stays listed as not answering, a console closed long
    // ago does not. One that holds a step stays: its claim is why someone may take over.
    if (execWith(q,
                 QStringLiteral("DELETE FROM presence WHERE incident_id = ? AND "
                                "expires_ms + 8 * (expires_ms - seen_ms) < %1 AND console NOT IN "
                                "(SELECT console FROM claims WHERE incident_id = ?)")
                     .arg(nowSql(postgres)),
                 {incidentId, incidentId}))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

Result<TeamView> IncidentStore::team(qint64 incidentId) const
{
    TeamView view;
    QSqlError error;
    if (!readTeam(m_connection, m_postgres, incidentId, &view, &error))
        return Result<TeamView>::failure(
            failure(tr("read who is on incident %1").arg(incidentId), error));
    return Result<TeamView>::success(view);
}

bool IncidentStore::readTeam(const QString &connection, bool postgres, qint64 incidentId,
                             TeamView *view, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    const auto failed = [&] {
        *error = q.lastError();
        return false;
    };
    if (!execWith(q, QStringLiteral("SELECT ") + nowSql(postgres), {}) || !q.next())
        return failed();
    view->nowMs = q.value(0).toLongLong();
    if (!execWith(
            q,
            QStringLiteral("SELECT console, operator, location, role, since_ms, seen_ms, "
                           "expires_ms FROM presence WHERE incident_id = ? ORDER BY since_ms"),
            {incidentId}))
        return failed();
    while (q.next())
        view->consoles.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                               q.value(3).toString(), q.value(4).toLongLong(),
                               q.value(5).toLongLong(), q.value(6).toLongLong()});
    if (!execWith(q,
                  QStringLiteral("SELECT procedure_name, step_index, console, operator, claimed_ms "
                                 "FROM claims WHERE incident_id = ? ORDER BY claimed_ms"),
                  {incidentId}))
        return failed();
    while (q.next())
        view->claims.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toLongLong()});
    return true;
}

Result<StepClaim> IncidentStore::claimStep(qint64 incidentId, const QString &procedure,
                                           int stepIndex, const QString &console)
{
    using R = Result<StepClaim>;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    const QString what = tr("take step %1").arg(stepIndex + 1);
    // The primary key admits one holder: of two consoles inserting at once, one row wins
    // and the other inserts nothing, then reads the winner. On PostgreSQL both are one
    // statement, one round trip while the operator waits for Run.
    const QString insert = QStringLiteral("INSERT INTO claims (incident_id, procedure_name, "
                                          "step_index, console, operator, claimed_ms) VALUES "
                                          "(?, ?, ?, ?, ?, %1) ON CONFLICT DO NOTHING")
                               .arg(nowSql());
    const QString holder = QStringLiteral("SELECT console, operator, claimed_ms FROM claims "
                                          "WHERE incident_id = ? AND procedure_name = ? AND "
                                          "step_index = ?");
    const bool read =
        m_postgres
            ? execWith(q,
                       QStringLiteral("WITH taken AS (%1 RETURNING console, operator, claimed_ms) "
                                      "SELECT * FROM taken UNION ALL %2 AND NOT EXISTS "
                                      "(SELECT 1 FROM taken)")
                           .arg(insert, holder),
                       {incidentId, procedure, stepIndex, console, m_operator, incidentId,
                        procedure, stepIndex})
            : execWith(q, insert, {incidentId, procedure, stepIndex, console, m_operator}) &&
                  execWith(q, holder, {incidentId, procedure, stepIndex});
    if (!read)
        return R::failure(failure(what, q.lastError()));
    // No row: released between the two statements, or won by a console whose insert
    // committed after this statement's snapshot (PostgreSQL). Read again.
    if (!q.next())
        return claimStep(incidentId, procedure, stepIndex, console);
    return R::success({procedure, stepIndex, q.value(0).toString(), q.value(1).toString(),
                       q.value(2).toLongLong()});
}

Status IncidentStore::releaseClaim(qint64 incidentId, const QString &procedure, int stepIndex,
                                   const QString &console)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!execWith(q,
                  QStringLiteral("DELETE FROM claims WHERE incident_id = ? AND procedure_name = ? "
                                 "AND step_index = ? AND console = ?"),
                  {incidentId, procedure, stepIndex, console}))
        return Status::failure(failure(tr("release step %1").arg(stepIndex + 1), q.lastError()));
    return Status::success();
}

Result<bool> IncidentStore::takeOverClaim(qint64 incidentId, const QString &procedure,
                                          int stepIndex, const QString &console)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!execWith(
            q,
            QStringLiteral("UPDATE claims SET console = ?, operator = ?, claimed_ms = %1 "
                           "WHERE incident_id = ? AND procedure_name = ? AND step_index = ? "
                           "AND console <> ? AND NOT EXISTS (SELECT 1 FROM presence p WHERE "
                           "p.incident_id = claims.incident_id AND p.console = claims.console "
                           "AND p.expires_ms > %1)")
                .arg(nowSql()),
            {console, m_operator, incidentId, procedure, stepIndex, console}))
        return Result<bool>::failure(
            failure(tr("take step %1 over").arg(stepIndex + 1), q.lastError()));
    return Result<bool>::success(q.numRowsAffected() == 1);
}

} // namespace rollcage::incident
