#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <sys/types.h>

class QSocketNotifier;

namespace rollcage::execution {

// The standard input of a plain step (docs/terminal-steps.md, "Prompts in ordinary
// steps"): the slave of a pseudo-terminal the runner owns, so that
// - `read -p` shows its prompt (bash prints it only when its input is a terminal) and a
//   program that asks something waits for an answer rather than reading end of input;
// - the runner can tell when the step waits for input: a process of the step's group is
//   blocked reading that terminal (groupWaitsOnTerminal, from /proc), looked at while
//   the step is quiet;
// - the runner knows whether an answer is echoed: a program reading a password turns
//   the terminal's echo off (`read -s`, `stty -echo`), and its answer is then shown and
//   journalled nowhere.
// The terminal is stdin only, never the step's controlling terminal: stdout and stderr
// stay the step's two logged streams, and a job the step leaves running (`cmd &`) is not
// hung up when the step ends.
class InputTerminal : public QObject
{
    Q_OBJECT
public:
    explicit InputTerminal(QObject *parent = nullptr);
    ~InputTerminal() override;

    // Opens a new terminal; the slave descriptor is for the child's stdin. False (and why)
    // when no pseudo-terminal can be had.
    bool open(QString *error);
    int slaveDescriptor() const { return m_slave; }
    // The child has it: the parent's copy goes, and the step's group is watched.
    void watch(pid_t group);
    // Closes everything; a wait still shown ends.
    void close();

    bool isWaiting() const { return m_waiting; }
    // Whether the terminal echoes what is typed now (false while a password is read).
    bool echoes() const;
    // The step printed something: it is not waiting, or has just asked; look again soon.
    void noteOutput();
    // An answer, as typed: `text` and Enter.
    bool answer(const QByteArray &text);
    // End of input (Ctrl+D at the start of a line): the reading program gets EOF.
    bool endInput();

    // How often a quiet step is looked at (ms).
    static constexpr int kProbeInterval = 150;

Q_SIGNALS:
    void waitingChanged(bool waiting, bool echoed);
    // What the terminal echoed back of an answer ("y\n"), for the log.
    void echoed(const QByteArray &bytes);

private:
    void probe();
    void readEcho();
    void setWaiting(bool waiting);
    void answered();
    bool writeAll(const QByteArray &bytes);

    int m_master = -1;
    int m_slave = -1;
    dev_t m_device = 0;
    pid_t m_group = 0;
    QSocketNotifier *m_echo = nullptr;
    QTimer m_probe;
    bool m_waiting = false;
    bool m_quiet = false; // nothing printed since the last look
};

} // namespace rollcage::execution
