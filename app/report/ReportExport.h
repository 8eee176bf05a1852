#pragma once

#include "core/Result.h"

#include <QString>

namespace rollcage::report {

// The incident report is written once, as Markdown; HTML and PDF are renderings of it,
// so the three exports can never disagree.

// A self-contained HTML document (inline style, no external references). Raw HTML in
// the Markdown — step output can contain anything — is shown as text, never interpreted.
QString markdownToHtml(const QString &markdown, const QString &title);
// Just the body's HTML (md4c, GitHub dialect, raw HTML shown as text), for a widget that
// brings its own look, such as the runbook preview.
QString markdownBody(const QString &markdown);

enum class Format { Markdown, Html, Pdf };
std::optional<Format> formatFromName(const QString &name); // "md", "html", "pdf"

// Writes `markdown` to `path` in `format`. PDF needs a QGuiApplication (the headless
// command creates one on the offscreen platform).
Status exportReport(const QString &markdown, const QString &title, Format format, const QString &path);

// The bytes for stdout when no -o is given (PDF is refused there: binary on a terminal).
Result<QByteArray> renderReport(const QString &markdown, const QString &title, Format format);

} // namespace rollcage::report
