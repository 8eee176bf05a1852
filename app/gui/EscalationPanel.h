#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class EscalationPanel;
}

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

class EscalationModel;

// Who to call next: the runbook's escalation levels, the level reached so far in this
// incident, and a way to record that someone was called (journalled with a note).
class EscalationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit EscalationPanel(QWidget *parent = nullptr);
    ~EscalationPanel() override;

    void setEngine(execution::Engine *engine);
    void setLevels(const QList<runbook::EscalationLevel> &levels);
    EscalationModel *model() const { return m_model; }
    // Records a call to the level on `row` (the selected one in the GUI); a group heading
    // row is refused.
    Status recordCall(int row, const QString &note);

Q_SIGNALS:
    void problem(const QString &message);

private:
    void refresh();
    QString describe(const runbook::EscalationLevel &level) const;

    std::unique_ptr<Ui::EscalationPanel> m_ui;
    EscalationModel *m_model;
    execution::Engine *m_engine = nullptr;
    int m_shownReached = -1; // the highest level called, as last shown
};

} // namespace rollcage::gui
