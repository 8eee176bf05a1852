// The references for startup_ms, exiting when painted: the smallest honest Qt 6 window
// (the target's baseline), and, built with STARTUP_WITH_TEXT, the same window with the
// text every real first frame has (a menu, a label, a status message), to tell what
// drawing any text costs from what Rollcage adds.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>
#ifdef STARTUP_WITH_TEXT
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>
#endif

#include <cstdlib>

class Window : public QMainWindow
{
protected:
    bool event(QEvent *e) override
    {
        // Leave right after the first paint, exactly as rollcage does in this mode.
        if (e->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, [] { std::_Exit(0); });
        return QMainWindow::event(e);
    }
};

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Window w;
#ifdef STARTUP_WITH_TEXT
    w.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"));
    w.setCentralWidget(new QLabel(QStringLiteral("Open a file to begin."), &w));
    w.statusBar()->showMessage(QStringLiteral("Ready."));
#endif
    w.resize(1100, 720);
    w.show();
    return QApplication::exec();
}
