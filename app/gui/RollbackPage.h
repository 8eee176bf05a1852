#pragma once

#include "incident/IncidentState.h"
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
} // namespace rollcage::execution

namespace rollcage::gui {

class CommandView;
class EscalationPanel;
class LogView;
class StepInputBar;
class StepListModel;
class TerminalPane;

// Roll back: the procedure (changeable until a step has run), its steps on the left,
// the selected step's "why", its commands (values filled in, the executing line marked)
// and the live log on the right; Run / Retry / Skip / Cancel / Done / Next. Every action
// goes through the engine, which journals it before it takes effect.
//
// A finished step stays on screen with its output until the operator moves on (Next):
// the output is what proves the step worked. Guided mode shows the step to do with its
// "why" up front, a compact list of the steps beside it, the next action as the only
// default button and the escalation levels.
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
    // From a settled step: the next step to do, or — every step settled — on to Verify.
    void goNext();
    // Picks another procedure of the runbook (refused once a step has run).
    bool chooseProcedure(int index);
    // The values dialog; `focus` names a value to start in.
    void editValues(const QString &focus = {});

    void setGuided(bool guided);
    bool isGuided() const;
    void setEscalationVisible(bool visible);
    bool isEscalationVisible() const;

    QString message() const;
    // The shared store answers again: a line that said it was away goes (the banner and
    // the status line say it is back).
    void storeAnswersAgain();
    QString nextActionHint() const;
    // Retry: whether Run would start a step whose outcome is unknown once the operator's
    // retry is recorded (its confirmation typed, its values given).
    enum class UnknownOutcome { Refuse, Retry };
    bool canRun(UnknownOutcome unknown = UnknownOutcome::Refuse) const;
    // The button Ctrl+Enter presses: the one next action, or none.
    QPushButton *defaultButton() const;
    // Presses it; false when there is none.
    bool triggerNextAction();
    LogView *logView() const;
    StepInputBar *inputBar() const { return m_input; }
    CommandView *commandView() const;
    EscalationPanel *escalationPanel() const;

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    // Every step is settled and the operator chose to go on.
    void procedureFinished();
    // Another step is shown (team mode tells the others where this console is).
    void stepShown(int index);

private:
    void fillProcedures();
    QString procedureProgress(const runbook::Procedure &procedure) const;
    QString procedureText(const runbook::Procedure &procedure) const;
    // A step whose code is all for another tool (```sql…): the operator runs it; Done.
    static bool isByHand(const runbook::Step &step);
    void showStep(int index);
    void showDanger(const runbook::Step &step, bool changed);
    void updateButtons();
    void updateGuidance();
    void say(const QString &text, bool problem);
    void askReason(const QString &title, const QString &label, bool required,
                   const std::function<void(const QString &)> &then);
    void onStepFinished(int index, const execution::StepResult &result);
    void followOthersRun();
    void tickElapsed();
    void keepDetailVisible();
    int detailHeightNeeded() const;
    // The step list's width for the mode: compact when guided.
    void fitStepList();
    // The values the selected step still lacks; opens the values dialog on them.
    bool checkValues();
    // A step that changes production without destroying (Confirmation::NameTarget) runs
    // after a click on a confirmation that names what it acts on; startSelected runs it.
    void confirmTarget(int index);
    // RollbackTeam.cpp: four-eyes approval and take-over where the step is.
    void setupTeamRow();
    void updateTeamRow();
    void startSelected();
    bool retryingUnknown() const; // the selected step's outcome is unknown
    // The embedded terminal for step `index` in the log's place, or the log (-1).
    void showTerminal(int index);

    std::unique_ptr<Ui::RollbackPage> m_ui;
    execution::Engine *m_engine;
    StepListModel *m_steps;
    TerminalPane *m_terminal = nullptr;
    StepInputBar *m_input = nullptr;
    QTimer *m_clock;
    QElapsedTimer m_runTimer;
    runbook::Runbook m_runbook;
    int m_selected = -1;
    // The approval request the message line says was asked for (its step, its event id),
    // until something else is said: the line goes once the request is answered, so it
    // never reads "requested" beside "Approved by …".
    incident::StepRef m_requestSaid;
    qint64 m_requestSaidId = 0;
    // The step's text may give its surplus height back to the log (see keepDetailVisible).
    bool m_detailMayShrink = true;
    // The run shown, paused because its console stopped answering (followOthersRun).
    qint64 m_pausedRun = 0;
    bool m_splitRestored = false; // the operator's split, or the first-show one, is in place
    bool m_saidStoreAway = false; // the message line says the shared store is away
};

} // namespace rollcage::gui
