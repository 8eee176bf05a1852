#pragma once

#include "runbook/Runbook.h"

#include <QWidget>

#include <memory>

namespace Ui {
class AssessPage;
}

namespace rollcage::gui {

class DecisionModel;
class TriggerModel;

// What the commander decided on the Assess page.
struct AssessChoice
{
    enum class Approach { Rollback, Hotfix, FixForward };
    int decisionRow = -1;
    runbook::Decision decision;
    std::optional<runbook::Trigger> trigger; // the trigger that fired, when one was picked
    std::optional<runbook::SeverityLevel> severity; // one of the runbook's levels, when chosen
    Approach approach = Approach::Rollback;
    QString justification;
};

QString approachName(AssessChoice::Approach approach);

// The decision matrix and trigger table as a picker. Choosing a row shows its
// severity, action and deadline; recording needs a justification.
class AssessPage : public QWidget
{
    Q_OBJECT
public:
    explicit AssessPage(QWidget *parent = nullptr);
    ~AssessPage() override;

    void setRunbook(const runbook::Runbook &runbook);
    void selectDecision(int row);
    void setJustification(const QString &text);
    void setApproach(AssessChoice::Approach approach);
    // One of the runbook's severity levels (index into Runbook::severities); -1 for none.
    void selectSeverity(int level);
    bool canRecord() const;
    // Records the current choice (as the button does); false when it is incomplete.
    bool record();
    // Where the operator starts typing: the matrix when there is one (the arrows pick a
    // row), else the justification.
    void focusStart();

Q_SIGNALS:
    void decisionRecorded(const rollcage::gui::AssessChoice &choice);

private:
    void updateDetails();
    // A row of the matrix names a severity: the level it names is chosen with it.
    void decisionChanged();
    const runbook::SeverityLevel *chosenLevel() const;

    std::unique_ptr<Ui::AssessPage> m_ui;
    DecisionModel *m_decisions;
    TriggerModel *m_triggers;
    QList<runbook::SeverityLevel> m_levels;
};

} // namespace rollcage::gui
Q_DECLARE_METATYPE(rollcage::gui::AssessChoice)
