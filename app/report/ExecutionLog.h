#pragma once

#include "report/ReportData.h"

namespace rollcage::report {

// The "Rollback execution log" section: type and scope, the steps, the backup used,
// validation results and the issues encountered, all generated from the journal.
QString renderExecutionLog(const ReportData &data);

} // namespace rollcage::report
