#include "incident/StatementWatch.h"

#include "core/Logging.h"
#include "incident/StoreLink.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>
#include <QVariant>

#include <optional>

#include <fcntl.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

namespace rollcage::incident {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

namespace {

// The connection's socket: -1 when it has none (closed, or broken by a failed statement:
// what runs on it then fails at once); nothing when the driver's handle is not libpq's.
std::optional<int> socketOf(const QSqlDriver *driver)
{
    // Qt's PostgreSQL driver hands out its libpq connection for exactly such uses. Qt 6
    // names the type by the struct behind libpq's typedef.
    const QVariant handle = driver->handle();
    const char *type = handle.typeName();
    if (qstrcmp(type, "PGconn*") != 0 && qstrcmp(type, "pg_conn*") != 0)
        return std::nullopt;
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    return connection ? PQsocket(connection) : -1;
}

// How long the socket has received nothing (the kernel's account), or -1 when it cannot
// say (not TCP).
qint64 quietMs(int socket)
{
    tcp_info info{};
    socklen_t size = sizeof info;
    if (getsockopt(socket, IPPROTO_TCP, TCP_INFO, &info, &size) != 0)
        return -1;
    return info.tcpi_last_data_recv;
}

} // namespace

StatementWatch::StatementWatch(QSqlDriver *driver)
    : QObject(driver)
    , m_driver(driver)
    , m_limit(StoreLink::answerLimitMs())
    , m_thread(QThread::create([this] { run(); }))
{
    m_thread->setObjectName(QStringLiteral("rollcage-statement-watch"));
    m_thread->start();
}

StatementWatch::~StatementWatch()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_one();
    m_thread->wait();
}

StatementWatch *StatementWatch::attach(const QString &connection)
{
    QSqlDriver *driver = QSqlDatabase::database(connection, false).driver();
    if (!driver || driver->dbmsType() != QSqlDriver::PostgreSQL)
        return nullptr;
    if (StatementWatch *watch = of(driver))
        return watch;
    return new StatementWatch(driver);
}

StatementWatch *StatementWatch::of(const QSqlDriver *driver)
{
    return driver ? driver->findChild<StatementWatch *>(QString(), Qt::FindDirectChildrenOnly)
                  : nullptr;
}

StatementWatch::Scope::Scope(const QSqlDriver *driver)
    : m_watch(of(driver))
{
    if (m_watch)
        m_watch->begin();
}

StatementWatch::Scope::~Scope()
{
    if (m_watch)
        m_watch->end();
}

bool StatementWatch::takeCut()
{
    const std::lock_guard lock(m_mutex);
    return std::exchange(m_cut, false);
}

void StatementWatch::begin()
{
    int copy = -1;
    if (m_depth++ == 0) {
        // Read here, on the connection's thread: a reconnect gives the connection a new
        // socket. Watched through a copy: libpq closes its own inside a statement when a
        // read fails, and a file opened meanwhile could get its number; the copy keeps the
        // number ours until end().
        const std::optional<int> socket = socketOf(m_driver);
        if (socket && *socket >= 0)
            copy = ::fcntl(*socket, F_DUPFD_CLOEXEC, 0);
        else if (!socket && !std::exchange(m_warned, true))
            qCWarning(lcIncident) << "statements on this connection cannot be watched: the "
                                     "PostgreSQL driver's handle is not a libpq connection";
    }
    const std::lock_guard lock(m_mutex);
    if (m_depth == 1)
        m_socket = copy;
    // A statement inside another's scope (a check after a failure) gets its own limit.
    m_serial = ++m_count;
    m_since = Clock::now();
}

void StatementWatch::end()
{
    int copy = -1;
    {
        const std::lock_guard lock(m_mutex);
        if (--m_depth > 0)
            return;
        m_serial = 0;
        copy = std::exchange(m_socket, -1);
    }
    if (copy >= 0)
        ::close(copy);
}

void StatementWatch::run()
{
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        if (m_serial == 0 || m_serial == m_cutSerial) {
            // Looked at every half limit rather than woken by each statement: that wake-up
            // was a switch away from the connection's thread as its first statement went
            // out, at a step's start, when ten consoles' threads wait for two cores
            // (team_consoles). A statement is seen within half its limit, so still cut at it.
            m_wake.wait_for(lock, m_limit / 2);
            continue;
        }
        const quint64 serial = m_serial;
        auto due = m_since + m_limit;
        while (!m_wake.wait_until(lock, due, [&] { return m_stop || m_serial != serial; })) {
            due = cutOrWait(serial);
            if (due == Clock::time_point())
                break;
        }
    }
}

Clock::time_point StatementWatch::cutOrWait(quint64 serial)
{
    // m_socket is our copy, closed only by end(), which waits for this lock: shutting it
    // down cuts the connection's socket and nothing else. A statement cut, or with nothing
    // to cut, is not looked at again.
    m_cutSerial = serial;
    if (m_socket < 0)
        return {};
    const qint64 quiet = quietMs(m_socket);
    if (quiet >= 0 && quiet < m_limit.count()) {
        m_cutSerial = 0;
        return Clock::now() + (m_limit - milliseconds(quiet));
    }
    qCWarning(lcIncident).noquote()
        << "the incident database has not answered a statement for" << m_limit.count()
        << "ms: its connection is cut, and made again when the server answers";
    ::shutdown(m_socket, SHUT_RDWR);
    m_cut = true;
    return {};
}

} // namespace rollcage::incident
