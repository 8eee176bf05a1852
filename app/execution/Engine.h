#pragma once

#include "core/Result.h"
#include "execution/StepRunner.h"
#include "execution/TerminalRunner.h"
#include "execution/TerminalText.h"
#include "execution/TypedLines.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "incident/Policy.h"
#include "runbook/Runbook.h"

#include <QObject>
#include <QPointer>
#include <QStringDecoder>

#include <memory>
#include <optional>

namespace rollcage::incident {
class OutputRecorder;
class TeamSession;
} // namespace rollcage::incident
namespace rollcage::execution {

class GateRunner;
class SecretSource;

struct DeclareOptions
{
    QString title;                     // default: "<runbook title>: <procedure title>"
    QString service;                   // default: a slug of the runbook title
    QString environment;               // default: "production"
    QHash<QString, QString> variables; // non-secret placeholder values
    // Where the steps run; empty: defaultWorkingDirectory() of the runbook.
    QString workingDirectory;
};

enum class Resolution { Retry, MarkDone, MarkFailed };

// Runs one procedure of a runbook as an incident: every action is journalled before it
// takes effect ("step started" is committed before bash starts), output is masked and
// batched into the store, and the state the GUI shows is derived from the journal.
// Everything long is asynchronous and reported by signal.
class Engine : public QObject
{
    Q_OBJECT
public:
    // `secrets` may be null when no step needs one.
    Engine(incident::IncidentStore *store, SecretSource *secrets, QObject *parent = nullptr);
    ~Engine() override;

    // Declares a new incident running `procedureTitle` (case-insensitive; a unique
    // substring is enough).
    Result<qint64> declare(const runbook::Runbook &runbook, const QString &procedureTitle,
                           const DeclareOptions &options = {});
    // Picks up an incident declared earlier, e.g. after a crash. The runbook must be the
    // one it was declared with (same SHA-256).
    Status resume(qint64 incidentId, const runbook::Runbook &runbook);

    qint64 incidentId() const { return m_incidentId; }
    const incident::IncidentState &state() const;
    const QList<incident::Event> &journal() const;
    // The incident's journal, for the other parts that record in it (the outbox, the
    // report fields): one writer, one masking, one state. Null before declare/resume.
    incident::Journal *incidentJournal() const { return m_journal.get(); }
    const runbook::Procedure &procedure() const { return m_procedure; }
    incident::IncidentStore *store() const { return m_store; }
    QString scope() const; // "<service>/<environment>", for the SecretSource

    // The first step of the current procedure not yet succeeded, skipped or waived; none
    // when all are (incident::nextStep).
    std::optional<int> nextStep() const;
    // Whether step `index` of the current procedure may start now, and if not why
    // (incident::mayRun: an unknown outcome, a closed incident, the checklist gate).
    Status mayRun(int index) const;
    // Whether step `index` may be skipped now (incident::maySkip); skipStep() refuses
    // otherwise, so the Roll back page and the CLI follow one rule.
    Status maySkip(int index) const;
    // Whether the checklist gate lets the current procedure run (incident::checklistGate).
    Status checklistGate() const;
    // The pre-rollback checklist items still open (incident::openPrerequisites).
    QList<incident::OpenItem> openPrerequisites() const;
    const runbook::Runbook &runbook() const { return m_runbook; }
    bool isRunning() const { return m_runningStep >= 0; }
    int runningStep() const { return m_runningStep; }
    // What the operator must type to run a destructive step; empty when none.
    QString expectedConfirmation(int index) const;
    // The step's commands as they would run, values inlined and quoted, secrets masked.
    QString dryRun(int index) const;

    // Switches to another procedure of the same runbook (any time no step is running):
    // its steps continue where they were; journalled, so a resumed incident keeps it.
    Status chooseProcedure(const runbook::Runbook &runbook, const QString &title,
                           const QString &reason = {});
    Status setVariable(const QString &name, const QString &value);
    // Where the steps start from now on (it must exist); journalled. The session's own
    // directory (a step's `cd`) is forgotten: the next step starts here.
    Status setWorkingDirectory(const QString &directory);
    // Where the next step will run: the session's directory when it still exists, else
    // the incident's working directory.
    QString stepDirectory() const;
    // The incident's shell session as steps will get it (values unmasked, in memory).
    const SessionState &session() const { return m_session; }
    // The names the session holds: a step's $NAME among them is not a value to ask.
    QSet<QString> sessionNames() const;
    Status transition(incident::Phase to, const QString &reason = {});
    // Starts step `index` (asynchronous: stepStarted/output/stepFinished follow). Fails
    // at once, recording why when it matters, if the step cannot start.
    Status runStep(int index, const QString &confirmation = {});
    Status skipStep(int index, const QString &reason);
    Status waiveStep(int index, const QString &reason);
    Status completeManualStep(int index, const QString &note);
    Status resolveUnknown(int index, Resolution resolution, const QString &note = {});
    Status addNote(int index, const QString &text);
    // The assess, prepare, verify and communicate phases journal through these.
    Status recordDecision(const QString &scenario, const QString &action,
                          const QString &justification, std::optional<qint64> deadlineMs);
    Status tickChecklistItem(const QString &checklist, const QString &item);
    Status waiveChecklistItem(const QString &checklist, const QString &item, const QString &reason);
    // Takes a tick or waiver back: the item is open again (the earlier event stays).
    Status untickChecklistItem(const QString &checklist, const QString &item, const QString &reason = {});
    // A stakeholder of the plan was told by other means; not a message sent.
    Status recordStakeholderNotified(const QString &who, const QString &note = {});
    Status recordMessageSent(const QString &channel, const QString &audience, const QString &text);
    // The operator called escalation level `level` (1-based, as the runbook numbers them).
    Status recordEscalation(int level, const QString &who, const QString &note);
    // The same, also journalling the level's list (group) and its rank as written (label),
    // so the record says whom even without the runbook.
    Status recordEscalation(const runbook::EscalationLevel &level, const QString &note);
    Status recordHealthResult(const incident::events::HealthResult &result);
    Status recordHealthResult(const QString &check, bool ok, const QString &detail);
    Status recordHealthAlert(const QString &check, const QString &rule, const QString &message);
    Status recordHealthAlertCleared(const QString &check, const QString &rule);
    // The base URLs health checks resolve relative endpoints against, {target: url}.
    Status recordHealthTargets(const QJsonObject &targets);
    void cancel();

    // Team mode (PostgreSQL; null on SQLite): this console's presence and step claims.
    // Running, skipping or waiving a step claims it first (EngineTeam.cpp), so two
    // consoles never act on one step; mayRun and maySkip say who holds it.
    incident::TeamSession *team() const { return m_team.get(); }
    // The team's rule alone for step `index` (incident::mayActOnStep): "Ana is running
    // step 3 …" when another console holds it; success without a team. mayRun and
    // maySkip include it; the Roll back page shows it where the step is.
    Status teamRule(int index) const;
    // Roles (incident/Policy.h), in team mode: an observer's console acts on nothing
    // (steps, checklists, messages, escalations); with `commanding`, only the commander
    // decides and ends the incident. Success without a team: one laptop has no roles.
    Status roleRule(bool commanding = false) const;
    // Whether a checklist tick, untick or waiver can be recorded now: the role's rule, and on a
    // shared store that it answers. The checklist pages disable their buttons by it.
    [[nodiscard]] Status mayRecord() const;
    // Who else holds step `index` now (their name), empty when nobody or this console.
    QString stepHolder(int index) const;
    // Four-eyes (EngineApproval.cpp; the rules are incident/Policy.h's): whether step
    // `index` needs a second person's approval before it runs (mayRun says so until it is
    // given); asking for it, journalled with the step's commands as they will run; another
    // person's answer to a request of any procedure's step; the per-incident setting.
    bool needsApproval(int index) const;
    Status requestApproval(int index, const QString &note = {});
    Status decideApproval(const QString &procedure, int index, bool approve, const QString &note);
    // The steps (of any procedure) whose approval is asked for and not yet answered.
    QList<incident::StepRef> pendingApprovals() const;
    Status setFourEyes(bool required, const QString &reason = {});
    // Take-over: whether step `index` is held by a console that stopped answering, and
    // taking it over with a reason (journalled; a step still running by the journal is
    // then outcome unknown, for this console to look at and resolve).
    bool mayTakeOverStep(int index) const;
    Status takeOverStep(int index, const QString &reason);
    // Roles: the name this console records under, and the role it has on the incident
    // (incident::IncidentState::roleOf); joining as operator or observer (journalled when
    // it changes), and the commander handing command to someone else.
    QString operatorName() const;
    QString role() const;
    Status setRole(const QString &role);
    Status handOverCommand(const QString &to, const QString &note = {});
    // Terminal steps (EngineTerminal.cpp, docs/terminal-steps.md). Whether someone is at a
    // terminal to answer them: the GUI's embedded one, or the terminal a headless run was
    // started from. Without one a terminal step is refused (blocked), never left reading
    // an empty input.
    void setTerminalAttached(bool attached) { m_terminalAttached = attached; }
    bool terminalAttached() const { return m_terminalAttached; }
    bool isTerminalStep(int index) const;
    bool isTerminalRunning() const;
    // Keyboard input for the running terminal step.
    void writeToTerminal(const QByteArray &bytes);
    void resizeTerminal(int columns, int rows);
    // Whether the terminal echoes input now (false at a password prompt).
    bool terminalInputEchoed() const;
    // Types session line `line` of the running step into its session, values filled in
    // and secrets inserted; a typed-confirmation line needs its target as `confirmation`.
    Status typeSessionLine(int line, const QString &confirmation = {});
    // The line as it would be typed: values filled in; with `forDisplay`, secrets as ••••.
    QString sessionLineText(int index, int line, bool forDisplay) const;

    // A plain step that waits for input (EngineInput.cpp): the operator's answer, typed
    // into the step's stdin with Enter; end of input (Ctrl+D). Refused when the running
    // step does not wait for input.
    Status answerInput(const QString &text);
    Status endInput();
    // Whether the running plain step waits for input now, and whether what is typed
    // would be echoed (false at `read -s`: a password, shown and journalled nowhere).
    bool isWaitingForInput() const;
    bool inputEchoed() const;

    void setGracePeriod(int milliseconds);

    // The secrets the steps of `procedures` (all the runbook's when empty) use.
    QStringList secretsNeeded(const QStringList &procedures = {}) const;
    // Fetches every one of them now, from the keychain or by asking (the GUI's prompt), so
    // a missing one is said before step 1, not at step 4 after step 3 changed production;
    // secretsPrefetched answers. False when there is nothing to fetch (then no answer).
    bool prefetchSecrets(const QStringList &procedures = {});

    // `text` with every secret this incident's steps have used so far, and every one of
    // the runbook's secrets the keychain keeps, replaced; for what people type outside
    // the journal's own events (the report's fields).
    QString maskKnownSecrets(const QString &text) const;

Q_SIGNALS:
    void stepStarted(int index, qint64 runEventId);
    // Masked text, decoded from UTF-8 per stream (characters split across reads kept).
    void output(int index, rollcage::execution::OutputStream stream, const QString &text,
                qint64 timestampMs);
    // codeLine: 1-based in the step's joined commands; runbookLine: in the document.
    void currentLine(int index, int codeLine, int runbookLine);
    void stepFinished(int index, const rollcage::execution::StepResult &result);
    // The output of run `runEventId`, held while the shared store was away after the step
    // ended, is all stored now (a pane showing that run reads it again).
    void outputStored(qint64 runEventId);
    void stateChanged();
    // A write to the journal failed: shown to the operator, never swallowed.
    void storeError(const QString &message);
    // prefetchSecrets' answer: every secret is at hand, or why not.
    void secretsPrefetched(bool ok, const QString &error);
    // The running terminal step's transcript as the terminal shows it (masked bytes).
    void terminalData(int index, const QByteArray &masked);
    // What was typed into a session, as journalled (SessionLineTyped): by a session line's
    // button (`line` >= 0) or by hand (-1, a line at a time); `text` is masked, and empty
    // when the terminal did not echo it (a password).
    void typedIntoSession(int index, const QString &text, bool echoed, int line);
    // The running plain step waits for input (a process of it reads its stdin), or no
    // longer; `echoed` false: the answer will not be shown (a password).
    void waitsForInput(int index, bool waiting, bool echoed);
    // The operator answered it: `text` masked, empty when not echoed; `endOfInput` for
    // Ctrl+D.
    void inputGiven(int index, const QString &text, bool echoed, bool endOfInput);

private:
    template<class E> Result<incident::Event> record(E event, int stepIndex = -1)
    {
        if (!m_journal)
            return noIncident();
        // Step numbers are per procedure: each step event says whose step it is.
        if constexpr (requires { event.procedure; }) {
            if (stepIndex >= 0 && event.procedure.isEmpty())
                event.procedure = m_procedure.title;
        }
        // A step that ended while the shared store was away: its records wait for it.
        if (m_deferWrites && m_journal->appendWhenBack(event, stepIndex, m_deferAtMs))
            return Result<incident::Event>::success(incident::Event{});
        return m_journal->append(std::move(event), stepIndex);
    }
    Result<incident::Event> noIncident() const;
    Status checkStepIndex(int index) const;
    void rememberSecrets(const QStringList &values);
    Status openJournal();
    Status startStep(int index, const QString &confirmation);
    // EngineTeam.cpp: success without a team; releaseStep is a no-op then.
    Status claimStep(int index);
    void releaseStep(int index);
    void joinTeam();
    // The role this console shows the others follows the journal's (command handed over).
    void syncRole();
    // Lets go of the step's output recorder; one still holding output for a shared store
    // that is away lives on (owned by the engine) until it has written it.
    void retireRecorder();
    static quint64 nextRequestId();
    Status ensureRollingBack();
    void startWithSecrets(int index, const QHash<QString, QString> &secrets);
    void failBeforeStart(int index, const QString &reason);
    void markEndUnrecorded(int index);
    // Journals "step started" and opens the run's output recorder; when the journal
    // refuses, reports the step as failed to start and returns false.
    bool beginRun(int index, const QString &command, bool gate = false);
    void onSecretsProvided(quint64 id, const QHash<QString, QString> &values);
    void onSecretsFailed(quint64 id, const QString &error);
    // Asks the secret source for the runbook's secrets it keeps, to mask them in typed
    // text from the start instead of only once a step has used them.
    void learnKeptSecrets();
    void onRunnerOutput(OutputStream stream, const QByteArray &masked, qint64 atMs);
    void onRunnerFinished(const StepResult &result);
    // The step's end, recorded once all of its output is stored.
    void endStep(const StepResult &result);
    // endStep for a step whose process ended while its last output was still crossing
    // to a shared store (m_ending); at once when the engine goes first, so a console
    // closed in that moment still journals how the step ended.
    void endPendingStep();
    int runbookLineFor(int index, int codeLine) const;
    // EngineSession.cpp: the shell session steps share.
    void takeSession(int index, const StepResult &result);
    void restoreSession();
    QString describeFailure(int index, const StepResult &result, qint64 lines) const;
    bool attachProcedure(const runbook::Runbook &runbook, const QString &title, QString *error);
    // Health gates (EngineGate.cpp): a step whose code is a ```health block.
    void startHealthGate(int index);
    void finishHealthGate(int index, StepStatus status, const QString &error);
    // EngineInput.cpp.
    void setupInput();
    void refuseInput(int index);
    void recordInput(const QString &masked, bool echoed, bool endOfInput);
    // What was typed without echo is a secret of the incident from then on (in memory).
    void rememberTypedSecret(const QString &value);
    // EngineTerminal.cpp.
    void setupTerminal();
    Status terminalGate(int index);
    void startTerminal(int index, const StepScript &script, const QHash<QString, QString> &secrets,
                       const QString &directory);
    void finishTerminal(int index, const StepResult &result);
    // Journals what was typed by hand into step `index`'s session (SessionLineTyped).
    void recordTyped(int index, const QList<TypedLines::Line> &lines);

    incident::IncidentStore *m_store;
    QPointer<SecretSource> m_secrets;
    StepRunner m_runner;
    TerminalRunner m_terminal;
    bool m_terminalAttached = false;
    int m_terminalIndex = -1; // the terminal step running, -1 for none
    QHash<QString, QString> m_terminalValues;  // its values and secrets, for session lines
    QHash<QString, QString> m_terminalSecrets; // in memory only
    TerminalText m_terminalText;               // the transcript as text, for the store
    TypedLines m_typedLines;                   // what is typed by hand, for the journal
    SecretMasker m_terminalMasker;             // and masked again as text
    runbook::Runbook m_runbook;
    runbook::Procedure m_procedure;
    QStringList m_secretPlaceholders; // every secret name in the procedure's steps
    incident::IncidentRecord m_record;
    qint64 m_incidentId = 0;
    std::unique_ptr<incident::Journal> m_journal;
    std::unique_ptr<incident::TeamSession> m_team;
    // The team's view and other consoles' events change in bursts (a claim, the step's
    // start, where its runner is): the views are told once per burst (EngineTeam.cpp).
    QTimer *m_teamChanged = nullptr;
    int m_runningStep = -1;
    bool m_deferWrites = false;         // record() defers to the store's return (endStep)
    qint64 m_deferAtMs = 0;             // ...with this time: when the step ended
    std::optional<StepResult> m_ending; // ended, its output still crossing (endPendingStep)
    quint64 m_secretRequest = 0;
    quint64 m_peekRequest = 0;
    int m_waitingForSecrets = -1;
    quint64 m_prefetchRequest = 0;
    // What prefetchSecrets fetched: the incident's secrets, in memory only, for its steps.
    QHash<QString, QString> m_secretCache;
    QStringList m_typedSecrets; // typed without echo (rememberTypedSecret)
    qint64 m_runEventId = 0;
    std::unique_ptr<incident::OutputRecorder> m_recorder;
    SecretMasker m_masker; // the running step's secrets, for text leaving through events
    QStringDecoder m_decodeOut{QStringDecoder::Utf8};
    QStringDecoder m_decodeErr{QStringDecoder::Utf8};
    QPointer<GateRunner> m_gate; // the running health gate, if any
    SessionState m_session;      // unmasked; the journal keeps it masked
    QString m_runbookSource;
};

// The procedure titled `title` (case-insensitive), or the only one whose title contains
// it; otherwise a message listing the procedures there are.
Result<int> findProcedure(const runbook::Runbook &runbook, const QString &title);

// The scope an incident's secrets are kept under: "<service>/<environment>".
QString secretScope(const incident::IncidentRecord &record);

// Whether the step is a health gate: its code is a ```health block of checks, run as
// HTTP probes with retries instead of bash.
bool isHealthGate(const runbook::Step &step);

// Where an incident's steps run unless the operator says otherwise: the root of the
// repository the runbook is in (the nearest folder up with a .git), else its folder;
// the home folder for a runbook that is not a file (the bundled example).
QString defaultWorkingDirectory(const QString &runbookSource);

// "Larkspur Checkout Rollback" -> "larkspur-checkout-rollback".
QString slug(const QString &text);

} // namespace rollcage::execution
