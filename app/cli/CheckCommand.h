#pragma once

#include "runbook/Runbook.h"

#include <QJsonObject>
#include <QStringList>

namespace rollcage::cli {

// The runbook as `check --json` prints it: toJson's, and on each typed or name-target step
// the `confirm_target` the console will ask for before any value is filled in, as the text
// summary says it.
QJsonObject checkJson(const runbook::Runbook &rb);

// `rollcage check FILE [--json]`: import a runbook and report what was understood.
// Exit 0 without error diagnostics, 1 with, 2 for usage or an unreadable file.
int runCheck(const QStringList &arguments);

} // namespace rollcage::cli
