#include "gui/PhaseBar.h"

#include "gui/Palette.h"

#include <QButtonGroup>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTimer>
#include <QToolButton>

namespace rollcage::gui {

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Assess:
        return QCoreApplication::translate("Phase", "Assess");
    case Phase::Prepare:
        return QCoreApplication::translate("Phase", "Prepare");
    case Phase::RollBack:
        return QCoreApplication::translate("Phase", "Roll back");
    case Phase::Verify:
        return QCoreApplication::translate("Phase", "Verify");
    case Phase::Communicate:
        return QCoreApplication::translate("Phase", "Communicate");
    case Phase::Report:
        return QCoreApplication::translate("Phase", "Report");
    }
    return {};
}

PhaseBar::PhaseBar(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
    , m_state(new QLabel(this))
    , m_elapsed(new QLabel(this))
    , m_deadline(new QLabel(this))
    , m_tick(new QTimer(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    for (int i = 0; i < kPhaseCount; ++i) {
        auto *button = new QToolButton(this);
        const auto phase = static_cast<Phase>(i);
        // "1 Assess ›": the number is the Alt+N shortcut, the arrow reads as a flow.
        button->setText(QStringLiteral("&%1 %2%3").arg(i + 1).arg(phaseName(phase),
                                                                  i + 1 < kPhaseCount ? QStringLiteral("  ›") : QString()));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setAccessibleName(phaseName(phase));
        button->setToolTip(tr("%1 (Alt+%2)").arg(phaseName(phase)).arg(i + 1));
        m_buttons->addButton(button, i);
        layout->addWidget(button);
    }
    m_buttons->setExclusive(true);
    m_buttons->button(0)->setChecked(true);
    connect(m_buttons, &QButtonGroup::idClicked, this,
            [this](int id) { Q_EMIT phaseRequested(static_cast<Phase>(id)); });

    layout->addStretch(1);
    for (QLabel *label : {m_state, m_elapsed, m_deadline}) {
        label->setMargin(4);
        layout->addWidget(label);
    }
    m_state->setObjectName(QStringLiteral("incidentState"));
    m_elapsed->setObjectName(QStringLiteral("elapsed"));
    m_deadline->setObjectName(QStringLiteral("deadline"));
    m_state->setAccessibleName(tr("Incident state"));
    m_elapsed->setAccessibleName(tr("Elapsed time"));
    m_deadline->setAccessibleName(tr("Deadline countdown"));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { refresh(QDateTime::currentDateTimeUtc()); });
    m_tick->start();
}

void PhaseBar::setPhase(Phase phase)
{
    m_phase = phase;
    m_buttons->button(int(phase))->setChecked(true);
}

void PhaseBar::setPhaseEnabled(Phase phase, bool enabled)
{
    m_buttons->button(int(phase))->setEnabled(enabled);
}

void PhaseBar::setStateText(const QString &state)
{
    m_state->setText(tr("State: <b>%1</b>").arg(state.toHtmlEscaped()));
}

void PhaseBar::setStartedAt(const QDateTime &start)
{
    m_start = start;
    refresh(QDateTime::currentDateTimeUtc());
}

void PhaseBar::setEndedAt(const QDateTime &end)
{
    m_end = end;
    refresh(QDateTime::currentDateTimeUtc());
}

void PhaseBar::setDeadline(const Deadline &deadline)
{
    m_deadlineClock = deadline;
    refresh(QDateTime::currentDateTimeUtc());
}

QString PhaseBar::deadlineText() const { return m_deadline->text(); }
QString PhaseBar::elapsedText() const { return m_elapsed->text(); }

void PhaseBar::refresh(const QDateTime &now)
{
    if (!m_start.isValid())
        m_elapsed->clear();
    else if (m_end.isValid())
        m_elapsed->setText(tr("Took %1").arg(Deadline::formatSpan(m_start.secsTo(m_end))));
    else
        m_elapsed->setText(tr("Elapsed %1").arg(Deadline::formatSpan(m_start.secsTo(now))));
    m_level = m_deadlineClock.level(now);
    if (m_level == Deadline::Level::None) {
        m_deadline->clear();
        m_deadline->setStyleSheet(QString());
        return;
    }
    const qint64 left = m_deadlineClock.secondsLeft(now);
    const QString due = QLocale::system().toString(m_deadlineClock.due().toLocalTime().time(), QLocale::ShortFormat);
    m_deadline->setText(left >= 0 ? tr("Deadline %1 — %2 left").arg(due, Deadline::formatSpan(left))
                                  : tr("Deadline %1 — %2 over").arg(due, Deadline::formatSpan(left)));
    // Amber and red are the colours every on-call dashboard uses for "soon" and "late".
    switch (m_level) {
    case Deadline::Level::Warning:
        m_deadline->setStyleSheet(toneBadgeStyle(Tone::Warning, QStringLiteral("border-radius:3px;")));
        break;
    case Deadline::Level::Passed:
        m_deadline->setStyleSheet(toneBadgeStyle(Tone::Problem, QStringLiteral("border-radius:3px;")));
        break;
    default:
        m_deadline->setStyleSheet(QString());
    }
}

} // namespace rollcage::gui
