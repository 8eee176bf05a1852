// team_propagation_ms: two consoles on one incident in PostgreSQL, each a real GUI console
// (IncidentConsole: engine, journal, feed, team session) with its own connection and in its
// own process. Console A makes 200 events — checklist ticks and unticks, notes, steps
// started and finished — one after the other; for each, the time from the action on A to
// console B's models being updated with it (NOTIFY, B's feed reading by id, B's views
// refreshed), on the machine's monotonic clock. Each action waits for B to have shown
// the previous one, so every figure is one event's own latency, not a queue's.
#include "TeamBench.h"
#include "gui/GuiMain.h"

#include <QHash>

#include <algorithm>
#include <cmath>

using namespace rollcage;
using namespace rollcage::bench;

namespace {

constexpr int kSteps = 40;

runbook::Runbook benchRunbook()
{
    QStringList codes;
    for (int i = 1; i <= kSteps; ++i)
        codes << QStringLiteral("echo 'step %1 done'").arg(i);
    return team::teamRunbook(codes);
}

double percentile(QList<double> sorted, double p)
{
    const qsizetype at = std::clamp<qsizetype>(qsizetype(std::ceil(p * double(sorted.size()))) - 1,
                                               0, sorted.size() - 1);
    return sorted.at(at);
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    gui::prepareProcess(); // as the app does
    QApplication app(argc, argv);
    const runbook::Runbook runbook = benchRunbook();
    const QStringList args = QCoreApplication::arguments();
    if (args.value(1) == QLatin1String("--console"))
        return team::runConsole(app, runbook, args.value(2).toLongLong(), args.value(3));

    const int events = team::envOr("ROLLCAGE_BENCH_EVENTS", 200);
    const QString ana = QStringLiteral("Ana");
    auto store = team::openStore(ana);
    gui::IncidentConsole a(store.get(), nullptr);
    a.resize(1000, 700);
    a.show();
    if (Status s = a.start(runbook, runbook.procedures.constFirst().title, {}); !s)
        fail(s.error);
    execution::Engine *engine = a.engine();

    // When each of A's events was acted on: the time before the call that recorded it; a
    // step's end is recorded by the engine itself when the step exits, so its time is
    // when A recorded it (a millisecond later than the start of its write, at most).
    QHash<qint64, qint64> actedAt;
    qint64 pendingAction = 0;
    qint64 lastOwn = 0;
    QObject::connect(engine->incidentJournal(), &incident::Journal::appended, &app,
                     [&](const incident::Event &e) {
                         if (e.operatorName != ana || e.id == 0 || actedAt.contains(e.id))
                             return;
                         actedAt.insert(e.id, pendingAction ? pendingAction : team::monotonicNs());
                         lastOwn = std::max(lastOwn, e.id);
                     });

    team::ConsoleProcess b(a.incidentId(), QStringLiteral("Ben"));
    QList<double> latencies;
    qint64 lastSeenByB = 0;
    b.onSeen = [&](qint64 id, qint64 ns) {
        lastSeenByB = std::max(lastSeenByB, id);
        if (const auto at = actedAt.constFind(id);
            at != actedAt.cend() && latencies.size() < events)
            latencies.append(double(ns - *at) / 1e6);
    };
    team::waitFor([&] { return b.isReady(); }, 60, QStringLiteral("console B to start"));

    // Five kinds of action in turn; a step run makes two events.
    const QString list = runbook.checklists.constFirst().title;
    int round = 0;
    int step = 0;
    QElapsedTimer clock;
    clock.start();
    while (latencies.size() < events) {
        const int kind = round % 5;
        const QString item = runbook.checklists.constFirst().items.at((round / 5) % 5).text;
        pendingAction = team::monotonicNs();
        Status s = Status::success();
        if (kind == 0)
            s = engine->tickChecklistItem(list, item);
        else if (kind == 1 || kind == 4)
            s = engine->addNote(-1, QStringLiteral("note %1 from Ana").arg(round));
        else if (kind == 2)
            s = step < kSteps ? engine->runStep(step++)
                              : engine->addNote(-1, QStringLiteral("no step left"));
        else
            s = engine->untickChecklistItem(list, item);
        pendingAction = 0;
        if (!s)
            fail(QStringLiteral("action %1 on console A failed: %2").arg(round).arg(s.error));
        ++round;
        team::waitFor([&] { return !engine->isRunning() && lastSeenByB >= lastOwn; }, 30,
                      QStringLiteral("console B to show event %1").arg(lastOwn));
    }
    const double seconds = double(clock.elapsed()) / 1000.0;
    std::sort(latencies.begin(), latencies.end());
    const double p50 = percentile(latencies, 0.50);
    const double p99 = percentile(latencies, 0.99);
    report(QStringLiteral("team_propagation_ms"), p99, QStringLiteral("ms"),
           {{QStringLiteral("p50"), p50},
            {QStringLiteral("p99"), p99},
            {QStringLiteral("max"), latencies.constLast()},
            {QStringLiteral("target"), 500},
            {QStringLiteral("events"), int(latencies.size())},
            {QStringLiteral("seconds"), seconds}});
    return 0;
}
