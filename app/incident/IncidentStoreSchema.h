#pragma once

#include <QList>
#include <QStringList>

namespace rollcage::incident {

// Schema changes are appended here, never edited: a database at version N gets
// migrations N+1… applied in order, each in its own transaction.
struct Migration
{
    int version;
    QStringList statements; // %PK% and %BLOB% are filled in per driver
    QStringList sqliteOnly;
    QStringList postgresOnly;
};

const QList<Migration> &migrations();

} // namespace rollcage::incident
