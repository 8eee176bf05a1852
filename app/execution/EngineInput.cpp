// A plain step that reads its input (docs/terminal-steps.md, "Prompts in ordinary
// steps"): its stdin is a terminal the runner owns, the runner says when the step waits
// on it, and the operator's answer goes there. Nobody at a terminal: see setupInput.
#include "execution/Engine.h"

#include "incident/OutputRecorder.h"

#include "core/Logging.h"
#include "execution/GateRunner.h"

namespace rollcage::execution {

namespace events = incident::events;

void Engine::setupInput()
{
    connect(&m_runner, &StepRunner::waitingForInput, this, [this](bool waiting, bool echoed) {
        if (m_runningStep < 0)
            return;
        if (waiting && !m_terminalAttached) {
            refuseInput(m_runningStep);
            return;
        }
        Q_EMIT waitsForInput(m_runningStep, waiting, echoed);
    });
}

// Nobody is at a terminal (a headless run from a script, CI): the step would wait for
// ever. It is stopped and ends blocked, the reason as its error.
void Engine::refuseInput(int index)
{
    const runbook::Step &step = m_procedure.steps.at(index);
    const QString reason =
        tr("Step %1 (\"%2\", line %3) waits for input: a program in it reads its standard "
           "input, and no terminal is attached (standard input is not a terminal). It was "
           "stopped rather than left waiting. Run it from a terminal (rollcage run in an "
           "interactive shell) or in the Rollcage window, or give the program its answer in "
           "the runbook (an option such as --yes or -auto-approve, or input from a file).")
            .arg(index + 1)
            .arg(step.title)
            .arg(step.line);
    qCInfo(lcRunner) << "step" << index + 1 << "waits for input with no terminal; stopped";
    m_runner.refuseInput(reason);
}

bool Engine::isWaitingForInput() const
{
    return m_runningStep >= 0 && m_terminalIndex < 0 && !m_gate && m_runner.isWaitingForInput();
}

bool Engine::inputEchoed() const
{
    return m_runner.inputEchoed();
}

Status Engine::answerInput(const QString &text)
{
    if (!isWaitingForInput())
        return Status::failure(tr("No step is waiting for input."));
    // Read before writing: the answer may make the program turn echo back on.
    const bool echoed = m_runner.inputEchoed();
    if (!echoed)
        rememberTypedSecret(text);
    // The question as a line of its own, however soon the answer came: not glued to
    // the echo of the answer.
    if (m_recorder)
        m_recorder->endLines();
    if (!m_runner.answer(text.toUtf8()))
        return Status::failure(tr("The answer could not be passed to step %1: it no longer "
                                  "reads its input.")
                                   .arg(m_runningStep + 1));
    recordInput(echoed ? m_masker.mask(text) : QString(), echoed, false);
    return Status::success();
}

Status Engine::endInput()
{
    if (!isWaitingForInput())
        return Status::failure(tr("No step is waiting for input."));
    if (!m_runner.endInput())
        return Status::failure(tr("Step %1 no longer reads its input.").arg(m_runningStep + 1));
    recordInput(QString(), true, true);
    return Status::success();
}

// `read -s pw` keeps the password in $pw, which the session carries into the journal
// (SessionChanged) and the next steps, and a step may print it: it is masked in all of
// them, whatever its length (a 3-digit PIN as a word of its own: SecretMasker).
void Engine::rememberTypedSecret(const QString &value)
{
    if (value.isEmpty() || m_typedSecrets.contains(value))
        return;
    m_typedSecrets.append(value);
    m_masker.addSecrets({value});
    rememberSecrets({value});
    m_runner.addSecrets({value});
    m_terminal.addSecrets({value});
    m_terminalMasker.addSecrets({value});
}

// The answer is journalled as the step's event; one read without echo (a password) is
// kept nowhere, not even masked with the secrets Rollcage knows of: only the mask is.
void Engine::recordInput(const QString &masked, bool echoed, bool endOfInput)
{
    events::StepInputGiven given;
    given.title = m_procedure.steps.at(m_runningStep).title;
    given.text = echoed ? masked : QString::fromUtf8(SecretMasker::replacement());
    given.hidden = !echoed;
    given.endOfInput = endOfInput;
    // A failed write is said by the journal (storeError); the answer reached the step.
    (void)record(std::move(given), m_runningStep);
    Q_EMIT inputGiven(m_runningStep, masked, echoed, endOfInput);
}

} // namespace rollcage::execution
