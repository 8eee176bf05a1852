#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QMainWindow>

#include <optional>

class QAction;
class QMenu;
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
    // Offers to resume the most recent unfinished incident, if there is one.
    void offerResume();
    bool resumeIncident(qint64 id);
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
    RunbookPreviewPage *preview();

    RecentRunbooks *m_recent;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    RunbookPreviewPage *m_preview = nullptr; // built when the first runbook is opened
    QMenu *m_recentMenu = nullptr;
    incident::IncidentStore *m_store;
    QString m_storeError;
    integrations::CredentialStore *m_credentials;
    PasswordPrompter *m_prompter;
    integrations::KeychainSecretSource *m_secrets;
    messaging::ChannelDirectory *m_channels;
    IncidentView *m_console = nullptr;
    ShortcutOverlay *m_shortcuts = nullptr;
    HealthPanel *m_healthDock = nullptr;
    QAction *m_healthAction = nullptr;
    std::optional<runbook::Runbook> m_runbook;
};

} // namespace rollcage::gui
