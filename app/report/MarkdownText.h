#pragma once

#include <QString>

// Small Markdown-writing helpers shared by the report's sections (internal).
namespace rollcage::report::md {

QString utc(qint64 ms);           // "2026-03-14 09:26:00"
QString cell(const QString &text); // one table cell: one line, pipes escaped
QString duration(qint64 ms);      // "2.5 s", "12 min 3 s", "–" when negative
QString fenced(const QString &body, const QString &info); // a fence output cannot close
QString inlineText(QString text); // one line of prose: newlines become spaces
QString codeSpan(const QString &text); // `text`, however many backticks it holds

} // namespace rollcage::report::md
