// team_consoles: ten consoles on one incident in PostgreSQL while a step on one
// of them prints 100,000 lines (10 MB) through the real engine (runner, masker, recorder
// writing to the server) and its live log pane. Each console is a real GUI console
// (IncidentConsole: engine, journal, feed, team session, its own connection) in a process
// of its own, as ten people's consoles are: nine watch the Roll back page at the running
// step, woken by every notification the run sends (output batches, the step's events,
// presence). The value is the longest any console's event loop went without serving a
// 5 ms timer, measured as tests/bench/logview does; the run's own console is included.
// Beside it, how much of the worst stalls was a wait for a core (ten consoles on two cores
// is this benchmark's machine, not a team's), and the longest stall without such waits.
#include "../team_propagation/TeamBench.h"
#include "gui/GuiMain.h"

#include <QHash>

#include <vector>

using namespace rollcage;
using namespace rollcage::bench;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    gui::prepareProcess(); // as the app does
    QApplication app(argc, argv);
    const int lines = team::envOr("ROLLCAGE_BENCH_LINES", 100'000);
    // 99 characters and a newline per line.
    const runbook::Runbook runbook =
        team::teamRunbook({QStringLiteral("seq -f '%099g' 1 %1").arg(lines)});
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--console"))
        return team::runConsole(app, runbook, args.value(2).toLongLong(), args.value(3));

    const int consoles = team::envOr("ROLLCAGE_BENCH_CONSOLES", 10);
    auto store = team::openStore(QStringLiteral("Ana"));
    gui::IncidentConsole a(store.get(), nullptr);
    a.resize(1000, 700);
    a.show();
    if (Status s = a.start(runbook, runbook.procedures.constFirst().title, {}); !s)
        fail(s.error);
    a.goTo(gui::Phase::RollBack);
    a.rollbackPage()->selectStep(0);
    execution::Engine *engine = a.engine();

    std::vector<std::unique_ptr<team::ConsoleProcess>> others;
    QHash<team::ConsoleProcess *, qint64> seen;
    for (int i = 2; i <= consoles; ++i) {
        others.push_back(std::make_unique<team::ConsoleProcess>(
            a.incidentId(), QStringLiteral("Console %1").arg(i)));
        team::ConsoleProcess *console = others.back().get();
        console->onSeen = [&seen, console](qint64 id, qint64) {
            seen[console] = std::max(seen.value(console), id);
        };
    }
    team::waitFor(
        [&] {
            return std::all_of(others.cbegin(), others.cend(),
                               [](const auto &c) { return c->isReady(); });
        },
        120, QStringLiteral("the consoles to start"));

    for (const auto &c : others)
        c->send("go");
    team::StallMeter meter;
    meter.start();
    bool finished = false;
    qint64 lastEvent = 0;
    QObject::connect(engine, &execution::Engine::stepFinished, &app,
                     [&](int, const execution::StepResult &result) {
                         if (result.status != execution::StepStatus::Succeeded)
                             fail(QStringLiteral("the step failed: ") + result.error);
                         finished = true;
                         lastEvent = engine->journal().constLast().id;
                     });
    QElapsedTimer clock;
    clock.start();
    if (Status s = engine->runStep(0); !s)
        fail(QStringLiteral("the step did not start: ") + s.error);
    // The start itself (claim, first event, process) is part of the running console's
    // stall; said apart so that a change to it can be seen.
    const double startMs = double(clock.nsecsElapsed()) / 1e6;
    team::waitFor([&] { return finished; }, 600, QStringLiteral("the step to finish"));
    const double seconds = double(clock.elapsed()) / 1000.0;
    // Every console has shown the step's end: the run and all it woke them for is over.
    team::waitFor(
        [&] {
            return std::all_of(others.cbegin(), others.cend(),
                               [&](const auto &c) { return seen.value(c.get()) >= lastEvent; });
        },
        60, QStringLiteral("every console to show the step's end"));
    meter.stop();
    for (const auto &c : others)
        c->send("stop");
    team::waitFor(
        [&] {
            return std::all_of(others.cbegin(), others.cend(),
                               [](const auto &c) { return c->stallMs() >= 0; });
        },
        60, QStringLiteral("the consoles' stall figures"));

    qint64 worstOther = 0;
    qint64 worstOtherFrom = 0;
    qint64 worstOtherQueued = -1;
    qint64 ownStall = meter.maxOwnStallMs();
    for (const auto &c : others) {
        if (c->stallMs() > worstOther) {
            worstOtherFrom = c->stallFromMs();
            worstOtherQueued = c->stallQueuedMs();
        }
        worstOther = std::max(worstOther, c->stallMs());
        ownStall = std::max(ownStall, c->ownStallMs());
    }
    const qint64 own = meter.maxStallMs();
    report(QStringLiteral("team_consoles"), double(std::max(own, worstOther)), QStringLiteral("ms"),
           {{QStringLiteral("target"), 50},
            {QStringLiteral("consoles"), consoles},
            {QStringLiteral("lines"), lines},
            {QStringLiteral("running_console_ms"), double(own)},
            {QStringLiteral("watching_consoles_ms"), double(worstOther)},
            {QStringLiteral("run_step_ms"), startMs},
            {QStringLiteral("running_console_stall_from_ms"), double(meter.maxStallFromMs())},
            {QStringLiteral("watching_console_stall_from_ms"), double(worstOtherFrom)},
            // Of those two stalls, the time their console was ready to run and waited for
            // one of the two cores the ten consoles, the step and the server share here.
            {QStringLiteral("running_console_queued_ms"), double(meter.maxStallQueuedMs())},
            {QStringLiteral("watching_console_queued_ms"), double(worstOtherQueued)},
            // Any console's longest stall less such waits: its own work and round trips.
            {QStringLiteral("own_stall_ms"), double(ownStall)},
            {QStringLiteral("seconds"), seconds}});
    return 0;
}
