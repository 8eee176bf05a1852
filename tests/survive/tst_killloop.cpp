// The kill loop: `rollcage run` on a scripted headless incident (tests/survive/killloop.md),
// SIGKILLed 100 times at random moments — while starting, declaring, between steps, in the
// middle of a step's output — each time resumed with --resolve retry, as an operator
// would. After every kill and resume:
//   - PRAGMA integrity_check is "ok";
//   - each incident's event ids are contiguous (nothing half-written, nothing rolled back
//     in the middle of the journal);
//   - no step started twice without an outcome-unknown between (a killed step is never
//     offered again as if it had not run);
//   - output loss per kill is at most 250 ms: the last line the killed process printed
//     and the last line it stored of that step run are at most 250 ms apart (both carry
//     the time the step printed them).
// The kill moments come from a seeded generator (ROLLCAGE_KILL_SEED to replay a run).
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rollcage;
namespace events = incident::events;

namespace {

const QString kRunbook = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/survive/killloop.md");
const QString kProcedure = QStringLiteral("Roll Forward");
constexpr int kKills = 100;
constexpr qint64 kMaxLossUs = 250000;

// "[3] swap tick 7 at 1733400000123456" -> (step index 2, microseconds).
struct Printed
{
    int step = -1;
    qint64 atUs = 0;
};

std::optional<qint64> tickTime(const QString &line)
{
    static const QRegularExpression tick(QStringLiteral(R"(tick \d+ at (\d{16})$)"));
    const auto m = tick.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toLongLong();
}

Printed lastPrinted(const QByteArray &stdoutBytes)
{
    static const QRegularExpression prefixed(QStringLiteral(R"(^\[(\d+)\] (.*)$)"));
    Printed last;
    for (const QByteArray &raw : stdoutBytes.split('\n')) {
        const auto m = prefixed.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        if (const auto at = tickTime(m.captured(2)))
            last = {m.captured(1).toInt() - 1, *at};
    }
    return last;
}

} // namespace

class TestKillLoop : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hundredKillsLoseNothingCommittedAndRunNothingTwice();

private:
    void checkInvariants(incident::IncidentStore &store, int kill);
    void checkLoss(incident::IncidentStore &store, qint64 incident, qint64 firstEventOfRun,
                   const Printed &printed, int kill);
    QString m_db;
    qint64 m_worstLossUs = 0;
};

void TestKillLoop::hundredKillsLoseNothingCommittedAndRunNothingTwice()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    m_db = dir.filePath(QStringLiteral("incidents.sqlite"));
    const quint32 seed = qEnvironmentVariableIsSet("ROLLCAGE_KILL_SEED")
                             ? qEnvironmentVariable("ROLLCAGE_KILL_SEED").toUInt()
                             : QRandomGenerator::global()->generate();
    qInfo("kill seed %u (ROLLCAGE_KILL_SEED=%u replays it)", seed, seed);
    QRandomGenerator random(seed);

    qint64 incident = 0; // the one being worked on; 0: declare one
    int completed = 0;
    int kill = 0;
    // Runs that reach their end before their kill moment do not count as a kill.
    for (int attempt = 0; kill < kKills && attempt < 3 * kKills; ++attempt) {
        QStringList arguments{QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                              kProcedure, QStringLiteral("--database"), m_db,
                              QStringLiteral("--directory"), dir.path()};
        if (incident > 0)
            arguments << QStringLiteral("--incident") << QString::number(incident)
                      << QStringLiteral("--resolve") << QStringLiteral("retry");
        qint64 lastEventBefore = 0;
        qint64 newestBefore = 0;
        if (QFile::exists(m_db)) {
            auto store = incident::IncidentStore::open(m_db);
            QVERIFY2(store, qPrintable(store.error));
            const auto all = (*store)->incidents();
            QVERIFY(all);
            newestBefore = all->isEmpty() ? 0 : all->constLast().id;
            if (incident > 0)
                lastEventBefore = (*store)->events(incident)->constLast().id;
        }
        QProcess run;
        run.setProgram(QStringLiteral(ROLLCAGE_BINARY));
        run.setArguments(arguments);
        run.setWorkingDirectory(dir.path());
        QSignalSpy finished(&run, &QProcess::finished);
        // The fault injected at a random moment of the run; not a wait for anything.
        QTimer killer;
        killer.setSingleShot(true);
        connect(&killer, &QTimer::timeout, &run, &QProcess::kill);
        run.start();
        QVERIFY(run.waitForStarted());
        killer.start(int(random.bounded(900)));
        QVERIFY2(finished.wait(30000), "rollcage run neither finished nor died");
        const bool killed = run.exitStatus() == QProcess::CrashExit;
        kill += killed ? 1 : 0;
        const QByteArray printed = run.readAllStandardOutput();
        const QByteArray said = run.readAllStandardError();
        if (!killed)
            QVERIFY2(run.exitCode() == 0, said.constData()); // the procedure ran to its end

        auto store = incident::IncidentStore::open(m_db);
        QVERIFY2(store, qPrintable(store.error));
        checkInvariants(**store, kill);
        if (QTest::currentTestFailed())
            return;
        const auto all = (*store)->incidents();
        QVERIFY(all);
        // Declared by this run (unless it was killed before that): resumed from now on.
        if (incident == 0 && !all->isEmpty() && all->constLast().id > newestBefore)
            incident = all->constLast().id;
        if (incident > 0 && killed)
            checkLoss(**store, incident, lastEventBefore, lastPrinted(printed), kill);
        if (QTest::currentTestFailed())
            return;
        if (!killed) {
            ++completed;
            incident = 0; // the next run declares a new one
        }
    }
    QCOMPARE(kill, kKills);
    // The loop did hit steps while they ran: they were marked, resolved and run again.
    int unknown = 0;
    {
        auto store = incident::IncidentStore::open(m_db);
        QVERIFY(store);
        const auto all = (*store)->incidents();
        QVERIFY(all);
        for (const incident::IncidentRecord &record : *all) {
            const auto journal = (*store)->events(record.id);
            QVERIFY(journal);
            for (const incident::Event &e : *journal)
                unknown += e.type == events::StepOutcomeUnknown::Name ? 1 : 0;
        }
    }
    QVERIFY2(unknown >= 10, qPrintable(QString::number(unknown)));
    qInfo("%d kills, %d steps found interrupted and retried, %d incidents ran to their end, "
          "worst output loss %lld ms",
          kill, unknown, completed, m_worstLossUs / 1000);
}

void TestKillLoop::checkInvariants(incident::IncidentStore &store, int kill)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                    QStringLiteral("integrity"));
        db.setDatabaseName(m_db);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toString() == QLatin1String("ok"),
                 qPrintable(QStringLiteral("after kill %1: %2").arg(kill).arg(q.value(0).toString())));
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("integrity"));

    const auto all = store.incidents();
    QVERIFY2(all, qPrintable(all.error));
    for (const incident::IncidentRecord &record : *all) {
        const auto journal = store.events(record.id);
        QVERIFY(journal);
        for (qsizetype i = 1; i < journal->size(); ++i) {
            QVERIFY2(journal->at(i).id == journal->at(i - 1).id + 1,
                     qPrintable(QStringLiteral("after kill %1: incident %2 jumps from event %3 to %4")
                                    .arg(kill)
                                    .arg(record.id)
                                    .arg(journal->at(i - 1).id)
                                    .arg(journal->at(i).id)));
        }
        // Per step: started, then finished or outcome unknown before it starts again.
        QHash<int, bool> open; // step index -> started and not yet settled
        for (const incident::Event &e : *journal) {
            if (e.stepIndex < 0)
                continue;
            if (e.type == events::StepStarted::Name) {
                QVERIFY2(!open.value(e.stepIndex),
                         qPrintable(QStringLiteral("after kill %1: incident %2 step %3 started "
                                                   "again (event %4) with no outcome unknown "
                                                   "between")
                                        .arg(kill)
                                        .arg(record.id)
                                        .arg(e.stepIndex + 1)
                                        .arg(e.id)));
                open[e.stepIndex] = true;
            } else if (e.type == events::StepFinished::Name ||
                       e.type == events::StepOutcomeUnknown::Name) {
                open[e.stepIndex] = false;
            }
        }
    }
}

void TestKillLoop::checkLoss(incident::IncidentStore &store, qint64 incident,
                             qint64 firstEventOfRun, const Printed &printed, int kill)
{
    if (printed.step < 0)
        return; // killed before any step printed a line
    const auto journal = store.events(incident);
    QVERIFY(journal);
    qint64 runEvent = 0;
    for (const incident::Event &e : *journal) {
        if (e.id > firstEventOfRun && e.type == events::StepStarted::Name &&
            e.stepIndex == printed.step)
            runEvent = e.id;
    }
    QVERIFY2(runEvent > 0, qPrintable(QStringLiteral("after kill %1: step %2 printed output but "
                                                     "its start is not in the journal")
                                          .arg(kill)
                                          .arg(printed.step + 1)));
    const auto count = store.outputLineCount(runEvent);
    QVERIFY(count);
    qint64 storedUs = 0;
    if (*count > 0) {
        const auto lines = store.outputLines(runEvent, *count - 1, 1);
        QVERIFY(lines && !lines->isEmpty());
        storedUs = tickTime(lines->constLast().text).value_or(0);
    }
    if (storedUs == 0) {
        // Nothing stored: the loss is counted from the step's start.
        for (const incident::Event &e : *journal) {
            if (e.id == runEvent)
                storedUs = e.atMs * 1000;
        }
    }
    const qint64 loss = std::max<qint64>(0, printed.atUs - storedUs);
    m_worstLossUs = std::max(m_worstLossUs, loss);
    QVERIFY2(loss <= kMaxLossUs,
             qPrintable(QStringLiteral("kill %1 lost %2 ms of step %3's output (at most 250)")
                            .arg(kill)
                            .arg(loss / 1000)
                            .arg(printed.step + 1)));
}

QTEST_GUILESS_MAIN(TestKillLoop)
#include "tst_killloop.moc"
