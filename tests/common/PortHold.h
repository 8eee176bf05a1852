#pragma once

// Keeps a closed port closed: a TCP socket bound to 127.0.0.1:PORT that never listens,
// so connections to it are refused, yet no other test running in parallel can be given
// the port in the meantime. Release it right before a server listens there again.

#include <QtGlobal>

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rollcage::test {

class PortHold
{
public:
    explicit PortHold(quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        // The port's old connections may linger in TIME_WAIT.
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        sockaddr *generic = reinterpret_cast<sockaddr *>(&address);
        m_held = m_fd >= 0 && ::bind(m_fd, generic, sizeof address) == 0;
    }
    ~PortHold() { release(); }
    PortHold(const PortHold &) = delete;
    PortHold &operator=(const PortHold &) = delete;

    bool isHeld() const { return m_held; }
    void release()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
        m_held = false;
    }

private:
    int m_fd = -1;
    bool m_held = false;
};

} // namespace rollcage::test
