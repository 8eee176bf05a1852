#include "gui/MainWindow.h"

#include "core/Logging.h"
#include "core/Paths.h"
#include "core/Version.h"
#include "gui/RecentRunbooks.h"
#include "gui/RunbookPreviewPage.h"
#include "gui/WelcomePage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
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
    , m_preview(new RunbookPreviewPage(m_stack))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowTitle(tr("Rollcage"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.rollcage.Rollcage.svg")));
    setAcceptDrops(true);
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_preview);
    setCentralWidget(m_stack);

    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::chooseRunbook);
    connect(m_welcome, &WelcomePage::exampleRequested, this,
            [this] { openRunbook(QString::fromLatin1(paths::kExampleRunbook)); });
    connect(m_welcome, &WelcomePage::runbookChosen, this,
            [this](const QString &path) { openRunbook(path); });
    connect(m_recent, &RecentRunbooks::changed, this, &MainWindow::rebuildRecentMenu);

    createActions();
    statusBar()->showMessage(tr("Ready. Open a runbook to begin (Ctrl+O)."));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

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
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Runbook"), QDir::homePath(),
        tr("Markdown runbooks (*.md *.markdown *.txt);;All files (*)"));
    if (!path.isEmpty())
        openRunbook(path);
}

bool MainWindow::openRunbook(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcGui) << "cannot open runbook" << path << file.errorString();
        QMessageBox::warning(this, tr("Cannot open runbook"),
                             tr("Rollcage could not read %1:\n%2\n\nCheck that the file exists "
                                "and that you may read it.")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        m_recent->remove(path);
        return false;
    }
    const QString markdown = QString::fromUtf8(file.readAll());
    m_preview->showRunbook(path, markdown);
    m_stack->setCurrentWidget(m_preview);
    m_recent->add(path);
    setWindowFilePath(path.startsWith(QLatin1Char(':')) ? tr("Example runbook") : path);
    statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 5000);
    return true;
}

void MainWindow::showWelcome()
{
    m_stack->setCurrentWidget(m_welcome);
    setWindowFilePath(QString());
}

void MainWindow::showShortcuts()
{
    QMessageBox::information(this, tr("Keyboard Shortcuts"),
                             tr("<table>"
                                "<tr><td><b>Ctrl+O</b></td><td>Open a runbook</td></tr>"
                                "<tr><td><b>Ctrl+W</b></td><td>Close the runbook</td></tr>"
                                "<tr><td><b>F1</b></td><td>This list</td></tr>"
                                "<tr><td><b>Ctrl+Q</b></td><td>Quit</td></tr>"
                                "</table>"));
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
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
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
