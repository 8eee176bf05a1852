#pragma once

#include <QString>

namespace rollcage::cli {

// Writing to the terminal without qDebug's decorations: commands print results on
// stdout and diagnostics on stderr, both UTF-8, flushed line by line.
void out(const QString &text);
void err(const QString &text);

// The log lines a command shows on stderr, beside what it says itself. A command prints
// every error the incident store returns (openIncidentStore, the engine's storeError), so
// the store's own warning and info lines would say the same thing twice, once as log
// noise: they are off, and `extra` (rules in QLoggingCategory::setFilterRules' format) is
// added. QT_LOGGING_RULES still turns anything back on.
void setLogRules(const QString &extra = {});

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace rollcage::cli
