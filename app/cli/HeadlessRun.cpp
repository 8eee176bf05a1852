#include "cli/HeadlessRun.h"

#include "cli/Console.h"
#include "cli/HeadlessTerminal.h"
#include "execution/Confirmation.h"

#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace rollcage::cli {

namespace {

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

} // namespace

HeadlessRun::HeadlessRun(execution::Engine *engine, const RunOptions &options)
    : m_engine(engine)
    , m_options(options)
    , m_queue(options.procedures)
{
    // The engine is on the first procedure already (declared or chosen on resume).
    if (!m_queue.isEmpty())
        m_queue.removeFirst();
    // First: it gives the terminal back (cooked) before the end of a step is printed.
    m_terminal = new HeadlessTerminal(engine, this);
    connect(engine, &execution::Engine::output, this, &HeadlessRun::print);
    connect(engine, &execution::Engine::stepFinished, this, &HeadlessRun::onStepFinished);
    connect(engine, &execution::Engine::waitsForInput, this, &HeadlessRun::onWaitsForInput);
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

HeadlessRun::~HeadlessRun()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    if (m_signalRead >= 0) {
        ::close(m_signalRead);
        ::close(g_signalFd);
        g_signalFd = -1;
    }
}

int HeadlessRun::exec()
{
    // Every secret of the procedures to run, before step 1: a missing one is said now.
    connect(m_engine, &execution::Engine::secretsPrefetched, this,
            [this](bool ok, const QString &error) {
                if (ok) {
                    next();
                    return;
                }
                err(tr("rollcage run: %1").arg(error));
                err(tr("rollcage run: nothing was run; incident %1 waits for it (resume with "
                       "--incident %1).")
                        .arg(m_engine->incidentId()));
                finishWith(ExitFailure);
            });
    QStringList procedures = m_queue;
    procedures.prepend(m_engine->procedure().title);
    if (!m_engine->prefetchSecrets(procedures))
        QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
    return QCoreApplication::exec();
}

// "4 succeeded, 1 skipped", "5 succeeded".
QString HeadlessRun::settledSummary() const
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

void HeadlessRun::finishWith(int code)
{
    m_exitCode = code;
    QCoreApplication::exit(code);
}

void HeadlessRun::procedureDone()
{
    err(tr("rollcage run: every step of \"%1\" is settled (%2).")
            .arg(m_engine->procedure().title, settledSummary()));
    if (!m_queue.isEmpty()) {
        const QString nextTitle = m_queue.takeFirst();
        const Status chosen = m_engine->chooseProcedure(m_engine->runbook(), nextTitle,
                                                        tr("next --procedure of the run"));
        if (!chosen) {
            err(QStringLiteral("rollcage run: ") + chosen.error);
            finishWith(ExitUsage);
            return;
        }
        err(tr("rollcage run: now \"%1\".").arg(m_engine->procedure().title));
        QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
        return;
    }
    // Verifying follows a rollback; a run of diagnosis alone leaves the phase as it was.
    if (m_engine->state().phase == incident::Phase::RollingBack)
        (void)m_engine->transition(incident::Phase::Verifying,
                                   tr("every procedure step settled"));
    err(tr("rollcage run: incident %1 is now %2.")
            .arg(m_engine->incidentId())
            .arg(incident::describePhase(m_engine->state())));
    finishWith(ExitOk);
}

void HeadlessRun::next()
{
    if (m_stopRequested) {
        finishWith(ExitFailure);
        return;
    }
    const auto index = m_engine->nextStep();
    const auto &steps = m_engine->procedure().steps;
    if (!index) {
        procedureDone();
        return;
    }
    const runbook::Step &step = steps.at(*index);
    err(QStringLiteral("==> [%1/%2] %3").arg(*index + 1).arg(steps.size()).arg(step.title));
    if (waitForApproval(*index))
        return;
    if (const Status may = m_engine->mayRun(*index); !may) {
        err(QStringLiteral("rollcage run: ") + may.error);
        if (!m_engine->openPrerequisites().isEmpty())
            err(tr("rollcage run: tick what was done with --tick ITEM, or waive it with --waive "
                   "\"ITEM=REASON\" (resume with --incident %1).")
                    .arg(m_engine->incidentId()));
        finishWith(ExitFailure);
        return;
    }
    if (step.kind == runbook::StepKind::Manual ||
        (!execution::hasShellCode(step) && !execution::isHealthGate(step))) {
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
    // The middle level: no click to ask for here, so the run says what it acts on.
    if (const QString target = execution::namedTarget(step, m_engine->state().variables);
        !target.isEmpty())
        err(tr("rollcage run: step %1 changes production: it acts on %2.")
                .arg(*index + 1)
                .arg(target));
    const Status started = m_engine->runStep(*index, expected);
    if (!started) {
        err(QStringLiteral("rollcage run: ") + started.error);
        finishWith(ExitFailure);
    }
}

void HeadlessRun::print(int index, execution::OutputStream stream, const QString &text, qint64)
{
    if (m_terminal->shows(index))
        return; // the session's screen went to the terminal as it is

    const bool isOut = stream == execution::OutputStream::Stdout;
    bool &atLineStart = isOut ? m_outAtLineStart : m_errAtLineStart;
    // An answer typed at this terminal is on the screen already: its echo is not printed.
    const QString shown = isOut ? text : m_terminal->withoutEcho(text);
    const QString prefix = QStringLiteral("[%1] ").arg(index + 1);
    QString prefixed;
    prefixed.reserve(shown.size() + 16);
    for (const QChar c : shown) {
        if (atLineStart)
            prefixed += prefix;
        prefixed += c;
        atLineStart = c == QLatin1Char('\n');
    }
    writeRaw(isOut ? stdout : stderr, prefixed.toUtf8());
}

void HeadlessRun::onWaitsForInput(int index, bool waiting, bool echoed)
{
    if (!waiting || !m_terminal->attached() || m_terminal->shows(index))
        return;
    // The question is the line printed last (often without its end); the answer is
    // typed on a line of its own, under this.
    if (!m_errAtLineStart)
        writeRaw(stderr, "\n");
    m_errAtLineStart = true;
    err(echoed ? tr("[%1] waits for input: type the answer and press Enter (Ctrl+D ends its "
                    "input).")
                     .arg(index + 1)
               : tr("[%1] waits for a secret (not shown as you type it): type it and press "
                    "Enter.")
                     .arg(index + 1));
}

void HeadlessRun::onStepFinished(int index, const execution::StepResult &result)
{
    if (!m_outAtLineStart)
        writeRaw(stdout, "\n");
    if (!m_errAtLineStart)
        writeRaw(stderr, "\n");
    m_outAtLineStart = m_errAtLineStart = true;
    const double seconds = (result.finishedMs - result.startedMs) / 1000.0;
    if (m_engine->state().step(index).state == incident::StepState::OutcomeUnknown &&
        m_terminal->shows(index) &&
        m_engine->procedure().steps.at(index).interaction == runbook::Interaction::Session) {
        // A session ended: the operator says how it went, here.
        if (m_terminal->askOutcome(index)) {
            err(tr("<== [%1] marked done").arg(index + 1));
            QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
            return;
        }
        err(tr("rollcage run: stopped at step %1 of \"%2\" (its session did not do what it "
               "should); incident %3 stays open. Resume with --incident %3.")
                .arg(index + 1)
                .arg(m_engine->procedure().title)
                .arg(m_engine->incidentId()));
        finishWith(ExitFailure);
        return;
    }
    if (m_engine->state().step(index).state == incident::StepState::OutcomeUnknown) {
        // Its end is not in the journal (the write failed, said above): whatever it did,
        // nothing after it may run as if it had been recorded.
        err(tr("<== [%1] %2, but its end could not be recorded: its outcome is unknown.")
                .arg(index + 1)
                .arg(execution::statusName(result.status)));
        err(tr("rollcage run: stopped at step %1 of \"%2\" (outcome unknown). Free space or "
               "fix the database, look at what the step did, then resume with --incident %3 "
               "--resolve retry|done|failed.")
                .arg(index + 1)
                .arg(m_engine->procedure().title)
                .arg(m_engine->incidentId()));
        finishWith(ExitFailure);
        return;
    }
    if (result.status == execution::StepStatus::Succeeded) {
        err(tr("<== [%1] succeeded in %2 s").arg(index + 1).arg(seconds, 0, 'f', 1));
        QMetaObject::invokeMethod(this, &HeadlessRun::next, Qt::QueuedConnection);
        return;
    }
    err(tr("<== [%1] %2: %3")
            .arg(index + 1)
            .arg(execution::statusName(result.status), result.error));
    err(tr("rollcage run: stopped at step %1 of \"%2\"; incident %3 stays %4. Resume with "
           "--incident %3 after looking into it.")
            .arg(index + 1)
            .arg(m_engine->procedure().title)
            .arg(m_engine->incidentId())
            .arg(incident::phaseName(m_engine->state().phase)));
    finishWith(ExitFailure);
}

void HeadlessRun::onStopRequested()
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

} // namespace rollcage::cli
