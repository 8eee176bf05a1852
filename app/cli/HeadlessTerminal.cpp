#include "cli/HeadlessTerminal.h"

#include "cli/Console.h"
#include "core/Tr.h"
#include "execution/Engine.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rollcage::cli {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::cli::HeadlessTerminal")

void writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR && errno != EAGAIN)
            return;
    }
}

// One line typed at the terminal (cooked mode: the operator can correct it), without
// its newline; none at end of input.
std::optional<QString> readLine()
{
    QByteArray line;
    char c = 0;
    for (;;) {
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return line.isEmpty() ? std::nullopt : std::optional<QString>(QString::fromUtf8(line));
        if (c == '\n')
            return QString::fromUtf8(line).trimmed();
        line.append(c);
    }
}

// SIGWINCH becomes a byte on a socket the event loop watches (a handler may do nothing
// more): the session gets the new size from the event loop.
int g_winchFd = -1;
extern "C" void onWindowChanged(int)
{
    const int saved = errno;
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(g_winchFd, &byte, 1);
    errno = saved;
}

} // namespace

HeadlessTerminal::HeadlessTerminal(execution::Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
{
    m_attached = ::isatty(STDIN_FILENO) == 1 && ::isatty(STDOUT_FILENO) == 1;
    engine->setTerminalAttached(m_attached);
    if (!m_attached)
        return;
    connect(engine, &execution::Engine::stepStarted, this, [this](int index, qint64) {
        if (m_engine->isTerminalStep(index))
            begin(index);
    });
    connect(engine, &execution::Engine::terminalData, this, [](int, const QByteArray &bytes) {
        std::fflush(stdout);
        writeAll(STDOUT_FILENO, bytes);
    });
    // Ended before the run goes on (stepFinished's other listeners print after this).
    connect(engine, &execution::Engine::stepFinished, this, [this](int index) {
        endAnswer();
        if (index == m_step)
            end();
    });
    connect(engine, &execution::Engine::waitsForInput, this, &HeadlessTerminal::onWaits);
    // The terminal echoed an answer as it was typed (echo on) exactly when the step's
    // terminal echoes it back ("y\n", masked as the answer is).
    connect(engine, &execution::Engine::inputGiven, this,
            [this](int, const QString &text, bool echoed, bool endOfInput) {
                if (echoed && !endOfInput)
                    m_echo += text + QLatin1Char('\n');
            });
}

HeadlessTerminal::~HeadlessTerminal()
{
    endAnswer();
    end();
    if (m_winchRead >= 0) {
        ::signal(SIGWINCH, SIG_DFL);
        delete m_winch;
        ::close(m_winchRead);
        ::close(g_winchFd);
        g_winchFd = -1;
    }
}

bool HeadlessTerminal::shows(int index) const
{
    return m_attached && m_engine->isTerminalStep(index);
}

void HeadlessTerminal::passSize()
{
    struct ::winsize size{};
    if (::ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0 && size.ws_row > 0)
        m_engine->resizeTerminal(size.ws_col, size.ws_row);
}

void HeadlessTerminal::onResized()
{
    char buffer[64];
    while (::read(m_winchRead, buffer, sizeof buffer) > 0) {
    }
    if (m_step >= 0)
        passSize();
}

void HeadlessTerminal::begin(int index)
{
    m_step = index;
    passSize();
    // The operator resizes the terminal during the session: the session follows.
    if (m_winchRead < 0) {
        int fds[2];
        if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, fds) == 0) {
            m_winchRead = fds[0];
            g_winchFd = fds[1];
            m_winch = new QSocketNotifier(m_winchRead, QSocketNotifier::Read, this);
            connect(m_winch, &QSocketNotifier::activated, this, &HeadlessTerminal::onResized);
            struct sigaction sa = {};
            sa.sa_handler = onWindowChanged;
            sigemptyset(&sa.sa_mask);
            sa.sa_flags = SA_RESTART;
            ::sigaction(SIGWINCH, &sa, nullptr);
        }
    }
    struct ::termios mode{};
    if (::tcgetattr(STDIN_FILENO, &mode) == 0) {
        m_saved = mode;
        // Raw: every key goes to the session as it is typed, Ctrl+C included (it is the
        // program in the session's to handle; SIGTERM to rollcage still cancels).
        ::cfmakeraw(&mode);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    }
    m_input = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_input, &QSocketNotifier::activated, this, &HeadlessTerminal::onInput);
}

void HeadlessTerminal::end()
{
    delete m_input;
    m_input = nullptr;
    if (m_saved) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &*m_saved);
        m_saved.reset();
    }
    m_step = -1;
}

void HeadlessTerminal::onInput()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n > 0)
        m_engine->writeToTerminal(QByteArray(buffer, int(n)));
    else if (n == 0 && m_input)
        m_input->setEnabled(false); // end of input: nothing more to send
}

void HeadlessTerminal::onWaits(int, bool waiting, bool echoed)
{
    m_waiting = waiting && m_step < 0; // during a session the keyboard is the session's
    struct ::termios mode{};
    if (m_waiting && ::tcgetattr(STDIN_FILENO, &mode) == 0) {
        if (!m_savedEcho)
            m_savedEcho = mode;
        // What the step does not echo, the operator's terminal does not either.
        if (echoed)
            mode.c_lflag |= ECHO;
        else
            mode.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSANOW, &mode);
    } else if (!m_waiting && m_savedEcho) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &*m_savedEcho);
        m_savedEcho.reset();
    }
    if (m_waiting && !m_answer) {
        m_answer = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
        connect(m_answer, &QSocketNotifier::activated, this, &HeadlessTerminal::onAnswer);
    }
    // Between two questions what is typed stays in the terminal for the next one.
    if (m_answer)
        m_answer->setEnabled(m_waiting);
    if (m_waiting)
        answerTypedLines();
}

void HeadlessTerminal::onAnswer()
{
    char buffer[4096];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n < 0)
        return; // EINTR, EAGAIN: the notifier says when there is more
    if (n == 0) {
        // Ctrl+D at the start of a line (a terminal's end of input is not for ever).
        if (const Status s = m_engine->endInput(); !s)
            err(QStringLiteral("rollcage run: ") + s.error);
        return;
    }
    m_answerLine.append(buffer, n);
    answerTypedLines();
}

void HeadlessTerminal::answerTypedLines()
{
    // One line per question: answering ends the wait (m_waiting goes false at once).
    qsizetype end = 0;
    while (m_waiting && (end = m_answerLine.indexOf('\n')) >= 0) {
        const QString line = QString::fromUtf8(m_answerLine.left(end));
        m_answerLine.remove(0, end + 1);
        if (const Status s = m_engine->answerInput(line); !s)
            err(QStringLiteral("rollcage run: ") + s.error);
    }
}

QString HeadlessTerminal::withoutEcho(const QString &stderrText)
{
    if (m_echo.isEmpty())
        return stderrText;
    qsizetype same = 0;
    while (same < stderrText.size() && same < m_echo.size() &&
           stderrText.at(same) == m_echo.at(same))
        ++same;
    if (same < stderrText.size() && same < m_echo.size()) {
        // Not the echo after all (the step turned echo off, or printed first): shown as it
        // came rather than a character lost.
        m_echo.clear();
        return stderrText;
    }
    m_echo.remove(0, same);
    return stderrText.mid(same);
}

void HeadlessTerminal::endAnswer()
{
    m_waiting = false;
    m_echo.clear();
    if (m_answer) {
        m_answer->setEnabled(false);
        m_answer->deleteLater(); // this may run from its own activated()
        m_answer = nullptr;
    }
    m_answerLine.clear();
    if (m_savedEcho) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &*m_savedEcho);
        m_savedEcho.reset();
    }
}

bool HeadlessTerminal::askOutcome(int index)
{
    if (!m_attached)
        return false;
    err(tr("The session of step %1 has ended; its exit status says little. Did it do what it "
           "should? Type done or failed:")
            .arg(index + 1));
    std::optional<QString> answer;
    while ((answer = readLine())) {
        if (answer->startsWith(QLatin1Char('d'), Qt::CaseInsensitive) ||
            answer->startsWith(QLatin1Char('f'), Qt::CaseInsensitive))
            break;
        err(tr("Type done or failed:"));
    }
    if (!answer)
        return false;
    const bool done = answer->startsWith(QLatin1Char('d'), Qt::CaseInsensitive);
    err(tr("A note for the journal (what shows it):"));
    const QString note = readLine().value_or(QString());
    const Status s = m_engine->resolveUnknown(
        index, done ? execution::Resolution::MarkDone : execution::Resolution::MarkFailed, note);
    if (!s) {
        err(QStringLiteral("rollcage run: ") + s.error);
        return false;
    }
    return done;
}

} // namespace rollcage::cli
