// Reading an incident's journal: on the store's own connection, or on any connection to
// the store (the journal reader's, on its thread, for a console following the incident).
#include "incident/IncidentStore.h"

#include "incident/SqlExec.h"
#include "incident/StatementWatch.h"
#include "incident/StoreThread.h"

#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rollcage::incident {

namespace {

const QString kEventColumns =
    QStringLiteral("id, incident_id, at_ms, operator, type, step_index, payload");

Event eventFrom(const QSqlQuery &q)
{
    Event e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.atMs = q.value(2).toLongLong();
    e.operatorName = q.value(3).toString();
    e.type = q.value(4).toString();
    e.stepIndex = q.value(5).toInt();
    e.data = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
    return e;
}

} // namespace

Result<QList<Event>> IncidentStore::events(qint64 incidentId) const
{
    return eventsSince(incidentId, 0);
}

Result<QList<Event>> IncidentStore::eventsSince(qint64 incidentId, qint64 afterId) const
{
    QList<Event> list;
    QSqlError error;
    if (!readEventsOn(m_connection, incidentId, afterId, &list, &error))
        return Result<QList<Event>>::failure(
            failure(tr("read the journal of incident %1").arg(incidentId), error));
    return Result<QList<Event>>::success(list);
}

bool IncidentStore::readEventsOn(const QString &connection, qint64 incidentId, qint64 afterId,
                                 QList<Event> *events, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    q.setForwardOnly(true); // rows fetched by next(), so watched to the last one
    const StatementWatch::Scope watched(q.driver());
    if (!execWith(q,
                  QStringLiteral("SELECT %1 FROM events WHERE incident_id = ? AND id > ? "
                                 "ORDER BY id")
                      .arg(kEventColumns),
                  {incidentId, afterId})) {
        if (error)
            *error = q.lastError();
        return false;
    }
    while (q.next())
        events->append(eventFrom(q));
    // A connection lost between rows ends next() as the last row would: not a whole answer.
    if (q.lastError().isValid()) {
        if (error)
            *error = q.lastError();
        events->clear();
        return false;
    }
    return true;
}

StoreThread *IncidentStore::journalReader() const
{
    return readerThread(m_journalReader, QStringLiteral("rollcage-journal-reader"));
}

StoreThread *IncidentStore::readerThread(std::unique_ptr<StoreThread> &thread,
                                         const QString &name) const
{
    // A shared store's round trips, not a local file's reads: on SQLite the caller reads
    // on the store's connection (a second one would contend for the file's lock).
    if (!m_postgres)
        return nullptr;
    if (!thread)
        thread = std::make_unique<StoreThread>(ConnectionParams::of(m_connection), name);
    return thread.get();
}

QString IncidentStore::journalReadFailed(qint64 incidentId, const QString &driverText) const
{
    // Without failure()'s probe: that would be a round trip on the caller's thread, to a
    // server that may not answer (the feed asks the link, which probes on a thread of its own).
    return failure(tr("read the journal of incident %1").arg(incidentId),
                   QSqlError(QString(), driverText, QSqlError::StatementError), false);
}

} // namespace rollcage::incident
