#pragma once

#include "runbook/Runbook.h"

#include <QString>

namespace rollcage::gui {

// How runbook text and times read on screen. Runbook titles keep their Markdown inline
// marks (`current`, **bold**); labels show them as code, plain views without the marks.
QString plainInline(const QString &markdown);
QString inlineHtml(const QString &markdown);
// A paragraph or a short list as one flowing line for a label: the source's line breaks
// are spaces (Markdown's soft breaks), list items are joined with "; ".
QString flowingText(const QString &markdown);
// plainInline line by line: lines stay lines (a list of problems), marks go.
QString plainLines(const QString &markdown);

// "45 s", "2 min", "1 h 5 min": a span as people say it (not a clock).
QString spanText(qint64 seconds);
// A runbook duration: "2 min", "1–2 min"; empty when unknown.
QString durationText(const runbook::Duration &duration);

// A runbook's warning sentence without the warning sign and "Warning:" it starts with,
// for places that already say it is a warning.
QString warningBody(const QString &warning);

} // namespace rollcage::gui
