#pragma once

#include <QString>
#include <QVariantList>

class QSqlDatabase;
class QSqlQuery;

namespace rollcage::incident {

// Runs `sql` on `query`, its `?` placeholders standing for `values` in order; false with
// the error in query.lastError(), as QSqlQuery::exec().
//
// Qt's PostgreSQL driver prepares every prepared query on the server: PREPARE, then
// EXECUTE, then DEALLOCATE when the query is done, three round trips for one statement.
// The store's statements run once each, many times a second while a step prints (its
// output, the panes' counts, the journal's new events), and with ten consoles on one
// server each round trip waits its turn. There the values are written into the text,
// escaped by the driver exactly as its own EXECUTE writes bound values, and the statement
// goes in one round trip. Other drivers (SQLite, in process) bind as usual.
[[nodiscard]] bool execWith(QSqlQuery &query, const QString &sql, const QVariantList &values);

// QSqlDatabase::transaction(), commit() and rollback(), each a statement the connection's
// StatementWatch keeps an eye on, as execWith() does.
[[nodiscard]] bool transactionOn(QSqlDatabase &db);
[[nodiscard]] bool commitOn(QSqlDatabase &db);
[[nodiscard]] bool rollbackOn(QSqlDatabase &db);

} // namespace rollcage::incident
