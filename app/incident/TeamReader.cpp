#include "incident/TeamReader.h"

#include "incident/IncidentStore.h"
#include "incident/StatementWatch.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace rollcage::incident {

TeamReader::TeamReader(const ConnectionParams &params, bool postgres)
    : m_params(params)
    , m_postgres(postgres)
{
    qRegisterMetaType<TeamView>();
}

TeamReader::~TeamReader()
{
    ConnectionParams::removeConnection(m_name);
}

void TeamReader::read(quint64 serial, qint64 incidentId, const Presence &presence, int ttlMs,
                      bool clearGone)
{
    if (m_name.isEmpty()) {
        m_name = m_params.addConnection(QStringLiteral("rollcage-team"));
        StatementWatch::attach(m_name); // a read the server never answers ends at the limit
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    TeamView view;
    QSqlError error;
    bool ok = db.isOpen() || db.open();
    if (!ok)
        error = db.lastError();
    if (ok && !presence.console.isEmpty())
        ok = IncidentStore::writeHeartbeat(m_name, m_postgres, incidentId, presence, ttlMs, &error);
    if (ok && clearGone)
        (void)IncidentStore::clearGoneOn(m_name, m_postgres, incidentId); // tidy only
    if (ok)
        ok = IncidentStore::readTeam(m_name, m_postgres, incidentId, &view, &error);
    QString message;
    if (!ok) {
        db.close(); // a new connection next time: this one may be dead (a restarted server)
        message = error.text().trimmed();
        if (message.isEmpty())
            message = tr("the server closed the connection");
    }
    Q_EMIT answered(serial, view, message);
}

} // namespace rollcage::incident
