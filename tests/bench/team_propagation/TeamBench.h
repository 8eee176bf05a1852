#pragma once

// Shared by the team-mode benchmarks (team_propagation, team_consoles): real consoles — the
// GUI's IncidentConsole with its engine, journal, feed and team session, each with its own
// connection — on one incident in a throwaway PostgreSQL that scripts/lib/bench-inner.sh
// starts with tests/pg-session.sh (ROLLCAGE_TEST_DATABASE). The console watching from
// another process is this benchmark's own executable again, run with --console: its
// stdout says when it is ready, every event its console shows (with the time, on the
// machine-wide monotonic clock, that its models were updated) and its longest stall.

#include "../ingest/BenchEngine.h"
#include "BenchUtil.h"
#include "gui/IncidentConsole.h"
#include "gui/RollbackPage.h"

#include <QApplication>
#include <QProcess>
#include <QSocketNotifier>

#include <algorithm>
#include <fcntl.h>
#include <functional>
#include <memory>
#include <time.h>
#include <unistd.h>

namespace rollcage::bench::team {

// CLOCK_MONOTONIC in ns: one clock for every process on the machine.
inline qint64 monotonicNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

inline QString databaseUrl()
{
    const QString url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (url.isEmpty())
        fail(QStringLiteral("no PostgreSQL server: run it through scripts/bench (which starts one "
                            "with tests/pg-session.sh), or set ROLLCAGE_TEST_DATABASE"));
    return url;
}

inline int envOr(const char *name, int fallback)
{
    const int value = qEnvironmentVariableIntValue(name);
    return value > 0 ? value : fallback;
}

// `codes` as the steps of the procedure, and a post-rollback checklist to tick; built the
// same in every process (the same SHA-256), as resuming an incident requires.
inline runbook::Runbook teamRunbook(const QStringList &codes)
{
    runbook::Runbook rb = procedureOf(codes);
    runbook::Checklist list;
    list.title = QStringLiteral("After the rollback");
    list.phase = runbook::ChecklistPhase::Post;
    for (int i = 1; i <= 5; ++i)
        list.items.append({QStringLiteral("check %1").arg(i), false, 100 + i});
    rb.checklists.append(list);
    return rb;
}

inline std::unique_ptr<incident::IncidentStore> openStore(const QString &name)
{
    auto store = incident::IncidentStore::open(databaseUrl());
    if (!store)
        fail(store.error);
    (*store)->setOperatorName(name);
    return std::move(*store);
}

// How long the calling thread has waited for a core, in ns, from the scheduler's own account
// (the second field of /proc/thread-self/schedstat); -1 where the kernel does not keep it.
// Read through a descriptor kept open: the kernel writes the file afresh at each read.
class RunQueueWait
{
public:
    RunQueueWait()
        : m_fd(::open("/proc/thread-self/schedstat", O_RDONLY | O_CLOEXEC))
    {
    }
    ~RunQueueWait()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RunQueueWait(const RunQueueWait &) = delete;
    RunQueueWait &operator=(const RunQueueWait &) = delete;
    qint64 ns() const
    {
        char text[96];
        const ssize_t n = m_fd < 0 ? -1 : ::pread(m_fd, text, sizeof text - 1, 0);
        if (n <= 0)
            return -1;
        text[n] = 0;
        const QList<QByteArray> fields = QByteArray(text).trimmed().split(' ');
        bool ok = false;
        const qint64 wait = fields.value(1).toLongLong(&ok);
        return ok ? wait : -1;
    }

private:
    int m_fd;
};

// The longest time the event loop did not serve a 5 ms timer, less the 5 ms (as
// tests/bench/logview measures it). Ten consoles share this machine's two cores, as ten
// people's consoles never share one: of each gap, the time the console was ready to run but
// every core was taken (the scheduler's run-queue wait) is told apart from the rest, which
// is the console's own work and its waits for the server.
class StallMeter : public QObject
{
public:
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_lastWait = m_wait.ns();
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
        m_timer.start();
    }
    void stop()
    {
        if (!m_timer.isActive())
            return;
        tick();
        m_timer.stop();
    }
    qint64 maxStallMs() const { return std::max<qint64>(0, m_maxGap - m_timer.interval()); }
    // When the longest stall began, in ms after start(): which part of a run it was in.
    qint64 maxStallFromMs() const { return m_maxFrom; }
    // Of the longest stall, the ms spent waiting for a core held by another process.
    // -1 without the scheduler's account, never a 0 that looks measured. (A kernel that
    // keeps no run-queue delays writes zeros: the figure then says 0.)
    qint64 maxStallQueuedMs() const { return m_lastWait < 0 ? -1 : m_maxGapQueuedNs / 1'000'000; }
    // The longest stall less its wait for a core: what this console's own work and its
    // round trips held the loop for (-1 without the scheduler's account).
    qint64 maxOwnStallMs() const
    {
        return m_lastWait < 0 ? -1
                              : std::max<qint64>(0, m_maxOwnNs / 1'000'000 - m_timer.interval());
    }

private:
    void tick()
    {
        const qint64 now = m_clock.elapsed();
        const qint64 wait = m_wait.ns();
        const qint64 queuedNs = wait >= 0 && m_lastWait >= 0 ? wait - m_lastWait : 0;
        const qint64 gap = now - m_last;
        if (gap > m_maxGap) {
            m_maxGap = gap;
            m_maxFrom = m_last;
            m_maxGapQueuedNs = queuedNs;
        }
        m_maxOwnNs = std::max(m_maxOwnNs, gap * 1'000'000 - queuedNs);
        m_last = now;
        m_lastWait = wait;
    }

    QElapsedTimer m_clock;
    QTimer m_timer;
    RunQueueWait m_wait;
    qint64 m_last = 0;
    qint64 m_lastWait = -1;
    qint64 m_maxGap = 0;
    qint64 m_maxFrom = 0;
    qint64 m_maxGapQueuedNs = 0;
    qint64 m_maxOwnNs = 0;
};

// Says on stdout every event the console's models were updated with: "seen ID NS". Connected
// after the console's own views, so it runs once they have refreshed.
inline void reportSeen(execution::Engine *engine)
{
    auto printed = std::make_shared<qsizetype>(engine->journal().size());
    QObject::connect(engine, &execution::Engine::stateChanged, engine, [engine, printed] {
        const qint64 now = monotonicNs();
        const QList<incident::Event> &events = engine->journal();
        for (; *printed < events.size(); ++*printed)
            std::printf("seen %lld %lld\n", static_cast<long long>(events.at(*printed).id),
                        static_cast<long long>(now));
        std::fflush(stdout);
    });
}

// The console in another process (`--console INCIDENT NAME`): resumes the incident, shows
// the Roll back page at step 1, says "ready", then what it sees. "go" on stdin starts its
// stall meter; "stop" (or the end of stdin) prints "stall MS FROM QUEUED OWN" (the longest
// stall, when it began in ms after "go", how much of it was a wait for a core, and the
// longest stall less such waits) and quits.
inline int runConsole(QApplication &app, const runbook::Runbook &runbook, qint64 incidentId,
                      const QString &name)
{
    auto store = openStore(name);
    gui::IncidentConsole console(store.get(), nullptr);
    console.resize(1000, 700);
    console.show();
    if (Status s = console.resume(incidentId, runbook); !s)
        fail(name + QStringLiteral(": ") + s.error);
    console.goTo(gui::Phase::RollBack);
    console.rollbackPage()->selectStep(0);
    reportSeen(console.engine());
    StallMeter meter;
    QByteArray input;
    QSocketNotifier commands(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&commands, &QSocketNotifier::activated, &app, [&] {
        char buffer[256];
        const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
        if (n > 0)
            input.append(buffer, n);
        if (input.contains("go\n")) {
            input.replace("go\n", "");
            meter.start();
        }
        if (n <= 0 || input.contains("stop\n")) {
            commands.setEnabled(false);
            meter.stop();
            std::printf("stall %lld %lld %lld %lld\n", static_cast<long long>(meter.maxStallMs()),
                        static_cast<long long>(meter.maxStallFromMs()),
                        static_cast<long long>(meter.maxStallQueuedMs()),
                        static_cast<long long>(meter.maxOwnStallMs()));
            std::fflush(stdout);
            QCoreApplication::quit();
        }
    });
    std::printf("ready\n");
    std::fflush(stdout);
    return QApplication::exec();
}

// A console process, as the leading process sees it: what it said, line by line.
class ConsoleProcess : public QObject
{
public:
    ConsoleProcess(qint64 incidentId, const QString &name, QObject *parent = nullptr)
        : QObject(parent)
    {
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            while (m_process.canReadLine()) {
                const QList<QByteArray> words = m_process.readLine().trimmed().split(' ');
                if (words.value(0) == "ready")
                    m_ready = true;
                else if (words.value(0) == "seen" && onSeen)
                    onSeen(words.value(1).toLongLong(), words.value(2).toLongLong());
                else if (words.value(0) == "stall") {
                    m_stallMs = words.value(1).toLongLong();
                    m_stallFromMs = words.value(2).toLongLong();
                    m_stallQueuedMs = words.value(3).toLongLong();
                    m_ownStallMs = words.value(4).toLongLong();
                }
            }
        });
        m_process.start(QCoreApplication::applicationFilePath(),
                        {QStringLiteral("--console"), QString::number(incidentId), name});
        if (!m_process.waitForStarted())
            fail(QStringLiteral("could not start the console %1: %2")
                     .arg(name, m_process.errorString()));
    }
    ~ConsoleProcess() override
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    bool isReady() const { return m_ready; }
    void send(const QByteArray &command) { m_process.write(command + '\n'); }
    // After "stop": its longest stall, -1 until it has said it.
    qint64 stallMs() const { return m_stallMs; }
    // When that stall began, in ms after "go".
    qint64 stallFromMs() const { return m_stallFromMs; }
    // How much of it was a wait for a core; its longest stall less such waits.
    qint64 stallQueuedMs() const { return m_stallQueuedMs; }
    qint64 ownStallMs() const { return m_ownStallMs; }
    bool isRunning() const { return m_process.state() == QProcess::Running; }

    std::function<void(qint64 id, qint64 ns)> onSeen;

private:
    QProcess m_process;
    bool m_ready = false;
    qint64 m_stallMs = -1;
    qint64 m_stallFromMs = 0;
    qint64 m_stallQueuedMs = -1;
    qint64 m_ownStallMs = -1;
};

// Waits (serving the event loop) until `done`, failing after `seconds` with `what`.
template<class F> void waitFor(F done, int seconds, const QString &what)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > seconds * 1000)
            fail(QStringLiteral("timed out waiting for ") + what);
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    }
}

} // namespace rollcage::bench::team
