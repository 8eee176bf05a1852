#pragma once

#include "core/Result.h"
#include "incident/IncidentStore.h"

#include <QStringList>

#include <memory>

namespace rollcage::cli {

// `rollcage incidents [--database PATH|URL]`: lists the recorded incidents.
int incidentsCommand(const QStringList &arguments);

// What the command does with the store: a reader still reads when the store takes no
// writes (a full disk), a writer must not start then.
enum class StoreUse { Read, Write };

// Opens the store named by --database (default: SQLite in the user data directory) and
// marks steps interrupted by a crash as outcome unknown, telling the user on stderr.
Result<std::unique_ptr<incident::IncidentStore>> openIncidentStore(const QString &database,
                                                                   StoreUse use);

} // namespace rollcage::cli
