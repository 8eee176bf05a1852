#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QDateTime>
#include <QWidget>

#include <functional>
#include <memory>

class QTimer;

namespace Ui {
class EscalationPanel;
}

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

class EscalationModel;

// Who to call next: the runbook's escalation levels, the level reached so far in this
// incident, the levels due by the incident's age (counted from its declaration), a way to
// record that someone was called (journalled with a note, the level's list and its rank),
// and the calls recorded so far.
class EscalationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EscalationPanel(QWidget *parent = nullptr);
    ~EscalationPanel() override;

    void setEngine(execution::Engine *engine);
    void setLevels(const QList<runbook::EscalationLevel> &levels);
    EscalationModel *model() const { return m_model; }
    // What "now" is for due levels; tests move it instead of waiting. Re-reads at once.
    void setClock(std::function<QDateTime()> clock);
    // Records a call to the level on `row` (the selected one in the GUI); a group heading
    // row is refused.
    Status recordCall(int row, const QString &note);

Q_SIGNALS:
    void problem(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitHeight();
    void refresh();
    // Marks the levels due now and sets the timer for the next change.
    void refreshDue();
    void refreshHistory();
    QString describe(const runbook::EscalationLevel &level) const;

    std::unique_ptr<Ui::EscalationPanel> m_ui;
    EscalationModel *m_model;
    execution::Engine *m_engine = nullptr;
    QTimer *m_dueTimer;
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
    int m_shownReached = -1; // the highest level called, as last shown
};

} // namespace rollcage::gui
