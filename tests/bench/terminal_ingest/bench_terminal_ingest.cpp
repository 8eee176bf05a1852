// terminal_ingest: a terminal step (run in a pseudo-terminal, issue 18) printing 1,000,000
// lines (100 MB): the transcript through TerminalRunner, the screen signal, TerminalText
// (escape sequences and carriage returns off), the masker and the output batching into a
// SQLite store, in MB/s, beside `cat FILE` run in a pty by script(1) (what a terminal
// costs without Rollcage) and beside the pty floor: `cat FILE` in a pty read by a loop that
// does nothing with what it reads (what the kernel's pty lets through on this machine, at
// most 4 KB a read). Also: the CPU time of this process over the run, the longest the
// event loop was kept busy, the peak RSS, and that every line was stored and can be paged.
#include "BenchUtil.h"
#include "ingest/BenchEngine.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QStandardPaths>

#include <pty.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace rollcage;

namespace {

// Milliseconds for `cat path` in a new pty, its master read into a large buffer until the
// child has closed it. No event loop, no copy: the floor any reader of a pty stands on.
double ptyFloorMs(const QString &path)
{
    const QByteArray file = QFile::encodeName(path);
    QElapsedTimer timer;
    timer.start();
    int master = -1;
    struct ::winsize size
    {
    };
    size.ws_row = 24;
    size.ws_col = 80;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, &size);
    if (pid < 0)
        bench::fail(QStringLiteral("forkpty failed"));
    if (pid == 0) {
        ::execlp("cat", "cat", file.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    while (::read(master, buffer.data(), size_t(buffer.size())) > 0) {
    }
    int status = 0;
    ::waitpid(pid, &status, 0);
    ::close(master);
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

double cpuSeconds()
{
    struct ::rusage usage
    {
    };
    ::getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=false"));
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("lines.txt"));
    constexpr int kLines = 1'000'000;
    bench::writeLogLines(input, kLines);
    const double megabytes = static_cast<double>(QFile(input).size()) / 1e6;
    const QString quoted = execution::shellQuote(input);
    // script(1) gives cat a pty and copies what it prints to its own stdout.
    const bool haveScript = !QStandardPaths::findExecutable(QStringLiteral("script")).isEmpty();
    const double baselineMs =
        haveScript ? bench::timeShell(QStringLiteral("script -q -e -c %1 /dev/null > /dev/null")
                                          .arg(execution::shellQuote(QStringLiteral("cat ") + quoted)))
                   : 0;
    const double floorMs = ptyFloorMs(input);

    auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        bench::fail(store.error);
    runbook::Runbook rb = bench::procedureOf({QStringLiteral("cat ") + quoted});
    // What the importer marks a step that asks a question: run in a pty, its exit status
    // its outcome.
    rb.procedures[0].steps[0].interaction = runbook::Interaction::Prompt;
    execution::Engine engine(store->get(), nullptr);
    engine.setTerminalAttached(true);
    if (auto id = engine.declare(rb, QStringLiteral("Bench procedure")); !id)
        bench::fail(id.error);
    if (!engine.isTerminalStep(0))
        bench::fail(QStringLiteral("the step is not a terminal step"));
    QElapsedTimer timer;
    double engineMs = 0;
    double cpuAtStart = 0;
    double cpuUsed = 0;
    qint64 screenBytes = 0;
    QObject::connect(&engine, &execution::Engine::terminalData, &app,
                     [&screenBytes](int, const QByteArray &bytes) { screenBytes += bytes.size(); });
    QObject::connect(&engine, &execution::Engine::stepFinished, &app,
                     [&](int, const execution::StepResult &r) {
                         engineMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                         cpuUsed = cpuSeconds() - cpuAtStart;
                         if (r.status != execution::StepStatus::Succeeded)
                             bench::fail(QStringLiteral("step failed: ") + r.error);
                         app.quit();
                     });
    QTimer ticker;
    QElapsedTimer sinceTick;
    double maxStallMs = 0;
    ticker.setInterval(5);
    QObject::connect(&ticker, &QTimer::timeout, &app, [&] {
        maxStallMs = std::max(maxStallMs, static_cast<double>(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.start();
    });
    QTimer::singleShot(0, &app, [&] {
        sinceTick.start();
        ticker.start();
        cpuAtStart = cpuSeconds();
        timer.start();
        if (Status s = engine.runStep(0); !s)
            bench::fail(s.error);
    });
    app.exec();

    const qint64 run = engine.state().step(0).lastRunEventId;
    const auto stored = (*store)->outputLineCount(run);
    if (!stored || *stored != kLines)
        bench::fail(
            QStringLiteral("stored %1 lines, expected %2").arg(stored ? *stored : -1).arg(kLines));
    QElapsedTimer pageTimer;
    pageTimer.start();
    const auto page = (*store)->outputLines(run, kLines - 1000, 60);
    const double pageMs = static_cast<double>(pageTimer.nsecsElapsed()) / 1e6;
    // Stored as text: the pty's "\r\n" line ends are plain lines again.
    if (!page || page->size() != 60 ||
        !page->constFirst().text.contains(QLatin1String(" n=999000 ")) ||
        page->constFirst().text.contains(QLatin1Char('\r')))
        bench::fail(QStringLiteral("paging the stored transcript failed"));
    // The screen got every byte, with a carriage return before each newline.
    if (screenBytes < QFile(input).size() + kLines)
        bench::fail(QStringLiteral("the screen lost bytes: %1").arg(screenBytes));
    QJsonObject extra{{QStringLiteral("peak_rss_mb"), bench::peakRssMb()},
                      {QStringLiteral("lines"), kLines},
                      {QStringLiteral("page_read_ms"), pageMs},
                      {QStringLiteral("max_stall_ms"), maxStallMs},
                      {QStringLiteral("megabytes"), megabytes},
                      {QStringLiteral("seconds"), engineMs / 1000.0},
                      {QStringLiteral("cpu_seconds"), cpuUsed},
                      {QStringLiteral("pty_floor"), megabytes / (floorMs / 1000.0)},
                      {QStringLiteral("pty_floor_what"),
                       QStringLiteral("cat in a pty, read by a loop doing nothing else")}};
    if (haveScript) {
        extra.insert(QStringLiteral("baseline"), megabytes / (baselineMs / 1000.0));
        extra.insert(QStringLiteral("baseline_what"), QStringLiteral("cat in a pty (script -q)"));
    }
    bench::report(QStringLiteral("terminal_ingest"), megabytes / (engineMs / 1000.0),
                  QStringLiteral("MB/s"), extra);
    return 0;
}
