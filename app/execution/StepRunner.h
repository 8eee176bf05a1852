#pragma once

#include "core/SecretMasker.h"
#include "execution/InputTerminal.h"
#include "execution/ShellSession.h"
#include "execution/StepScript.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QTemporaryFile>
#include <QTimer>

#include <memory>

class QSocketNotifier;

namespace rollcage::execution {

enum class OutputStream { Stdout = 1, Stderr = 2 };

enum class StepStatus {
    Succeeded,
    Failed,        // non-zero exit, or killed by a signal nobody asked for
    Cancelled,     // the operator cancelled
    TimedOut,      // the step's timeout ran out
    FailedToStart, // bash could not be started, or the script could not be written
    Blocked,       // stopped because nobody can answer it: it waits for input, no terminal
};
QString statusName(StepStatus status);

struct StepResult
{
    StepStatus status = StepStatus::Failed;
    int exitCode = -1; // when the script exited normally
    int signal = 0;    // the signal that ended bash, 0 when it exited
    qint64 startedMs = 0;
    qint64 finishedMs = 0;
    QString error; // for a human, masked; empty on success
    // Where it failed, from the ERR trap: the 1-based line in the step's code (0 when
    // unknown), the failing command's status and its text (masked).
    int failedLine = 0;
    int failedStatus = 0;
    QString failedCommand;
    // What the step left for the next ones (when the script asked to report it and bash
    // got to its EXIT trap: a step killed by SIGKILL reports nothing).
    std::optional<SessionState> session;
};

// Runs one step's script with `bash --noprofile --norc` in its own process group and
// reports by signal: output (masked, timestamped, stdout and stderr apart), the line of
// the block being executed, and the end. Owns its QProcess. One run per object at a time.
// Its stdin is a terminal of its own (InputTerminal): when the step waits for input it
// says so, and takes the answer (answer(), endInput()).
class StepRunner : public QObject
{
    Q_OBJECT
public:
    explicit StepRunner(QObject *parent = nullptr);
    ~StepRunner() override;

    // Grace between SIGTERM and SIGKILL on cancel or timeout (default 10 s).
    void setGracePeriod(int milliseconds) { m_graceMs = milliseconds; }
    // 0: no timeout.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void setWorkingDirectory(const QString &dir) { m_workingDirectory = dir; }
    // The bash to run (default: bash from PATH).
    void setShell(const QString &path) { m_shell = path; }

    // Starts the script. Always answers with finished(), also when bash cannot start.
    void start(const StepScript &script);
    // SIGTERM to the whole group, SIGKILL after the grace period.
    void cancel();
    // Nobody can answer the step that waits for input: it is stopped as cancel() does,
    // and ends Blocked with `reason` as its error rather than waiting for ever.
    void refuseInput(const QString &reason);
    // Secrets to mask in the running step's output from now on (an answer typed hidden).
    void addSecrets(const QStringList &values);
    bool isRunning() const;
    qint64 processId() const;
    // Input for a step that waits for it: `text` and Enter; false when nothing could be
    // written (the step is gone).
    bool answer(const QByteArray &text);
    // End of input, as Ctrl+D at the start of a line.
    bool endInput();
    bool isWaitingForInput() const { return m_input.isWaiting(); }
    // Whether the step's terminal echoes what is typed now (false at `read -s`).
    bool inputEchoed() const { return m_input.echoes(); }

Q_SIGNALS:
    void started(qint64 pid);
    void output(rollcage::execution::OutputStream stream, const QByteArray &maskedUtf8,
                qint64 timestampMs);
    // 1-based line within the step's code (not the runbook).
    void currentLine(int line);
    // The step waits for input (a process of it is blocked reading its stdin), or goes
    // on; `echoed` false: what is typed now is not shown (a password).
    void waitingForInput(bool waiting, bool echoed);
    void finished(const rollcage::execution::StepResult &result);

private:
    void onReadyRead(QProcess::ProcessChannel channel);
    void onTrace();
    void onSessionData();
    void takeFailureReports();
    void onFinished(int exitCode, QProcess::ExitStatus exitStatus);
    void onErrorOccurred(QProcess::ProcessError error);
    void terminateGroup(StepStatus reason);
    void finish(StepResult result);
    void closeTrace();
    void checkGroupGone();
    bool groupAlive() const;

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<QTemporaryFile> m_scriptFile;
    QStringList m_secretValues;
    SecretMasker m_maskOut;
    SecretMasker m_maskErr;
    InputTerminal m_input;
    QTimer m_timeoutTimer;
    QTimer m_killTimer;
    QTimer m_reapTimer; // after bash is gone, until the rest of its group is
    QSocketNotifier *m_traceNotifier = nullptr;
    int m_traceRead = -1;
    int m_traceWrite = -1;
    QByteArray m_tracePending;
    QSocketNotifier *m_sessionNotifier = nullptr;
    int m_sessionRead = -1;
    int m_sessionWrite = -1;
    QByteArray m_sessionReport;
    QProcessEnvironment m_baseEnvironment; // what the step starts with, minus the session
    bool m_reportSession = false;
    FailureReport m_failure;
    int m_lastLine = 0;
    int m_graceMs = 10000;
    int m_timeoutMs = 0;
    QString m_workingDirectory;
    QString m_shell;
    std::optional<StepStatus> m_stopReason;
    QString m_stopMessage; // the error of a stop that says its own (refuseInput)
    qint64 m_pid = 0;
    qint64 m_startedMs = 0;
    bool m_running = false;
    std::optional<StepResult> m_pendingResult; // bash ended, its group not yet
};

} // namespace rollcage::execution

Q_DECLARE_METATYPE(rollcage::execution::StepResult)
