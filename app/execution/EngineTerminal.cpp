// Terminal steps (docs/terminal-steps.md): a step that opens a session or asks a question
// runs in a pseudo-terminal (TerminalRunner), its transcript recorded like any step's
// output. It needs someone at a terminal — the GUI's embedded one or the terminal
// `rollcage run` was started from — and is refused (blocked) when there is none, rather
// than left reading an empty input. A session's exit status says little: its end makes
// the step's outcome unknown until the operator says done or failed.
#include "execution/Engine.h"

#include "core/Logging.h"
#include "incident/Journal.h"

#include <QJsonArray>

namespace rollcage::execution {

namespace events = incident::events;

void Engine::setupTerminal()
{
    connect(&m_terminal, &TerminalRunner::started, this,
            [this](qint64) { Q_EMIT stepStarted(m_runningStep, m_runEventId); });
    // The screen gets the bytes as they are; the store, the log and the report get the
    // text (TerminalText), masked again once the escape sequences that could have split
    // a secret are gone.
    connect(&m_terminal, &TerminalRunner::output, this,
            [this](OutputStream stream, const QByteArray &masked, qint64 atMs) {
                Q_EMIT terminalData(m_runningStep, masked);
                const QByteArray text = m_terminalMasker.feed(m_terminalText.feed(masked));
                if (!text.isEmpty())
                    onRunnerOutput(stream, text, atMs);
            });
    connect(&m_terminal, &TerminalRunner::finished, this, [this](const StepResult &result) {
        // What was typed without Enter before the end (a key for `less`, Ctrl+D) belongs
        // to the step, before its end.
        recordTyped(m_terminalIndex, m_typedLines.flush());
        const QByteArray rest = m_terminalMasker.flush();
        if (!rest.isEmpty())
            onRunnerOutput(OutputStream::Stdout, rest, result.finishedMs);
        onRunnerFinished(result);
    });
}

bool Engine::isTerminalStep(int index) const
{
    return index >= 0 && index < m_procedure.steps.size() &&
           m_procedure.steps.at(index).interaction != runbook::Interaction::None;
}

Status Engine::terminalGate(int index)
{
    if (!isTerminalStep(index) || m_terminalAttached)
        return Status::success();
    const runbook::Step &step = m_procedure.steps.at(index);
    const QString reason =
        tr("Step %1 (\"%2\", line %3) needs a terminal: %4 No terminal is attached (standard "
           "input is not a terminal), so it was not started rather than left reading an empty "
           "input. Run it from a terminal (rollcage run in an interactive shell) or in the "
           "Rollcage window, or mark its block terminal=false if it asks nothing.")
            .arg(index + 1)
            .arg(step.title)
            .arg(step.line)
            .arg(step.interactionReason);
    events::StepBlocked blocked;
    blocked.title = step.title;
    blocked.reason = reason;
    (void)record(std::move(blocked), index);
    return Status::failure(reason);
}

void Engine::startTerminal(int index, const StepScript &script,
                           const QHash<QString, QString> &secrets, const QString &directory)
{
    m_terminalIndex = index;
    m_terminalValues = state().variables;
    for (auto it = secrets.constBegin(); it != secrets.constEnd(); ++it)
        m_terminalValues.insert(it.key(), it.value());
    m_terminalSecrets = secrets;
    m_terminalText.reset();
    m_typedLines.reset();
    m_terminalMasker.setSecrets(script.secretValues);
    m_terminal.setWorkingDirectory(directory);
    m_terminal.start(script);
}

bool Engine::isTerminalRunning() const
{
    return m_terminalIndex >= 0 && m_terminal.isRunning();
}

void Engine::writeToTerminal(const QByteArray &bytes)
{
    if (!isTerminalRunning())
        return;
    // What the operator types by hand is journalled a line at a time, and only while the
    // terminal echoes it (a password prompt turns echo off): read before the write, which
    // may make the program turn echo back on.
    const bool echoed = m_terminal.inputEchoed();
    m_terminal.write(bytes);
    recordTyped(m_terminalIndex, m_typedLines.feed(bytes, echoed));
}

void Engine::recordTyped(int index, const QList<TypedLines::Line> &lines)
{
    if (lines.isEmpty() || index < 0 || index >= m_procedure.steps.size())
        return;
    events::SessionLineTyped typed;
    typed.title = m_procedure.steps.at(index).title;
    QStringList texts;
    for (const TypedLines::Line &line : lines) {
        if (line.hidden)
            rememberTypedSecret(line.secret);
        typed.hidden = typed.hidden || line.hidden;
        texts.append(line.hidden ? QString::fromUtf8(SecretMasker::replacement())
                                 : m_masker.mask(line.text));
    }
    typed.text = texts.join(QLatin1Char('\n'));
    const bool echoed = !typed.hidden;
    const QString shown = echoed ? typed.text : QString();
    // A failed write is said by the journal (storeError); the keys reached the session.
    (void)record(std::move(typed), index);
    Q_EMIT typedIntoSession(index, shown, echoed, -1);
}

void Engine::resizeTerminal(int columns, int rows)
{
    m_terminal.setWindowSize(columns, rows);
}

bool Engine::terminalInputEchoed() const
{
    return m_terminal.inputEchoed();
}

QString Engine::sessionLineText(int index, int line, bool forDisplay) const
{
    if (index < 0 || index >= m_procedure.steps.size())
        return {};
    const runbook::Step &step = m_procedure.steps.at(index);
    if (line < 0 || line >= step.sessionLines.size())
        return {};
    const runbook::SessionLine &l = step.sessionLines.at(line);
    const bool shell = step.sessionLanguage == runbook::SessionLanguage::Shell;
    QString text = l.command;
    for (const runbook::Placeholder &p : l.placeholders) {
        const auto value = m_terminalValues.constFind(p.name);
        if (value == m_terminalValues.constEnd())
            continue; // left as written: the remote end may know it
        if (forDisplay && (p.secret || m_terminalSecrets.contains(p.name))) {
            text.replace(p.raw, SecretMasker::replacement());
            continue;
        }
        // In a shell each value is one word, quoted for where it sits; a database
        // console takes it as written.
        const QString v = *value;
        text = shell ? replaceInContext(text, p.raw, [&v](QuoteContext c) { return quoteForContext(v, c); })
                     : text.replace(p.raw, v);
    }
    return text;
}

Status Engine::typeSessionLine(int line, const QString &confirmation)
{
    const int index = m_terminalIndex;
    if (!isTerminalRunning())
        return Status::failure(tr("No session is running to type into."));
    const runbook::Step &step = m_procedure.steps.at(index);
    if (line < 0 || line >= step.sessionLines.size())
        return Status::failure(tr("Step %1 has no session line %2.").arg(index + 1).arg(line + 1));
    const runbook::SessionLine &l = step.sessionLines.at(line);
    if (l.confirmation == runbook::Confirmation::Typed && confirmation != l.confirmTarget)
        return Status::failure(tr("\"%1\" (line %2) is destructive (%3): type \"%4\" to "
                                  "confirm.")
                                   .arg(l.command)
                                   .arg(l.line)
                                   .arg(l.confirmationReason, l.confirmTarget));
    // Half a line typed by hand before the button is the start of what it types.
    recordTyped(index, m_typedLines.flush());
    m_terminal.addSecrets(m_terminalSecrets.values());
    m_terminal.write(sessionLineText(index, line, false).toUtf8() + '\r');
    events::SessionLineTyped typed;
    typed.title = step.title;
    typed.text = m_masker.mask(sessionLineText(index, line, true));
    typed.sessionLine = line + 1;
    typed.line = l.line;
    const QString shown = typed.text;
    (void)record(std::move(typed), index);
    Q_EMIT typedIntoSession(index, shown, true, line);
    return Status::success();
}

// After a session ends, its outcome is the operator's to say: the step is outcome unknown
// until resolveUnknown(done/failed, note). A prompt step's exit status does say it.
void Engine::finishTerminal(int index, const StepResult &result)
{
    m_terminalIndex = -1;
    m_terminalValues.clear();
    m_terminalSecrets.clear();
    if (!isTerminalStep(index) ||
        m_procedure.steps.at(index).interaction != runbook::Interaction::Session ||
        result.status == StepStatus::FailedToStart)
        return;
    events::StepOutcomeUnknown unknown;
    unknown.runEventId = m_runEventId;
    unknown.title = m_procedure.steps.at(index).title;
    unknown.reason = tr("the session ended (%1); say whether what was done in it worked")
                         .arg(result.status == StepStatus::Cancelled
                                  ? tr("ended by the operator")
                                  : tr("exit status %1").arg(result.exitCode));
    (void)record(std::move(unknown), index);
}

} // namespace rollcage::execution
