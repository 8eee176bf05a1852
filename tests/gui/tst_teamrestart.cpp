// The PostgreSQL server itself restarts in the middle of an incident (tests/pg-session.sh
// stops and starts it through ROLLCAGE_TEST_PG_SERVER): every connection of both consoles
// dies at once, the notification ones and the log readers with them, not one user's.
// It goes down twice: while Ana's step goes on printing, and while the step ends. Each
// time it is back:
//  - both consoles say the server is back and may act again,
//  - every line of the step is stored once, in order, and its end once, with no
//    "outcome unknown" and no claim left behind,
//  - Ben, who watched the step, has all of it in his log pane, each line once,
//  - and the consoles reach each other live again, by notification alone.
// A third person following with `rollcage follow` in a terminal is told the server went
// and came back, and gets every line once too.
// The other loss tests (tst_teamconsole, tst_teamstepend) cut one user's connections
// while the server stays up; this one is the server going away.
#include "TeamConsoles.h"
#include "gui/IncidentConsole.h"
#include "gui/PresenceModel.h"
#include "gui/RollbackPage.h"
#include "incident/Event.h"
#include "incident/IncidentFeed.h"
#include "incident/Journal.h"
#include "runbook/Importer.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using gui::IncidentConsole;

namespace {

constexpr int kBackMs = 30000; // a restart with crash recovery on a loaded CI machine

int count(const QList<incident::Event> &events, const QString &type)
{
    int n = 0;
    for (const incident::Event &e : events)
        n += e.type == type ? 1 : 0;
    return n;
}

int notes(const IncidentConsole &console, const QString &text)
{
    int n = 0;
    for (const incident::Event &e : console.engine()->journal())
        n += e.data.value(QStringLiteral("text")).toString() == text ? 1 : 0;
    return n;
}

void touch(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
}

// Everything the step printed on Ana's console, as it printed it.
QString printed(const QSignalSpy &spy)
{
    QString all;
    for (const QList<QVariant> &signal : spy)
        all += signal.at(2).toString();
    return all;
}

QString server(const QStringList &arguments)
{
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(qEnvironmentVariable("ROLLCAGE_TEST_PG_SERVER"), arguments);
    if (!ctl.waitForFinished(60000) || ctl.exitStatus() != QProcess::NormalExit ||
        ctl.exitCode() != 0)
        return QStringLiteral("server %1 failed: %2")
            .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(ctl.readAll()));
    return {};
}

} // namespace

class TestTeamRestart : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Lines 1–20; waits for `more`; lines 21–30; waits for `end`; lines 31–40. The server
    // goes away at each wait: once while the step goes on running, once while it ends.
    runbook::Runbook threeParts(const QString &more, const QString &end)
    {
        const auto wait = [](const QString &file) {
            return "   until [ -e '" + file.toUtf8() + "' ]; do sleep 0.05; done\n";
        };
        const QByteArray text =
            "# Restart drill\n\n## Print\n\n<!-- rollcage: procedure -->\n\n"
            "1. **Print in three parts**\n   ```bash\n"
            "   for i in $(seq 1 20); do echo \"line $i\"; done\n" +
            wait(more) + "   for i in $(seq 21 30); do echo \"line $i\"; done\n" + wait(end) +
            "   for i in $(seq 31 40); do echo \"line $i\"; done\n   ```\n";
        return runbook::Importer::importText(text, m_dir.filePath(QStringLiteral("parts.md")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ROLLCAGE_TEST_DATABASE") ||
            qEnvironmentVariableIsEmpty("ROLLCAGE_TEST_PG_SERVER"))
            QSKIP("needs a PostgreSQL server it may restart (run as tst_teamrestart_postgresql)");
        qputenv("ROLLCAGE_TEAM_TTL_MS", "3000");
        qputenv("ROLLCAGE_STORE_PROBE_MS", "100");
    }

    void aServerRestartMidStepLosesAndDuplicatesNothing()
    {
        const QString more = m_dir.filePath(QStringLiteral("more"));
        const QString end = m_dir.filePath(QStringLiteral("end"));
        const runbook::Runbook rb = threeParts(more, end);
        QCOMPARE(rb.procedures.size(), 1);
        test::TwoConsoles team = test::declareAndJoin(
            qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"), rb, rb.procedures.constFirst().title);
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        ben.show();
        QVERIFY(ana.goTo(gui::Phase::RollBack));
        QVERIFY(ben.goTo(gui::Phase::RollBack));
        // A third person follows from a terminal (the real binary).
        QProcess follow;
        follow.start(QStringLiteral(ROLLCAGE_BINARY),
                     {QStringLiteral("follow"), QString::number(ana.incidentId()),
                      QStringLiteral("--database"),
                      qEnvironmentVariable("ROLLCAGE_TEST_DATABASE")});
        QVERIFY(follow.waitForStarted());
        QByteArray followed, followSaid;
        const auto followShows = [&](const QByteArray &text) {
            followed += follow.readAllStandardOutput();
            followSaid += follow.readAllStandardError();
            return followed.contains(text);
        };
        QTRY_VERIFY_WITH_TIMEOUT(followShows("Incident "), 20000);
        ben.rollbackPage()->selectStep(0);
        ana.rollbackPage()->selectStep(0);
        QSignalSpy finished(ana.engine(), &execution::Engine::stepFinished);
        QSignalSpy printedSpy(ana.engine(), &execution::Engine::output);
        ana.rollbackPage()->runSelected();
        QTRY_VERIFY(ana.engine()->isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(test::shownLogLines(ben).contains(QStringLiteral("line 20")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(followShows("[1] line 20\n"), 10000);

        // Down while the step runs: lines 21–30 wait on Ana's console, Ben may not act.
        QString said = server({QStringLiteral("stop"), QStringLiteral("immediate")});
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(!ana.connectionBanner()->isHidden(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!ben.connectionBanner()->isHidden(), 10000);
        const Status away = ben.engine()->addNote(-1, QStringLiteral("from Ben while down"));
        QVERIFY(!away);
        QVERIFY2(away.error.contains(QStringLiteral("has not answered since")),
                 qPrintable(away.error));
        touch(more);
        QTRY_VERIFY_WITH_TIMEOUT(printed(printedSpy).contains(QStringLiteral("line 30")), 10000);

        // Back while it still runs: what was printed meanwhile reaches Ben and the terminal.
        said = server({QStringLiteral("start")});
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(ana.connectionBanner()->isHidden(), kBackMs);
        QTRY_VERIFY_WITH_TIMEOUT(ben.connectionBanner()->isHidden(), kBackMs);
        QTRY_VERIFY_WITH_TIMEOUT(test::shownLogLines(ben).contains(QStringLiteral("line 30")), kBackMs);
        QTRY_VERIFY_WITH_TIMEOUT(followShows("[1] line 30\n"), kBackMs);
        QVERIFY(ana.engine()->isRunning());

        // Whenever Ben's console learns that the step ended, all its output is stored: the
        // end is not written before the lines still buffered on Ana's console.
        const qint64 run = ana.engine()->state().step(0).lastRunEventId;
        QVERIFY(run > 0);
        qint64 storedWhenEnded = -1;
        connect(ben.engine()->incidentJournal(), &incident::Journal::appended, &ben,
                [&](const incident::Event &e) {
                    if (e.type == QLatin1String("step_finished"))
                        storedWhenEnded = team.benStore->outputLineCount(run).value.value_or(-1);
                });

        // Down again, and the step ends with no server.
        said = server({QStringLiteral("stop"), QStringLiteral("immediate")});
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(!ana.connectionBanner()->isHidden(), 10000);
        touch(end);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        QCOMPARE(ana.engine()->state().step(0).state, incident::StepState::Succeeded);
        said = server({QStringLiteral("start")});
        QVERIFY2(said.isEmpty(), qPrintable(said));
        QTRY_VERIFY_WITH_TIMEOUT(ana.connectionBanner()->isHidden(), kBackMs);
        QTRY_VERIFY_WITH_TIMEOUT(ben.connectionBanner()->isHidden(), kBackMs);

        // In the store: every line once, in order; the end once; nothing unknown or held.
        const qint64 incident = ana.incidentId();
        QTRY_COMPARE_WITH_TIMEOUT(team.benStore->outputLineCount(run).value.value_or(0), 40,
                                  kBackMs);
        const auto lines = team.benStore->outputLines(run, 0, 100);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(lines->at(i).text, QStringLiteral("line %1").arg(i + 1));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(*team.benStore->events(incident), QStringLiteral("step_finished")), 1, kBackMs);
        const auto events = team.benStore->events(incident);
        QVERIFY(events);
        QCOMPARE(count(*events, QStringLiteral("step_started")), 1);
        QCOMPARE(count(*events, QStringLiteral("step_outcome_unknown")), 0);
        QTRY_VERIFY_WITH_TIMEOUT(team.benStore->team(incident)->claims.isEmpty(), kBackMs);

        QTRY_VERIFY_WITH_TIMEOUT(storedWhenEnded >= 0, kBackMs);
        QCOMPARE(storedWhenEnded, 40);
        // Both consoles hold the end once; Ben's pane has the whole run, each line once.
        QTRY_COMPARE_WITH_TIMEOUT(count(ben.engine()->journal(), QStringLiteral("step_finished")),
                                  1, kBackMs);
        QCOMPARE(count(ana.engine()->journal(), QStringLiteral("step_finished")), 1);
        QTRY_VERIFY_WITH_TIMEOUT(test::shownLogLines(ben).contains(QStringLiteral("line 40")), kBackMs);
        const QStringList shown = test::shownLogLines(ben);
        for (int i = 1; i <= 40; ++i)
            QVERIFY2(shown.count(QStringLiteral("line %1").arg(i)) == 1,
                     qPrintable(shown.join(QLatin1Char('\n'))));

        // Live again both ways, by notification alone (each console's own re-read put off).
        QCOMPARE(notes(ben, QStringLiteral("from Ben while down")), 0);
        ana.engine()->incidentJournal()->feed()->setLookInterval(3'600'000);
        ben.engine()->incidentJournal()->feed()->setLookInterval(3'600'000);
        QVERIFY(ana.engine()->addNote(-1, QStringLiteral("from Ana, after the restart")));
        QTRY_COMPARE_WITH_TIMEOUT(notes(ben, QStringLiteral("from Ana, after the restart")), 1,
                                  10000);
        QVERIFY(ben.engine()->addNote(-1, QStringLiteral("from Ben, after the restart")));
        QTRY_COMPARE_WITH_TIMEOUT(notes(ana, QStringLiteral("from Ben, after the restart")), 1,
                                  10000);
        QTRY_COMPARE(ana.presence()->aliveCount(), 2);
        QVERIFY(ana.engine()->mayRun(0));

        // The terminal said the server went and came back, and printed all of it, once.
        QTRY_VERIFY_WITH_TIMEOUT(followShows("from Ben, after the restart"), 10000);
        QVERIFY2(follow.state() == QProcess::Running, followSaid.constData());
        // Each loss said once, and each return.
        QVERIFY2(followSaid.count("has not answered since") == 2, followSaid.constData());
        QVERIFY2(followSaid.count("the incident database is back") == 2, followSaid.constData());
        // The cause in one line, not libpq's three and the driver's own after them.
        QVERIFY2(!followSaid.contains("This probably means") && !followSaid.contains("() QPSQL"),
                 followSaid.constData());
        for (int i = 1; i <= 40; ++i)
            QVERIFY2(followed.count(QByteArray("[1] line " + QByteArray::number(i) + "\n")) == 1,
                     followed.constData());
        follow.kill();
        QVERIFY(follow.waitForFinished());
    }
};

QTEST_MAIN(TestTeamRestart)
#include "tst_teamrestart.moc"
