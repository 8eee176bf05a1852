#pragma once

// Severity levels a runbook defines, and the rules that tie them to an assessment: which
// level a decision row names, and which countdown the assessment starts. In the core so
// that the Assess page and anything else that assesses ask the same functions.

#include "runbook/Runbook.h"

#include <QList>
#include <QString>

#include <optional>

namespace rollcage::runbook {

// The severity code a text starts with, normalised: "SEV-1 — Critical" and "Severity 1
// examples" -> "sev1", "P2" and "Priority 2" -> "p2". Empty when it starts with none
// ("Phase 1", "S3 bucket", "Critical").
QString severityCode(const QString &text);

// The level a decision row's severity names: by code ("SEV-1", "P1 (critical)"), else by
// a word of the level's name ("Critical" names "P1 -- Critical"). -1 when none does.
int severityLevelFor(const QList<SeverityLevel> &levels, const QString &severity);

// The countdown an assessment starts, in minutes: the decision row's deadline when it has
// one, else the chosen level's response time; none when neither is a time.
std::optional<int> responseDeadline(const Decision *decision, const SeverityLevel *level);

} // namespace rollcage::runbook
