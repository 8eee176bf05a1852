#include "execution/PtyDrain.h"

#include <QMetaObject>
#include <QObject>

#include <array>
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <pthread.h>
#include <sys/eventfd.h>
#include <unistd.h>

namespace rollcage::execution {

PtyDrain::PtyDrain(int masterFd, QObject *owner, std::function<void()> ready)
    : m_master(masterFd)
    , m_owner(owner)
    , m_ready(std::move(ready))
{
    // Reads must never block: stop() joins a thread that is in poll() or between reads, not
    // one waiting in read() for a session that prints nothing. (KPty sets it already.)
    ::fcntl(m_master, F_SETFL, ::fcntl(m_master, F_GETFL) | O_NONBLOCK);
    m_wake = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    m_thread = std::thread([this] { run(); });
}

PtyDrain::~PtyDrain()
{
    stop();
    if (m_wake >= 0)
        ::close(m_wake);
}

void PtyDrain::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_room.notify_all();
    if (m_wake >= 0) {
        const quint64 one = 1;
        [[maybe_unused]] const ssize_t n = ::write(m_wake, &one, sizeof one);
    }
    if (m_thread.joinable())
        m_thread.join();
}

QByteArray PtyDrain::take()
{
    QByteArray bytes;
    {
        std::lock_guard lock(m_mutex);
        bytes.swap(m_buffer);
        m_told = false;
    }
    m_room.notify_all();
    return bytes;
}

bool PtyDrain::open() const
{
    std::lock_guard lock(m_mutex);
    return !m_closed;
}

qsizetype PtyDrain::buffered() const
{
    std::lock_guard lock(m_mutex);
    return m_buffer.size();
}

// Called with the mutex held: one call on its way at a time, the owner takes everything.
void PtyDrain::notify()
{
    if (m_told)
        return;
    m_told = true;
    QMetaObject::invokeMethod(m_owner, m_ready, Qt::QueuedConnection);
}

void PtyDrain::run()
{
    // A pty hands over at most one buffer (4 KB) a read; what several reads found goes into
    // the shared buffer under one lock.
    std::array<char, 64 * 1024> chunk{};
    ::pthread_setname_np(::pthread_self(), "rollcage-pty"); // as seen in top, gdb, perf
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_room.wait(lock, [this] { return m_stopping || m_buffer.size() < kLimit; });
            if (m_stopping)
                return;
        }
        std::array<pollfd, 2> fds{{{m_master, POLLIN, 0}, {m_wake, POLLIN, 0}}};
        const int polled = ::poll(fds.data(), m_wake >= 0 ? 2 : 1, m_wake >= 0 ? -1 : 50);
        if (polled < 0 && errno != EINTR)
            return; // cannot happen with valid descriptors; the owner reads the rest itself
        if (fds[1].revents != 0)
            continue; // told to stop
        size_t size = 0;
        bool closed = false;
        while (size < chunk.size()) {
            const ssize_t n = ::read(m_master, chunk.data() + size, chunk.size() - size);
            if (n > 0) {
                size += size_t(n);
                continue;
            }
            if (n < 0 && errno == EINTR)
                continue;
            // EAGAIN: nothing more now (the master is non-blocking). End of file or EIO: no
            // process holds the session's side any more.
            closed = n == 0 || errno != EAGAIN;
            break;
        }
        std::lock_guard lock(m_mutex);
        if (size > 0) {
            m_buffer.append(chunk.data(), qsizetype(size));
            notify();
        }
        if (closed) {
            m_closed = true;
            notify();
            return;
        }
    }
}

} // namespace rollcage::execution
