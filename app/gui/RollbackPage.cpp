#include "gui/RollbackPage.h"

#include "core/Deadline.h"
#include "execution/Engine.h"
#include "gui/CommandView.h"
#include "gui/Feedback.h"
#include "gui/LogView.h"
#include "gui/StepListModel.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace rollcage::gui {

using incident::StepState;

namespace {

QString durationText(const runbook::Duration &d)
{
    if (!d.isKnown())
        return {};
    if (d.minSeconds && *d.minSeconds != *d.maxSeconds)
        return QStringLiteral("%1–%2").arg(Deadline::formatSpan(*d.minSeconds), Deadline::formatSpan(*d.maxSeconds));
    return Deadline::formatSpan(*d.maxSeconds);
}

bool failedState(StepState s)
{
    return s == StepState::Failed || s == StepState::Cancelled || s == StepState::TimedOut ||
           s == StepState::FailedToStart || s == StepState::Blocked;
}

} // namespace

RollbackPage::RollbackPage(execution::Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_steps(new StepListModel(engine, this))
    , m_header(new QLabel(this))
    , m_list(new QListView(this))
    , m_title(new QLabel(this))
    , m_why(new QLabel(this))
    , m_danger(new QFrame(this))
    , m_dangerText(new QLabel(m_danger))
    , m_confirm(new QLineEdit(m_danger))
    , m_commands(new CommandView(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_skip(new QPushButton(tr("S&kip…"), this))
    , m_cancel(new QPushButton(tr("&Cancel step"), this))
    , m_done(new QPushButton(tr("&Done…"), this))
    , m_markDone(new QPushButton(tr("Mark d&one…"), this))
    , m_markFailed(new QPushButton(tr("Mark &failed…"), this))
    , m_message(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_log(new LogView(this))
    , m_clock(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setWordWrap(true);
    layout->addWidget(m_header);

    auto *split = new QSplitter(Qt::Horizontal, this);
    m_list->setModel(m_steps);
    m_list->setAccessibleName(tr("Procedure steps"));
    m_list->setMinimumWidth(300);
    m_list->setTextElideMode(Qt::ElideMiddle);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    split->addWidget(m_list);

    auto *right = new QSplitter(Qt::Vertical, split);
    auto *detail = new QWidget(right);
    auto *d = new QVBoxLayout(detail);
    d->setContentsMargins(0, 0, 0, 0);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_why->setWordWrap(true);
    m_why->setTextFormat(Qt::PlainText);
    m_why->setAccessibleName(tr("Why this step matters"));
    d->addWidget(m_title);
    d->addWidget(m_why);

    // Destructive steps: the reason, and a field the operator must type the target into.
    m_danger->setFrameShape(QFrame::StyledPanel);
    m_danger->setStyleSheet(QStringLiteral("QFrame{border:2px solid #c62828;border-radius:4px;}"
                                           "QLabel{border:none;}"));
    auto *dl = new QVBoxLayout(m_danger);
    m_dangerText->setWordWrap(true);
    m_confirm->setAccessibleName(tr("Type the target to confirm"));
    dl->addWidget(m_dangerText);
    dl->addWidget(m_confirm);
    d->addWidget(m_danger);
    m_commands->setMinimumHeight(90);
    d->addWidget(m_commands, 1);

    auto *buttons = new QHBoxLayout;
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_run->setToolTip(tr("Run this step (Ctrl+Enter)"));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_cancel->setToolTip(tr("Stop the running step and everything it started (Ctrl+.)"));
    m_skip->setToolTip(tr("Pass this step without running it; a reason is recorded"));
    m_done->setToolTip(tr("Mark this manual step done, with an optional note"));
    for (QPushButton *b : {m_run, m_skip, m_cancel, m_done, m_markDone, m_markFailed})
        buttons->addWidget(b);
    buttons->addStretch(1);
    buttons->addWidget(m_elapsed);
    d->addLayout(buttons);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->addWidget(m_message);

    right->addWidget(detail);
    right->addWidget(m_log);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 2);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    layout->addWidget(split, 1);

    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.row()); });
    connect(m_run, &QPushButton::clicked, this, &RollbackPage::runSelected);
    connect(m_cancel, &QPushButton::clicked, this, &RollbackPage::cancelRunning);
    connect(m_confirm, &QLineEdit::textChanged, this, &RollbackPage::updateButtons);
    connect(m_skip, &QPushButton::clicked, this, [this] {
        askReason(tr("Skip step"), tr("Why is this step skipped? The reason is recorded."), true,
                  [this](const QString &reason) { skipSelected(reason); });
    });
    connect(m_done, &QPushButton::clicked, this, [this] {
        askReason(tr("Step done"), tr("Optional note (what you saw, what you clicked):"), false,
                  [this](const QString &note) { completeSelected(note); });
    });
    connect(m_markDone, &QPushButton::clicked, this, [this] {
        askReason(tr("Mark done"), tr("What shows the interrupted step did complete?"), true, [this](const QString &note) {
            const Status s = m_engine->resolveUnknown(m_selected, execution::Resolution::MarkDone, note);
            say(s ? tr("Marked done.") : s.error, !s);
        });
    });
    connect(m_markFailed, &QPushButton::clicked, this, [this] {
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
        m_log->setRun(m_engine->store(), runEventId);
        m_log->setLive(true);
        say(tr("Running…"), false);
        updateButtons();
    });
    connect(m_engine, &execution::Engine::currentLine, this, [this](int index, int codeLine, int) {
        if (index == m_selected)
            m_commands->setCurrentLine(codeLine);
    });
    connect(m_engine, &execution::Engine::stepFinished, this, &RollbackPage::onStepFinished);
    connect(m_engine, &execution::Engine::stateChanged, this, &RollbackPage::updateButtons);
    connect(m_engine, &execution::Engine::storeError, this, [this](const QString &e) { say(e, true); });
    connect(m_log, &LogView::problem, this, [this](const QString &e) { say(e, true); });
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, this, &RollbackPage::tickElapsed);
    reload();
}

void RollbackPage::reload()
{
    m_steps->reload();
    const runbook::Procedure &p = m_engine->procedure();
    QStringList facts;
    if (p.expected.isKnown())
        facts << tr("expected %1").arg(durationText(p.expected));
    if (!p.risk.isEmpty())
        facts << tr("risk %1").arg(p.risk);
    m_header->setText(tr("<b>%1</b>%2").arg(p.title.toHtmlEscaped(),
                                            facts.isEmpty() ? QString() : QStringLiteral(" — ") + facts.join(QStringLiteral(", "))));
    const auto next = m_engine->nextStep();
    selectStep(next ? *next : 0);
}

void RollbackPage::selectStep(int index)
{
    if (index < 0 || index >= m_steps->rowCount())
        return;
    m_list->setCurrentIndex(m_steps->index(index));
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
    m_title->setText(title);
    m_why->setText(step.description.isEmpty() ? tr("The runbook gives no explanation for this step.")
                                              : step.description);
    const QString target = m_engine->expectedConfirmation(index);
    m_danger->setVisible(step.destructive);
    if (step.destructive) {
        m_dangerText->setText(tr("⚠ Destructive: %1\nType %2 below to enable Run.")
                                  .arg(step.destructiveReason.isEmpty() ? tr("this step cannot be undone.")
                                                                        : step.destructiveReason,
                                       target.isEmpty() ? tr("the confirmation") : QStringLiteral("“%1”").arg(target)));
        m_confirm->setPlaceholderText(target);
        if (changed)
            m_confirm->clear();
    }
    if (step.kind == runbook::StepKind::Manual) {
        m_commands->setCode(tr("# Manual step: do it by hand, then press Done."), QStringLiteral("bash"));
    } else {
        m_commands->setCode(m_engine->dryRun(index), step.commands.value(0).language);
    }
    const incident::StepRecord record = m_engine->state().step(index);
    if (changed && m_engine->runningStep() != index) {
        m_log->setRun(m_engine->store(), record.lastRunEventId);
        m_log->setLive(false);
    }
    if (changed)
        m_message->clear();
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
        return !target.isEmpty() && m_confirm->text().trimmed() == target;
    }
    return true;
}

void RollbackPage::updateButtons()
{
    if (m_selected < 0) {
        for (QPushButton *b : {m_run, m_skip, m_cancel, m_done, m_markDone, m_markFailed})
            b->setEnabled(false);
        return;
    }
    const runbook::Step &step = m_engine->procedure().steps.at(m_selected);
    const StepState state = m_engine->state().step(m_selected).state;
    const bool running = m_engine->isRunning();
    const bool manual = step.kind == runbook::StepKind::Manual;
    const bool unknown = state == StepState::OutcomeUnknown;
    const bool settled = incident::isSettled(state);
    m_run->setText(failedState(state) ? tr("&Retry") : tr("&Run"));
    m_run->setVisible(!manual && !unknown);
    m_run->setEnabled(canRun());
    m_done->setVisible(manual && !unknown);
    m_done->setEnabled(!running && !settled);
    m_skip->setEnabled(!running && !settled && !unknown);
    m_cancel->setEnabled(running && m_engine->runningStep() == m_selected);
    m_cancel->setVisible(!manual);
    m_markDone->setVisible(unknown);
    m_markFailed->setVisible(unknown);
    m_markDone->setEnabled(unknown);
    m_markFailed->setEnabled(unknown);
    // Guided: the next sensible action is the default button.
    m_run->setDefault(m_run->isEnabled());
    m_done->setDefault(m_done->isVisible() && m_done->isEnabled());
    if (unknown && m_message->text().isEmpty())
        say(tr("Rollcage stopped while this step was running. Look at the system, then choose "
               "Retry, Mark done or Mark failed before going on."), true);
    if (unknown) {
        // Retry is one of the three ways out of "outcome unknown".
        m_run->setVisible(true);
        m_run->setText(tr("&Retry"));
        m_run->setEnabled(!running);
    }
}

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
    const Status s = m_engine->runStep(m_selected, m_confirm->text().trimmed());
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

void RollbackPage::setConfirmation(const QString &text) { m_confirm->setText(text); }

QString RollbackPage::message() const { return m_message->text(); }

void RollbackPage::say(const QString &text, bool problem)
{
    showMessage(m_message, text, problem);
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
    m_log->setLive(false);
    m_commands->setCurrentLine(0);
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
        m_elapsed->clear();
        return;
    }
    const runbook::Step &step = m_engine->procedure().steps.at(m_engine->runningStep());
    const qint64 secs = m_runTimer.elapsed() / 1000;
    const auto expected = step.expected.expectedSeconds();
    m_elapsed->setText(expected ? tr("%1 of about %2").arg(Deadline::formatSpan(secs), Deadline::formatSpan(*expected))
                                : Deadline::formatSpan(secs));
    m_elapsed->setStyleSheet(expected && secs > *expected ? QStringLiteral("color:#d86a00;font-weight:bold") : QString());
}

} // namespace rollcage::gui
