#pragma once

// Undoes "mojibake": UTF-8 text that was once decoded as Windows-1252/Latin-1 (or
// Mac Roman) and saved again, so that ✅ reads "âœ…" and ⚠️ reads "‚ö†Ô∏è". Only
// sequences that form valid UTF-8 again are touched, so correct text is left alone.

#include <QString>

namespace rollcage::runbook {

struct TextRepair
{
    QString text;      // the repaired text (the input when nothing was repaired)
    int repaired = 0;  // characters restored
    int firstLine = 0; // 1-based line of the first repair
    QString codecName; // "Windows-1252" or "Mac Roman"; empty when nothing was repaired

    static TextRepair repair(const QString &text);
};

} // namespace rollcage::runbook
