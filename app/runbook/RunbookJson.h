#pragma once

#include "runbook/Runbook.h"

#include <QJsonObject>

namespace rollcage::runbook {

// The JSON form printed by `rollcage check --json`: a contract for CI scripts and
// the golden files of the tests. Keys are documented in docs/runbook-format.md.
QJsonObject toJson(const Runbook &runbook);
QString severityName(Severity severity);
QString phaseName(ChecklistPhase phase);
QString confirmationName(Confirmation level); // "one_click", "name_target", "typed"

} // namespace rollcage::runbook
