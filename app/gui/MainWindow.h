#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QMainWindow>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QMessageBox;
class QStackedWidget;

namespace rollcage::incident {
class IncidentStore;
}
namespace rollcage::integrations {
class CredentialStore;
class KeychainSecretSource;
}
namespace rollcage::messaging {
class ChannelDirectory;
}

namespace rollcage::gui {

class HealthPanel;
class IncidentView;
class ShortcutOverlay;
class PasswordPrompter;
class RecentRunbooks;
class RunbookPreviewPage;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    // The incident database, opened after the window first painted (it is not needed
    // to show it). `store` is null when it could not be opened; then `error` says why
    // and runbooks can still be read but no incident declared.
    void setStore(incident::IncidentStore *store, const QString &error);
    ~MainWindow() override;

    // Opens the runbook at `path` (a file or a Qt resource). On failure the user is
    // told why and the current view stays as it was.
    bool openRunbook(const QString &path);

    void showWelcome();
    // Declares an incident on the open runbook (asks title, procedure, values first).
    void newIncident();
    // At start: one unfinished incident is offered for resumption; several open the
    // incident list on them.
    void offerResume();
    bool resumeIncident(qint64 id);
    // Incident → Incidents…: every incident, to open, resume or abandon.
    void showIncidents();
    // Incident → Join…: the shared store's unfinished incidents, who is on each; joins
    // the one chosen. On a SQLite file it says joining needs a shared PostgreSQL store.
    void joinIncident();
    // Tools → Your Name…: the name every event of this user carries (core/OperatorName.h).
    void chooseOperatorName();
    // Leaves the incident shown (asking first when work is pending) for the welcome page.
    void closeIncident();
    // Runs `then` now when leaving the incident loses nothing; otherwise asks first,
    // saying what stays pending, and runs it only if the operator goes ahead. `action`
    // names what leaving is for ("Quit", "Declare a new incident").
    void confirmLeave(const QString &action, const std::function<void()> &then);
    // The question confirmLeave() is asking, if any (for tests and the walkthrough).
    QMessageBox *pendingQuestion() const { return m_leaveQuestion; }
    // Loads the incident console module (QtNetwork, KF6) and adds the health dock; once.
    // Called after the first paint, and by whatever needs the console if that is sooner.
    // On failure the status bar says why; runbooks can still be read.
    Status loadConsole();
    IncidentView *console() const { return m_console; }
    // Null until loadConsole() succeeded.
    HealthPanel *healthDock() const { return m_healthDock; }
    const std::optional<runbook::Runbook> &runbook() const { return m_runbook; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void rebuildRecentMenu();
    void chooseRunbook();
    void showShortcuts();
    void showAbout();
    void restoreWindowState();
    void showConsole(IncidentView *console);
    void showCredentials();
    // Asks the user's name (offering the current one), keeps it, then runs `then`.
    void askOperatorName(const std::function<void()> &then);
    // The role chosen in Join…, taken by the console just opened (or already open).
    void takeJoinRole();
    RunbookPreviewPage *preview();
    // Destroys the console (its steps stop) and forgets it.
    void dropConsole();
    void updateHealthDock();
    void refreshWelcome();

    RecentRunbooks *m_recent;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    RunbookPreviewPage *m_preview = nullptr; // built when the first runbook is opened
    QMenu *m_recentMenu = nullptr;
    incident::IncidentStore *m_store;
    QString m_storeError;
    QString m_joinRole; // chosen in Incident → Join…, taken once the incident is open
    integrations::CredentialStore *m_credentials;
    PasswordPrompter *m_prompter;
    integrations::KeychainSecretSource *m_secrets;
    messaging::ChannelDirectory *m_channels;
    IncidentView *m_console = nullptr;
    ShortcutOverlay *m_shortcuts = nullptr;
    HealthPanel *m_healthDock = nullptr;
    QAction *m_healthAction = nullptr;
    std::optional<runbook::Runbook> m_runbook;
    QMessageBox *m_leaveQuestion = nullptr;
    bool m_quitConfirmed = false;
};

} // namespace rollcage::gui
