#pragma once

#include "core/Result.h"

#include <QString>

class QTextDocument;

namespace rollcage::report {

// Lays `document` out in pages of `pageHeight` (in its own units) so that no table row
// is cut by a page break: a row that would straddle one starts on the next page instead
// (a row taller than a page still flows on). Returns how many rows were moved.
int keepTableRowsTogether(QTextDocument &document, qreal pageHeight);

// The report's HTML as an A4 PDF: 15 mm margins, rows kept whole, "title — page n of m"
// under each page. Needs a QGuiApplication.
Status writePdf(const QString &html, const QString &title, const QString &path);

} // namespace rollcage::report
