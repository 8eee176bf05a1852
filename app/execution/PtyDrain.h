#pragma once

#include <QByteArray>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

class QObject;

namespace rollcage::execution {

// Reads a pty's master on a thread of its own into a bounded buffer, which the owner's
// thread takes whole when told there is something.
//
// Why a thread: the kernel lets a program write at most one pty buffer (a few KB) ahead of
// the reader. Reading between the masking, the screen, the text and the store on the same
// thread, the session waits for all of that after every buffer; drained here, it keeps
// writing while the owner handles what came before (bench_terminal_ingest).
//
// The buffer is bounded (kLimit): a session printing faster than the owner handles it
// waits in the kernel, as it would with nobody reading.
class PtyDrain
{
public:
    static constexpr qsizetype kLimit = 1024 * 1024;

    // `ready` is called on `owner`'s thread (queued) when the buffer has something after
    // being taken empty, and once when the session's side is closed.
    PtyDrain(int masterFd, QObject *owner, std::function<void()> ready);
    ~PtyDrain(); // stops and joins the thread
    PtyDrain(const PtyDrain &) = delete;
    PtyDrain &operator=(const PtyDrain &) = delete;

    // Everything read so far; the thread may read more at once.
    QByteArray take();
    // Whether the pty may still give something (no end of file or error read).
    bool open() const;
    // What is read and not taken yet, in bytes: at most kLimit and one read more.
    qsizetype buffered() const;
    // Stops the thread after its current read; what it read is still in take(). After
    // this the owner reads the pty itself, if it wants the rest.
    void stop();

private:
    void run();
    void notify();

    const int m_master;
    int m_wake = -1;        // an eventfd: wakes the thread's poll() to stop
    QObject *const m_owner; // outlives this (the thread is joined before it goes)
    std::function<void()> m_ready;
    mutable std::mutex m_mutex;
    std::condition_variable m_room;
    QByteArray m_buffer;
    bool m_told = false; // a call to `ready` is on its way and nothing was taken since
    bool m_stopping = false;
    bool m_closed = false;
    std::thread m_thread;
};

} // namespace rollcage::execution
