#include "execution/TerminalRunner.h"

#include "core/Logging.h"
#include "core/OwnEnvironment.h"
#include "execution/PtyDrain.h"

#include <KPtyDevice>
#include <KPtyProcess>

#include <QDateTime>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cerrno>
#include <csignal>
#include <termios.h>
#include <unistd.h>

namespace rollcage::execution {

namespace {
qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

// The session's process, its transcript read here rather than through KPtyDevice: that
// reads one pty buffer (at most 4 KB) per wake-up into a ring of its own, to be copied out
// again, so a session printing fast costs a wake-up, an ioctl, a select and two copies
// per 4 KB (bench_terminal_ingest). The device is kept for writing and the window size.
// While the session runs, a PtyDrain reads the pty on a thread of its own; at the end what
// is left is read here (readPiece), after the drain has stopped.
class TranscriptPty : public KPtyProcess
{
public:
    TranscriptPty() { pty()->setSuspended(true); }

    // Reads from now on: what the session printed before stays in the pty until then.
    void watch(QObject *receiver, std::function<void()> onReadable)
    {
        m_drain = std::make_unique<PtyDrain>(pty()->masterFd(), receiver, std::move(onReadable));
    }
    bool open() const { return m_drain ? m_drain->open() : m_readingHere && !m_closed; }
    // The reading thread's end: what it read is taken, and the rest is read here.
    void stopWatching()
    {
        if (!m_drain)
            return;
        m_drain->stop();
        m_closed = !m_drain->open();
        m_left = m_drain->take();
        m_drain.reset();
        m_readingHere = true;
    }

    // What the session printed and was not taken yet: while the drain runs, all it holds
    // (at most PtyDrain::kLimit, about 6 ms of masking and text); afterwards, from the pty,
    // up to a piece, until it has no more (EAGAIN; the master is non-blocking) or the
    // session's side is closed (EIO: no process holds it any more).
    QByteArray readPiece()
    {
        if (m_drain)
            return m_drain->take();
        // Bounded, so the event loop stays responsive.
        constexpr qsizetype kPiece = 128 * 1024;
        QByteArray bytes = std::exchange(m_left, {});
        if (!open())
            return bytes;
        qsizetype size = bytes.size();
        bytes.resize(std::max(size, kPiece));
        while (size < kPiece) {
            const ssize_t n = ::read(pty()->masterFd(), bytes.data() + size, size_t(kPiece - size));
            if (n > 0) {
                size += n;
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            if (n == 0 || errno != EAGAIN)
                m_closed = true; // nothing will come any more
            break;
        }
        bytes.truncate(size);
        return bytes;
    }

private:
    std::unique_ptr<PtyDrain> m_drain;
    QByteArray m_left; // what the drain had read when it stopped
    bool m_readingHere = false;
    bool m_closed = false;
};

TerminalRunner::TerminalRunner(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<StepResult>();
    m_killTimer.setSingleShot(true);
    m_reapTimer.setInterval(20);
    connect(&m_killTimer, &QTimer::timeout, this, [this] {
        if (m_pid > 0) {
            qCInfo(lcRunner) << "grace period over, SIGKILL to terminal session" << m_pid;
            ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
        }
    });
    connect(&m_reapTimer, &QTimer::timeout, this, [this] {
        if (!m_pendingResult || (groupAlive() && m_killTimer.isActive()))
            return;
        m_reapTimer.stop();
        StepResult r = *m_pendingResult;
        m_pendingResult.reset();
        finish(r);
    });
}

TerminalRunner::~TerminalRunner()
{
    if (m_pid > 0 && (m_running || m_pendingResult))
        ::kill(-static_cast<pid_t>(m_pid), SIGKILL);
    if (m_process) {
        m_process->disconnect(this);
        m_process->stopWatching();
        m_process->kill();
        m_process->waitForFinished(1000);
    }
}

void TerminalRunner::setWindowSize(int columns, int rows)
{
    m_columns = std::max(columns, 1);
    m_rows = std::max(rows, 1);
    if (m_process)
        m_process->pty()->setWinSize(m_rows, m_columns);
}

void TerminalRunner::addSecrets(const QStringList &values)
{
    bool added = false;
    for (const QString &v : values) {
        if (!v.isEmpty() && !m_secrets.contains(v)) {
            m_secrets.append(v);
            added = true;
        }
    }
    if (added) {
        // Whatever the masker holds back is released under the new list at the next read.
        m_masker.setSecrets(m_secrets);
    }
}

void TerminalRunner::start(const StepScript &script)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelled = false;
    m_pendingResult.reset();
    m_pid = 0;
    m_startedMs = nowMs();
    m_secrets = script.secretValues;
    m_masker.setSecrets(m_secrets);

    auto failLater = [this](const QString &message) {
        QTimer::singleShot(0, this, [this, message] {
            StepResult r;
            r.status = StepStatus::FailedToStart;
            r.startedMs = m_startedMs;
            r.error = message;
            finish(r);
        });
    };

    // The script is a file, as for a plain step ("$0" works), named so that the sweep of
    // StepRunner removes it when this process dies before it can.
    const QString tempDir = QDir::tempPath();
    m_scriptFile = std::make_unique<QTemporaryFile>(
        QDir(tempDir).filePath(QStringLiteral("rollcage-step-%1-XXXXXX.sh").arg(::getpid())));
    const QByteArray body = (script.code + QLatin1Char('\n')).toUtf8();
    if (tempDir.isEmpty() || !m_scriptFile->open() || m_scriptFile->write(body) != body.size() ||
        !m_scriptFile->flush()) {
        failLater(tr("Could not write the step's script to %1: %2. Free some space there or "
                     "set TMPDIR to another directory.")
                      .arg(tempDir, m_scriptFile->errorString()));
        return;
    }

    m_process = std::make_unique<TranscriptPty>();
    m_process->setPtyChannels(KPtyProcess::AllChannels);
    m_process->setUseUtmp(false);
    QProcessEnvironment env = core::operatorEnvironment();
    for (auto it = script.session.constBegin(); it != script.session.constEnd(); ++it)
        env.insert(it.key(), it.value());
    for (auto it = script.env.constBegin(); it != script.env.constEnd(); ++it)
        env.insert(it.key(), it.value());
    // What the embedded terminal (and any terminal the operator runs Rollcage in)
    // understands; CI and a desktop launcher may have no TERM at all.
    if (env.value(QStringLiteral("TERM")).isEmpty() ||
        env.value(QStringLiteral("TERM")) == QLatin1String("dumb"))
        env.insert(QStringLiteral("TERM"), QStringLiteral("xterm-256color"));
    m_process->setProcessEnvironment(env);
    if (!m_workingDirectory.isEmpty())
        m_process->setWorkingDirectory(m_workingDirectory);
    m_process->pty()->setWinSize(m_rows, m_columns);
    connect(m_process.get(), &QProcess::finished, this,
            [this](int code, QProcess::ExitStatus status) { onFinished(code, int(status)); });
    connect(m_process.get(), &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e != QProcess::FailedToStart)
            return;
        StepResult r;
        r.status = StepStatus::FailedToStart;
        r.startedMs = m_startedMs;
        r.error = tr("Could not start %1: %2. Check that bash is installed and executable.")
                      .arg(m_process->QProcess::program(), m_process->errorString());
        finish(r);
    });
    connect(m_process.get(), &QProcess::started, this, [this] {
        m_pid = m_process->processId();
        qCDebug(lcRunner) << "terminal step started, pid" << m_pid;
        Q_EMIT started(m_pid);
        // Read from now on: what the session printed before QProcess said it started
        // waits in the pty, so a screen that begins at started() has its first lines.
        m_process->watch(this, [this] { onReadyRead(); });
        onReadyRead();
    });
    const QString shell =
        m_shell.isEmpty() ? QStandardPaths::findExecutable(QStringLiteral("bash")) : m_shell;
    m_process->setProgram(
        shell.isEmpty() ? QStringLiteral("bash") : shell,
        {QStringLiteral("--noprofile"), QStringLiteral("--norc"), m_scriptFile->fileName()});
    m_process->start();
}

void TerminalRunner::write(const QByteArray &bytes)
{
    if (m_running && m_process && !m_pendingResult)
        m_process->pty()->write(bytes);
}

bool TerminalRunner::inputEchoed() const
{
    if (!m_process)
        return true;
    struct ::termios mode{};
    if (!m_process->pty()->tcGetAttr(&mode))
        return true;
    return (mode.c_lflag & ECHO) != 0;
}

void TerminalRunner::onReadyRead()
{
    if (!m_process)
        return;
    const QByteArray masked = m_masker.feed(m_process->readPiece());
    if (!masked.isEmpty())
        Q_EMIT output(OutputStream::Stdout, masked, nowMs());
}

// What the session wrote just before it ended may still sit in the pty: read it before
// the end is reported, or the transcript loses its last lines.
void TerminalRunner::drain()
{
    if (m_process)
        m_process->stopWatching();
    // Bounded: a background job still writing must not hold the end back for ever.
    // (readPiece answers empty once nothing is left: what the drain had, then the pty.)
    for (int i = 0; i < 64 && m_process; ++i) {
        const QByteArray raw = m_process->readPiece();
        if (raw.isEmpty())
            break;
        // The masker may hold a whole piece back (a secret could straddle it), so an
        // empty masked piece does not mean the pty is drained.
        const QByteArray masked = m_masker.feed(raw);
        if (!masked.isEmpty())
            Q_EMIT output(OutputStream::Stdout, masked, nowMs());
    }
}

void TerminalRunner::cancel()
{
    if (!m_running || m_cancelled || m_pendingResult)
        return;
    m_cancelled = true;
    if (m_pid <= 0) {
        if (m_process)
            m_process->kill();
        return;
    }
    qCInfo(lcRunner) << "SIGHUP and SIGTERM to terminal session" << m_pid;
    const auto group = -static_cast<pid_t>(m_pid);
    ::kill(group, SIGHUP);
    ::kill(group, SIGTERM);
    ::kill(group, SIGCONT); // a stopped job would never see the other two
    m_killTimer.start(m_graceMs);
}

bool TerminalRunner::groupAlive() const
{
    return m_pid > 0 && ::kill(-static_cast<pid_t>(m_pid), 0) == 0;
}

void TerminalRunner::onFinished(int exitCode, int exitStatus)
{
    StepResult r;
    r.startedMs = m_startedMs;
    if (exitStatus == QProcess::NormalExit)
        r.exitCode = exitCode;
    else
        r.signal = exitCode;
    if (m_cancelled) {
        r.status = StepStatus::Cancelled;
        r.error = tr("The session was ended by the operator.");
    } else if (exitStatus == QProcess::NormalExit && exitCode == 0) {
        r.status = StepStatus::Succeeded;
    } else {
        r.status = StepStatus::Failed;
        r.error = exitStatus == QProcess::NormalExit
                      ? tr("The session exited with status %1.").arg(exitCode)
                      : tr("The session was killed by signal %1.").arg(exitCode);
    }
    if (m_cancelled && groupAlive()) {
        // bash is gone, something it started is not: wait for it (or for SIGKILL).
        m_pendingResult = r;
        m_reapTimer.start();
        return;
    }
    finish(r);
}

void TerminalRunner::finish(StepResult result)
{
    if (!m_running)
        return;
    m_running = false;
    m_killTimer.stop();
    m_reapTimer.stop();
    drain();
    const QByteArray rest = m_masker.flush();
    if (!rest.isEmpty())
        Q_EMIT output(OutputStream::Stdout, rest, nowMs());
    if (m_process) {
        m_process->disconnect(this);
        m_process->stopWatching();
        m_process.release()->deleteLater();
    }
    m_scriptFile.reset();
    result.finishedMs = nowMs();
    qCDebug(lcRunner) << "terminal step finished" << statusName(result.status);
    Q_EMIT finished(result);
}

} // namespace rollcage::execution
