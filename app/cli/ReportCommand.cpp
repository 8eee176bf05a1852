#include "cli/ReportCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "cli/SecretSourceFactory.h"
#include "core/Tr.h"
#include "execution/Engine.h"
#include "execution/StepScript.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "report/MarkdownReport.h"
#include "report/ReportExport.h"
#include "report/ReportFields.h"
#include "runbook/Importer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>

#include <cstdio>

namespace rollcage::cli {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::cli")

QString fieldNames()
{
    QStringList names;
    for (const report::ReportField &f : report::reportFields())
        names.append(f.name);
    return names.join(QStringLiteral(", "));
}

// Each --set NAME=TEXT, checked before anything is written, so a typo in the second
// field does not leave the first one recorded alone.
std::optional<QList<std::pair<QString, QString>>> parseSets(const QStringList &values)
{
    QList<std::pair<QString, QString>> sets;
    for (const QString &v : values) {
        const qsizetype eq = v.indexOf(QLatin1Char('='));
        const QString name = v.left(eq).trimmed();
        if (eq <= 0 || !report::findReportField(name)) {
            err(tr("rollcage report: --set %1: give NAME=TEXT where NAME is one of %2 "
                   "(e.g. --set root_cause=\"expired TLS certificate\").")
                    .arg(v, fieldNames()));
            return std::nullopt;
        }
        sets.append({name, v.mid(eq + 1)});
    }
    return sets;
}

// A token pasted into a field must not reach the journal: the runbook's secrets the
// keychain keeps for the incident's service and environment are read (nobody is asked
// for one) and masked, as the console masks what is typed into it.
QStringList keptSecrets(const incident::IncidentRecord &record)
{
    const runbook::Runbook runbook =
        runbook::Importer::importText(record.runbookText.toUtf8(), record.runbookSource);
    QStringList names;
    for (const runbook::Procedure &procedure : runbook.procedures) {
        for (const runbook::Step &step : procedure.steps)
            names += execution::secretNames(step);
    }
    if (names.isEmpty())
        return {};
    QObject owner;
    execution::SecretSource *source = createSecretSource(&owner);
    QHash<QString, QString> kept;
    QEventLoop answered;
    QObject::connect(source, &execution::SecretSource::kept, &answered,
                     [&kept, &answered](quint64, const QHash<QString, QString> &values) {
                         kept = values;
                         answered.quit();
                     });
    source->peek(1, execution::secretScope(record), names);
    answered.exec();
    return kept.values();
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
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("Write a report field first (repeatable): NAME=TEXT, NAME one of "
                                    "%1. The latest text of a field wins.")
                                     .arg(fieldNames()),
                                 QStringLiteral("NAME=TEXT"));
    parser.addOptions({database, format, output, set});
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
    auto sets = parseSets(parser.values(set));
    if (!sets)
        return ExitUsage;
    const auto store = openIncidentStore(parser.value(database), StoreUse::Read);
    if (!store) {
        err(QStringLiteral("rollcage report: ") + store.error);
        return ExitUsage;
    }
    if (!sets->isEmpty()) {
        const auto record = (*store)->incident(id);
        if (!record) {
            err(QStringLiteral("rollcage report: ") + record.error);
            return ExitUsage;
        }
        // Written through the incident's journal, which masks what the keychain keeps.
        incident::Journal journal(store->get(), id);
        if (Status s = journal.load(); !s) {
            err(QStringLiteral("rollcage report: ") + s.error);
            return ExitUsage;
        }
        journal.addSecrets(keptSecrets(*record));
        for (const auto &[name, text] : *sets) {
            if (const Status s = report::setReportField(journal, name, text); !s) {
                err(QStringLiteral("rollcage report: ") + s.error);
                return ExitUsage;
            }
        }
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
