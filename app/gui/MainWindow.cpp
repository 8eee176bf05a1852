#include "gui/MainWindow.h"

#include "core/Logging.h"
#include "core/Paths.h"
#include "core/SettingsKeys.h"
#include "core/Version.h"
#include "gui/ConsoleModule.h"
#include "gui/CredentialsDialog.h"
#include "gui/HealthPanel.h"
#include "gui/IncidentView.h"
#include "gui/NewIncidentDialog.h"
#include "gui/PasswordPrompter.h"
#include "gui/RecentRunbooks.h"
#include "gui/RunbookPreviewPage.h"
#include "gui/ShortcutOverlay.h"
#include "gui/WelcomePage.h"
#include "incident/IncidentStore.h"
#include "integrations/CredentialStore.h"
#include "integrations/KeychainSecretSource.h"
#include "messaging/ChannelDirectory.h"
#include "runbook/Importer.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>

namespace rollcage::gui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recent(new RecentRunbooks(this))
    , m_stack(new QStackedWidget(this))
    , m_welcome(new WelcomePage(m_recent, m_stack))
    , m_store(nullptr)
    , m_storeError(tr("The incident database is still opening; try again in a moment."))
    , m_credentials(new integrations::CredentialStore(this))
    , m_prompter(new PasswordPrompter(this, this))
    , m_secrets(new integrations::KeychainSecretSource(m_credentials, m_prompter, this))
    , m_channels(new messaging::ChannelDirectory(*m_credentials, QString(), this))
{
    createActions();
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Rollcage"));
    setAcceptDrops(true);
    m_stack->addWidget(m_welcome);
    setCentralWidget(m_stack);

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseRunbook);
    connect(m_welcome, &WelcomePage::exampleRequested, this,
            [this] { openRunbook(QString::fromLatin1(paths::kExampleRunbook)); });
    connect(m_welcome, &WelcomePage::runbookChosen, this,
            [this](const QString &path) { openRunbook(path); });
    connect(m_welcome, &WelcomePage::incidentsRequested, this, &MainWindow::showIncidents);
    connect(m_welcome, &WelcomePage::incidentChosen, this, [this](qint64 id) { resumeIncident(id); });
    connect(m_recent, &RecentRunbooks::changed, this, &MainWindow::rebuildRecentMenu);

    statusBar()->showMessage(tr("Ready. Open a runbook to begin (Ctrl+O)."));
    restoreWindowState();
}

MainWindow::~MainWindow()
{
    // The children (the health dock among them) die in ~QWidget, when this object is no
    // longer a MainWindow: the dock unchecking its view action on the way out must not
    // reach the handler below, which reads members already gone.
    m_healthAction->disconnect(this);
    // Likewise the dock telling its checks changed as its session goes.
    if (m_healthDock)
        m_healthDock->disconnect(this);
}

Status MainWindow::loadConsole()
{
    if (m_healthDock)
        return Status::success();
    const auto module = loadConsoleModule();
    if (!module) {
        statusBar()->showMessage(module.error);
        return Status::failure(module.error);
    }
    m_healthDock = (*module)->createHealthPanel(this);
    // restoreState() ran before the dock existed; this gives it its saved place.
    if (!restoreDockWidget(m_healthDock)) {
        addDockWidget(Qt::BottomDockWidgetArea, m_healthDock);
        m_healthDock->hide();
    }
    // Its place is restored, not its visibility: it shows with an incident that has
    // something to probe (an empty dock took more room than the log on every page).
    m_healthDock->hide();
    m_healthAction->setChecked(false);
    connect(m_healthDock->toggleViewAction(), &QAction::toggled, m_healthAction, &QAction::setChecked);
    connect(m_healthDock, &HealthPanel::checksChanged, this, &MainWindow::updateHealthDock);
    connect(m_healthDock, &HealthPanel::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    return Status::success();
}

RunbookPreviewPage *MainWindow::preview()
{
    // Not needed for the first frame, which shows the welcome page: built on first use.
    if (!m_preview) {
        m_preview = new RunbookPreviewPage(m_stack);
        m_stack->addWidget(m_preview);
        connect(m_preview, &RunbookPreviewPage::newIncidentRequested, this, &MainWindow::newIncident);
    }
    return m_preview;
}

void MainWindow::setStore(incident::IncidentStore *store, const QString &error)
{
    m_store = store;
    m_storeError = error;
    refreshWelcome();
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Runbook…"), this, &MainWindow::chooseRunbook);
    open->setShortcut(QKeySequence::Open);
    file->addAction(tr("Open &Example Runbook"), this,
                    [this] { openRunbook(QString::fromLatin1(paths::kExampleRunbook)); });
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    rebuildRecentMenu();
    QAction *close = file->addAction(tr("&Close Runbook"), this, &MainWindow::showWelcome);
    close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *declare = incidentMenu->addAction(tr("&New Incident…"), this, &MainWindow::newIncident);
    declare->setShortcut(QKeySequence::New);
    QAction *list = incidentMenu->addAction(tr("&Incidents…"), this, &MainWindow::showIncidents);
    list->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    list->setToolTip(tr("Every incident: resume or open one, abandon one left unfinished"));
    QAction *join = incidentMenu->addAction(tr("&Join…"), this, &MainWindow::joinIncident);
    join->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_J));
    join->setToolTip(tr("Work on an incident with others, on a shared PostgreSQL store"));
    incidentMenu->addAction(tr("&Close Incident"), this, &MainWindow::closeIncident);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    // The dock itself comes with the console module; the action is here from the start.
    m_healthAction = view->addAction(tr("&Health"));
    m_healthAction->setCheckable(true);
    m_healthAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(m_healthAction, &QAction::toggled, this, [this](bool on) {
        if (on && !loadConsole()) {
            m_healthAction->setChecked(false);
            return;
        }
        if (m_healthDock)
            m_healthDock->setVisible(on);
    });

    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->addAction(tr("&Credentials…"), this, &MainWindow::showCredentials);
    tools->addAction(tr("Your &Name…"), this, &MainWindow::chooseOperatorName)
        ->setToolTip(tr("The name your events are recorded under and the team sees"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts);
    keys->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Rollcage"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = m_recent->files();
    for (int i = 0; i < files.size(); ++i) {
        const QString path = files.at(i);
        QAction *action = m_recentMenu->addAction(
            tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openRunbook(path); });
        action->setToolTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent runbooks"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("Clear List"), m_recent, &RecentRunbooks::clear);
    }
}

void MainWindow::chooseRunbook()
{
    // Non-modal: the window (a running step's log, the health dock) keeps updating.
    auto *dialog = new QFileDialog(this, tr("Open Runbook"), QDir::homePath(),
                                   tr("Markdown runbooks (*.md *.markdown *.txt);;All files (*)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) { openRunbook(path); });
    dialog->open();
}

bool MainWindow::openRunbook(const QString &path)
{
    if (m_console && !m_console->pendingWork().isEmpty()) {
        confirmLeave(tr("Open another runbook"), [this, path] {
            dropConsole();
            openRunbook(path);
        });
        return false;
    }
    dropConsole();
    const auto imported = runbook::Importer::importFile(path);
    if (!imported.ok()) {
        qCWarning(lcGui) << "cannot open runbook" << path << imported.error;
        QMessageBox::warning(this, tr("Cannot open runbook"),
                             tr("%1\n\nCheck that the file exists and that you may read it.")
                                 .arg(imported.error));
        m_recent->remove(path);
        return false;
    }
    m_runbook = *imported;
    preview()->showRunbook(*m_runbook);
    m_stack->setCurrentWidget(m_preview);
    m_recent->add(path);
    setWindowFilePath(path.startsWith(QLatin1Char(':')) ? tr("Example runbook") : path);
    statusBar()->showMessage(m_runbook->hasErrors()
                                 ? tr("%1 has errors: fix them before declaring an incident").arg(QFileInfo(path).fileName())
                                 : tr("Opened %1. Declare an incident with Ctrl+N.").arg(QFileInfo(path).fileName()));
    return true;
}

void MainWindow::showCredentials()
{
    auto *dialog = new CredentialsDialog(m_credentials, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_runbook)
        dialog->setRunbooks({*m_runbook});
    dialog->open();
}

void MainWindow::showWelcome()
{
    if (m_console) {
        closeIncident();
        return;
    }
    m_stack->setCurrentWidget(m_welcome);
    setWindowFilePath(QString());
    setWindowTitle(tr("Rollcage"));
    m_runbook.reset();
    refreshWelcome();
    updateHealthDock();
    statusBar()->showMessage(tr("Ready. Open a runbook to begin (Ctrl+O)."));
}

void MainWindow::showShortcuts()
{
    if (!m_shortcuts)
        m_shortcuts = new ShortcutOverlay(this);
    m_shortcuts->toggle();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Rollcage"),
                       tr("<h3>Rollcage %1</h3><p>A guided, recorded console for rolling back "
                          "a bad deployment from your team's own Markdown runbook.</p>")
                           .arg(QString::fromLatin1(kVersion)));
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(settings::kWindowGeometry).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(settings::kWindowState).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_quitConfirmed && m_console && !m_console->pendingWork().isEmpty()) {
        event->ignore();
        confirmLeave(tr("Quit"), [this] {
            m_quitConfirmed = true;
            close();
        });
        return;
    }
    QSettings settings;
    settings.setValue(settings::kWindowGeometry, saveGeometry());
    settings.setValue(settings::kWindowState, saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openRunbook(urls.first().toLocalFile());
    }
}

} // namespace rollcage::gui
