#include "incident/StoreProbe.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

namespace rollcage::incident {

ConnectionParams ConnectionParams::of(const QString &connectionName)
{
    const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
    return {db.driverName(),   db.hostName(),       db.userName(), db.password(),
            db.databaseName(), db.connectOptions(), db.port()};
}

StoreProbe::StoreProbe(const ConnectionParams &params)
    : m_params(params)
{
}

StoreProbe::~StoreProbe()
{
    if (m_name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

void StoreProbe::probe(quint64 serial)
{
    if (m_name.isEmpty()) {
        static std::atomic<int> counter{0};
        m_name = QStringLiteral("rollcage-probe-%1").arg(counter++);
        QSqlDatabase db = QSqlDatabase::addDatabase(m_params.driver, m_name);
        db.setHostName(m_params.host);
        db.setPort(m_params.port);
        db.setUserName(m_params.user);
        db.setPassword(m_params.password);
        db.setDatabaseName(m_params.database);
        db.setConnectOptions(m_params.options);
    }
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    QString error;
    bool ok = false;
    if (!db.isOpen() && !db.open()) {
        error = db.lastError().text().trimmed();
    } else {
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("SELECT 1")) && q.next();
        if (!ok)
            error = q.lastError().text().trimmed();
    }
    if (!ok) {
        // A new connection at the next probe: this one may be dead (a restarted server).
        db.close();
        // The driver says nothing when the server closed the socket between statements.
        if (error.isEmpty())
            error = tr("the server closed the connection");
    }
    Q_EMIT answered(serial, error);
}

} // namespace rollcage::incident
