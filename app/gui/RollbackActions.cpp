// The Roll back page's actions: run (after checking the values), skip, done, next,
// cancel, and what a finished step leaves on screen.
#include "gui/RollbackPage.h"

#include "core/Deadline.h"
#include "execution/Confirmation.h"
#include "execution/DeclarationValues.h"
#include "execution/Engine.h"
#include "gui/CommandView.h"
#include "gui/DisplayText.h"
#include "gui/Feedback.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "gui/Palette.h"
#include "gui/RollbackPageInternal.h"
#include "gui/TerminalPane.h"
#include "gui/ValuesDialog.h"
#include "gui/ValuesForm.h"
#include "ui_RollbackPage.h"

#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace rollcage::gui {

using incident::StepState;

void RollbackPage::runSelected()
{
    if (m_selected < 0)
        return;
    const runbook::Step &selected = m_engine->procedure().steps.at(m_selected);
    if (retryingUnknown() && (selected.kind == runbook::StepKind::Manual || isByHand(selected))) {
        // Done by hand: retrying it is doing it again, nothing here to run or confirm.
        if (const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::Retry); !s)
            say(s.error, true);
        return;
    }
    // Nothing is recorded until the operator has given all Run asks for: a retry of a step
    // whose outcome is unknown is journalled only when the step then starts.
    if (!canRun(UnknownOutcome::Retry)) {
        const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
        if (step.destructive && !m_engine->isRunning())
            m_ui->confirmEdit->setFocus(Qt::OtherFocusReason);
        // The core's refusal first (the approval, the gate): typing cannot help with those.
        const Status may = retryingUnknown() ? Status::success() : m_engine->mayRun(m_selected);
        say(!may ? may.error
            : step.destructive ? tr("Type the confirmation exactly to run this destructive step.")
                               : tr("This step cannot run now."),
            true);
        return;
    }
    if (!checkValues())
        return;
    if (m_engine->procedure().steps.at(m_selected).confirmation ==
        runbook::Confirmation::NameTarget) {
        confirmTarget(m_selected);
        return;
    }
    startSelected();
}

bool RollbackPage::retryingUnknown() const
{
    return m_selected >= 0 && m_engine->state().step(m_selected).state == StepState::OutcomeUnknown;
}

void RollbackPage::startSelected()
{
    if (retryingUnknown()) {
        if (const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::Retry);
            !s) {
            say(s.error, true);
            return;
        }
    }
    const Status s = m_engine->runStep(m_selected, m_ui->confirmEdit->text().trimmed());
    if (!s)
        say(s.error, true);
    updateButtons();
}

void RollbackPage::confirmTarget(int index)
{
    const runbook::Step &step = m_engine->procedure().steps.at(index);
    const QString target = execution::namedTarget(step, m_engine->state().variables);
    // Asked without a nested event loop: the box answers by signal. Escape cancels.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Confirm the target"),
                                tr("Step %1 changes production: it acts on <b>%2</b>.")
                                    .arg(index + 1)
                                    .arg(target.toHtmlEscaped()),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("nameTargetConfirmation"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::RichText);
    box->setInformativeText(step.confirmationReason.toHtmlEscaped());
    QPushButton *run = box->addButton(tr("Run on %1").arg(target), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("runOnTargetButton"));
    box->setDefaultButton(run);
    connect(run, &QPushButton::clicked, this, [this, index] {
        // The page may have moved on while the box was open.
        if (m_selected == index && canRun(UnknownOutcome::Retry))
            startSelected();
    });
    box->open();
}

bool RollbackPage::checkValues()
{
    const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
    runbook::Procedure single;
    single.steps = {step};
    const QList<execution::NeededValue> missing =
        execution::missingValues(execution::neededValues({}, single), m_engine->state().variables);
    if (missing.isEmpty())
        return true;
    QStringList names;
    for (const execution::NeededValue &v : missing)
        names << v.name;
    say(tr("Step %1 needs a value for %2 first: give it in Values (opened), then Run.")
            .arg(m_selected + 1)
            .arg(names.join(QStringLiteral(", "))),
        true);
    editValues(names.first());
    return false;
}

void RollbackPage::editValues(const QString &focus)
{
    auto *dialog = new ValuesDialog(m_runbook, m_engine, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ValuesDialog::valuesChanged, this, [this](const QStringList &names) {
        say(tr("Values changed: %1. Recorded; the steps run from now on use them.")
                .arg(names.join(QStringLiteral(", "))),
            false);
        // The commands shown and the confirmation asked for follow the new values.
        const int shown = m_selected;
        m_selected = -1;
        showStep(shown);
    });
    dialog->open();
    if (QLineEdit *field = dialog->form()->field(focus))
        field->setFocus();
}

void RollbackPage::skipSelected(const QString &reason)
{
    const int skipped = m_selected;
    const Status s = m_engine->skipStep(m_selected, reason);
    if (!s) {
        say(s.error, true);
        return;
    }
    // Nothing ran, so nothing to read: straight on to the next step, if any.
    if (const auto next = m_engine->nextStep())
        selectStep(*next);
    say(tr("Step %1 skipped: %2").arg(skipped + 1).arg(reason), false);
}

void RollbackPage::completeSelected(const QString &note)
{
    const int done = m_selected;
    const Status s = m_engine->completeManualStep(m_selected, note);
    if (!s) {
        say(s.error, true);
        return;
    }
    if (const auto next = m_engine->nextStep())
        selectStep(*next);
    say(m_engine->nextStep() ? tr("Step %1 done.").arg(done + 1)
                             : tr("Step %1 done: every step is settled. Continue to Verify (Ctrl+Enter).").arg(done + 1),
        false);
}

void RollbackPage::goNext()
{
    if (m_engine->isRunning())
        return;
    const auto next = m_engine->nextStep();
    if (!next) {
        Q_EMIT procedureFinished();
        return;
    }
    selectStep(*next);
    if (!m_ui->dangerFrame->isVisible())
        m_ui->runButton->setFocus(Qt::OtherFocusReason);
}

void RollbackPage::cancelRunning()
{
    if (m_engine->isRunning()) {
        say(tr("Cancelling: SIGTERM to the step's process group, SIGKILL after the grace period…"), false);
        m_engine->cancel();
    }
}

// A step another console of the team runs: its output is read from the shared store as it
// is written, as this console's own run is (issue 20). Without this the pane showed what
// was stored when the step was selected, and nothing more until another step was chosen.
void RollbackPage::followOthersRun()
{
    if (m_selected < 0 || m_engine->runningStep() == m_selected)
        return; // this console's own run while it runs: stepStarted and onStepFinished see to it
    const incident::StepRecord record = m_engine->state().step(m_selected);
    const bool journalRunning = record.state == StepState::Running && record.lastRunEventId > 0;
    // Not a run whose console stopped answering (Take over… is offered): nobody writes it.
    // The pane asks again when that console is back (the team's view changes then too).
    const bool stale = journalRunning && m_engine->mayTakeOverStep(m_selected);
    const bool running = journalRunning && !stale;
    if (record.lastRunEventId > 0 &&
        m_ui->logView->model()->runEventId() != record.lastRunEventId) {
        // A run the pane has not shown: just started, or started and ended unseen (while the
        // store was away; within one read of the journal). Its output is read from the store:
        // the pane stayed empty until another step was chosen and this one again.
        m_ui->logView->setRun(m_engine->store(), record.lastRunEventId);
        m_ui->logView->setLive(running);
    } else if (running != m_ui->logView->isLive()) {
        m_ui->logView->setLive(running); // off: reads the last lines written before the end
    } else if (!journalRunning && m_pausedRun != 0 && m_pausedRun == record.lastRunEventId) {
        // Paused while its console was away, the run ended before this console saw that
        // console back: what it wrote meanwhile, up to its end, is read now.
        m_ui->logView->setLive(false);
    }
    m_pausedRun = stale ? record.lastRunEventId : 0;
}

void RollbackPage::onStepFinished(int index, const execution::StepResult &result)
{
    m_clock->stop();
    // As at its start: this console's own step, lines it no longer needs (the approval it
    // waited for) give their room back to the log that now shows what the step did.
    m_detailMayShrink = true;
    // The clock stops with the step: what it took, not a count that looks still running.
    if (m_runTimer.isValid())
        m_ui->elapsedLabel->setText(tr("took %1").arg(Deadline::formatSpan(m_runTimer.elapsed() / 1000)));
    m_ui->elapsedLabel->setStyleSheet(QString());
    m_ui->logView->setLive(false);
    // Unless the pane shows another console's run that is still going (selected meanwhile).
    followOthersRun();
    m_ui->commandView->setCurrentLine(0);
    if (m_terminal->step() == index && !m_terminal->isHidden()) {
        m_terminal->stop();
        // A session's exit status says little: the journal now waits for the operator's word.
        if (m_engine->state().step(index).state == StepState::OutcomeUnknown) {
            if (index != m_selected)
                selectStep(index);
            say(tr("The session of step %1 has ended. Did it do what it should? Mark done or Mark "
                   "failed, with a note.")
                    .arg(index + 1),
                false);
            updateButtons();
            return;
        }
    }
    if (result.status == execution::StepStatus::Succeeded) {
        // The step stays on screen: its output is the proof, and the operator moves on.
        if (index != m_selected)
            selectStep(index);
        const QString took = spanText((result.finishedMs - result.startedMs) / 1000);
        // Guided, the hint above already says what comes next; it is not said twice.
        say(isGuided() ? tr("Step %1 succeeded in %2.").arg(index + 1).arg(took)
            : m_engine->nextStep()
                ? tr("Step %1 succeeded in %2 — review the output below, then Next (Ctrl+Enter).").arg(index + 1).arg(took)
                : tr("Step %1 succeeded in %2. Every step is settled — review the output, then Continue to Verify (Ctrl+Enter).")
                      .arg(index + 1)
                      .arg(took),
            false);
    } else {
        // Cancelled by the operator: said plainly, once. A failure: what failed, in red.
        const bool cancelled = result.status == execution::StepStatus::Cancelled;
        const QString what = execution::statusName(result.status).replace(QLatin1Char('_'), QLatin1Char(' '));
        say(cancelled || result.error.isEmpty() ? tr("Step %1 %2.").arg(index + 1).arg(what)
                                                : tr("Step %1 %2. %3").arg(index + 1).arg(what, result.error),
            !cancelled);
    }
    updateButtons();
}

void RollbackPage::showTerminal(int index)
{
    const bool terminal = index >= 0;
    if (terminal && m_terminal->step() != index)
        m_terminal->start(index);
    else if (terminal && m_engine->isTerminalRunning() && m_engine->runningStep() == index &&
             m_terminal->isHidden())
        m_terminal->start(index);
    m_terminal->setVisible(terminal);
    m_ui->logView->setVisible(!terminal);
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
    m_ui->elapsedLabel->setText(expected ? tr("running %1 of about %2").arg(Deadline::formatSpan(secs), spanText(*expected))
                                         : tr("running %1").arg(Deadline::formatSpan(secs)));
    m_ui->elapsedLabel->setStyleSheet(expected && secs > *expected ? toneTextStyle(Tone::Warning) : QString());
}

} // namespace rollcage::gui
