#include "execution/InputTerminal.h"

#include "core/Logging.h"
#include "execution/InputWait.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <termios.h>
#include <unistd.h>

namespace rollcage::execution {

InputTerminal::InputTerminal(QObject *parent)
    : QObject(parent)
{
    m_probe.setInterval(kProbeInterval);
    connect(&m_probe, &QTimer::timeout, this, &InputTerminal::probe);
}

InputTerminal::~InputTerminal()
{
    close();
}

bool InputTerminal::open(QString *error)
{
    close();
    auto fail = [&](const char *what) {
        *error = tr("Could not open a terminal for the step's input (%1: %2).")
                     .arg(QString::fromLatin1(what), QString::fromLocal8Bit(std::strerror(errno)));
        close();
        return false;
    };
    m_master = ::posix_openpt(O_RDWR | O_NOCTTY | O_CLOEXEC | O_NONBLOCK);
    if (m_master < 0)
        return fail("posix_openpt");
    char name[128];
    if (::grantpt(m_master) != 0 || ::unlockpt(m_master) != 0 ||
        ::ptsname_r(m_master, name, sizeof name) != 0)
        return fail("ptsname");
    // O_NOCTTY: stdin only, never anyone's controlling terminal (see the header).
    m_slave = ::open(name, O_RDWR | O_NOCTTY | O_CLOEXEC);
    if (m_slave < 0)
        return fail(name);
    struct ::stat st{};
    if (::fstat(m_slave, &st) != 0)
        return fail("fstat");
    m_device = st.st_rdev;
    struct ::termios mode{};
    if (::tcgetattr(m_slave, &mode) == 0) {
        // An echoed answer comes back as "y\n", as it would sit in a log, not "y\r\n".
        mode.c_oflag &= ~tcflag_t(ONLCR);
        ::tcsetattr(m_slave, TCSANOW, &mode);
    }
    struct ::winsize size{};
    size.ws_col = 80;
    size.ws_row = 24;
    ::ioctl(m_slave, TIOCSWINSZ, &size);
    m_echo = new QSocketNotifier(m_master, QSocketNotifier::Read, this);
    connect(m_echo, &QSocketNotifier::activated, this, &InputTerminal::readEcho);
    return true;
}

void InputTerminal::watch(pid_t group)
{
    if (m_slave >= 0) {
        ::close(m_slave);
        m_slave = -1;
    }
    m_group = group;
    m_quiet = false;
    if (m_master >= 0 && group > 0)
        m_probe.start();
}

void InputTerminal::close()
{
    m_probe.stop();
    if (m_master >= 0)
        readEcho(); // an answer's echo not yet read belongs to the step's log
    delete m_echo;
    m_echo = nullptr;
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
    m_group = 0;
    setWaiting(false);
}

bool InputTerminal::echoes() const
{
    struct ::termios mode{};
    if (m_master < 0 || ::tcgetattr(m_master, &mode) != 0)
        return true;
    return (mode.c_lflag & ECHO) != 0;
}

void InputTerminal::noteOutput()
{
    m_quiet = false;
}

void InputTerminal::probe()
{
    // A step printing is working, not waiting; once it has been quiet for a whole
    // interval, /proc says. One that is waiting is looked at every time, to see it go on.
    if (!m_quiet && !m_waiting) {
        m_quiet = true;
        return;
    }
    setWaiting(groupWaitsOnTerminal(m_group, m_device));
}

void InputTerminal::setWaiting(bool waiting)
{
    if (waiting == m_waiting)
        return;
    m_waiting = waiting;
    qCDebug(lcRunner) << "step waits for input:" << waiting;
    Q_EMIT waitingChanged(waiting, echoes());
}

bool InputTerminal::writeAll(const QByteArray &bytes)
{
    if (m_master < 0)
        return false;
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(m_master, bytes.constData() + done, size_t(bytes.size() - done));
        if (n > 0)
            done += n;
        else if (n < 0 && errno != EINTR)
            return false; // full (EAGAIN): a line longer than the terminal takes
    }
    return true;
}

bool InputTerminal::answer(const QByteArray &text)
{
    if (!writeAll(text + '\n'))
        return false;
    answered();
    return true;
}

bool InputTerminal::endInput()
{
    struct ::termios mode{};
    char eof = 4; // ^D unless the terminal says otherwise
    if (m_master >= 0 && ::tcgetattr(m_master, &mode) == 0 && mode.c_cc[VEOF])
        eof = char(mode.c_cc[VEOF]);
    if (!writeAll(QByteArray(1, eof)))
        return false;
    answered();
    return true;
}

void InputTerminal::answered()
{
    // The answer ends this wait; if the program asks again (a wrong answer, the next
    // question), the next looks see a new one.
    m_quiet = false;
    setWaiting(false);
}

void InputTerminal::readEcho()
{
    QByteArray bytes;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            bytes.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        // EIO: no process holds the slave any more; nothing more will come.
        if (n < 0 && errno == EIO && m_echo)
            m_echo->setEnabled(false);
        break;
    }
    if (!bytes.isEmpty())
        Q_EMIT echoed(bytes);
}

} // namespace rollcage::execution
