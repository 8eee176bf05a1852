// ingest: a step printing 1,000,000 lines (100 MB) through the runner, the masker and
// the output batching into a SQLite store, in MB/s, beside `bash -c 'cat FILE' | cat`.
#include "BenchEngine.h"
#include "BenchUtil.h"

#include <QFile>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

using namespace rollcage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-step debug lines would be measured too; the app runs without them.
    QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=false"));
    QTemporaryDir dir;
    const QString input = dir.filePath(QStringLiteral("lines.txt"));
    constexpr int kLines = 1'000'000;
    bench::writeLogLines(input, kLines);
    const double megabytes = static_cast<double>(QFile(input).size()) / 1e6;
    const QString quoted = execution::shellQuote(input);
    const double baselineMs =
        bench::timeShell(QStringLiteral("bash -c 'cat %1' | cat > /dev/null").arg(input));

    auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        bench::fail(store.error);
    execution::Engine engine(store->get(), nullptr);
    if (auto id = engine.declare(bench::procedureOf({QStringLiteral("cat ") + quoted}),
                                 QStringLiteral("Bench procedure"));
        !id)
        bench::fail(id.error);
    QElapsedTimer timer;
    double engineMs = 0;
    qint64 liveChars = 0;
    QObject::connect(&engine, &execution::Engine::output, &app,
                     [&liveChars](int, execution::OutputStream, const QString &text, qint64) {
                         liveChars += text.size();
                     });
    QObject::connect(&engine, &execution::Engine::stepFinished, &app,
                     [&](int, const execution::StepResult &r) {
                         engineMs = static_cast<double>(timer.nsecsElapsed()) / 1e6;
                         if (r.status != execution::StepStatus::Succeeded)
                             bench::fail(QStringLiteral("step failed: ") + r.error);
                         app.quit();
                     });
    // How long the event loop (the GUI thread, in the app) is kept busy at a stretch.
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
    // The log view's access pattern: one screenful near the end of the million lines.
    QElapsedTimer pageTimer;
    pageTimer.start();
    const auto page = (*store)->outputLines(run, kLines - 1000, 60);
    const double pageMs = static_cast<double>(pageTimer.nsecsElapsed()) / 1e6;
    if (!page || page->size() != 60 ||
        !page->constFirst().text.contains(QLatin1String(" n=999000 ")))
        bench::fail(QStringLiteral("paging the stored output failed"));
    if (liveChars != QFile(input).size())
        bench::fail(QStringLiteral("live output lost characters"));
    bench::report(QStringLiteral("ingest"), megabytes / (engineMs / 1000.0), QStringLiteral("MB/s"),
                  {{QStringLiteral("baseline"), megabytes / (baselineMs / 1000.0)},
                   {QStringLiteral("baseline_what"), QStringLiteral("cat | cat")},
                   {QStringLiteral("peak_rss_mb"), bench::peakRssMb()},
                   {QStringLiteral("lines"), kLines},
                   {QStringLiteral("page_read_ms"), pageMs},
                   {QStringLiteral("max_stall_ms"), maxStallMs},
                   {QStringLiteral("megabytes"), megabytes}});
    return 0;
}
