#pragma once

#include "core/Result.h"

#include <QString>

namespace rollcage::report {

// The incident report is written once, as Markdown; HTML and PDF are renderings of it,
// so the three exports can never disagree.

// A self-contained HTML document (inline style, no external references). Raw HTML in
// the Markdown — step output can contain anything — is shown as text, never interpreted.
QString markdownToHtml(const QString &markdown, const QString &title);
// Just the body's HTML (md4c, GitHub dialect), for a widget that brings its own look.
// Raw HTML is shown as text unless `RawHtml::Render`: the runbook preview shows the team's
// own document as its host renders it, where an HTML comment (a `<!-- rollcage: … -->`
// annotation) is not seen and `<details>` folds.
enum class RawHtml { AsText, Render };
QString markdownBody(const QString &markdown, RawHtml raw = RawHtml::AsText);

enum class Format { Markdown, Html, Pdf };
std::optional<Format> formatFromName(const QString &name); // "md", "html", "pdf"

// Writes `markdown` to `path` in `format`. PDF needs a QGuiApplication (the headless
// command creates one on the offscreen platform).
Status exportReport(const QString &markdown, const QString &title, Format format, const QString &path);

// The bytes for stdout when no -o is given (PDF is refused there: binary on a terminal).
Result<QByteArray> renderReport(const QString &markdown, const QString &title, Format format);

} // namespace rollcage::report
