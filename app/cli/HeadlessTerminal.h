#pragma once

#include <QObject>

#include <optional>
#include <termios.h>

class QSocketNotifier;

namespace rollcage::execution {
class Engine;
}

namespace rollcage::cli {

// `rollcage run` started from a terminal lends that terminal to terminal steps: while one
// runs, the keyboard goes to its session (raw: Ctrl+C, arrows and Tab reach the program)
// and the session's screen comes back unprefixed. Without a terminal on stdin and stdout
// nothing is attached, and the Engine refuses such steps (blocked) with a reason.
//
// A plain step that waits for input gets the terminal too, line by line (cooked: the
// operator can correct the answer before Enter): each line typed goes to the step as its
// answer, Ctrl+D ends its input, and while the step reads without echo (a password) the
// terminal does not echo either.
class HeadlessTerminal : public QObject
{
public:
    explicit HeadlessTerminal(execution::Engine *engine, QObject *parent = nullptr);
    ~HeadlessTerminal() override;

    bool attached() const { return m_attached; }
    // Whether the step's output reaches the terminal raw (so it is not printed again).
    bool shows(int index) const;
    // `stderrText` of a plain step without the step's echo of an answer typed here: this
    // terminal showed the answer as it was typed, so printing the echo too would show it
    // twice.
    QString withoutEcho(const QString &stderrText);
    // Asks on the terminal how a session went (it ended, its outcome is unknown):
    // journals done or failed with a note; false when the operator said failed or
    // nothing could be read.
    bool askOutcome(int index);

private:
    void begin(int index);
    void end();
    void onInput();
    // The terminal's size to the session, now and at each SIGWINCH.
    void passSize();
    void onResized();
    void onWaits(int index, bool waiting, bool echoed);
    void onAnswer();
    void answerTypedLines();
    void endAnswer();

    execution::Engine *m_engine;
    bool m_attached = false;
    int m_step = -1;
    QSocketNotifier *m_input = nullptr;
    QSocketNotifier *m_winch = nullptr;
    int m_winchRead = -1;
    std::optional<struct ::termios> m_saved;
    QSocketNotifier *m_answer = nullptr; // while a plain step waits for input
    QByteArray m_answerLine;             // typed, not yet given as an answer
    QString m_echo;                      // the step's echo of it still to come (withoutEcho)
    bool m_waiting = false;
    std::optional<struct ::termios> m_savedEcho;
};

} // namespace rollcage::cli
