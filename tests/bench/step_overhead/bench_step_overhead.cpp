// step_overhead_ms: what launching a trivial step through the engine (journal events,
// script file, process group, trace pipe, output recorder) costs over `bash -c true`.
#include "../ingest/BenchEngine.h"
#include "BenchUtil.h"

#include <QJsonObject>
#include <QLoggingCategory>
#include <QObject>

#include <algorithm>

using namespace rollcage;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Per-step debug lines would be measured too; the app runs without them.
    QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=false"));
    constexpr int kSteps = 200;
    // Bare runs are interleaved with the engine's steps, so both see the same machine
    // load (the build machines are shared).
    QList<double> bare;
    QTemporaryDir dir;
    auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("bench.sqlite")));
    if (!store)
        bench::fail(store.error);
    execution::Engine engine(store->get(), nullptr);
    if (auto id = engine.declare(bench::procedureOf(QStringList(kSteps, QStringLiteral("true"))),
                                 QStringLiteral("Bench procedure"));
        !id)
        bench::fail(id.error);
    QList<double> stepped;
    QElapsedTimer timer;
    auto runNext = [&] {
        const auto next = engine.nextStep();
        if (!next) {
            app.quit();
            return;
        }
        timer.start();
        if (Status s = engine.runStep(*next); !s)
            bench::fail(s.error);
    };
    QObject::connect(&engine, &execution::Engine::stepFinished, &app,
                     [&](int, const execution::StepResult &r) {
                         stepped.append(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                         if (r.status != execution::StepStatus::Succeeded)
                             bench::fail(QStringLiteral("step failed: ") + r.error);
                         bare.append(bench::timeShell(QStringLiteral("true")));
                         QTimer::singleShot(0, &app, runNext);
                     });
    QTimer::singleShot(0, &app, runNext);
    app.exec();
    if (stepped.size() != kSteps)
        bench::fail(QStringLiteral("only %1 steps ran").arg(stepped.size()));

    // Medians: one slow fork on a shared machine should not decide the figure.
    auto median = [](QList<double> v) {
        std::sort(v.begin(), v.end());
        return v.at(v.size() / 2);
    };
    const double bareMs = median(bare);
    const double stepMs = median(stepped);
    bench::report(QStringLiteral("step_overhead_ms"), stepMs - bareMs, QStringLiteral("ms"),
                  {{QStringLiteral("baseline"), bareMs},
                   {QStringLiteral("baseline_what"), QStringLiteral("bash -c true")},
                   {QStringLiteral("step_ms"), stepMs},
                   {QStringLiteral("steps"), kSteps},
                   {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});
    return 0;
}
