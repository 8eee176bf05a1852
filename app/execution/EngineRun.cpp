// A step's run once it may start: the journal first ("step started" is committed before
// bash starts), then the runner; its output recorded and decoded, its end journalled.
#include "execution/Engine.h"

#include "core/Logging.h"
#include "execution/Confirmation.h"
#include "core/SecretSource.h"
#include "execution/StepScript.h"
#include "execution/GateRunner.h"
#include "incident/Journal.h"
#include "incident/OutputRecorder.h"
#include "incident/StoreLink.h"
#include "incident/Policy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QMetaMethod>
#include <QSysInfo>

#include <algorithm>

#include <atomic>

namespace rollcage::execution {

namespace events = incident::events;

void Engine::failBeforeStart(int index, const QString &reason)
{
    // A write that fails is said by the journal (storeError); the step is blocked anyway.
    (void)record(events::StepBlocked{{}, m_procedure.steps.at(index).title, reason, {}}, index);
    m_runningStep = -1;
    StepResult r;
    r.status = StepStatus::FailedToStart;
    r.error = reason;
    Q_EMIT stepFinished(index, r);
}

void Engine::startWithSecrets(int index, const QHash<QString, QString> &secrets)
{
    const runbook::Step &step = m_procedure.steps.at(index);
    auto script = buildStepScript(step, state().variables, secrets, sessionNames());
    if (!script) {
        failBeforeStart(index, script.error);
        return;
    }
    if (!step.isolated) {
        script->session = m_session.variables;
        script->reportSession = true;
    }
    const QString directory = step.isolated ? state().workingDirectory : stepDirectory();
    if (!directory.isEmpty() && !QFileInfo(directory).isDir()) {
        failBeforeStart(index, tr("The working directory %1 is gone. Choose another one on the "
                                  "Roll back page (or with --directory) and run the step again.")
                                   .arg(directory));
        return;
    }
    m_runner.setWorkingDirectory(directory);
    // A password typed at an earlier step's prompt may be in the session it left.
    for (const QString &typed : std::as_const(m_typedSecrets)) {
        if (!script->secretValues.contains(typed))
            script->secretValues.append(typed);
    }
    m_masker.setSecrets(script->secretValues);
    rememberSecrets(script->secretValues);
    // Committed before bash starts: after a crash the journal shows the step as begun.
    if (!beginRun(index, m_masker.mask(renderForDisplay(step, state().variables, sessionNames()))))
        return;
    m_decodeOut.resetState();
    m_decodeErr.resetState();
    if (step.interaction != runbook::Interaction::None) {
        startTerminal(index, *script, secrets, directory);
        return;
    }
    m_runner.setTimeout(step.timeoutMilliseconds());
    m_runner.start(*script);
}

bool Engine::beginRun(int index, const QString &command, bool gate)
{
    const runbook::Step &step = m_procedure.steps.at(index);
    events::StepStarted data;
    data.title = step.title;
    data.attempt = state().step(index).attempts + 1;
    data.command = command;
    data.line = step.line;
    data.host = QSysInfo::machineHostName();
    data.pid = QCoreApplication::applicationPid();
    data.gate = gate;
    const auto started = record(data, index);
    if (!started) {
        m_runningStep = -1;
        StepResult r;
        r.status = StepStatus::FailedToStart;
        r.error = started.error;
        Q_EMIT stepFinished(index, r);
        return false;
    }
    m_runEventId = started->id;
    m_recorder = std::make_unique<incident::OutputRecorder>(m_store, m_runEventId);
    connect(m_recorder.get(), &incident::OutputRecorder::storeFailed, this,
            [this, index](const QString &error, qint64 firstLostLine) {
                Q_EMIT storeError(
                    tr("The output of step %1 is no longer recorded from its line %2 on (it "
                       "still shows here, but will be missing from the journal and the "
                       "report): %3")
                        .arg(index + 1)
                        .arg(firstLostLine + 1)
                        .arg(error));
            });
    return true;
}

void Engine::onRunnerOutput(OutputStream stream, const QByteArray &masked, qint64 atMs)
{
    if (m_recorder)
        m_recorder->append(static_cast<int>(stream), masked, atMs);
    // As text only for whom reads it (`rollcage run` prints it; the window reads the store
    // and a terminal step's screen): a step printing 100 MB is 200 MB of UTF-16.
    static const QMetaMethod outputSignal = QMetaMethod::fromSignal(&Engine::output);
    if (!isSignalConnected(outputSignal))
        return;
    QStringDecoder &decoder = stream == OutputStream::Stdout ? m_decodeOut : m_decodeErr;
    const QString text = decoder.decode(masked);
    if (!text.isEmpty())
        Q_EMIT output(m_runningStep, stream, text, atMs);
}

void Engine::onRunnerFinished(const StepResult &result)
{
    // On a shared store the last batches are still crossing to the server: the end is
    // recorded when they are answered (readers expect the output before the end), and
    // the window is not held meanwhile.
    if (m_recorder && m_recorder->finishLater()) {
        m_ending = result;
        connect(m_recorder.get(), &incident::OutputRecorder::settled, this, &Engine::endPendingStep,
                Qt::SingleShotConnection);
        return;
    }
    endStep(result);
}

void Engine::endPendingStep()
{
    if (m_ending)
        endStep(*std::exchange(m_ending, std::nullopt));
}

void Engine::endStep(const StepResult &result)
{
    const int index = m_runningStep;
    qint64 lines = 0;
    if (m_recorder) {
        if (Status s = m_recorder->finish(); !s)
            Q_EMIT storeError(s.error);
        lines = m_recorder->recordedLineCount();
        retireRecorder();
    }
    StepResult r = result;
    r.error = m_masker.mask(describeFailure(index, r, lines));
    events::StepFinished finished;
    finished.title = m_procedure.steps.value(index).title;
    finished.status = statusName(r.status);
    finished.exitCode = r.exitCode;
    finished.signal = r.signal;
    finished.error = r.error;
    finished.lines = lines;
    finished.runEventId = m_runEventId;
    if (r.failedLine > 0) {
        finished.failedLine = runbookLineFor(index, r.failedLine);
        finished.failedCommand = m_masker.mask(r.failedCommand);
    }
    // A failure is said (storeError); the step is then outcome unknown (see below) —
    // unless the shared store is only away: then its end and what it left are written
    // when it returns, and shown as they are meanwhile.
    bool recorded = bool(record(finished, index));
    if (!recorded && m_store->link() && !m_store->link()->isOnline()) {
        m_deferWrites = true;
        // When it ended: the first try may have waited the store's limit for an answer.
        m_deferAtMs = r.finishedMs;
        recorded = bool(record(finished, index));
    }
    if (recorded) {
        takeSession(index, r);
        if (index == m_terminalIndex)
            finishTerminal(index, r);
        m_deferWrites = false;
        m_deferAtMs = 0;
    } else {
        markEndUnrecorded(index);
        m_terminalIndex = -1;
    }
    m_runningStep = -1;
    m_masker.setSecrets({});
    Q_EMIT stepFinished(index, r);
}

// The step ran, but the journal could not take its end (a full disk): to the journal it
// is still running. It is outcome unknown — in the journal if that write gets through,
// else in this process's state, until a restart finds the step begun by a dead process
// and journals it so (IncidentStore::recoverInterrupted). Either way it is never offered
// again as if it had not run, and its session is not carried into the next steps.
void Engine::markEndUnrecorded(int index)
{
    events::StepOutcomeUnknown data;
    data.runEventId = m_runEventId;
    data.title = m_procedure.steps.value(index).title;
    data.procedure = m_procedure.title;
    data.reason = tr("its end could not be recorded");
    if (!record(data, index))
        m_journal->assumeUnrecorded(data, index);
}

void Engine::cancel()
{
    if (m_gate) {
        finishHealthGate(m_runningStep, StepStatus::Cancelled, tr("Cancelled by the operator."));
        return;
    }
    if (m_waitingForSecrets >= 0) {
        const int index = m_waitingForSecrets;
        m_waitingForSecrets = -1;
        m_secretRequest = 0; // the answer, when it comes, is for nobody
        failBeforeStart(index, tr("Cancelled while waiting for secrets."));
        return;
    }
    if (m_terminalIndex >= 0) {
        m_terminal.cancel();
        return;
    }
    m_runner.cancel();
}

int Engine::runbookLineFor(int index, int codeLine) const
{
    if (index < 0 || index >= m_procedure.steps.size())
        return 0;
    int offset = 0;
    for (const runbook::CodeBlock &block : m_procedure.steps.at(index).commands) {
        if (!isShellBlock(block))
            continue; // not in the script (see joinedCode)
        QString code = block.code;
        if (code.endsWith(QLatin1Char('\n')))
            code.chop(1);
        const int lines = static_cast<int>(code.count(QLatin1Char('\n'))) + 1;
        if (codeLine <= offset + lines)
            return block.line + (codeLine - offset - 1);
        offset += lines;
    }
    return 0;
}

} // namespace rollcage::execution
