#pragma once

#include <QString>

namespace rollcage::cli {

// Writing to the terminal without qDebug's decorations: commands print results on
// stdout and diagnostics on stderr, both UTF-8, flushed line by line.
void out(const QString &text);
void err(const QString &text);

// Exit codes shared by every command.
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

} // namespace rollcage::cli
