#pragma once

#include <QMainWindow>

class QMenu;
class QStackedWidget;

namespace rollcage::gui {

class RecentRunbooks;
class RunbookPreviewPage;
class WelcomePage;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the runbook at `path` (a file or a Qt resource). On failure the user is
    // told why and the current view stays as it was.
    bool openRunbook(const QString &path);

    void showWelcome();

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

    RecentRunbooks *m_recent;
    QStackedWidget *m_stack;
    WelcomePage *m_welcome;
    RunbookPreviewPage *m_preview;
    QMenu *m_recentMenu = nullptr;
};

} // namespace rollcage::gui
