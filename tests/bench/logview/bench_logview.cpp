// logview_max_stall_ms / logview_peak_rss_mb: a step prints 1,000,000 lines (100 MB)
// through the real engine (runner, masker, recorder, SQLite) while the live log pane
// follows it in the same GUI thread. A 5 ms heartbeat timer measures the longest time
// the event loop was not serving it; peak RSS shows the pane's memory stays bounded.
#include "../ingest/BenchEngine.h"
#include "BenchUtil.h"
#include "gui/GuiMain.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"

#include <QApplication>
#include <QTableView>

using namespace rollcage;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    gui::prepareProcess(); // as the app does
    QApplication app(argc, argv);
    QTemporaryDir dir;
    auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("logview.sqlite")));
    if (!store.ok())
        bench::fail(store.error);
    const int lines = qEnvironmentVariableIntValue("ROLLCAGE_BENCH_LINES") > 0
                          ? qEnvironmentVariableIntValue("ROLLCAGE_BENCH_LINES")
                          : 1'000'000;
    // 99 characters and a newline per line.
    const runbook::Runbook rb = bench::procedureOf({QStringLiteral("seq -f '%099g' 1 %1").arg(lines)});
    execution::Engine engine(store->get(), nullptr);
    if (!engine.declare(rb, QStringLiteral("Bench procedure")).ok())
        bench::fail(QStringLiteral("declare failed"));

    gui::LogView view;
    view.resize(1000, 700);
    view.show();
    QObject::connect(&engine, &execution::Engine::stepStarted, &view, [&](int, qint64 runEventId) {
        view.setRun(store->get(), runEventId);
        view.setLive(true);
    });

    QElapsedTimer clock;
    qint64 last = 0;
    qint64 maxGap = 0;
    QTimer heartbeat;
    heartbeat.setInterval(5);
    QObject::connect(&heartbeat, &QTimer::timeout, &app, [&] {
        const qint64 now = clock.elapsed();
        maxGap = std::max(maxGap, now - last);
        last = now;
    });
    QObject::connect(&engine, &execution::Engine::stepFinished, &app,
                     [&](int, const execution::StepResult &result) {
                         if (result.status != execution::StepStatus::Succeeded)
                             bench::fail(QStringLiteral("step failed: ") + result.error);
                         view.setLive(false);
                         QTimer::singleShot(0, &app, &QCoreApplication::quit);
                     });
    clock.start();
    heartbeat.start();
    if (!engine.runStep(0).ok)
        bench::fail(QStringLiteral("runStep failed"));
    QApplication::exec();
    const double seconds = double(clock.elapsed()) / 1000.0;
    const qint64 shown = view.model()->rowCount();
    if (shown != lines)
        bench::fail(QStringLiteral("the pane shows %1 of %2 lines").arg(shown).arg(lines));
    const double stall = double(std::max<qint64>(0, maxGap - heartbeat.interval()));
    bench::report(QStringLiteral("logview_max_stall_ms"), stall, QStringLiteral("ms"),
                  {{QStringLiteral("target"), 50}, {QStringLiteral("lines"), lines},
                   {QStringLiteral("seconds"), seconds}});
    bench::report(QStringLiteral("logview_peak_rss_mb"), bench::peakRssMb(), QStringLiteral("MB"),
                  {{QStringLiteral("lines"), lines},
                   {QStringLiteral("cached_pages"), view.model()->cachedPages()}});
    return 0;
}
