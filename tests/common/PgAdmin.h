#pragma once

// The test PostgreSQL's superuser (ROLLCAGE_TEST_DATABASE's user, see tests/pg-session.sh)
// as a Qt Sql connection named "admin", for the team tests that act on the server behind
// the consoles' backs: refuse a role, end its sessions, add a trigger.

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QUrl>

namespace rollcage::test {

// Opens the "admin" connection to `url`; empty, or what went wrong.
inline QString openPgAdmin(const QString &url)
{
    const QUrl u(url);
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("admin"));
    admin.setHostName(u.host());
    admin.setPort(u.port());
    admin.setUserName(u.userName());
    admin.setDatabaseName(u.path().mid(1));
    return admin.open() ? QString() : admin.lastError().text();
}

// Runs `statement` as the superuser; a test cannot go on without it, so a failure ends it.
inline void adminSql(const QString &statement)
{
    QSqlQuery q(QSqlDatabase::database(QStringLiteral("admin")));
    if (!q.exec(statement))
        qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
}

} // namespace rollcage::test
