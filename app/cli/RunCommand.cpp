#include "cli/RunCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "cli/SecretSourceFactory.h"
#include "core/Logging.h"
#include "execution/Engine.h"
#include "execution/StepScript.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#if __has_include("runbook/Importer.h")
#include "runbook/Importer.h"
#define ROLLCAGE_HAVE_IMPORTER 1
#endif

namespace rollcage::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rollcage::cli", text);
}

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

void writeRaw(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// Ctrl-C and SIGTERM become a byte on a socket the event loop watches, so the running
// step is cancelled (and recorded) by the normal path instead of the process dying.
int g_signalFd = -1;
extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_signalFd, &byte, 1);
}

struct RunOptions
{
    QString runbookPath;
    QString procedure;
    QHash<QString, QString> variables;
    bool yes = false;
    bool dryRun = false;
    QString database;
    QString service;
    QString environment;
    QString operatorName;
    QString title;
    qint64 incident = 0;
    QString resolve;
    QString directory;
};

// Drives the engine step by step from the event loop and turns what happens into
// terminal output and an exit code.
class HeadlessRun : public QObject
{
    // Its own tr(), not QObject's ("QObject") nor the file's ("rollcage::cli"): lupdate files
    // the texts of this class under its name.
    Q_DECLARE_TR_FUNCTIONS(rollcage::cli::HeadlessRun)

public:
    HeadlessRun(execution::Engine *engine, const RunOptions &options)
        : m_engine(engine)
        , m_options(options)
    {
        connect(engine, &execution::Engine::output, this, &HeadlessRun::print);
        connect(engine, &execution::Engine::stepFinished, this, &HeadlessRun::onStepFinished);
        connect(engine, &execution::Engine::storeError, this,
                [](const QString &message) { err(QStringLiteral("rollcage run: ") + message); });
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, fds) == 0) {
            g_signalFd = fds[1];
            m_signalRead = fds[0];
            m_notifier = new QSocketNotifier(m_signalRead, QSocketNotifier::Read, this);
            connect(m_notifier, &QSocketNotifier::activated, this, &HeadlessRun::onStopRequested);
            struct sigaction sa = {};
            sa.sa_handler = onStopSignal;
            sigemptyset(&sa.sa_mask);
            ::sigaction(SIGINT, &sa, nullptr);
            ::sigaction(SIGTERM, &sa, nullptr);
        }
    }

    ~HeadlessRun() override
    {
        ::signal(SIGINT, SIG_DFL);
        ::signal(SIGTERM, SIG_DFL);
        if (m_signalRead >= 0) {
            ::close(m_signalRead);
            ::close(g_signalFd);
            g_signalFd = -1;
        }
    }

    int exec()
    {
        QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
        return QCoreApplication::exec();
    }

private:
    // "4 succeeded, 1 skipped", "5 succeeded".
    QString settledSummary() const
    {
        int succeeded = 0;
        int skipped = 0;
        int waived = 0;
        for (int i = 0; i < m_engine->procedure().steps.size(); ++i) {
            const incident::StepState state = m_engine->state().step(i).state;
            succeeded += state == incident::StepState::Succeeded ? 1 : 0;
            skipped += state == incident::StepState::Skipped ? 1 : 0;
            waived += state == incident::StepState::Waived ? 1 : 0;
        }
        QStringList parts{tr("%1 succeeded").arg(succeeded)};
        if (skipped)
            parts << tr("%1 skipped").arg(skipped);
        if (waived)
            parts << tr("%1 waived").arg(waived);
        return parts.join(QStringLiteral(", "));
    }

    void finishWith(int code)
    {
        m_exitCode = code;
        QCoreApplication::exit(code);
    }

    void next()
    {
        if (m_stopRequested) {
            finishWith(ExitFailure);
            return;
        }
        const auto index = m_engine->nextStep();
        const auto &steps = m_engine->procedure().steps;
        if (!index) {
            m_engine->transition(incident::Phase::Verifying, tr("every procedure step settled"));
            // "Passed" only when each one ran and succeeded: a skipped or waived step is
            // said as such.
            err(tr("rollcage run: every step of \"%1\" is settled (%2); incident %3 is now verifying.")
                    .arg(m_engine->procedure().title, settledSummary())
                    .arg(m_engine->incidentId()));
            finishWith(ExitOk);
            return;
        }
        const runbook::Step &step = steps.at(*index);
        err(QStringLiteral("==> [%1/%2] %3").arg(*index + 1).arg(steps.size()).arg(step.title));
        if (step.kind == runbook::StepKind::Manual || step.commands.isEmpty()) {
            if (!step.description.isEmpty())
                err(step.description);
            if (!m_options.yes) {
                err(tr("rollcage run: step %1 is manual. Do it, then resume with --incident %2 "
                       "--yes (which records manual steps as waived: not performed by Rollcage).")
                        .arg(*index + 1)
                        .arg(m_engine->incidentId()));
                finishWith(ExitFailure);
                return;
            }
            const Status waived = m_engine->waiveStep(
                *index, tr("manual step in a headless run (--yes): not performed by Rollcage"));
            if (!waived) {
                err(QStringLiteral("rollcage run: ") + waived.error);
                finishWith(ExitUsage);
                return;
            }
            QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
            return;
        }
        const QString expected = m_engine->expectedConfirmation(*index);
        if (!expected.isEmpty() && !m_options.yes) {
            err(tr("rollcage run: step %1 (\"%2\") is destructive; run again with --yes to "
                   "confirm it (resume with --incident %3).")
                    .arg(*index + 1)
                    .arg(step.title)
                    .arg(m_engine->incidentId()));
            finishWith(ExitFailure);
            return;
        }
        const Status started = m_engine->runStep(*index, expected);
        if (!started) {
            err(QStringLiteral("rollcage run: ") + started.error);
            finishWith(ExitFailure);
        }
    }

    void print(int index, execution::OutputStream stream, const QString &text, qint64)
    {
        const bool isOut = stream == execution::OutputStream::Stdout;
        bool &atLineStart = isOut ? m_outAtLineStart : m_errAtLineStart;
        const QString prefix = QStringLiteral("[%1] ").arg(index + 1);
        QString prefixed;
        prefixed.reserve(text.size() + 16);
        for (const QChar c : text) {
            if (atLineStart)
                prefixed += prefix;
            prefixed += c;
            atLineStart = c == QLatin1Char('\n');
        }
        writeRaw(isOut ? stdout : stderr, prefixed.toUtf8());
    }

    void onStepFinished(int index, const execution::StepResult &result)
    {
        if (!m_outAtLineStart)
            writeRaw(stdout, "\n");
        if (!m_errAtLineStart)
            writeRaw(stderr, "\n");
        m_outAtLineStart = m_errAtLineStart = true;
        const double seconds = (result.finishedMs - result.startedMs) / 1000.0;
        if (result.status == execution::StepStatus::Succeeded) {
            err(tr("<== [%1] succeeded in %2 s").arg(index + 1).arg(seconds, 0, 'f', 1));
            QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
            return;
        }
        err(tr("<== [%1] %2: %3")
                .arg(index + 1)
                .arg(execution::statusName(result.status), result.error));
        err(tr("rollcage run: stopped at step %1; incident %2 stays rolling_back. Resume with "
               "--incident %2 after looking into it.")
                .arg(index + 1)
                .arg(m_engine->incidentId()));
        finishWith(ExitFailure);
    }

    void onStopRequested()
    {
        char buffer[16];
        [[maybe_unused]] const auto n = ::read(m_signalRead, buffer, sizeof buffer);
        if (m_stopRequested)
            return;
        m_stopRequested = true;
        err(tr("rollcage run: interrupted; cancelling the running step (SIGTERM to its process "
               "group, SIGKILL after the grace period)."));
        if (m_engine->isRunning())
            m_engine->cancel();
        else
            finishWith(ExitFailure);
    }

    execution::Engine *m_engine;
    RunOptions m_options;
    QSocketNotifier *m_notifier = nullptr;
    int m_signalRead = -1;
    bool m_stopRequested = false;
    bool m_outAtLineStart = true;
    bool m_errAtLineStart = true;
    int m_exitCode = ExitOk;
};

int printDryRun(const runbook::Runbook &rb, const RunOptions &options)
{
    const auto index = execution::findProcedure(rb, options.procedure);
    if (!index) {
        err(QStringLiteral("rollcage run: ") + index.error);
        return ExitUsage;
    }
    const runbook::Procedure &procedure = rb.procedures.at(*index);
    QString text = tr("# Dry run of \"%1\" (%2 steps); nothing is executed or recorded.\n")
                       .arg(procedure.title)
                       .arg(procedure.steps.size());
    for (int i = 0; i < procedure.steps.size(); ++i) {
        const runbook::Step &step = procedure.steps.at(i);
        text +=
            QStringLiteral("\n# [%1/%2] %3").arg(i + 1).arg(procedure.steps.size()).arg(step.title);
        if (step.destructive)
            text += tr(" (destructive: needs --yes)");
        text += QLatin1Char('\n');
        if (step.kind == runbook::StepKind::Manual || step.commands.isEmpty()) {
            text += tr("# manual step\n");
            continue;
        }
        text += execution::renderForDisplay(step, options.variables) + QLatin1Char('\n');
    }
    out(text);
    return ExitOk;
}

} // namespace

int runCommand(const QStringList &arguments)
{
    // The terminal carries the steps' output; per-step debug lines would bury it.
    // QT_LOGGING_RULES still turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Run one procedure of a runbook headless, recording an "
                                        "incident."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption procedure(
        QStringLiteral("procedure"),
        tr("The procedure to run (its title, or a unique part of it)."), QStringLiteral("NAME"));
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
        QStringLiteral("operator"), tr("Who the journal records as acting (default: the OS user)."),
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
                       title, incident, resolve, directory});
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
            err(tr("rollcage run: usage: rollcage run RUNBOOK --procedure NAME [--var K=V]... "
                   "[--yes] [--dry-run], or to resume: rollcage run RUNBOOK --procedure NAME "
                   "--incident N [--resolve retry|done|failed]"));
        return ExitUsage;
    }
    options.runbookPath = parser.positionalArguments().constFirst();
    options.procedure = parser.value(procedure);
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
    if (options.dryRun)
        return printDryRun(*rb, options);

    auto store = openIncidentStore(options.database);
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
    } else {
        const auto id = engine.declare(
            *rb, options.procedure,
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
    HeadlessRun run(&engine, options);
    return run.exec();
}

} // namespace rollcage::cli
