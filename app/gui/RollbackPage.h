#pragma once

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QFrame;
class QTimer;

namespace rollcage::execution {
class Engine;
struct StepResult;
}

namespace rollcage::gui {

class CommandView;
class LogView;
class StepListModel;

// Roll back: the procedure's steps on the left; the selected step's "why", its
// commands (values filled in, the executing line marked) and the live log on the
// right; Run / Retry / Skip / Cancel / Done. Every action goes through the engine,
// which journals it before it takes effect.
class RollbackPage : public QWidget
{
    Q_OBJECT
public:
    explicit RollbackPage(execution::Engine *engine, QWidget *parent = nullptr);

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

    QString message() const;
    bool canRun() const;
    LogView *logView() const { return m_log; }
    CommandView *commandView() const { return m_commands; }

Q_SIGNALS:
    void procedureFinished();

private:
    void showStep(int index);
    void updateButtons();
    void say(const QString &text, bool problem);
    void askReason(const QString &title, const QString &label, bool required,
                   const std::function<void(const QString &)> &then);
    void onStepFinished(int index, const execution::StepResult &result);
    void tickElapsed();

    execution::Engine *m_engine;
    StepListModel *m_steps;
    QLabel *m_header;
    QListView *m_list;
    QLabel *m_title;
    QLabel *m_why;
    QFrame *m_danger;
    QLabel *m_dangerText;
    QLineEdit *m_confirm;
    CommandView *m_commands;
    QPushButton *m_run;
    QPushButton *m_skip;
    QPushButton *m_cancel;
    QPushButton *m_done;
    QPushButton *m_markDone;
    QPushButton *m_markFailed;
    QLabel *m_message;
    QLabel *m_elapsed;
    LogView *m_log;
    QTimer *m_clock;
    QElapsedTimer m_runTimer;
    int m_selected = -1;
};

} // namespace rollcage::gui
