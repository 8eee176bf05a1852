// The reference for startup_ms: the smallest honest Qt 6 window, exiting when painted.
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

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
    w.resize(1100, 720);
    w.show();
    return QApplication::exec();
}
