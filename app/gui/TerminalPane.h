#pragma once

#include <QByteArray>
#include <QPointer>
#include <QWidget>

class QLabel;
class QSocketNotifier;
class QTermWidget;
class QVBoxLayout;

namespace rollcage::execution {
class Engine;
}

namespace rollcage::gui {

// A terminal step on screen, in the log pane's place: an embedded terminal (QTermWidget
// in teletype mode: it runs nothing itself, it shows what the Engine's pty session
// prints and sends the keys pressed to it) and, beside it, the runbook's session lines
// as "Type into session" buttons, each confirmed at its own level. The process belongs
// to the Engine (docs/terminal-steps.md); this is only a screen and a keyboard.
class TerminalPane : public QWidget
{
    Q_OBJECT
public:
    TerminalPane(execution::Engine *engine, QWidget *parent = nullptr);
    ~TerminalPane() override;

    // Shows step `index` of the engine's procedure: a fresh screen, its session lines.
    void start(int index);
    // The session ended: the buttons go, the screen stays to be read.
    void stop();
    int step() const { return m_step; }
    QTermWidget *terminal() const { return m_term; }
    // The session lines' buttons, in order (for tests and keyboard navigation).
    QList<QWidget *> lineButtons() const { return m_buttons; }
    // What the session printed that the view has not taken yet, in bytes. Bounded: a session
    // printing faster than the view draws loses lines on screen (said there), never in the
    // transcript.
    qsizetype backlog() const { return m_pending.size() - m_sent; }
    static constexpr qsizetype kMaxBacklog = 4 * 1024 * 1024;

Q_SIGNALS:
    void message(const QString &text, bool problem);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onData(int index, const QByteArray &bytes);
    void flush();
    void skipBacklog();
    void showStatus();
    void sendSize();
    void typeLine(int line);
    void buildLines();

    QPointer<execution::Engine> m_engine;
    QTermWidget *m_term = nullptr;
    QLabel *m_status = nullptr;
    QWidget *m_linesBox = nullptr;
    QWidget *m_scroll = nullptr;
    QVBoxLayout *m_linesLayout = nullptr;
    QList<QWidget *> m_buttons;
    QSocketNotifier *m_writable = nullptr;
    QByteArray m_pending; // for the view's pty; from m_sent on not yet taken
    qsizetype m_sent = 0;
    qint64 m_skipped = 0; // bytes of this session's output never drawn (skipBacklog)
    bool m_ended = false;
    int m_slave = -1;
    int m_step = -1;
};

} // namespace rollcage::gui
