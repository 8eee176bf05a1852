#include "incident/SqlExec.h"

#include "incident/StatementWatch.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlQuery>

namespace rollcage::incident {

bool execWith(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    const QSqlDriver *driver = query.driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL) {
        if (!query.prepare(sql))
            return false;
        for (const QVariant &value : values)
            query.addBindValue(value);
        return query.exec();
    }
    QString text;
    text.reserve(sql.size() + 16 * values.size());
    qsizetype next = 0;
    qsizetype from = 0;
    for (qsizetype at = sql.indexOf(u'?'); at >= 0; at = sql.indexOf(u'?', from)) {
        // A placeholder without a value is the caller's mistake; leave it for the
        // server to refuse, with its message.
        if (next >= values.size())
            break;
        text += QStringView(sql).mid(from, at - from);
        const QVariant &value = values.at(next++);
        QSqlField field(QString(), value.metaType());
        field.setValue(value);
        text += driver->formatValue(field);
        from = at + 1;
    }
    text += QStringView(sql).mid(from);
    Q_ASSERT(next == values.size());
    const StatementWatch::Scope watched(driver);
    return query.exec(text);
}

bool transactionOn(QSqlDatabase &db)
{
    const StatementWatch::Scope watched(db.driver());
    return db.transaction();
}

bool commitOn(QSqlDatabase &db)
{
    const StatementWatch::Scope watched(db.driver());
    return db.commit();
}

bool rollbackOn(QSqlDatabase &db)
{
    const StatementWatch::Scope watched(db.driver());
    return db.rollback();
}

} // namespace rollcage::incident
