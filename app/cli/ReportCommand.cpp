#include "cli/ReportCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "report/MarkdownReport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

#include <functional>

namespace rollcage::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}

using Renderer = std::function<QByteArray(const report::ReportData &)>;

// One entry per format; html and pdf join here.
Renderer rendererFor(const QString &format)
{
    if (format == QLatin1String("md") || format == QLatin1String("markdown"))
        return [](const report::ReportData &d) { return report::renderMarkdown(d).toUtf8(); };
    return {};
}

} // namespace

int reportCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write the report of a recorded incident."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption format(QStringLiteral("format"), tr("Report format: md."),
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
    const Renderer render = rendererFor(parser.value(format));
    if (!render) {
        err(tr("rollcage report: format \"%1\" is not available in this version; use --format "
               "md.")
                .arg(parser.value(format)));
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
    const QByteArray bytes = render(*data);
    if (!parser.isSet(output)) {
        std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stdout);
        std::fflush(stdout);
        return ExitOk;
    }
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        err(tr("rollcage report: could not write %1: %2.")
                .arg(file.fileName(), file.errorString()));
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace rollcage::cli
