#include "report/ReportExport.h"

#include "core/Logging.h"

#include <md4c-html.h>

#include "report/ReportPdf.h"

#include <QGuiApplication>
#include <QRegularExpression>
#include <QSaveFile>

namespace rollcage::report {

namespace {

// Plain enough for QTextDocument (which renders the PDF) and for browsers alike.
constexpr char kStyle[] = R"css(
body { font-family: "DejaVu Sans", "Noto Sans", sans-serif; font-size: 10.5pt; color: #1b1b1b; max-width: 60em; margin: 2em auto; }
h1 { font-size: 20pt; border-bottom: 2px solid #1f3b57; padding-bottom: 4px; }
h2 { font-size: 14pt; color: #1f3b57; margin-top: 18px; }
h3 { font-size: 12pt; }
table { border-collapse: collapse; }
th, td { border: 1px solid #b8c2cc; padding: 3px 6px; vertical-align: top; }
th { background: #e8eef4; }
td.when { white-space: nowrap; }
pre, code { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
pre { background: #f4f6f8; border: 1px solid #d8dee4; padding: 6px; white-space: pre-wrap; }
)css";

void appendOutput(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, qsizetype(size));
}

} // namespace

QString markdownBody(const QString &markdown, RawHtml raw)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray body;
    const unsigned flags = MD_DIALECT_GITHUB | (raw == RawHtml::AsText ? MD_FLAG_NOHTML : 0u);
    const int rc = md_html(input.constData(), MD_SIZE(input.size()), appendOutput, &body, flags,
                           MD_HTML_FLAG_SKIP_UTF8_BOM);
    if (rc != 0) {
        // md4c only fails on allocation failure; keep the text readable regardless.
        qCWarning(lcReport) << "md4c could not render the report; exporting it preformatted";
        body = "<pre>" + markdown.toHtmlEscaped().toUtf8() + "</pre>";
    }
    return QString::fromUtf8(body);
}

QString markdownToHtml(const QString &markdown, const QString &title)
{
    QString html = markdownBody(markdown);
    // A key-value table is written with an empty header row (Markdown tables need one);
    // rendered, it is a blank shaded bar above the table.
    static const QRegularExpression emptyHead(
        QStringLiteral(R"(<thead>\s*<tr>\s*(?:<th[^>]*>\s*</th>\s*)+</tr>\s*</thead>\s*)"));
    html.remove(emptyHead);
    // A timestamp in a cell stays on one line: date and time broken apart read badly.
    static const QRegularExpression timeCell(
        QStringLiteral(R"(<td>(\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)?(?: UTC)?)</td>)"));
    html.replace(timeCell, QStringLiteral(R"(<td class="when">\1</td>)"));
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                          "<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n%3</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), QString::fromLatin1(kStyle), html);
}

std::optional<Format> formatFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("md") || n == QLatin1String("markdown"))
        return Format::Markdown;
    if (n == QLatin1String("html") || n == QLatin1String("htm"))
        return Format::Html;
    if (n == QLatin1String("pdf"))
        return Format::Pdf;
    return std::nullopt;
}

Result<QByteArray> renderReport(const QString &markdown, const QString &title, Format format)
{
    switch (format) {
    case Format::Markdown:
        return Result<QByteArray>::success(markdown.toUtf8());
    case Format::Html:
        return Result<QByteArray>::success(markdownToHtml(markdown, title).toUtf8());
    case Format::Pdf:
        break;
    }
    return Result<QByteArray>::failure(
        QStringLiteral("a PDF report needs a file to go to: add -o FILE.pdf"));
}

Status exportReport(const QString &markdown, const QString &title, Format format, const QString &path)
{
    if (format != Format::Pdf) {
        // QSaveFile: a full disk or a killed process never leaves half a report behind.
        QSaveFile file(path);
        const QByteArray bytes = *renderReport(markdown, title, format);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Status::failure(QStringLiteral("cannot write the report to %1: %2")
                                       .arg(path, file.errorString()));
        return Status::success();
    }
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Status::failure(QStringLiteral("PDF export needs the graphical libraries initialised "
                                              "(internal error: no QGuiApplication)"));
    return writePdf(markdownToHtml(markdown, title), title, path);
}

} // namespace rollcage::report
