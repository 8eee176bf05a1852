#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage run RUNBOOK --procedure NAME [--var K=V]… [--yes] [--dry-run]`: runs one
// procedure headless as a recorded incident. Exit 0 when every step passed, 1 when one
// failed or was cancelled (the incident stays rolling_back, resumable with --incident),
// 2 on usage, runbook or database errors.
int runCommand(const QStringList &arguments);

} // namespace rollcage::cli
