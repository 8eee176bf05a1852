#include "execution/Engine.h"

#include "core/Logging.h"
#include "execution/Confirmation.h"
#include "core/SecretSource.h"
#include "execution/StepScript.h"
#include "execution/GateRunner.h"
#include "incident/IncidentFeed.h"
#include "incident/TeamSession.h"
#include "incident/Journal.h"
#include "incident/OutputRecorder.h"
#include "incident/Policy.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QSysInfo>

#include <algorithm>

#include <QSignalBlocker>

#include <atomic>

namespace rollcage::execution {

using incident::Phase;
namespace events = incident::events;


Engine::Engine(incident::IncidentStore *store, SecretSource *secrets, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_secrets(secrets)
{
    connect(&m_runner, &StepRunner::started, this,
            [this](qint64) { Q_EMIT stepStarted(m_runningStep, m_runEventId); });
    connect(&m_runner, &StepRunner::output, this, &Engine::onRunnerOutput);
    connect(&m_runner, &StepRunner::currentLine, this, [this](int line) {
        Q_EMIT currentLine(m_runningStep, line, runbookLineFor(m_runningStep, line));
    });
    connect(&m_runner, &StepRunner::finished, this, &Engine::onRunnerFinished);
    // However a step ends (finished, failed to start, a health gate), its claim goes.
    connect(this, &Engine::stepFinished, this, [this](int index) { releaseStep(index); });
    setupTerminal();
    setupInput();
    if (secrets) {
        connect(secrets, &SecretSource::provided, this, &Engine::onSecretsProvided);
        connect(secrets, &SecretSource::failed, this, &Engine::onSecretsFailed);
        connect(secrets, &SecretSource::kept, this,
                [this](quint64 id, const QHash<QString, QString> &values) {
                    if (id == m_peekRequest)
                        rememberSecrets(values.values());
                });
    }
}

Engine::~Engine()
{
    if (!m_ending)
        return;
    // Journalled, not announced: whoever listens is being torn down with this engine.
    const QSignalBlocker quiet(this);
    const QSignalBlocker quietJournal(m_journal.get());
    endPendingStep();
}

void Engine::setGracePeriod(int milliseconds)
{
    m_runner.setGracePeriod(milliseconds);
    m_terminal.setGracePeriod(milliseconds);
}

QString Engine::scope() const
{
    return secretScope(m_record);
}

bool Engine::attachProcedure(const runbook::Runbook &runbook, const QString &title, QString *error)
{
    const auto found = findProcedure(runbook, title);
    if (!found) {
        *error = found.error;
        return false;
    }
    m_runbook = runbook;
    m_procedure = runbook.procedures.at(*found);
    // Every procedure's secrets: any of them may run in this incident, and a token pasted
    // into a note must be masked whichever procedure it belongs to.
    m_secretPlaceholders.clear();
    for (const runbook::Procedure &procedure : runbook.procedures) {
        for (const runbook::Step &step : procedure.steps) {
            for (const QString &name : secretNames(step)) {
                if (!m_secretPlaceholders.contains(name))
                    m_secretPlaceholders.append(name);
            }
        }
    }
    return true;
}

Result<qint64> Engine::declare(const runbook::Runbook &runbook, const QString &procedureTitle,
                               const DeclareOptions &options)
{
    QString error;
    if (!attachProcedure(runbook, procedureTitle, &error))
        return Result<qint64>::failure(error);
    const QString workingDirectory = options.workingDirectory.isEmpty()
                                         ? defaultWorkingDirectory(runbook.source)
                                         : options.workingDirectory;
    if (!QFileInfo(workingDirectory).isDir())
        return Result<qint64>::failure(
            tr("The working directory %1 does not exist. Choose a folder that does (the steps "
               "run there).")
                .arg(workingDirectory));
    for (auto it = options.variables.constBegin(); it != options.variables.constEnd(); ++it) {
        if (m_secretPlaceholders.contains(it.key()))
            return Result<qint64>::failure(
                tr("%1 is a secret: it is never recorded, so it cannot be given as a variable. "
                   "Store it in the keychain (rollcage secret set) instead.")
                    .arg(it.key()));
    }
    incident::IncidentRecord r;
    // Typed by a person (a pasted link may carry its password), and stored before the
    // journal exists to mask it: a URL's password is masked here.
    r.title = options.title.isEmpty() ? runbook.title + QStringLiteral(": ") + m_procedure.title
                                      : incident::maskUrlPasswords(options.title);
    r.service = options.service.isEmpty() ? slug(runbook.title) : options.service;
    r.environment =
        options.environment.isEmpty() ? QStringLiteral("production") : options.environment;
    r.procedure = m_procedure.title;
    r.runbookTitle = runbook.title;
    r.runbookSource = runbook.source;
    r.runbookText = runbook.text;
    r.runbookSha256 = QString::fromLatin1(runbook.sha256);
    const auto id = m_store->createIncident(r);
    if (!id)
        return id;
    const auto created = m_store->incident(*id);
    if (!created)
        return Result<qint64>::failure(created.error);
    m_record = *created;
    m_incidentId = *id;
    if (Status s = openJournal(); !s)
        return Result<qint64>::failure(s.error);
    m_runbookSource = runbook.source;
    m_session = {};
    if (Status s = setWorkingDirectory(workingDirectory); !s)
        return Result<qint64>::failure(s.error);
    for (auto it = options.variables.constBegin(); it != options.variables.constEnd(); ++it) {
        if (Status s = setVariable(it.key(), it.value()); !s)
            return Result<qint64>::failure(s.error);
    }
    learnKeptSecrets();
    Q_EMIT stateChanged();
    return id;
}

Status Engine::resume(qint64 incidentId, const runbook::Runbook &runbook)
{
    const auto found = m_store->incident(incidentId);
    if (!found)
        return Status::failure(found.error);
    if (found->runbookSha256 != QString::fromLatin1(runbook.sha256))
        return Status::failure(
            tr("Incident %1 was declared with a different version of the runbook (%2). Use the "
               "runbook as it was then; its text is kept in the incident.")
                .arg(incidentId)
                .arg(found->runbookSource));
    incident::Journal journal(m_store, incidentId);
    if (Status s = journal.load(); !s)
        return s;
    const QString current = journal.state().procedure;
    QString error;
    if (!attachProcedure(runbook, current.isEmpty() ? found->procedure : current, &error))
        return Status::failure(error);
    m_record = *found;
    m_incidentId = incidentId;
    if (Status s = openJournal(); !s)
        return s;
    m_runbookSource = runbook.source;
    restoreSession();
    learnKeptSecrets();
    // A step whose outcome is unknown must be settled before anything else runs: put the
    // operator on its procedure (journalled like any other choice).
    if (const auto unknown = state().unresolved(); unknown && unknown->procedure != m_procedure.title) {
        if (Status s = chooseProcedure(runbook, unknown->procedure,
                                       tr("step %1's outcome is unknown").arg(unknown->index + 1));
            !s)
            return s;
    }
    Q_EMIT stateChanged();
    return Status::success();
}

Status Engine::chooseProcedure(const runbook::Runbook &runbook, const QString &title,
                               const QString &reason)
{
    if (!m_incidentId)
        return Status::failure(tr("No incident is open."));
    // Any procedure, any time: an incident diagnoses, rolls back and verifies in one
    // timeline. Only not while a step runs: its events belong to the procedure it is in.
    if (isRunning() || m_waitingForSecrets >= 0)
        return Status::failure(tr("Step %1 of \"%2\" is running; wait for it or cancel it before "
                                  "switching procedures.")
                                   .arg(std::max(m_runningStep, m_waitingForSecrets) + 1)
                                   .arg(m_procedure.title));
    const auto found = findProcedure(runbook, title);
    if (!found)
        return Status::failure(found.error);
    const QString chosen = runbook.procedures.at(*found).title;
    if (chosen == m_procedure.title)
        return Status::success();
    const QString previous = m_procedure.title;
    QString error;
    if (!attachProcedure(runbook, chosen, &error))
        return Status::failure(error);
    const auto e = record(incident::events::ProcedureChosen{chosen, previous, reason});
    if (!e) {
        attachProcedure(runbook, previous, &error); // nothing recorded: nothing changes
        return Status::failure(e.error);
    }
    learnKeptSecrets();
    return Status::success();
}

Status Engine::openJournal()
{
    auto journal = std::make_unique<incident::Journal>(m_store, m_incidentId);
    if (Status s = journal->load(); !s)
        return s;
    // Whoever appends (this engine, the outbox, the report fields), the views hear of it.
    connect(journal.get(), &incident::Journal::appended, this, [this] {
        // Another console's event, on a shared store: the views redraw once for the burst
        // it comes in (the claim, its start, where its runner is), as for the team's view.
        if (m_teamChanged && m_journal && m_journal->absorbing()) {
            if (!m_teamChanged->isActive())
                m_teamChanged->start();
            return;
        }
        Q_EMIT stateChanged();
    });
    connect(journal.get(), &incident::Journal::writeFailed, this, &Engine::storeError);
    // On a shared PostgreSQL store other consoles' events arrive as they are committed.
    if (m_store->canNotify()) {
        if (Status s = journal->follow(); !s)
            qCWarning(lcIncident).noquote() << "not following other consoles:" << s.error;
        else
            connect(journal->feed(), &incident::IncidentFeed::readFailed, this,
                    &Engine::storeError);
    }
    m_journal = std::move(journal);
    joinTeam();
    return Status::success();
}

const incident::IncidentState &Engine::state() const
{
    static const incident::IncidentState none;
    return m_journal ? m_journal->state() : none;
}

const QList<incident::Event> &Engine::journal() const
{
    static const QList<incident::Event> none;
    return m_journal ? m_journal->events() : none;
}

Result<incident::Event> Engine::noIncident() const
{
    return Result<incident::Event>::failure(
        tr("No incident is open: declare or resume one first."));
}

std::optional<int> Engine::nextStep() const
{
    return incident::nextStep(m_procedure, state());
}

QList<incident::OpenItem> Engine::openPrerequisites() const
{
    return incident::openPrerequisites(m_runbook.checklists, state());
}

Status Engine::checklistGate() const
{
    return incident::checklistGate(m_runbook, m_procedure, state());
}

Status Engine::mayRun(int index) const
{
    if (Status s = checkStepIndex(index); !s)
        return s;
    if (Status s = incident::mayRun(m_runbook, m_procedure, state(), index); !s)
        return s;
    return teamRule(index);
}

QString Engine::expectedConfirmation(int index) const
{
    if (index < 0 || index >= m_procedure.steps.size())
        return {};
    return confirmationTarget(m_procedure.steps.at(index), state().variables);
}

QString Engine::dryRun(int index) const
{
    if (index < 0 || index >= m_procedure.steps.size())
        return {};
    return renderForDisplay(m_procedure.steps.at(index), state().variables, sessionNames());
}

Status Engine::setVariable(const QString &name, const QString &value)
{
    if (m_secretPlaceholders.contains(name))
        return Status::failure(tr("%1 is a secret and is never recorded.").arg(name));
    const auto e = record(events::VariableSet{name, value});
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::transition(Phase to, const QString &reason)
{
    if (state().phase == to)
        return Status::success();
    if (Status s = roleRule(incident::isTerminal(to)); !s)
        return s;
    if (Status s = incident::checkTransition(state().phase, to); !s)
        return s;
    const auto e = record(
        events::StateChanged{incident::phaseName(state().phase), incident::phaseName(to), reason});
    return e ? Status::success() : Status::failure(e.error);
}

Status Engine::ensureRollingBack()
{
    // Diagnosis and verification run in whatever phase the incident is in.
    if (state().phase == Phase::RollingBack || !incident::changesProduction(m_procedure.kind))
        return Status::success();
    return transition(Phase::RollingBack, tr("a procedure step was started"));
}

Status Engine::checkStepIndex(int index) const
{
    if (m_incidentId == 0)
        return Status::failure(tr("No incident is open: declare or resume one first."));
    if (index < 0 || index >= m_procedure.steps.size())
        return Status::failure(
            tr("Procedure \"%1\" has no step %2.").arg(m_procedure.title).arg(index + 1));
    if (m_runningStep >= 0 || m_waitingForSecrets >= 0)
        return Status::failure(tr("Step %1 is still running; wait for it or cancel it.")
                                   .arg(std::max(m_runningStep, m_waitingForSecrets) + 1));
    return Status::success();
}

Status Engine::runStep(int index, const QString &confirmation)
{
    if (Status s = mayRun(index); !s)
        return s;
    if (Status s = claimStep(index); !s)
        return s;
    const Status started = startStep(index, confirmation);
    if (!started)
        releaseStep(index);
    return started;
}

Status Engine::startStep(int index, const QString &confirmation)
{
    if (Status s = mayRun(index); !s)
        return s;
    const runbook::Step &step = m_procedure.steps.at(index);
    if (step.kind == runbook::StepKind::Manual || (!hasShellCode(step) && !isHealthGate(step)))
        return Status::failure(tr("Step %1 (\"%2\") is manual: do it, then mark it done with a "
                                  "note.")
                                   .arg(index + 1)
                                   .arg(step.title));
    const QString expected = expectedConfirmation(index);
    if (!expected.isEmpty() && confirmation != expected)
        return Status::failure(
            tr("Step %1 (\"%2\") is destructive%3: type \"%4\" to confirm.")
                .arg(index + 1)
                .arg(step.title,
                     step.destructiveReason.isEmpty()
                         ? QString()
                         : QStringLiteral(" (") + step.destructiveReason + QLatin1Char(')'),
                     expected));
    const QStringList missing = missingValues(step, state().variables, sessionNames());
    if (!missing.isEmpty()) {
        const QString reason = tr("Step %1 (\"%2\", line %3) cannot run: no value for %4. Give "
                                  "each one (e.g. --var NAME=VALUE) and run it again.")
                                   .arg(index + 1)
                                   .arg(step.title)
                                   .arg(step.line)
                                   .arg(missing.join(QStringLiteral(", ")));
        // The refusal is returned either way; a failed write is said (storeError).
        (void)record(events::StepBlocked{{}, step.title, reason, missing}, index);
        return Status::failure(reason);
    }
    if (Status s = terminalGate(index); !s)
        return s;
    if (Status s = ensureRollingBack(); !s)
        return s;
    if (isHealthGate(step)) {
        m_runningStep = index;
        startHealthGate(index);
        return Status::success();
    }
    const QStringList secretNeeded = secretNames(step);
    if (secretNeeded.isEmpty()) {
        m_runningStep = index;
        startWithSecrets(index, {});
        return Status::success();
    }
    // Fetched up front (prefetchSecrets): no second question mid-incident.
    QHash<QString, QString> cached;
    for (const QString &name : secretNeeded) {
        if (m_secretCache.contains(name))
            cached.insert(name, m_secretCache.value(name));
    }
    if (cached.size() == secretNeeded.size()) {
        m_runningStep = index;
        startWithSecrets(index, cached);
        return Status::success();
    }
    if (!m_secrets)
        return Status::failure(tr("Step %1 needs the secrets %2, and no secret source is "
                                  "available.")
                                   .arg(index + 1)
                                   .arg(secretNeeded.join(QStringLiteral(", "))));
    m_waitingForSecrets = index;
    m_secretRequest = nextRequestId();
    m_secrets->request(m_secretRequest, scope(), secretNeeded);
    return Status::success();
}

} // namespace rollcage::execution
