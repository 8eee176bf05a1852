#pragma once

#include "core/SecretMasker.h"
#include "execution/StepRunner.h"
#include "execution/StepScript.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QTemporaryFile;

namespace rollcage::execution {

class TranscriptPty; // the session's process and pty (TerminalRunner.cpp)

// Runs a terminal step (one that opens a session: ssh, psql, redis-cli, `read -p`…) in a
// pseudo-terminal, with KPtyProcess: bash runs the step's script as the leader of a new
// session whose controlling terminal is the pty, so the programs it starts see a real
// terminal (prompts, line editing, no-echo password reads, colours, window size).
//
// The transcript — everything the terminal shows, echoed input included — comes out of
// output() masked like a plain step's stdout, so the Engine records it in the same store
// with the same batching. What is typed goes in through write(); whether the terminal
// echoes at that moment (it does not at a password prompt) says whether what was typed
// may be shown anywhere (see inputEchoed()).
//
// Cancel sends SIGHUP and SIGTERM to the session's process group (an interactive shell
// ignores SIGTERM but not SIGHUP), SIGKILL after the grace period.
class TerminalRunner : public QObject
{
    Q_OBJECT
public:
    explicit TerminalRunner(QObject *parent = nullptr);
    ~TerminalRunner() override;

    void setGracePeriod(int milliseconds) { m_graceMs = milliseconds; }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    void setShell(const QString &path) { m_shell = path; }
    // The terminal's size in characters; applies at once to a running session (the
    // programs in it get SIGWINCH).
    void setWindowSize(int columns, int rows);
    // More values to mask in the transcript: a secret typed into the session by a button
    // is echoed back by the remote end.
    void addSecrets(const QStringList &values);

    // Starts the script. Always answers with finished(), also when nothing could start.
    void start(const StepScript &script);
    // Bytes for the terminal, as a keyboard would send them ("\r" for Enter).
    void write(const QByteArray &bytes);
    // Whether the terminal echoes what is typed now: false while a program reads a
    // password (its echo is off), so what is typed then must never be shown or stored.
    bool inputEchoed() const;
    void cancel();
    bool isRunning() const { return m_running; }
    qint64 processId() const { return m_pid; }

Q_SIGNALS:
    void started(qint64 pid);
    // Always OutputStream::Stdout: a terminal has one stream.
    void output(rollcage::execution::OutputStream stream, const QByteArray &maskedUtf8,
                qint64 timestampMs);
    void finished(const rollcage::execution::StepResult &result);

private:
    void onReadyRead();
    void drain();
    void onFinished(int exitCode, int exitStatus);
    void finish(StepResult result);
    bool groupAlive() const;

    std::unique_ptr<TranscriptPty> m_process;
    std::unique_ptr<QTemporaryFile> m_scriptFile;
    SecretMasker m_masker;
    QStringList m_secrets;
    QTimer m_killTimer;
    QTimer m_reapTimer;
    std::optional<StepResult> m_pendingResult;
    bool m_cancelled = false;
    bool m_running = false;
    int m_graceMs = 10000;
    int m_columns = 80;
    int m_rows = 24;
    QString m_workingDirectory;
    QString m_shell;
    qint64 m_pid = 0;
    qint64 m_startedMs = 0;
};

} // namespace rollcage::execution
