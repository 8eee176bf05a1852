#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage check FILE [--json]`: import a runbook and report what was understood.
// Exit 0 without error diagnostics, 1 with, 2 for usage or an unreadable file.
int runCheck(const QStringList &arguments);

} // namespace rollcage::cli
