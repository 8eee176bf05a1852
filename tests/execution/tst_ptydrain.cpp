// PtyDrain on a real pseudo-terminal pair: a writer on the terminal's side (a thread
// writing to the slave, as a session printing does) and the drain on the master.
// - It holds at most its limit while nobody takes: the writer then waits in the kernel.
// - stop() returns while the writer is blocked, and what it read plus what is left in the
//   pty is every byte, in order (the end of a session: TerminalRunner::drain).
// - The end of the terminal's side is seen, and what came before it is all there.
#include "execution/PtyDrain.h"

#include <QTest>

#include <atomic>
#include <poll.h>
#include <pty.h>
#include <termios.h>
#include <thread>
#include <unistd.h>

using rollcage::execution::PtyDrain;

namespace {

// Bytes no two places of which look alike for long: a lost or repeated piece shows.
QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char('a' + (i * 7 + i / 4093) % 26);
    return bytes;
}

struct PtyPair
{
    int master = -1;
    int slave = -1;
    PtyPair()
    {
        if (::openpty(&master, &slave, nullptr, nullptr, nullptr) != 0)
            return;
        // Raw: the bytes arrive as written (no "\r" added, no line discipline).
        struct ::termios mode
        {
        };
        ::tcgetattr(slave, &mode);
        ::cfmakeraw(&mode);
        ::tcsetattr(slave, TCSANOW, &mode);
    }
    ~PtyPair()
    {
        if (slave >= 0)
            ::close(slave);
        if (master >= 0)
            ::close(master);
    }
    void closeSlave()
    {
        ::close(slave);
        slave = -1;
    }
};

// Writes `bytes` to fd, blocking when the pty is full, counting as it goes.
void writeAll(int fd, const QByteArray &bytes, std::atomic<qsizetype> *written)
{
    qsizetype at = 0;
    while (at < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        at += n;
        written->store(at);
    }
}

} // namespace

class TestPtyDrain : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void holdsItsLimitAndStopsWithTheWriterBlocked()
    {
        PtyPair pty;
        QVERIFY(pty.master >= 0);
        const QByteArray sent = pattern(3 * PtyDrain::kLimit);
        std::atomic<qsizetype> written{0};
        int told = 0;
        QByteArray received;
        {
            PtyDrain drain(pty.master, this, [&told] { ++told; });
            std::thread writer(writeAll, pty.slave, sent, &written);
            // Nobody takes: the drain fills to its limit, then stops reading.
            QTRY_VERIFY_WITH_TIMEOUT(drain.buffered() >= PtyDrain::kLimit, 20000);
            QTRY_VERIFY(told >= 1);
            QVERIFY(drain.buffered() <= PtyDrain::kLimit + 64 * 1024);
            QVERIFY(written.load() < sent.size()); // the writer waits in the kernel
            drain.stop(); // returns although the writer still has much to write
            QVERIFY(drain.open());
            received = drain.take();
            QCOMPARE(drain.buffered(), qsizetype(0));
            // The rest, read here as the runner does once the drain has stopped.
            QByteArray chunk(64 * 1024, Qt::Uninitialized);
            while (received.size() < sent.size()) {
                pollfd fd{pty.master, POLLIN, 0};
                if (::poll(&fd, 1, 20000) <= 0)
                    break;
                const ssize_t n = ::read(pty.master, chunk.data(), size_t(chunk.size()));
                if (n > 0)
                    received.append(chunk.constData(), n);
                else if (!(n < 0 && (errno == EAGAIN || errno == EINTR)))
                    break;
            }
            writer.join();
        }
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }

    void seesTheEndAfterEverything()
    {
        PtyPair pty;
        QVERIFY(pty.master >= 0);
        const QByteArray sent = pattern(200 * 1024);
        std::atomic<qsizetype> written{0};
        QByteArray received;
        PtyDrain drain(pty.master, this, [&] { received += drain.take(); });
        writeAll(pty.slave, sent, &written);
        pty.closeSlave(); // no process holds the terminal's side any more
        QTRY_VERIFY_WITH_TIMEOUT(!drain.open(), 20000);
        received += drain.take();
        QCOMPARE(received.size(), sent.size());
        QVERIFY(received == sent);
    }
};

QTEST_GUILESS_MAIN(TestPtyDrain)
#include "tst_ptydrain.moc"
