#include "cli/RunCommand.h"

#include "cli/Console.h"
#include "cli/HeadlessRun.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "cli/SecretSourceFactory.h"
#include "core/Logging.h"
#include "core/Tr.h"
#include "execution/Confirmation.h"
#include "execution/Engine.h"
#include "execution/Preflight.h"
#include "execution/StepScript.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>

#if __has_include("runbook/Importer.h")
#include "runbook/Importer.h"
#define ROLLCAGE_HAVE_IMPORTER 1
#endif

namespace rollcage::cli {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::cli")

// The one place `run` reads a runbook, so wiring the importer is a one-line change.
Result<runbook::Runbook> loadRunbook(const QString &path)
{
#ifdef ROLLCAGE_HAVE_IMPORTER
    return runbook::Importer::importFile(path);
#else
    return Result<runbook::Runbook>::failure(
        tr("%1: this build has no runbook importer, so it cannot run runbooks.").arg(path));
#endif
}


QString dryRunText(const runbook::Procedure &procedure, const RunOptions &options)
{
    QString text = tr("# Dry run of \"%1\" (%2 steps); nothing is executed or recorded.\n")
                       .arg(procedure.title)
                       .arg(procedure.steps.size());
    for (int i = 0; i < procedure.steps.size(); ++i) {
        const runbook::Step &step = procedure.steps.at(i);
        text +=
            QStringLiteral("\n# [%1/%2] %3").arg(i + 1).arg(procedure.steps.size()).arg(step.title);
        if (step.destructive)
            text += tr(" (destructive: needs --yes)");
        else if (const QString target = execution::namedTarget(step, options.variables);
                 !target.isEmpty())
            text += tr(" (changes production: acts on %1)").arg(target);
        text += QLatin1Char('\n');
        if (step.kind == runbook::StepKind::Manual ||
            (!execution::hasShellCode(step) && !execution::isHealthGate(step))) {
            text += tr("# manual step\n");
            continue;
        }
        text += execution::renderForDisplay(step, options.variables) + QLatin1Char('\n');
    }
    return text;
}

// The procedures named, in order (each was checked to exist).
QList<runbook::Procedure> chosenProcedures(const runbook::Runbook &rb, const QStringList &titles)
{
    QList<runbook::Procedure> procedures;
    for (const QString &title : titles)
        procedures.append(rb.procedures.at(*execution::findProcedure(rb, title)));
    return procedures;
}

// Everything the run needs, checked before step 1 and said at once. Returns the problems.
QList<execution::PreflightProblem> checkBeforeRunning(const runbook::Runbook &rb,
                                                      const RunOptions &options,
                                                      const QHash<QString, QString> &values,
                                                      const QSet<QString> &shellNames,
                                                      const QString &directory)
{
    execution::PreflightInput input;
    input.procedures = chosenProcedures(rb, options.procedures);
    input.values = values;
    input.shellNames = shellNames;
    input.workingDirectory = directory;
    return execution::preflight(input);
}

// `heading` (with %n for the count), then one problem a line.
void sayPreflight(const char *heading, const QList<execution::PreflightProblem> &problems)
{
    err(tr(heading, nullptr, int(problems.size())));
    for (const QString &line : execution::describePreflight(problems).split(QLatin1Char('\n')))
        err(QStringLiteral("  - ") + line);
}

// Where a new incident's steps will run: --directory, else the runbook's default.
QString stepsDirectory(const runbook::Runbook &rb, const RunOptions &options)
{
    return options.directory.isEmpty() ? execution::defaultWorkingDirectory(rb.source)
                                       : options.directory;
}

// Marked for lupdate; translated with their count where they are said.
const char *const kNothingRun =
    QT_TRANSLATE_N_NOOP("rollcage::cli", "rollcage run: pre-flight found %n problem(s); nothing was run:");
const char *const kWouldStop = QT_TRANSLATE_N_NOOP(
    "rollcage::cli", "rollcage run: pre-flight found %n problem(s) a run would stop at:");

int printDryRun(const runbook::Runbook &rb, const RunOptions &options)
{
    QString text;
    for (const QString &title : options.procedures) {
        const auto index = execution::findProcedure(rb, title);
        if (!index) {
            err(QStringLiteral("rollcage run: ") + index.error);
            return ExitUsage;
        }
        text += dryRunText(rb.procedures.at(*index), options);
    }
    out(text);
    const QString directory = stepsDirectory(rb, options);
    const auto problems = checkBeforeRunning(rb, options, options.variables, {}, directory);
    if (!problems.isEmpty()) {
        sayPreflight(kWouldStop, problems);
        return ExitFailure;
    }
    err(tr("rollcage run: pre-flight passed: every value, program and script the steps need "
           "is there (steps run in %1).")
            .arg(directory));
    return ExitOk;
}

// Ticks and waivers given on the command line, journalled before the first step so the
// checklist gate sees them (an item already marked is left as it is).
int markChecklist(execution::Engine &engine, const RunOptions &options)
{
    const auto marked = [&engine](const incident::OpenItem &item) {
        for (const incident::ChecklistMark &m : engine.state().checklist) {
            if (m.checklist == item.checklist && m.item == item.item)
                return true;
        }
        return false;
    };
    for (const QString &text : options.ticks) {
        const auto item = incident::findPrerequisite(engine.runbook().checklists, text);
        if (!item) {
            err(QStringLiteral("rollcage run: --tick: ") + item.error);
            return ExitUsage;
        }
        if (marked(*item))
            continue;
        if (Status s = engine.tickChecklistItem(item->checklist, item->item); !s) {
            err(QStringLiteral("rollcage run: ") + s.error);
            return ExitUsage;
        }
    }
    for (const QStringList &waiver : options.waivers) {
        const auto item = incident::findPrerequisite(engine.runbook().checklists, waiver.at(0));
        if (!item) {
            err(QStringLiteral("rollcage run: --waive: ") + item.error);
            return ExitUsage;
        }
        if (marked(*item))
            continue;
        if (Status s = engine.waiveChecklistItem(item->checklist, item->item, waiver.at(1)); !s) {
            err(QStringLiteral("rollcage run: ") + s.error);
            return ExitUsage;
        }
    }
    return ExitOk;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    // The terminal carries the steps' output; per-step debug lines would bury it.
    // QT_LOGGING_RULES still turns them on.
    setLogRules(QStringLiteral("rollcage.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run procedures of a runbook headless, one after the "
                                        "other, recording one incident."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption procedure(
        QStringLiteral("procedure"),
        tr("A procedure to run (its title, or a unique part of it); repeatable: each runs after "
           "the one before, in one incident (e.g. diagnose, roll back, verify)."),
        QStringLiteral("NAME"));
    const QCommandLineOption tick(
        QStringLiteral("tick"),
        tr("Tick an item of the pre-rollback checklist (its text or a unique part); repeatable."),
        QStringLiteral("ITEM"));
    const QCommandLineOption waive(
        QStringLiteral("waive"),
        tr("Waive an item of the pre-rollback checklist, with the reason; repeatable."),
        QStringLiteral("ITEM=REASON"));
    const QCommandLineOption var(QStringLiteral("var"), tr("A placeholder value; repeatable."),
                                 QStringLiteral("K=V"));
    const QCommandLineOption yes(QStringLiteral("yes"),
                                 tr("Confirm destructive steps and waive manual ones."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the substituted commands (secrets masked) without "
                                       "running or recording anything."));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Service name (default: from the runbook title); with the "
                                        "environment, the keychain scope."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption environment(QStringLiteral("environment"),
                                         tr("Environment (default: production)."),
                                         QStringLiteral("NAME"));
    const QCommandLineOption operatorName(
        QStringLiteral("operator"), tr("Who the journal records as acting (default: the name chosen in the GUI, else the OS user's full name)."),
        QStringLiteral("NAME"));
    const QCommandLineOption title(QStringLiteral("title"), tr("Incident title."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption incident(QStringLiteral("incident"),
                                      tr("Resume this incident instead of declaring a new one."),
                                      QStringLiteral("ID"));
    const QCommandLineOption resolve(
        QStringLiteral("resolve"),
        tr("For a step whose outcome is unknown after a crash: retry, done or failed."),
        QStringLiteral("HOW"));
    const QCommandLineOption directory(
        QStringLiteral("directory"),
        tr("Where the steps run (default: the root of the runbook's repository, else its "
           "folder)."),
        QStringLiteral("DIR"));
    parser.addOptions({database, procedure, var, yes, dryRun, service, environment, operatorName,
                       title, incident, resolve, directory, tick, waive});
    parser.addPositionalArgument(QStringLiteral("RUNBOOK"), tr("The runbook (Markdown)."));
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage run: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    RunOptions options;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(procedure)) {
        if (parser.isSet(incident))
            err(tr("rollcage run: --incident resumes an incident; give its runbook and procedure "
                   "too: rollcage run RUNBOOK --procedure NAME --incident %1 "
                   "[--resolve retry|done|failed]")
                    .arg(parser.value(incident)));
        else
            err(tr("rollcage run: usage: rollcage run RUNBOOK --procedure NAME [--procedure "
                   "NAME]... [--var K=V]... [--tick ITEM]... [--waive ITEM=REASON]... "
                   "[--directory DIR] [--yes] [--dry-run], or to resume: rollcage run RUNBOOK "
                   "--procedure NAME --incident N [--resolve retry|done|failed]"));
        return ExitUsage;
    }
    options.runbookPath = parser.positionalArguments().constFirst();
    options.procedures = parser.values(procedure);
    options.ticks = parser.values(tick);
    for (const QString &kv : parser.values(waive)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0 || kv.mid(eq + 1).trimmed().isEmpty()) {
            err(tr("rollcage run: --waive takes ITEM=REASON (a waiver needs its reason), got "
                   "\"%1\".")
                    .arg(kv));
            return ExitUsage;
        }
        options.waivers.append({kv.left(eq), kv.mid(eq + 1)});
    }
    for (const QString &kv : parser.values(var)) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err(tr("rollcage run: --var takes NAME=VALUE, got \"%1\".").arg(kv));
            return ExitUsage;
        }
        options.variables.insert(kv.left(eq), kv.mid(eq + 1));
    }
    options.yes = parser.isSet(yes);
    options.dryRun = parser.isSet(dryRun);
    if (parser.isSet(directory))
        options.directory = QFileInfo(parser.value(directory)).absoluteFilePath();
    options.database = parser.value(database);
    options.service = parser.value(service);
    options.environment = parser.value(environment);
    options.operatorName = parser.value(operatorName);
    options.title = parser.value(title);
    if (parser.isSet(incident)) {
        bool ok = false;
        options.incident = parser.value(incident).toLongLong(&ok);
        if (!ok || options.incident <= 0) {
            err(tr("rollcage run: --incident takes an incident number."));
            return ExitUsage;
        }
    }
    options.resolve = parser.value(resolve);
    if (!options.resolve.isEmpty() && options.resolve != QLatin1String("retry") &&
        options.resolve != QLatin1String("done") && options.resolve != QLatin1String("failed")) {
        err(tr("rollcage run: --resolve takes retry, done or failed."));
        return ExitUsage;
    }

    const auto rb = loadRunbook(options.runbookPath);
    if (!rb) {
        err(QStringLiteral("rollcage run: ") + rb.error);
        return ExitUsage;
    }
    if (rb->hasErrors()) {
        for (const runbook::Diagnostic &d : rb->diagnostics) {
            if (d.severity == runbook::Severity::Error)
                err(QStringLiteral("%1:%2: error: %3")
                        .arg(options.runbookPath)
                        .arg(d.line)
                        .arg(d.message));
        }
        err(tr("rollcage run: the runbook has errors; fix them (see `rollcage check`) first."));
        return ExitUsage;
    }
    // Every procedure named must exist before anything is declared or run.
    for (const QString &named : options.procedures) {
        if (const auto found = execution::findProcedure(*rb, named); !found) {
            err(QStringLiteral("rollcage run: ") + found.error);
            return ExitUsage;
        }
    }
    // And every checklist item ticked or waived: a typo is said before anything runs.
    QStringList items = options.ticks;
    for (const QStringList &waiver : std::as_const(options.waivers))
        items.append(waiver.at(0));
    for (const QString &item : std::as_const(items)) {
        if (const auto found = incident::findPrerequisite(rb->checklists, item); !found) {
            err(QStringLiteral("rollcage run: ") + found.error);
            return ExitUsage;
        }
    }
    if (options.dryRun)
        return printDryRun(*rb, options);

    auto store = openIncidentStore(options.database, StoreUse::Write);
    if (!store) {
        err(QStringLiteral("rollcage run: ") + store.error);
        return ExitUsage;
    }
    if (!options.operatorName.isEmpty())
        (*store)->setOperatorName(options.operatorName);
    QObject owner;
    execution::Engine engine(store->get(), createSecretSource(&owner));
    if (options.incident > 0) {
        if (Status s = engine.resume(options.incident, *rb); !s) {
            err(QStringLiteral("rollcage run: ") + s.error);
            return ExitUsage;
        }
        for (auto it = options.variables.constBegin(); it != options.variables.constEnd(); ++it) {
            if (engine.state().variables.value(it.key()) == it.value())
                continue;
            if (Status s = engine.setVariable(it.key(), it.value()); !s) {
                err(QStringLiteral("rollcage run: ") + s.error);
                return ExitUsage;
            }
        }
        if (const auto unknown = engine.state().unresolvedStep()) {
            if (options.resolve.isEmpty()) {
                err(tr("rollcage run: the outcome of step %1 of incident %2 is unknown (Rollcage "
                       "stopped while it ran). Look at what it did, then pass --resolve retry, "
                       "--resolve done or --resolve failed.")
                        .arg(*unknown + 1)
                        .arg(options.incident));
                return ExitFailure;
            }
            const auto how =
                options.resolve == QLatin1String("retry")  ? execution::Resolution::Retry
                : options.resolve == QLatin1String("done") ? execution::Resolution::MarkDone
                                                           : execution::Resolution::MarkFailed;
            if (Status s =
                    engine.resolveUnknown(*unknown, how, tr("resolved from the command line"));
                !s) {
                err(QStringLiteral("rollcage run: ") + s.error);
                return ExitUsage;
            }
            if (how == execution::Resolution::MarkFailed) {
                err(tr("rollcage run: step %1 marked failed; incident %2 stays rolling_back.")
                        .arg(*unknown + 1)
                        .arg(options.incident));
                return ExitFailure;
            }
        }
        // Procedures given that are already settled are not gone through again.
        while (options.procedures.size() > 1) {
            const auto index = execution::findProcedure(*rb, options.procedures.constFirst());
            if (incident::nextStep(rb->procedures.at(*index), engine.state()))
                break;
            options.procedures.removeFirst();
        }
        if (Status s = engine.chooseProcedure(*rb, options.procedures.constFirst(),
                                              tr("resumed from the command line"));
            !s) {
            err(QStringLiteral("rollcage run: ") + s.error);
            return ExitUsage;
        }
        const auto problems = checkBeforeRunning(*rb, options, engine.state().variables,
                                                 engine.sessionNames(), engine.stepDirectory());
        if (!problems.isEmpty()) {
            sayPreflight(kNothingRun, problems);
            return ExitUsage;
        }
    } else {
        const auto problems = checkBeforeRunning(*rb, options, options.variables, {},
                                                 stepsDirectory(*rb, options));
        if (!problems.isEmpty()) {
            sayPreflight(kNothingRun, problems);
            return ExitUsage;
        }
        const auto id = engine.declare(
            *rb, options.procedures.constFirst(),
            {options.title, options.service, options.environment, options.variables,
             options.directory});
        if (!id) {
            err(QStringLiteral("rollcage run: ") + id.error);
            return ExitUsage;
        }
        err(tr("rollcage run: incident %1 declared in %2 (%3).")
                .arg(*id)
                .arg((*store)->displayName(), engine.procedure().title));
    }
    if (const int marked = markChecklist(engine, options); marked != ExitOk)
        return marked;
    HeadlessRun run(&engine, options);
    return run.exec();
}

} // namespace rollcage::cli
