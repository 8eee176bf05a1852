#pragma once

#include "runbook/Runbook.h"

#include <QElapsedTimer>
#include <QWidget>

#include <functional>
#include <memory>

class QPushButton;
class QTimer;

namespace Ui {
class RollbackPage;
}

namespace rollcage::execution {
class Engine;
struct StepResult;
}

namespace rollcage::gui {

class CommandView;
class EscalationPanel;
class LogView;
class StepListModel;

// Roll back: the procedure (changeable until a step has run), its steps on the left,
// the selected step's "why", its commands (values filled in, the executing line marked)
// and the live log on the right; Run / Retry / Skip / Cancel / Done. Every action goes
// through the engine, which journals it before it takes effect.
//
// Guided mode shows one step at a time — the next one — with its "why" up front, the
// next action as the only default button and the escalation levels beside it.
class RollbackPage : public QWidget
{
    Q_OBJECT
public:
    explicit RollbackPage(execution::Engine *engine, QWidget *parent = nullptr);
    ~RollbackPage() override;

    void setRunbook(const runbook::Runbook &runbook);
    void reload(); // after the engine attached a procedure
    void selectStep(int index);
    int selectedStep() const { return m_selected; }

    // The actions, public so keyboard shortcuts and tests drive exactly what the
    // buttons drive. Each reports a refusal in the page's message line.
    void runSelected();
    void skipSelected(const QString &reason);
    void completeSelected(const QString &note);
    void cancelRunning();
    void setConfirmation(const QString &text);
    // Picks another procedure of the runbook (refused once a step has run).
    bool chooseProcedure(int index);

    void setGuided(bool guided);
    bool isGuided() const;
    void setEscalationVisible(bool visible);
    bool isEscalationVisible() const;

    QString message() const;
    QString nextActionHint() const;
    bool canRun() const;
    // The button Enter would press: the one next action, or none.
    QPushButton *defaultButton() const;
    LogView *logView() const;
    CommandView *commandView() const;
    EscalationPanel *escalationPanel() const;

Q_SIGNALS:
    void procedureFinished();

private:
    void fillProcedures();
    void showStep(int index);
    void updateButtons();
    void updateGuidance();
    void say(const QString &text, bool problem);
    void askReason(const QString &title, const QString &label, bool required,
                   const std::function<void(const QString &)> &then);
    void onStepFinished(int index, const execution::StepResult &result);
    void tickElapsed();

    std::unique_ptr<Ui::RollbackPage> m_ui;
    execution::Engine *m_engine;
    StepListModel *m_steps;
    QTimer *m_clock;
    QElapsedTimer m_runTimer;
    runbook::Runbook m_runbook;
    int m_selected = -1;
};

} // namespace rollcage::gui
