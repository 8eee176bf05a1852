#include "execution/StepRunner.h"

#include "core/Logging.h"
#include "core/OwnEnvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcessEnvironment>
#include <QSet>
#include <QSocketNotifier>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace rollcage::execution {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

const QString kScriptPrefix = QStringLiteral("rollcage-step-");

// A step's script stays on disk while it runs (steps may use "$0"), named after the
// Rollcage process that wrote it. One killed before it could clean up leaves its scripts
// behind; the next Rollcage to start a step in the same directory removes them.
void removeScriptsOfDeadProcesses(const QString &tempDir)
{
    static QSet<QString> swept; // each directory once in a process's life
    if (swept.contains(tempDir))
        return;
    swept.insert(tempDir);
    QDir dir(tempDir);
    const QStringList names =
        dir.entryList({kScriptPrefix + QStringLiteral("*.sh")}, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        bool ok = false;
        const qint64 pid = name.section(QLatin1Char('-'), 2, 2).toLongLong(&ok);
        if (!ok || pid <= 0 || pid == ::getpid())
            continue;
        if (::kill(pid_t(pid), 0) != 0 && errno == ESRCH && dir.remove(name))
            qCInfo(lcRunner) << "removed the script of an ended Rollcage:" << dir.filePath(name);
    }
}
} // namespace

QString statusName(StepStatus status)
{
    switch (status) {
    case StepStatus::Succeeded:
        return QStringLiteral("succeeded");
    case StepStatus::Failed:
        return QStringLiteral("failed");
    case StepStatus::Cancelled:
        return QStringLiteral("cancelled");
    case StepStatus::TimedOut:
        return QStringLiteral("timed_out");
    case StepStatus::FailedToStart:
        return QStringLiteral("failed_to_start");
    case StepStatus::Blocked:
        return QStringLiteral("blocked");
    }
    return QStringLiteral("failed");
}

StepRunner::StepRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StepResult>();
    m_timeoutTimer.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    m_reapTimer.setInterval(20);
    connect(&m_timeoutTimer, &QTimer::timeout, this,
            [this] { terminateGroup(StepStatus::TimedOut); });
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_pid > 0) {
            qCInfo(lcRunner) << "grace period over, SIGKILL to process group" << m_pid;
            ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
        }
        checkGroupGone();
    });
    connect(&m_reapTimer, &QTimer::timeout, this, &StepRunner::checkGroupGone);
    connect(&m_input, &InputTerminal::waitingChanged, this, &StepRunner::waitingForInput);
    // An answer's echo is where a terminal shows it: after the prompt, which bash's
    // `read -p` writes to stderr.
    connect(&m_input, &InputTerminal::echoed, this, [this](const QByteArray &bytes) {
        const QByteArray masked = m_maskErr.feed(bytes);
        if (!masked.isEmpty())
            Q_EMIT output(OutputStream::Stderr, masked, nowMs());
    });
}

StepRunner::~StepRunner()
{
    // Nothing this object started may outlive it.
    if (m_pid > 0 && (m_running || m_pendingResult))
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000);
    }
    closeTrace();
}

bool StepRunner::isRunning() const
{
    return m_running;
}
qint64 StepRunner::processId() const
{
    return m_pid;
}

void StepRunner::start(const StepScript &script)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_stopReason.reset();
    m_stopMessage.clear();
    m_pendingResult.reset();
    m_lastLine = 0;
    m_pid = 0;
    m_tracePending.clear();
    m_sessionReport.clear();
    m_failure = {};
    m_reportSession = script.reportSession;
    m_startedMs = nowMs();
    m_secretValues = script.secretValues;
    m_maskOut.setSecrets(script.secretValues);
    m_maskErr.setSecrets(script.secretValues);

    auto failLater = [this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] {
            StepResult r;
            r.status = StepStatus::FailedToStart;
            r.startedMs = m_startedMs;
            r.error = message;
            finish(r);
        });
    };

    // QDir::tempPath() is empty when TMPDIR names a directory that does not exist; the
    // script would then land in the working directory, wherever that is.
    const QString tempDir = QDir::tempPath();
    if (tempDir.isEmpty()) {
        failLater(tr("The temporary directory %1 (TMPDIR) does not exist. Create it or set "
                     "TMPDIR to another directory.")
                      .arg(qEnvironmentVariable("TMPDIR")));
        return;
    }

    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        failLater(tr("Could not create a pipe for the step (%1).")
                      .arg(QString::fromLocal8Bit(std::strerror(errno))));
        return;
    }
    m_traceRead = fds[0];
    m_traceWrite = fds[1];
    if (m_reportSession) {
        if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
            failLater(tr("Could not create a pipe for the step (%1).")
                          .arg(QString::fromLocal8Bit(std::strerror(errno))));
            closeTrace();
            return;
        }
        m_sessionRead = fds[0];
        m_sessionWrite = fds[1];
    }

    removeScriptsOfDeadProcesses(tempDir);
    m_scriptFile = std::make_unique<QTemporaryFile>(
        QDir(tempDir).filePath(kScriptPrefix + QStringLiteral("%1-XXXXXX.sh").arg(::getpid())));
    const QString prelude = scriptPrelude(script.errexit, m_traceWrite, m_sessionWrite);
    const QByteArray body = (prelude + script.code + QLatin1Char('\n')).toUtf8();
    if (!m_scriptFile->open() || m_scriptFile->write(body) != body.size() ||
        !m_scriptFile->flush()) {
        failLater(tr("Could not write the step's script to %1: %2. Free some space there or "
                     "set TMPDIR to another directory.")
                      .arg(tempDir, m_scriptFile->errorString()));
        closeTrace();
        return;
    }

    QString inputError;
    if (!m_input.open(&inputError)) {
        failLater(inputError);
        closeTrace();
        return;
    }

    m_traceNotifier = new QSocketNotifier(m_traceRead, QSocketNotifier::Read, this);
    connect(m_traceNotifier, &QSocketNotifier::activated, this, &StepRunner::onTrace);
    if (m_sessionRead >= 0) {
        // Read as it comes: a session bigger than the pipe's buffer would block the trap.
        m_sessionNotifier = new QSocketNotifier(m_sessionRead, QSocketNotifier::Read, this);
        connect(m_sessionNotifier, &QSocketNotifier::activated, this, &StepRunner::onSessionData);
    }

    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = core::operatorEnvironment();
    for (auto it = script.env.constBegin(); it != script.env.constEnd(); ++it)
        env.insert(it.key(), it.value());
    m_baseEnvironment = env;
    // The session goes in after the placeholders' values: what an earlier step set is
    // what the author's terminal would have had.
    for (auto it = script.session.constBegin(); it != script.session.constEnd(); ++it) {
        if (!script.env.contains(it.key()))
            env.insert(it.key(), it.value());
    }
    m_process->setProcessEnvironment(env);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    const int traceFd = m_traceWrite;
    const int sessionFd = m_sessionWrite;
    const int inputFd = m_input.slaveDescriptor();
    // No pipe for stdin: the terminal replaces it (the modifier runs after QProcess has
    // set up the standard channels).
    m_process->setStandardInputFile(QProcess::nullDevice());
    // vfork: a full fork copies the page tables of a whole GUI process, which took 35-65 ms
    // of the console's event loop with ten consoles on two cores (team_consoles).
    m_process->setUnixProcessParameters(QProcess::UnixProcessFlag::UseVFork);
    m_process->setChildProcessModifier([traceFd, sessionFd, inputFd] {
        // Runs in the child between vfork and exec, in the parent's memory: only
        // async-signal-safe calls on the child's own descriptors and process group.
        ::setpgid(0, 0);
        ::dup2(inputFd, STDIN_FILENO);
        ::fcntl(traceFd, F_SETFD, 0); // keep the trace pipe open across exec
        if (sessionFd >= 0)
            ::fcntl(sessionFd, F_SETFD, 0);
    });
    connect(m_process.get(), &QProcess::readyReadStandardOutput, this,
            [this] { onReadyRead(QProcess::StandardOutput); });
    connect(m_process.get(), &QProcess::readyReadStandardError, this,
            [this] { onReadyRead(QProcess::StandardError); });
    connect(m_process.get(), &QProcess::finished, this, &StepRunner::onFinished);
    connect(m_process.get(), &QProcess::errorOccurred, this, &StepRunner::onErrorOccurred);
    connect(m_process.get(), &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        // The parent's copy of the write end must close, or the trace never ends.
        if (m_traceWrite >= 0) {
            ::close(m_traceWrite);
            m_traceWrite = -1;
        }
        if (m_sessionWrite >= 0) {
            ::close(m_sessionWrite);
            m_sessionWrite = -1;
        }
        m_input.watch(pid_t(m_pid));
        if (m_timeoutMs > 0)
            m_timeoutTimer.start(m_timeoutMs);
        qCDebug(lcRunner) << "step started, pid" << m_pid;
        Q_EMIT started(m_pid);
    });

    const QString shell =
        m_shell.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bash")) : m_shell;
    m_process->start(
        shell.isEmpty() ? QStringLiteral("bash") : shell,
        {QStringLiteral("--noprofile"), QStringLiteral("--norc"), m_scriptFile->fileName()});
}

void StepRunner::onReadyRead(QProcess::ProcessChannel channel)
{
    m_input.noteOutput();
    const qint64 at = nowMs();
    if (channel == QProcess::StandardOutput) {
        const QByteArray masked = m_maskOut.feed(m_process->readAllStandardOutput());
        if (!masked.isEmpty())
            Q_EMIT output(OutputStream::Stdout, masked, at);
    } else {
        const QByteArray masked = m_maskErr.feed(m_process->readAllStandardError());
        if (!masked.isEmpty())
            Q_EMIT output(OutputStream::Stderr, masked, at);
    }
}

bool StepRunner::answer(const QByteArray &text)
{
    return m_running && !m_pendingResult && m_input.answer(text);
}

bool StepRunner::endInput()
{
    return m_running && !m_pendingResult && m_input.endInput();
}

void StepRunner::cancel()
{
    if (m_running && !m_pendingResult)
        terminateGroup(StepStatus::Cancelled);
}

void StepRunner::addSecrets(const QStringList &values)
{
    for (const QString &v : values) {
        if (!v.isEmpty() && !m_secretValues.contains(v))
            m_secretValues.append(v);
    }
    m_maskOut.addSecrets(values);
    m_maskErr.addSecrets(values);
}

void StepRunner::refuseInput(const QString &reason)
{
    if (!m_running || m_pendingResult || m_stopReason)
        return;
    m_stopMessage = reason;
    terminateGroup(StepStatus::Blocked);
}

void StepRunner::terminateGroup(StepStatus reason)
{
    if (m_stopReason || !m_running)
        return;
    m_stopReason = reason;
    m_timeoutTimer.stop();
    if (!m_process)
        return; // setting up failed; that failure is already on its way to finish()
    if (m_pid <= 0) {
        // Not started yet: QProcess will report the failure or the start; kill either way.
        m_process->kill();
        return;
    }
    qCInfo(lcRunner) << "SIGTERM to process group" << m_pid << "reason" << statusName(reason);
    ::kill(-static_cast<pid_t>(m_pid), SIGTERM);
    m_killTimer.start(m_graceMs);
}

bool StepRunner::groupAlive() const
{
    return m_pid > 0 && ::kill(-static_cast<pid_t>(m_pid), 0) == 0;
}

void StepRunner::onFinished(int exitCode, QProcess::ExitStatus exitStatus)
{
    onReadyRead(QProcess::StandardOutput);
    onReadyRead(QProcess::StandardError);
    m_input.close();
    if (m_traceRead >= 0)
        onTrace();
    if (m_sessionRead >= 0)
        onSessionData();
    StepResult r;
    r.startedMs = m_startedMs;
    if (m_reportSession && !m_sessionReport.isEmpty())
        r.session = parseSessionReport(m_sessionReport, m_baseEnvironment);
    m_sessionReport.clear();
    if (exitStatus == QProcess::NormalExit) {
        r.exitCode = exitCode;
    } else {
        r.signal = exitCode; // on Unix QProcess reports the terminating signal here
    }
    if (m_stopReason) {
        r.status = *m_stopReason;
        r.error = !m_stopMessage.isEmpty() ? m_stopMessage
                  : *m_stopReason == StepStatus::TimedOut
                      ? tr("The step ran past its timeout of %1 s and was stopped.")
                            .arg(m_timeoutMs / 1000.0)
                      : tr("The step was cancelled.");
    } else if (exitStatus == QProcess::NormalExit && exitCode == 0) {
        r.status = StepStatus::Succeeded;
    } else {
        r.status = StepStatus::Failed;
        r.error = exitStatus == QProcess::NormalExit
                      ? tr("The step exited with status %1.").arg(exitCode)
                      : tr("The step was killed by signal %1.").arg(exitCode);
        // Without errexit a failure early on may not be what ended the step: the trap's
        // report counts only when its status is the step's.
        if (m_failure.line > 0 && exitStatus == QProcess::NormalExit &&
            m_failure.status == exitCode) {
            r.failedLine = m_failure.line - kPreludeLines;
            r.failedStatus = m_failure.status;
            r.failedCommand = SecretMasker(m_secretValues).mask(m_failure.command);
        }
    }
    m_timeoutTimer.stop();
    if (m_stopReason && groupAlive()) {
        // bash is gone but something it started is not: wait for SIGTERM to work or for
        // the grace period to end in SIGKILL, so no survivor is left behind.
        m_pendingResult = r;
        m_reapTimer.start();
        return;
    }
    finish(r);
}

void StepRunner::checkGroupGone()
{
    if (!m_pendingResult)
        return;
    if (groupAlive() && m_killTimer.isActive())
        return;
    m_reapTimer.stop();
    m_killTimer.stop();
    StepResult r = *m_pendingResult;
    m_pendingResult.reset();
    finish(r);
}

void StepRunner::onErrorOccurred(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart)
        return; // crashes and the like arrive through finished()
    StepResult r;
    r.status = StepStatus::FailedToStart;
    r.startedMs = m_startedMs;
    r.error = tr("Could not start %1: %2. Check that bash is installed and executable.")
                  .arg(m_process->program(), m_process->errorString());
    finish(r);
}

void StepRunner::finish(StepResult result)
{
    if (!m_running)
        return;
    m_running = false;
    m_killTimer.stop();
    m_reapTimer.stop();
    m_timeoutTimer.stop();
    m_input.close();
    const QByteArray restOut = m_maskOut.flush();
    if (!restOut.isEmpty())
        Q_EMIT output(OutputStream::Stdout, restOut, nowMs());
    const QByteArray restErr = m_maskErr.flush();
    if (!restErr.isEmpty())
        Q_EMIT output(OutputStream::Stderr, restErr, nowMs());
    closeTrace();
    if (m_process) {
        m_process->disconnect(this);
        m_process.release()->deleteLater();
    }
    m_scriptFile.reset();
    result.finishedMs = nowMs();
    qCDebug(lcRunner) << "step finished" << statusName(result.status) << result.exitCode
                      << result.signal;
    Q_EMIT finished(result);
}

void StepRunner::closeTrace()
{
    delete m_traceNotifier;
    m_traceNotifier = nullptr;
    delete m_sessionNotifier;
    m_sessionNotifier = nullptr;
    if (m_sessionRead >= 0)
        ::close(m_sessionRead);
    if (m_sessionWrite >= 0)
        ::close(m_sessionWrite);
    m_sessionRead = m_sessionWrite = -1;
    if (m_traceRead >= 0)
        ::close(m_traceRead);
    if (m_traceWrite >= 0)
        ::close(m_traceWrite);
    m_traceRead = m_traceWrite = -1;
}

} // namespace rollcage::execution
