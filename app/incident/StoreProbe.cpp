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

QString ConnectionParams::addConnection(const QString &prefix) const
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("%1-%2").arg(prefix).arg(counter++);
    QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
    db.setHostName(host);
    db.setPort(port);
    db.setUserName(user);
    db.setPassword(password);
    db.setDatabaseName(database);
    db.setConnectOptions(options);
    return name;
}

void ConnectionParams::removeConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

StoreProbe::StoreProbe(const ConnectionParams &params)
    : m_params(params)
{
}

StoreProbe::~StoreProbe()
{
    ConnectionParams::removeConnection(m_name);
}

void StoreProbe::probe(quint64 serial)
{
    if (m_name.isEmpty())
        m_name = m_params.addConnection(QStringLiteral("rollcage-probe"));
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
