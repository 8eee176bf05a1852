#include "cli/ReportCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "report/MarkdownReport.h"
#include "report/ReportExport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace rollcage::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the report of a recorded incident."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: md, html or pdf (pdf needs -o)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("md"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Write to FILE instead of standard output."),
                                    QStringLiteral("FILE"));
    parser.addOptions({database, format, output});
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), tr("The incident's number."));
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage report: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        err(tr("rollcage report: give one incident number, e.g. `rollcage report 3 --format md` "
               "(`rollcage incidents` lists them)."));
        return ExitUsage;
    }
    const auto chosen = report::formatFromName(parser.value(format));
    if (!chosen) {
        err(tr("rollcage report: unknown format \"%1\"; use md, html or pdf.").arg(parser.value(format)));
        return ExitUsage;
    }
    if (*chosen == report::Format::Pdf && !parser.isSet(output)) {
        err(tr("rollcage report: a PDF needs a file to go to: add -o FILE.pdf"));
        return ExitUsage;
    }
    const auto store = openIncidentStore(parser.value(database));
    if (!store) {
        err(QStringLiteral("rollcage report: ") + store.error);
        return ExitUsage;
    }
    const auto data = report::collectReport(**store, id);
    if (!data) {
        err(QStringLiteral("rollcage report: ") + data.error);
        return ExitUsage;
    }
    // One Markdown rendering; HTML and PDF are made from it, so the formats agree.
    const QString markdown = report::renderMarkdown(*data);
    const QString title = tr("Incident %1: %2").arg(id).arg(data->incident.title);
    if (!parser.isSet(output)) {
        const QByteArray bytes = *report::renderReport(markdown, title, *chosen);
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    const Status written = report::exportReport(markdown, title, *chosen, parser.value(output));
    if (!written) {
        err(QStringLiteral("rollcage report: ") + written.error);
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace rollcage::cli
