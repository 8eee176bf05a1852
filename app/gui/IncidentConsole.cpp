#include "gui/IncidentConsole.h"

#include "core/SettingsKeys.h"

#include "core/Deadline.h"
#include "gui/AssessPage.h"
#include "gui/ChecklistPage.h"
#include "gui/CommunicatePage.h"
#include "gui/DisplayText.h"
#include "gui/Feedback.h"
#include "gui/PhaseBar.h"
#include "gui/ReportPage.h"
#include "gui/RollbackPage.h"
#include "health/HealthSession.h"
#include "messaging/Outbox.h"
#include "runbook/SeverityLevels.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFocusEvent>
#include <QLabel>
#include <QPointer>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rollcage::gui {

using State = incident::Phase;
using runbook::ChecklistPhase;


IncidentConsole::IncidentConsole(incident::IncidentStore *store, execution::SecretSource *secrets,
                                 QWidget *parent)
    : IncidentView(parent)
    , m_store(store)
    , m_engine(new execution::Engine(store, secrets, this))
    , m_bar(new PhaseBar(this))
    , m_pages(new QStackedWidget(this))
    , m_assess(new AssessPage(m_pages))
    , m_prepare(new ChecklistPage(tr("Work through the pre-rollback checklist. Every tick is recorded with your "
                                     "name and the time. An item you cannot do must be waived with a reason."),
                                  tr("Continue to &Roll back"),
                                  tr("This runbook has no pre-rollback checklist, so there is nothing to tick "
                                     "here.\nContinue to Roll back (Ctrl+Enter) when you are ready."),
                                  {ChecklistPhase::Pre}, m_pages))
    , m_rollback(new RollbackPage(m_engine, m_pages))
    , m_verify(new ChecklistPage(tr("Check that the rollback worked: the post-rollback and validation "
                                    "checklists. Tick what you verified; waive with a reason what you could not."),
                                 tr("&Resolve incident"),
                                 tr("This runbook has no post-rollback or validation checklist.\nCheck the "
                                    "service the way your team does (the Health dock, when the runbook names "
                                    "endpoints), then resolve the incident (Ctrl+Enter)."),
                                 {ChecklistPhase::Post, ChecklistPhase::Validation}, m_pages))
    , m_communicate(new CommunicatePage(m_engine, m_pages))
    , m_reportPage(new ReportPage(store, m_pages))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("connectionBanner"));
    m_offline->setWordWrap(true);
    m_offline->setContentsMargins(8, 4, 8, 4);
    m_offline->hide();
    layout->addWidget(m_offline);
    // The team panel beside the pages, its width the user's: two consoles side by side on one
    // 1920-pixel screen need it narrower than it opens (it held 360 pixels, so a team console
    // could not be narrower than 1099).
    m_split = new QSplitter(Qt::Horizontal, this);
    m_split->setObjectName(QStringLiteral("teamSplit"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_pages);
    buildTeamPanel();
    m_split->addWidget(m_teamPanel);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 0);
    layout->addWidget(m_split, 1);
    for (QWidget *page : {static_cast<QWidget *>(m_assess), static_cast<QWidget *>(m_prepare),
                          static_cast<QWidget *>(m_rollback), static_cast<QWidget *>(m_verify),
                          static_cast<QWidget *>(m_communicate), static_cast<QWidget *>(m_reportPage)})
        m_pages->addWidget(page);
    connect(m_reportPage, &ReportPage::problem, this, &IncidentConsole::complain);
    connect(m_reportPage, &ReportPage::exported, this, [this](const QString &path) {
        complain(tr("Report exported to %1").arg(QDir::toNativeSeparators(path)));
    });

    connect(m_bar, &PhaseBar::phaseRequested, this, [this](Phase p) { goTo(p); });
    connect(m_assess, &AssessPage::decisionRecorded, this, &IncidentConsole::onDecision);
    journalChecklist(m_prepare);
    journalChecklist(m_verify);
    connect(m_prepare, &ChecklistPage::continueRequested, this, [this] {
        if (Status s = m_engine->transition(State::Prepared, tr("pre-rollback checklist complete")); !s)
            complain(s.error);
        goTo(Phase::RollBack);
    });
    connect(m_verify, &ChecklistPage::continueRequested, this, [this] {
        if (Status s = m_engine->transition(State::Resolved, tr("verified after rollback")); !s) {
            complain(s.error);
            return;
        }
        goTo(Phase::Report);
    });
    connect(m_rollback, &RollbackPage::procedureFinished, this, [this] {
        if (m_engine->state().phase == State::RollingBack)
            if (Status s = m_engine->transition(State::Verifying, tr("every step of the procedure settled")); !s)
                complain(s.error);
        goTo(Phase::Verify);
    });
    // "The next thing to do", wherever the focus is in the window (the phase bar after
    // Alt+3, the health dock, nothing after a dialog closed): one shortcut, one owner.
    auto *next = new QAction(tr("Next action"), this);
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    next->setShortcutContext(Qt::WindowShortcut);
    connect(next, &QAction::triggered, this, &IncidentConsole::nextAction);
    addAction(next);
    connect(m_engine, &execution::Engine::stateChanged, this, &IncidentConsole::refresh);
    connect(m_engine, &execution::Engine::storeError, this, &IncidentConsole::complain);
    connect(m_engine, &execution::Engine::secretsPrefetched, this, [this](bool ok, const QString &error) {
        complain(ok ? tr("Every secret of \"%1\" is at hand.").arg(plainInline(m_engine->procedure().title))
                    : tr("Not every secret of \"%1\" is at hand (%2); a step that needs one asks for it again.")
                          .arg(plainInline(m_engine->procedure().title), error));
    });
    m_health = new health::HealthSession(m_engine, this);
}

IncidentConsole::~IncidentConsole()
{
    // What was typed on the Report page and not saved yet is written now, while everything
    // the write reaches is alive; then the page goes. Left to the widgets' teardown, a write
    // reached this console's listeners after this destructor (tst_teamlive aborted on it).
    (void)m_reportPage->save(); // a failure is said while this console still listens
    m_reportPage->disconnect(this);
    delete m_reportPage;
    m_reportPage = nullptr;
    if (m_panelDragged) // once, not at every step of a drag
        QSettings().setValue(settings::kTeamPanelWidth, m_panelWish);
}

void IncidentConsole::journalChecklist(ChecklistPage *page)
{
    connect(page, &ChecklistPage::tickRequested, this, [this](const QString &list, const QString &item) {
        if (Status s = m_engine->tickChecklistItem(list, item); !s)
            complain(s.error);
    });
    connect(page, &ChecklistPage::waiveRequested, this,
            [this](const QString &list, const QString &item, const QString &reason) {
                if (Status s = m_engine->waiveChecklistItem(list, item, reason); !s)
                    complain(s.error);
            });
    connect(page, &ChecklistPage::untickRequested, this, [this](const QString &list, const QString &item) {
        if (Status s = m_engine->untickChecklistItem(list, item); !s)
            complain(s.error);
    });
}

void IncidentConsole::setChannels(messaging::ChannelDirectory *channels)
{
    m_communicate->setChannels(channels);
}

Status IncidentConsole::start(const runbook::Runbook &runbook, const QString &procedure,
                              const execution::DeclareOptions &options)
{
    const auto id = m_engine->declare(runbook, procedure, options);
    if (!id.ok())
        return Status::failure(id.error);
    (void)m_engine->transition(State::Assessing, tr("incident declared from the console")); // said on failure
    attach(runbook);
    goTo(Phase::Assess);
    return Status::success();
}

Status IncidentConsole::resume(qint64 incidentId, const runbook::Runbook &runbook)
{
    if (Status s = m_engine->resume(incidentId, runbook); !s)
        return s;
    attach(runbook);
    // Back where the incident stood; the rule is the core's, not this widget's.
    switch (incident::landingStage(m_engine->state())) {
    case incident::Stage::Assess:
        goTo(Phase::Assess);
        break;
    case incident::Stage::Prepare:
        goTo(Phase::Prepare);
        break;
    case incident::Stage::RollBack:
        goTo(Phase::RollBack);
        break;
    case incident::Stage::Verify:
        goTo(Phase::Verify);
        break;
    case incident::Stage::Report:
        goTo(Phase::Report);
        break;
    }
    return Status::success();
}

void IncidentConsole::attach(const runbook::Runbook &runbook)
{
    m_assess->setRunbook(runbook);
    m_prepare->setRunbook(runbook);
    m_verify->setRunbook(runbook);
    m_rollback->setRunbook(runbook);
    m_rollback->reload();
    m_communicate->attach(runbook);
    m_health->attach(runbook);
    attachTeam();
    refresh();
}

QStringList IncidentConsole::pendingWork() const
{
    QStringList pending;
    if (m_engine->isRunning()) {
        const int step = m_engine->runningStep();
        pending << tr("Step %1, “%2”, is still running. Leaving stops it and everything it "
                      "started; its outcome is then unknown, and you check the system before "
                      "going on when you resume the incident.")
                       .arg(step + 1)
                       .arg(plainInline(m_engine->procedure().steps.value(step).title));
    }
    if (const messaging::Outbox *outbox = m_communicate->outbox()) {
        QStringList waiting;
        for (const messaging::OutboxEntry &e : outbox->entries()) {
            if (e.isOpen())
                waiting << tr("“%1” to %2").arg(e.title, e.channel);
        }
        if (!waiting.isEmpty())
            pending << tr("%n message(s) not delivered yet: %1. They stay in the outbox and are "
                          "sent when the incident is resumed.",
                          nullptr, int(waiting.size()))
                           .arg(waiting.join(QStringLiteral(", ")));
    }
    return pending;
}

bool IncidentConsole::nextAction()
{
    switch (currentPhase()) {
    case Phase::Assess:
        return m_assess->record();
    case Phase::Prepare:
        return m_prepare->nextAction();
    case Phase::RollBack:
        return m_rollback->triggerNextAction();
    case Phase::Verify:
        return m_verify->nextAction();
    case Phase::Communicate:
    case Phase::Report:
        break;
    }
    return false;
}

Phase IncidentConsole::currentPhase() const { return m_bar->phase(); }

bool IncidentConsole::goTo(Phase phase)
{
    // The gate is the core's (incident::checklistGate): a diagnosis procedure is not held
    // back by the pre-rollback checklist, a rollback is until it is done.
    if (phase == Phase::RollBack && !m_engine->checklistGate()) {
        complain(tr("Roll back is locked until every pre-rollback checklist item is ticked or waived."));
        m_bar->setPhase(static_cast<Phase>(m_pages->currentIndex()));
        return false;
    }
    if (phase == Phase::Report)
        m_reportPage->setIncident(m_engine->incidentJournal());
    if (phase == Phase::Communicate)
        m_communicate->refreshFromIncident();
    m_pages->setCurrentIndex(int(phase));
    m_bar->setPhase(phase);
    updateLocation();
    return true;
}

void IncidentConsole::onDecision(const AssessChoice &choice)
{
    const QString action = choice.decision.action.isEmpty()
                               ? approachName(choice.approach)
                               : tr("%1 (%2)").arg(choice.decision.action, approachName(choice.approach));
    // The matrix row's deadline, else the chosen severity level's response time.
    std::optional<qint64> deadline;
    if (const std::optional<int> minutes =
            runbook::responseDeadline(choice.decisionRow >= 0 ? &choice.decision : nullptr,
                                      choice.severity ? &*choice.severity : nullptr))
        deadline = QDateTime::currentMSecsSinceEpoch() + qint64(*minutes) * 60'000;
    QString scenario = choice.decision.scenario;
    if (choice.severity)
        scenario = scenario.isEmpty() ? tr("Severity %1").arg(choice.severity->name)
                                      : tr("%1 (severity %2)").arg(scenario, choice.severity->name);
    if (choice.trigger)
        scenario += tr(" (trigger: %1 %2)").arg(choice.trigger->condition, choice.trigger->threshold);
    if (Status s = m_engine->recordDecision(scenario, action, choice.justification, deadline); !s) {
        complain(s.error);
        return;
    }
    if (choice.approach == AssessChoice::Approach::FixForward) {
        // Fixing forward ends the rollback path; the record says so and why.
        // A failed write is said by the engine's storeError, shown in this window.
        (void)m_engine->transition(State::Aborted, tr("fix forward chosen: %1").arg(choice.justification));
        goTo(Phase::Report);
        return;
    }
    goTo(Phase::Prepare);
}

void IncidentConsole::refresh()
{
    const incident::IncidentState &state = m_engine->state();
    m_bar->setStateText(incident::describePhase(state));
    const QDateTime declared = QDateTime::fromMSecsSinceEpoch(state.declaredMs, QTimeZone::UTC);
    m_bar->setStartedAt(declared);
    m_bar->setEndedAt(state.endedMs ? QDateTime::fromMSecsSinceEpoch(state.endedMs, QTimeZone::UTC) : QDateTime());
    if (incident::isTerminal(state.phase)) {
        m_bar->setDeadline(Deadline()); // a closed incident has no countdown left
    } else if (state.deadlineMs) {
        // The countdown runs from when the decision was taken to its deadline.
        m_bar->setDeadline(Deadline(QDateTime::fromMSecsSinceEpoch(state.decidedMs, QTimeZone::UTC),
                                    QDateTime::fromMSecsSinceEpoch(*state.deadlineMs, QTimeZone::UTC)));
    }
    m_prepare->setMarks(state.checklist);
    m_verify->setMarks(state.checklist);
    const Status mayRecord = m_engine->mayRecord();
    const bool away = !m_store->reachable();
    const QString line = away ? waitingForStoreLine() : QString();
    m_prepare->setRefusal(mayRecord.error, away, line);
    m_verify->setRefusal(mayRecord.error, away, line);
    m_bar->setPhaseEnabled(Phase::RollBack, bool(m_engine->checklistGate()));
    showTeam();
    updateLocation();
    // Queued: refresh runs inside the engine's own signal, and the prompt is a window.
    QMetaObject::invokeMethod(this, &IncidentConsole::prefetchSecrets, Qt::QueuedConnection);
}

void IncidentConsole::prefetchSecrets()
{
    // Every secret of the procedure in force, asked for as soon as it is chosen (declared,
    // resumed, decided on Assess, picked on Roll back) rather than at step 4 after step 3
    // changed production: the CLI does the same before step 1. Once per procedure and
    // console: a prompt the operator dismissed comes back only when a step needs it.
    const QString procedure = m_engine->procedure().title;
    if (m_engine->incidentId() <= 0 || procedure.isEmpty() || incident::isTerminal(m_engine->state().phase) ||
        m_prefetched.contains(procedure))
        return;
    m_prefetched.insert(procedure);
    (void)m_engine->prefetchSecrets({procedure}); // false: nothing to fetch, nothing to say
}

void IncidentConsole::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    QWidget *page = m_pages->currentWidget();
    if (page == m_assess) {
        m_assess->focusStart();
        return;
    }
    QWidget *last = page ? page->focusWidget() : nullptr;
    if (last && last->isVisible() && last->isEnabled())
        last->setFocus(event->reason());
    else
        focusNextChild();
}

void IncidentConsole::complain(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged(text);
}

} // namespace rollcage::gui
