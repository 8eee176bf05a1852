#include "gui/RollbackPage.h"

#include "core/Deadline.h"
#include "core/SettingsKeys.h"
#include "execution/DeclarationValues.h"
#include "execution/Engine.h"
#include "execution/Preflight.h"
#include "gui/CommandView.h"
#include "gui/DisplayText.h"
#include "gui/EscalationPanel.h"
#include "gui/Feedback.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "gui/Palette.h"
#include "gui/RollbackPageInternal.h"
#include "gui/StepInputBar.h"
#include "gui/StepListModel.h"
#include "gui/TerminalPane.h"
#include "gui/ValuesDialog.h"
#include "gui/ValuesForm.h"
#include "ui_RollbackPage.h"

#include <QAction>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace rollcage::gui {

using incident::StepState;

RollbackPage::RollbackPage(execution::Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::RollbackPage>())
    , m_engine(engine)
    , m_steps(new StepListModel(engine, this))
    , m_clock(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->stepList->setModel(m_steps);
    m_ui->escalationPanel->setEngine(engine);
    m_ui->mainSplit->setStretchFactor(1, 1);
    // The log gets the room: it is what shows a step worked. The step's text above
    // takes what it needs; at 1100×720 the log keeps more than half the height.
    m_ui->rightSplit->setStretchFactor(0, 0);
    m_ui->rightSplit->setStretchFactor(1, 1);
    m_ui->escalationPanel->setMaximumWidth(280);

    QFont heading = m_ui->whyHeading->font();
    heading.setBold(true);
    m_ui->whyHeading->setFont(heading);
    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->titleLabel->setFont(big);
    m_ui->dangerFrame->setStyleSheet(QStringLiteral("QFrame#dangerFrame{border:2px solid %1;border-radius:4px;}").arg(toneColor(Tone::Problem).name()));

    // Ctrl+Enter ("the next thing to do") is the console's, for the whole window: it
    // calls triggerNextAction() here whatever has the focus.
    auto *guided = new QAction(tr("Guided mode"), this);
    guided->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    guided->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(guided, &QAction::triggered, this, [this] { setGuided(!isGuided()); });
    addAction(guided);
    auto *escalate = new QAction(tr("Escalate"), this);
    escalate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    escalate->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(escalate, &QAction::triggered, this, [this] { setEscalationVisible(!isEscalationVisible()); });
    addAction(escalate);
    m_ui->cancelButton->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->runButton->setToolTip(tr("Run this step (Ctrl+Enter)"));

    connect(m_ui->guidedCheck, &QCheckBox::toggled, this, &RollbackPage::setGuided);
    connect(m_ui->escalateButton, &QToolButton::toggled, this, &RollbackPage::setEscalationVisible);
    connect(m_ui->escalationPanel, &EscalationPanel::problem, this, [this](const QString &e) { say(e, true); });
    connect(m_ui->procedureCombo, &QComboBox::activated, this, &RollbackPage::chooseProcedure);
    connect(m_ui->stepList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.row()); });
    connect(m_ui->runButton, &QPushButton::clicked, this, &RollbackPage::runSelected);
    connect(m_ui->nextButton, &QPushButton::clicked, this, &RollbackPage::goNext);
    connect(m_ui->valuesButton, &QToolButton::clicked, this, [this] { editValues(); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RollbackPage::cancelRunning);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RollbackPage::updateButtons);
    connect(m_ui->confirmEdit, &QLineEdit::returnPressed, this, [this] {
        if (canRun())
            runSelected();
    });
    setupTeamRow();
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Skip step"), tr("Why is this step skipped? The reason is recorded."), true,
                  [this](const QString &reason) { skipSelected(reason); });
    });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Step done"), tr("Optional note (what you saw, what you clicked):"), false,
                  [this](const QString &note) { completeSelected(note); });
    });
    connect(m_ui->markDoneButton, &QPushButton::clicked, this, [this] {
        // A terminal step's outcome is asked after every session, not only after a crash.
        const QString question = m_engine->isTerminalStep(m_selected)
                                     ? tr("What shows the session did what the step needs?")
                                     : tr("What shows the interrupted step did complete?");
        askReason(tr("Mark done"), question, true, [this](const QString &note) {
            const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::MarkDone, note);
            say(s ? tr("Marked done. Next (Ctrl+Enter) goes on.") : s.error, !s);
        });
    });
    connect(m_ui->markFailedButton, &QPushButton::clicked, this, [this] {
        const QString question = m_engine->isTerminalStep(m_selected)
                                     ? tr("What shows the session did not do what the step needs?")
                                     : tr("What shows the interrupted step failed?");
        askReason(tr("Mark failed"), question, true, [this](const QString &note) {
            const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::MarkFailed, note);
            say(s ? tr("Marked failed.") : s.error, !s);
        });
    });

    connect(m_engine, &execution::Engine::stepStarted, this, [this](int index, qint64 runEventId) {
        m_runTimer.start();
        m_clock->start();
        if (index != m_selected)
            selectStep(index);
        m_ui->logView->setRun(m_engine->store(), runEventId);
        m_ui->logView->setLive(true);
        showTerminal(m_engine->isTerminalStep(index) ? index : -1);
        say(tr("Running…"), false);
        // This console's own Run: the step's text may give the log the room of a line it no
        // longer needs (an approval it waited for), unlike a line another console's event
        // took away (keepDetailVisible).
        m_detailMayShrink = true;
        updateButtons();
    });
    connect(m_engine, &execution::Engine::currentLine, this, [this](int index, int codeLine, int) {
        if (index == m_selected)
            m_ui->commandView->setCurrentLine(codeLine);
    });
    connect(m_engine, &execution::Engine::stepFinished, this, &RollbackPage::onStepFinished);
    // A step that ended while the shared store was away: its last lines are stored later.
    connect(m_engine, &execution::Engine::outputStored, this, [this](qint64 run) {
        if (m_ui->logView->model()->runEventId() == run && !m_ui->logView->isLive())
            m_ui->logView->setLive(false); // reads the count again
    });
    connect(m_engine, &execution::Engine::stateChanged, this, [this] {
        followOthersRun();
        updateButtons();
        // Each procedure's progress in the list follows the journal (texts only: the
        // current choice and an open popup stay as they are).
        for (int i = 0; i < m_runbook.procedures.size() && i < m_ui->procedureCombo->count(); ++i)
            m_ui->procedureCombo->setItemText(i, procedureText(m_runbook.procedures.at(i)));
    });
    connect(m_engine, &execution::Engine::storeError, this,
            [this](const QString &e) { say(e, true); });
    // Terminal steps show in an embedded terminal in the log's place; someone is there to
    // answer them, so the engine may run them.
    m_engine->setTerminalAttached(true);
    // One pane of the split holds either, in the log's place (the operator's sizes kept).
    auto *output = new QWidget; // the split adopts it (made its child first, it was refused)
    auto *outputLayout = new QVBoxLayout(output);
    outputLayout->setContentsMargins(0, 0, 0, 0);
    m_ui->rightSplit->replaceWidget(m_ui->rightSplit->indexOf(m_ui->logView), output);
    outputLayout->addWidget(m_ui->logView);
    m_ui->logView->show(); // the split hid what it gave up
    m_terminal = new TerminalPane(m_engine, output);
    m_terminal->setObjectName(QStringLiteral("terminalPane"));
    outputLayout->addWidget(m_terminal);
    m_terminal->hide();
    connect(m_terminal, &TerminalPane::message, this, &RollbackPage::say);
    // Under the log: a plain step waiting for input asks here.
    m_input = new StepInputBar(m_engine, output);
    outputLayout->addWidget(m_input);
    connect(m_input, &StepInputBar::message, this, &RollbackPage::say);
    connect(m_ui->logView, &LogView::problem, this, [this](const QString &e) { say(e, true); });
    connect(m_ui->logView, &LogView::notice, this, [this](const QString &n) { say(n, false); });
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RollbackPage::tickElapsed);

    QSettings settings;
    m_ui->mainSplit->restoreState(settings.value(settings::rollbackSplit(QStringLiteral("main"))).toByteArray());
    m_splitRestored = m_ui->rightSplit->restoreState(settings.value(settings::rollbackSplit(QStringLiteral("right"))).toByteArray());
    // A first run starts guided; after that the operator's last choice is kept.
    setGuided(QSettings().value(settings::kGuided, true).toBool());
    reload();
}

RollbackPage::~RollbackPage()
{
    QSettings settings;
    settings.setValue(settings::rollbackSplit(QStringLiteral("main")), m_ui->mainSplit->saveState());
    settings.setValue(settings::rollbackSplit(QStringLiteral("right")), m_ui->rightSplit->saveState());
}

LogView *RollbackPage::logView() const { return m_ui->logView; }
CommandView *RollbackPage::commandView() const { return m_ui->commandView; }
EscalationPanel *RollbackPage::escalationPanel() const { return m_ui->escalationPanel; }

void RollbackPage::setRunbook(const runbook::Runbook &runbook)
{
    m_runbook = runbook;
    m_ui->escalationPanel->setLevels(runbook.escalation);
    fillProcedures();
}

void RollbackPage::reload()
{
    m_steps->reload();
    fillProcedures();
    const runbook::Procedure &p = m_engine->procedure();
    const QString when = p.whenToUse.isEmpty() ? QString() : tr("When to use: %1").arg(flowingText(p.whenToUse));
    m_ui->procedureFacts->setText(when);
    m_ui->procedureFacts->setToolTip(when);
    m_ui->procedureCombo->setToolTip(when.isEmpty() ? m_ui->procedureCombo->toolTip() : when);
    const auto next = m_engine->nextStep();
    m_selected = -1;
    selectStep(next ? *next : 0);
    updateButtons();
    // Pre-flight for this procedure, here too: what its steps call that is not on this
    // machine is said before step 1 (the same check as the New incident dialog's).
    execution::PreflightInput input;
    input.procedures = {p};
    input.values = m_engine->state().variables;
    input.shellNames = m_engine->sessionNames();
    input.workingDirectory = m_engine->stepDirectory();
    const QList<execution::PreflightProblem> problems = execution::preflight(input);
    if (!problems.isEmpty()) {
        // One line (the log keeps its room); the whole list, with what to do, on hover.
        say(plainInline(execution::summarizePreflight(problems)), true);
        m_ui->messageLabel->setToolTip(plainLines(execution::describePreflight(problems)));
    }
}

void RollbackPage::selectStep(int index)
{
    if (index < 0 || index >= m_steps->rowCount())
        return;
    m_ui->stepList->setCurrentIndex(m_steps->index(index));
    showStep(index);
}

void RollbackPage::showStep(int index)
{
    if (index < 0 || index >= m_engine->procedure().steps.size())
        return;
    const bool changed = index != m_selected;
    m_selected = index;
    m_detailMayShrink = m_detailMayShrink || changed;
    if (changed)
        Q_EMIT stepShown(index);
    // The session stays on screen while its step is the one shown; another step shows
    // its log.
    showTerminal(m_terminal->step() == index && !m_terminal->isHidden() ? index : -1);
    const runbook::Step &step = m_engine->procedure().steps.at(index);
    QString title = tr("Step %1: %2").arg(index + 1).arg(inlineHtml(step.title));
    if (step.expected.isKnown())
        title += QStringLiteral(" <small>") + tr("(about %1)").arg(durationText(step.expected)) + QStringLiteral("</small>");
    m_ui->titleLabel->setText(title);
    m_ui->whyLabel->setText(step.description.isEmpty() ? tr("The runbook gives no explanation for this step.")
                                                       : plainInline(step.description));
    // A description that is only the step's warning is said once, in the danger box.
    const QString warning = step.destructive ? warningBody(step.destructiveReason).simplified() : QString();
    m_ui->whyFrame->setVisible(warning.isEmpty() || warningBody(step.description).simplified() != warning);
    showDanger(step, changed);
    if (step.kind == runbook::StepKind::Manual) {
        m_ui->commandView->setCode(tr("# Manual step: do it by hand, then press Done."), QStringLiteral("bash"));
    } else if (isByHand(step)) {
        // ```sql, ```yaml…: shown highlighted in its language, for the operator to run
        // where it belongs; Rollcage never hands it to bash.
        QStringList code;
        for (const runbook::CodeBlock &block : step.commands)
            code.append(block.code);
        m_ui->commandView->setCode(code.join(QLatin1Char('\n')), step.commands.value(0).language);
        say(tr("Rollcage does not run %1 code: run it where it belongs, then press Done.")
                .arg(step.commands.value(0).language),
            false);
    } else {
        m_ui->commandView->setCode(m_engine->dryRun(index), step.commands.value(0).language);
    }
    // As tall as the step's commands (two to six lines, then it scrolls): a short step
    // leaves the log the rest. Fixed, so the buttons below are never laid over it.
    const int lines = std::clamp(m_ui->commandView->document()->blockCount(), 2, 6);
    m_ui->commandView->setFixedHeight(m_ui->commandView->fontMetrics().lineSpacing() * lines + 30);
    const incident::StepRecord record = m_engine->state().step(index);
    if (changed && m_engine->runningStep() != index) {
        m_ui->logView->setRun(m_engine->store(), record.lastRunEventId);
        m_ui->logView->setLive(false);
        followOthersRun();
    }
    if (changed) {
        m_ui->messageLabel->clear();
        if (!m_engine->isRunning())
            m_ui->elapsedLabel->clear();
    }
    updateButtons();
}

void RollbackPage::showDanger(const runbook::Step &step, bool changed)
{
    m_ui->dangerFrame->setVisible(step.destructive);
    if (!step.destructive)
        return;
    const QString target = m_engine->expectedConfirmation(m_selected);
    const QString reason = warningBody(step.destructiveReason);
    m_ui->dangerText->setText(
        tr("<b>⚠ Destructive:</b> %1<br>Type <b>%2</b> below to enable Run.")
            .arg(reason.isEmpty() ? tr("this step cannot be undone.") : reason.toHtmlEscaped(),
                 target.toHtmlEscaped()));
    m_ui->confirmEdit->setPlaceholderText(tr("type %1").arg(target));
    m_ui->confirmEdit->setEnabled(!m_engine->isRunning() &&
                                  m_engine->state().step(m_selected).state != StepState::Succeeded);
    if (changed) {
        m_ui->confirmEdit->clear();
        // Where the operator must type next: no hunting for the field.
        if (isVisible() && !incident::isSettled(m_engine->state().step(m_selected).state))
            m_ui->confirmEdit->setFocus(Qt::OtherFocusReason);
    }
}

bool RollbackPage::canRun(UnknownOutcome unknown) const
{
    if (m_selected < 0 || m_engine->isRunning())
        return false;
    const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
    if (step.kind == runbook::StepKind::Manual || isByHand(step))
        return false;
    const StepState state = m_engine->state().step(m_selected).state;
    const bool retrying = state == StepState::OutcomeUnknown && unknown == UnknownOutcome::Retry;
    if (state == StepState::Succeeded || (state == StepState::OutcomeUnknown && !retrying))
        return false;
    // The core's rules: unknown outcomes, the gate. A retry of the unknown step is asked
    // again by runStep once the retry is recorded; until then the core refuses it for
    // being unresolved, which is what the retry settles.
    if (!retrying && !m_engine->mayRun(m_selected))
        return false;
    if (step.destructive) {
        const QString target = m_engine->expectedConfirmation(m_selected);
        return !target.isEmpty() && m_ui->confirmEdit->text().trimmed() == target;
    }
    return true;
}

QPushButton *RollbackPage::defaultButton() const
{
    for (QPushButton *b : {m_ui->runButton, m_ui->doneButton, m_ui->nextButton, m_ui->markDoneButton})
        if (b->isDefault() && !b->isHidden() && b->isEnabled())
            return b;
    return nullptr;
}

bool RollbackPage::triggerNextAction()
{
    QPushButton *b = defaultButton();
    if (!b) {
        // A destructive step waits for its confirmation: send the operator there.
        if (m_ui->dangerFrame->isVisible() && m_ui->confirmEdit->isEnabled())
            m_ui->confirmEdit->setFocus(Qt::ShortcutFocusReason);
        return false;
    }
    b->click();
    return true;
}

void RollbackPage::updateButtons()
{
    Ui::RollbackPage &ui = *m_ui;
    const QList<QPushButton *> all = {ui.runButton, ui.skipButton, ui.cancelButton, ui.nextButton,
                                      ui.doneButton, ui.markDoneButton, ui.markFailedButton};
    const bool started = !m_engine->state().steps.isEmpty() || m_engine->isRunning();
    // Another procedure can be started any time no step runs: diagnose, roll back, verify.
    ui.procedureCombo->setEnabled(!m_engine->isRunning() && m_runbook.procedures.size() > 1);
    // "When to use" helps choose; once a step has run the choice is made and the log
    // gets the line back.
    ui.procedureFacts->setVisible(!started);
    ui.valuesButton->setEnabled(!incident::isTerminal(m_engine->state().phase));
    if (m_selected < 0) {
        for (QPushButton *b : all) {
            b->setEnabled(false);
            b->setDefault(false);
        }
        updateGuidance();
        return;
    }
    const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
    const StepState state = m_engine->state().step(m_selected).state;
    const bool running = m_engine->isRunning();
    const bool manual = step.kind == runbook::StepKind::Manual || isByHand(step);
    const bool unknown = state == StepState::OutcomeUnknown;
    const bool settled = incident::isSettled(state);
    // Once the destructive step has done its work (or while it runs) there is nothing left
    // to confirm: the typed target stays to read, not to edit.
    ui.confirmEdit->setEnabled(!running && state != StepState::Succeeded);
    // "Run…": a confirmation naming the target comes first (the typed level has its box).
    const bool asks = step.confirmation == runbook::Confirmation::NameTarget;
    ui.runButton->setText(incident::isRetry(state) || unknown
                              ? (asks ? tr("&Retry…") : tr("&Retry"))
                              : (asks ? tr("&Run…") : tr("&Run")));
    ui.runButton->setVisible(!manual || unknown);
    // Team mode: another console holding the step is said where the step is; the buttons
    // that act on it follow the same rule (the core's, through the engine).
    const Status team = m_engine->teamRule(m_selected);
    ui.claimLabel->setVisible(!team);
    if (!team) {
        // The store away is said in full by the console's banner: once is enough there.
        const bool away = !m_engine->store()->reachable();
        showMessage(ui.claimLabel, away ? waitingForStoreLine() : team.error, true);
        ui.claimLabel->setToolTip(away ? team.error : QString());
    }
    // Pointed at while the team's rule keeps it off, Run says why.
    ui.runButton->setToolTip(team ? tr("Run this step (Ctrl+Enter)") : team.error);
    ui.runButton->setEnabled(unknown ? !running && team.ok : canRun());
    ui.doneButton->setVisible(manual && !unknown);
    ui.doneButton->setEnabled(!running && !settled && team.ok);
    // The core decides (incident::maySkip); the button only shows its answer.
    const Status skippable = m_engine->maySkip(m_selected);
    ui.skipButton->setEnabled(skippable.ok);
    ui.cancelButton->setEnabled(running && m_engine->runningStep() == m_selected);
    ui.cancelButton->setVisible(!manual);
    ui.markDoneButton->setVisible(unknown);
    ui.markFailedButton->setVisible(unknown);
    ui.markDoneButton->setEnabled(unknown && team.ok);
    ui.markFailedButton->setEnabled(unknown && team.ok);
    updateTeamRow();
    // A settled step stays shown with its output; Next moves on when the operator has
    // read it.
    const auto next = m_engine->nextStep();
    ui.nextButton->setVisible(settled && !running);
    ui.nextButton->setEnabled(settled && !running);
    ui.nextButton->setText(!next ? tr("Continue to &Verify") : tr("&Next: step %1").arg(*next + 1));
    // Exactly one default: the next sensible action. Interrupted steps have none — the
    // operator must look at the system before choosing.
    QPushButton *primary = nullptr;
    if (!unknown) {
        if (!ui.runButton->isHidden() && ui.runButton->isEnabled())
            primary = ui.runButton;
        else if (!ui.doneButton->isHidden() && ui.doneButton->isEnabled())
            primary = ui.doneButton;
        else if (!ui.nextButton->isHidden() && ui.nextButton->isEnabled())
            primary = ui.nextButton;
    }
    for (QPushButton *b : all)
        b->setDefault(b == primary);
    // The step's text, its buttons and the message must never be squeezed under each
    // other: when they need more height than the split gives, the log yields it.
    QTimer::singleShot(0, this, &RollbackPage::keepDetailVisible);
    if (unknown && ui.messageLabel->text().isEmpty())
        say(tr("Rollcage stopped while this step was running. Look at the system, then choose "
               "Retry, Mark done or Mark failed before going on."), true);
    updateGuidance();
}

void RollbackPage::setConfirmation(const QString &text) { m_ui->confirmEdit->setText(text); }

QString RollbackPage::message() const { return m_ui->messageLabel->text(); }

void RollbackPage::storeAnswersAgain()
{
    if (m_saidStoreAway)
        say(QString(), false);
    // What the pane could not read while the store was away (a run that is not live is
    // not asked again by itself).
    if (!m_ui->logView->isLive())
        m_ui->logView->setLive(false);
}

void RollbackPage::say(const QString &text, bool problem)
{
    m_requestSaidId = 0;
    // The store away, said as such (a write refused, Run refused): no longer true once it
    // answers (storeAnswersAgain).
    m_saidStoreAway = problem && !text.isEmpty() && text == m_engine->store()->reachable().error;
    showMessage(m_ui->messageLabel, text, problem);
}

void RollbackPage::askReason(const QString &title, const QString &label, bool required,
                             const std::function<void(const QString &)> &then)
{
    askForText(this, title, label, [then](const QString &text) { then(text); }, required);
}

} // namespace rollcage::gui
