#pragma once

#include "core/Deadline.h"
#include "gui/Phase.h"

#include <QDateTime>
#include <QWidget>

class QButtonGroup;
class QLabel;
class QTimer;

namespace rollcage::gui {

// Always visible above the pages: where the incident is (Assess → … → Report), its
// state, how long it has run and how long is left before the decision's deadline.
class PhaseBar : public QWidget
{
    Q_OBJECT
public:
    explicit PhaseBar(QWidget *parent = nullptr);

    void setPhase(Phase phase);
    Phase phase() const { return m_phase; }
    void setPhaseEnabled(Phase phase, bool enabled);
    void setStateText(const QString &state);
    void setStartedAt(const QDateTime &start);
    // Once the incident is resolved or aborted its clock stops there (invalid: running).
    void setEndedAt(const QDateTime &end);
    void setDeadline(const Deadline &deadline);

    // Redraws the clocks for `now`; called every second by the bar's own timer.
    void refresh(const QDateTime &now);
    Deadline::Level deadlineLevel() const { return m_level; }
    QString deadlineText() const;
    QString elapsedText() const;

Q_SIGNALS:
    void phaseRequested(rollcage::gui::Phase phase);

private:
    QButtonGroup *m_buttons;
    QLabel *m_state;
    QLabel *m_elapsed;
    QLabel *m_deadline;
    QTimer *m_tick;
    Phase m_phase = Phase::Assess;
    QDateTime m_start;
    QDateTime m_end;
    Deadline m_deadlineClock;
    Deadline::Level m_level = Deadline::Level::None;
};

} // namespace rollcage::gui
