#pragma once

#include "report/ReportData.h"

namespace rollcage::report {

// The first incident report: title, facts, decision, the timeline from the journal, and
// each step with its status, duration and the tail of its output. Deterministic (no
// "generated at"), so it can be compared with a golden file.
QString renderMarkdown(const ReportData &data);

} // namespace rollcage::report
