#include "gui/RollbackPage.h"

#include "core/Deadline.h"
#include "execution/Engine.h"
#include "gui/CommandView.h"
#include "gui/EscalationPanel.h"
#include "gui/Feedback.h"
#include "gui/LogView.h"
#include "gui/StepListModel.h"
#include "ui_RollbackPage.h"

#include <QAction>
#include <QSettings>
#include <QTimer>

namespace rollcage::gui {

using incident::StepState;

namespace {

const QString kGuidedKey = QStringLiteral("console/guided");
const QString kSplitKey = QStringLiteral("console/rollbackSplit/");

QString durationText(const runbook::Duration &d)
{
    if (!d.isKnown())
        return {};
    if (d.minSeconds && *d.minSeconds != *d.maxSeconds)
        return QStringLiteral("%1–%2").arg(Deadline::formatSpan(*d.minSeconds), Deadline::formatSpan(*d.maxSeconds));
    return Deadline::formatSpan(*d.maxSeconds);
}

QString procedureFacts(const runbook::Procedure &p)
{
    QStringList facts;
    if (p.expected.isKnown())
        facts << RollbackPage::tr("expected %1").arg(durationText(p.expected));
    if (!p.risk.isEmpty())
        facts << RollbackPage::tr("risk %1").arg(p.risk);
    facts << (p.steps.size() == 1 ? RollbackPage::tr("1 step") : RollbackPage::tr("%1 steps").arg(p.steps.size()));
    return facts.join(QStringLiteral(", "));
}

bool failedState(StepState s)
{
    return s == StepState::Failed || s == StepState::Cancelled || s == StepState::TimedOut ||
           s == StepState::FailedToStart || s == StepState::Blocked;
}

} // namespace

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
    m_ui->rightSplit->setStretchFactor(0, 1);
    m_ui->rightSplit->setStretchFactor(1, 2);

    QFont heading = m_ui->whyHeading->font();
    heading.setBold(true);
    m_ui->whyHeading->setFont(heading);
    QFont big = m_ui->titleLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->titleLabel->setFont(big);
    m_ui->dangerFrame->setStyleSheet(QStringLiteral("QFrame#dangerFrame{border:2px solid #c62828;border-radius:4px;}"));

    // One shortcut for "the next thing to do": it presses whichever button is the default.
    auto *next = new QAction(tr("Next action"), this);
    next->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, [this] {
        if (QPushButton *b = defaultButton())
            b->click();
    });
    addAction(next);
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
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &RollbackPage::cancelRunning);
    connect(m_ui->confirmEdit, &QLineEdit::textChanged, this, &RollbackPage::updateButtons);
    connect(m_ui->confirmEdit, &QLineEdit::returnPressed, this, [this] {
        if (canRun())
            runSelected();
    });
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Skip step"), tr("Why is this step skipped? The reason is recorded."), true,
                  [this](const QString &reason) { skipSelected(reason); });
    });
    connect(m_ui->doneButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Step done"), tr("Optional note (what you saw, what you clicked):"), false,
                  [this](const QString &note) { completeSelected(note); });
    });
    connect(m_ui->markDoneButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Mark done"), tr("What shows the interrupted step did complete?"), true, [this](const QString &note) {
            const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::MarkDone, note);
            say(s ? tr("Marked done.") : s.error, !s);
        });
    });
    connect(m_ui->markFailedButton, &QPushButton::clicked, this, [this] {
        askReason(tr("Mark failed"), tr("What shows the interrupted step failed?"), true, [this](const QString &note) {
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
        say(tr("Running…"), false);
        updateButtons();
    });
    connect(m_engine, &execution::Engine::currentLine, this, [this](int index, int codeLine, int) {
        if (index == m_selected)
            m_ui->commandView->setCurrentLine(codeLine);
    });
    connect(m_engine, &execution::Engine::stepFinished, this, &RollbackPage::onStepFinished);
    connect(m_engine, &execution::Engine::stateChanged, this, &RollbackPage::updateButtons);
    connect(m_engine, &execution::Engine::storeError, this, [this](const QString &e) { say(e, true); });
    connect(m_ui->logView, &LogView::problem, this, [this](const QString &e) { say(e, true); });
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RollbackPage::tickElapsed);

    QSettings settings;
    m_ui->mainSplit->restoreState(settings.value(kSplitKey + QStringLiteral("main")).toByteArray());
    m_ui->rightSplit->restoreState(settings.value(kSplitKey + QStringLiteral("right")).toByteArray());
    // A first run starts guided; after that the operator's last choice is kept.
    setGuided(QSettings().value(kGuidedKey, true).toBool());
    reload();
}

RollbackPage::~RollbackPage()
{
    QSettings settings;
    settings.setValue(kSplitKey + QStringLiteral("main"), m_ui->mainSplit->saveState());
    settings.setValue(kSplitKey + QStringLiteral("right"), m_ui->rightSplit->saveState());
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

void RollbackPage::fillProcedures()
{
    QSignalBlocker block(m_ui->procedureCombo);
    m_ui->procedureCombo->clear();
    for (const runbook::Procedure &p : std::as_const(m_runbook.procedures))
        m_ui->procedureCombo->addItem(tr("%1 (%2)").arg(p.title, procedureFacts(p)));
    for (int i = 0; i < m_runbook.procedures.size(); ++i) {
        if (m_runbook.procedures.at(i).title == m_engine->procedure().title)
            m_ui->procedureCombo->setCurrentIndex(i);
    }
}

bool RollbackPage::chooseProcedure(int index)
{
    if (index < 0 || index >= m_runbook.procedures.size())
        return false;
    const Status s = m_engine->chooseProcedure(m_runbook, m_runbook.procedures.at(index).title,
                                               tr("chosen on the Roll back page"));
    if (!s) {
        say(s.error, true);
        fillProcedures(); // back to the procedure that is still in force
        return false;
    }
    reload();
    say(tr("Procedure: %1.").arg(m_engine->procedure().title), false);
    return true;
}

void RollbackPage::reload()
{
    m_steps->reload();
    fillProcedures();
    const runbook::Procedure &p = m_engine->procedure();
    m_ui->procedureFacts->setText(p.whenToUse.isEmpty() ? QString()
                                                        : tr("When to use: %1").arg(p.whenToUse));
    const auto next = m_engine->nextStep();
    m_selected = -1;
    selectStep(next ? *next : 0);
    updateButtons();
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
    const runbook::Step &step = m_engine->procedure().steps.at(index);
    QString title = tr("Step %1: %2").arg(index + 1).arg(step.title);
    if (step.expected.isKnown())
        title += tr("  (about %1)").arg(durationText(step.expected));
    m_ui->titleLabel->setText(title);
    m_ui->whyLabel->setText(step.description.isEmpty() ? tr("The runbook gives no explanation for this step.")
                                                       : step.description);
    const QString target = m_engine->expectedConfirmation(index);
    m_ui->dangerFrame->setVisible(step.destructive);
    if (step.destructive) {
        m_ui->dangerText->setText(tr("⚠ Destructive: %1\nType %2 below to enable Run.")
                                      .arg(step.destructiveReason.isEmpty() ? tr("this step cannot be undone.")
                                                                            : step.destructiveReason,
                                           target.isEmpty() ? tr("the confirmation") : QStringLiteral("“%1”").arg(target)));
        m_ui->confirmEdit->setPlaceholderText(target);
        if (changed)
            m_ui->confirmEdit->clear();
    }
    if (step.kind == runbook::StepKind::Manual) {
        m_ui->commandView->setCode(tr("# Manual step: do it by hand, then press Done."), QStringLiteral("bash"));
    } else {
        m_ui->commandView->setCode(m_engine->dryRun(index), step.commands.value(0).language);
    }
    const incident::StepRecord record = m_engine->state().step(index);
    if (changed && m_engine->runningStep() != index) {
        m_ui->logView->setRun(m_engine->store(), record.lastRunEventId);
        m_ui->logView->setLive(false);
    }
    if (changed)
        m_ui->messageLabel->clear();
    updateButtons();
}

bool RollbackPage::canRun() const
{
    if (m_selected < 0 || m_engine->isRunning())
        return false;
    const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
    if (step.kind == runbook::StepKind::Manual)
        return false;
    const StepState state = m_engine->state().step(m_selected).state;
    if (state == StepState::Succeeded || state == StepState::OutcomeUnknown)
        return false;
    if (m_engine->state().unresolvedStep())
        return false;
    if (step.destructive) {
        const QString target = m_engine->expectedConfirmation(m_selected);
        return !target.isEmpty() && m_ui->confirmEdit->text().trimmed() == target;
    }
    return true;
}

QPushButton *RollbackPage::defaultButton() const
{
    for (QPushButton *b : {m_ui->runButton, m_ui->doneButton, m_ui->markDoneButton})
        if (b->isDefault() && !b->isHidden() && b->isEnabled())
            return b;
    return nullptr;
}

void RollbackPage::updateButtons()
{
    Ui::RollbackPage &ui = *m_ui;
    const QList<QPushButton *> all = {ui.runButton, ui.skipButton, ui.cancelButton,
                                      ui.doneButton, ui.markDoneButton, ui.markFailedButton};
    const bool started = !m_engine->state().steps.isEmpty() || m_engine->isRunning();
    ui.procedureCombo->setEnabled(!started && m_runbook.procedures.size() > 1);
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
    const bool manual = step.kind == runbook::StepKind::Manual;
    const bool unknown = state == StepState::OutcomeUnknown;
    const bool settled = incident::isSettled(state);
    ui.runButton->setText(failedState(state) || unknown ? tr("&Retry") : tr("&Run"));
    ui.runButton->setVisible(!manual || unknown);
    ui.runButton->setEnabled(unknown ? !running : canRun());
    ui.doneButton->setVisible(manual && !unknown);
    ui.doneButton->setEnabled(!running && !settled);
    ui.skipButton->setEnabled(!running && !settled && !unknown);
    ui.cancelButton->setEnabled(running && m_engine->runningStep() == m_selected);
    ui.cancelButton->setVisible(!manual);
    ui.markDoneButton->setVisible(unknown);
    ui.markFailedButton->setVisible(unknown);
    ui.markDoneButton->setEnabled(unknown);
    ui.markFailedButton->setEnabled(unknown);
    // Exactly one default: the next sensible action. Interrupted steps have none — the
    // operator must look at the system before choosing.
    QPushButton *primary = nullptr;
    if (!unknown) {
        if (!ui.runButton->isHidden() && ui.runButton->isEnabled())
            primary = ui.runButton;
        else if (!ui.doneButton->isHidden() && ui.doneButton->isEnabled())
            primary = ui.doneButton;
    }
    for (QPushButton *b : all)
        b->setDefault(b == primary);
    if (unknown && ui.messageLabel->text().isEmpty())
        say(tr("Rollcage stopped while this step was running. Look at the system, then choose "
               "Retry, Mark done or Mark failed before going on."), true);
    updateGuidance();
}

QString RollbackPage::nextActionHint() const { return m_ui->nextHint->text(); }

void RollbackPage::updateGuidance()
{
    Ui::RollbackPage &ui = *m_ui;
    const int total = int(m_engine->procedure().steps.size());
    int settled = 0;
    for (int i = 0; i < total; ++i)
        settled += incident::isSettled(m_engine->state().step(i).state) ? 1 : 0;
    ui.progressLabel->setText(total ? tr("Step %1 of %2 — %3 settled").arg(m_selected + 1).arg(total).arg(settled)
                                    : tr("This procedure has no steps."));
    if (!isGuided()) {
        ui.nextHint->clear();
        return;
    }
    QString hint;
    if (m_selected < 0) {
        hint = tr("Nothing to do on this page yet.");
    } else if (m_engine->isRunning()) {
        hint = tr("Next: watch the output. Cancel (Ctrl+.) stops the step and everything it started.");
    } else if (m_engine->state().step(m_selected).state == StepState::OutcomeUnknown) {
        hint = tr("Next: check the system by hand, then Retry, Mark done or Mark failed.");
    } else if (failedState(m_engine->state().step(m_selected).state)) {
        hint = tr("Next: read the output below. Retry (Ctrl+Enter) if the cause is fixed; escalate if you "
                  "do not know why it failed.");
    } else if (QPushButton *b = defaultButton()) {
        hint = tr("Next: read why this step matters, then press %1 (Ctrl+Enter).").arg(b->text().remove(QLatin1Char('&')));
    } else if (m_engine->procedure().steps.at(m_selected).destructive) {
        hint = tr("Next: type the confirmation above to enable Run.");
    } else if (!m_engine->nextStep()) {
        hint = tr("Every step is settled: go on to Verify.");
    } else if (incident::isSettled(m_engine->state().step(m_selected).state)) {
        hint = tr("This step is settled. Next: step %1.").arg(*m_engine->nextStep() + 1);
    }
    ui.nextHint->setText(hint);
}

void RollbackPage::setGuided(bool guided)
{
    Ui::RollbackPage &ui = *m_ui;
    if (ui.guidedCheck->isChecked() != guided) {
        QSignalBlocker block(ui.guidedCheck);
        ui.guidedCheck->setChecked(guided);
    }
    QSettings().setValue(kGuidedKey, guided);
    // Guided: no list to wander in; the step to do, its why first, and who to call.
    ui.stepList->setVisible(!guided);
    ui.progressLabel->setVisible(guided);
    ui.whyHeading->setVisible(guided);
    ui.whyFrame->setFrameShape(guided ? QFrame::StyledPanel : QFrame::NoFrame);
    const int pad = guided ? 10 : 0;
    ui.whyLayout->setContentsMargins(pad + 4, pad, pad, pad);
    QFont why = font();
    if (guided)
        why.setPointSizeF(why.pointSizeF() * 1.15);
    ui.whyLabel->setFont(why);
    // Palette roles, not colours: the box reads the same in light and dark themes.
    ui.whyFrame->setStyleSheet(guided ? QStringLiteral("QFrame#whyFrame{background:palette(alternate-base);"
                                                       "border-left:4px solid palette(highlight);}")
                                      : QString());
    ui.nextHint->setVisible(guided);
    setEscalationVisible(guided);
    if (guided) {
        const auto next = m_engine->nextStep();
        if (next && !m_engine->isRunning())
            selectStep(*next);
    }
    updateGuidance();
}

bool RollbackPage::isGuided() const { return m_ui->guidedCheck->isChecked(); }

void RollbackPage::setEscalationVisible(bool visible)
{
    m_ui->escalationPanel->setVisible(visible);
    if (m_ui->escalateButton->isChecked() != visible) {
        QSignalBlocker block(m_ui->escalateButton);
        m_ui->escalateButton->setChecked(visible);
    }
}

bool RollbackPage::isEscalationVisible() const { return m_ui->escalateButton->isChecked(); }

void RollbackPage::runSelected()
{
    if (m_selected < 0)
        return;
    if (m_engine->state().step(m_selected).state == StepState::OutcomeUnknown) {
        const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::Retry);
        if (!s) {
            say(s.error, true);
            return;
        }
    }
    if (!canRun()) {
        const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
        say(step.destructive ? tr("Type the confirmation exactly to run this destructive step.")
                             : tr("This step cannot run now."),
            true);
        return;
    }
    const Status s = m_engine->runStep(m_selected, m_ui->confirmEdit->text().trimmed());
    if (!s)
        say(s.error, true);
    updateButtons();
}

void RollbackPage::skipSelected(const QString &reason)
{
    const Status s = m_engine->skipStep(m_selected, reason);
    say(s ? tr("Skipped: %1").arg(reason) : s.error, !s);
    if (s)
        selectStep(m_engine->nextStep().value_or(m_selected));
}

void RollbackPage::completeSelected(const QString &note)
{
    const Status s = m_engine->completeManualStep(m_selected, note);
    say(s ? tr("Done.") : s.error, !s);
    if (s) {
        const auto next = m_engine->nextStep();
        if (next)
            selectStep(*next);
        else
            Q_EMIT procedureFinished();
    }
}

void RollbackPage::cancelRunning()
{
    if (m_engine->isRunning()) {
        say(tr("Cancelling: SIGTERM to the step's process group, SIGKILL after the grace period…"), false);
        m_engine->cancel();
    }
}

void RollbackPage::setConfirmation(const QString &text) { m_ui->confirmEdit->setText(text); }

QString RollbackPage::message() const { return m_ui->messageLabel->text(); }

void RollbackPage::say(const QString &text, bool problem)
{
    showMessage(m_ui->messageLabel, text, problem);
}

void RollbackPage::askReason(const QString &title, const QString &label, bool required,
                             const std::function<void(const QString &)> &then)
{
    askForText(this, title, label, [this, required, then](const QString &text) {
        if (required && text.isEmpty()) {
            say(tr("A reason is required."), true);
            return;
        }
        then(text);
    });
}

void RollbackPage::onStepFinished(int index, const execution::StepResult &result)
{
    m_clock->stop();
    m_ui->logView->setLive(false);
    m_ui->commandView->setCurrentLine(0);
    if (result.status == execution::StepStatus::Succeeded) {
        say(tr("Step %1 succeeded in %2.").arg(index + 1).arg(Deadline::formatSpan((result.finishedMs - result.startedMs) / 1000)), false);
        const auto next = m_engine->nextStep();
        if (!next) {
            updateButtons();
            Q_EMIT procedureFinished();
            return;
        }
        selectStep(*next);
    } else {
        say(tr("Step %1 %2. %3").arg(index + 1).arg(execution::statusName(result.status), result.error), true);
    }
    updateButtons();
}

void RollbackPage::tickElapsed()
{
    if (!m_engine->isRunning()) {
        m_ui->elapsedLabel->clear();
        return;
    }
    const runbook::Step &step = m_engine->procedure().steps.at(m_engine->runningStep());
    const qint64 secs = m_runTimer.elapsed() / 1000;
    const auto expected = step.expected.expectedSeconds();
    m_ui->elapsedLabel->setText(expected ? tr("%1 of about %2").arg(Deadline::formatSpan(secs), Deadline::formatSpan(*expected))
                                         : Deadline::formatSpan(secs));
    m_ui->elapsedLabel->setStyleSheet(expected && secs > *expected ? QStringLiteral("color:#d86a00;font-weight:bold") : QString());
}

} // namespace rollcage::gui
