// Two incident consoles on one incident in a shared PostgreSQL store (tests/pg-session.sh),
// as two people's laptops: what one console does reaches the other's pages while they are
// on screen, not only when the other person moves.
//  - The output of a step Ana runs streams into Ben's log pane where he watches the step
//    (it used to show what was stored when he selected it, and nothing more).
//  - A report field Ana writes reaches Ben's Report page while he has it open, without
//    touching what Ben is typing into another field.
//  - A team console fits half of a 1920-pixel screen, the team panel narrowing.
// Neither of the first two would ever update without the live path, however long the wait (the
// consoles' own re-read every few seconds updates the journal, not these panes).
#include "TeamConsoles.h"
#include "common/PgAdmin.h"
#include "core/SettingsKeys.h"
#include "gui/Feedback.h"
#include "gui/IncidentConsole.h"
#include "gui/LogView.h"
#include "gui/PresenceModel.h"
#include "gui/ReportPage.h"
#include "gui/RollbackPage.h"
#include "incident/IncidentState.h"
#include "report/ReportFields.h"
#include "runbook/Importer.h"

#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QUrl>

#include <signal.h>

using namespace rollcage;
using gui::IncidentConsole;

namespace {

constexpr int kLiveMs = 10000; // generous for a loaded CI machine: nothing else updates these

// Everything Ben's log pane shows, one line per row.
QString shownLog(const IncidentConsole &console)
{
    return test::shownLogLines(console).join(QLatin1Char('\n'));
}

} // namespace

class TestTeamLive : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_db;

    runbook::Runbook runbookWaitingFor(const QString &go)
    {
        const QByteArray text = "# Live drill\n\n## Stream\n\n<!-- rollcage: procedure -->\n\n"
                                "1. **Print while waiting**\n   ```bash\n"
                                "   echo first-line-of-the-run\n"
                                "   until [ -e '" +
                                go.toUtf8() +
                                "' ]; do sleep 0.05; done\n"
                                "   echo last-line-of-the-run\n   ```\n";
        return runbook::Importer::importText(text, m_dir.filePath(QStringLiteral("live.md")));
    }

    // Ana declares an incident of `rb` and Ben joins it, both on `phase`, Ben's console on
    // screen (a page refreshes what is shown). Null consoles when any of it failed.
    // `benDb`: Ben's store URL when it is not Ana's (another role).
    test::TwoConsoles joinOn(const runbook::Runbook &rb, gui::Phase phase,
                             const QString &benDb = QString())
    {
        test::TwoConsoles team = test::declareAndJoin(m_db, rb, rb.procedures.constFirst().title,
                                                      QStringLiteral("Ben"), benDb);
        if (!team.ana || !team.ben)
            return team;
        team.ben->show();
        if (!team.ana->goTo(phase) || !team.ben->goTo(phase))
            return {};
        return team;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (m_db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamlive_postgresql)");
        qputenv("ROLLCAGE_TEAM_TTL_MS", "3000");
        // The panel's dragged width is kept in the settings (this test's own: ctest gives it a
        // configuration folder of its own), none at its start.
        QSettings().remove(settings::kTeamPanelWidth);
    }

    // Two team consoles side by side on one 1920-pixel screen: each gets half. The team
    // panel had a fixed 360 pixels, so a team console was never narrower than 1099.
    void aTeamConsoleFitsHalfAScreen()
    {
        const runbook::Runbook rb = runbookWaitingFor(m_dir.filePath(QStringLiteral("never")));
        test::TwoConsoles team = joinOn(rb, gui::Phase::RollBack);
        QVERIFY(team.ben);
        IncidentConsole &ben = *team.ben;
        ben.rollbackPage()->selectStep(0);
        QVERIFY(!ben.teamPanel()->isHidden());
        QVERIFY2(ben.minimumSizeHint().width() <= 960,
                 qPrintable(QString::number(ben.minimumSizeHint().width())));

        // It opens at its full width where there is room, the pages keeping the rest.
        ben.resize(1366, 800);
        QTRY_COMPARE(ben.width(), 1366);
        QTRY_VERIFY(ben.teamPanel()->width() >= 340);
        QVERIFY(ben.teamPanel()->width() <= 380);

        // In half a screen, both the pages and the list of who is here keep a usable width.
        ben.resize(960, 800);
        QTRY_COMPARE(ben.width(), 960);
        QVERIFY2(ben.teamPanel()->width() >= 220,
                 qPrintable(QString::number(ben.teamPanel()->width())));
        QWidget *page = ben.rollbackPage();
        QVERIFY2(
            page->width() >= page->minimumSizeHint().width(),
            qPrintable(
                QStringLiteral("%1 < %2").arg(page->width()).arg(page->minimumSizeHint().width())));
        const QPoint panelEnd(ben.teamPanel()->width(), 0);
        QVERIFY(ben.teamPanel()->mapTo(&ben, panelEnd).x() <= ben.width());
        // The list gives up columns the row's tooltip says rather than squeeze the names to
        // "…" behind a horizontal scroll bar; where each person is stays.
        auto *who = ben.teamPanel()->findChild<QTreeView *>(QStringLiteral("presenceView"));
        QVERIFY(who);
        QTRY_COMPARE(ben.presence()->aliveCount(), 2);
        QTRY_COMPARE(who->horizontalScrollBar()->maximum(), 0);
        QVERIFY(!who->isColumnHidden(gui::PresenceModel::Where));
        QVERIFY(!who->isColumnHidden(gui::PresenceModel::Name));
        const QString ana = QStringLiteral("Ana");
        QVERIFY2(who->columnWidth(gui::PresenceModel::Name) >
                     who->fontMetrics().horizontalAdvance(ana),
                 qPrintable(QString::number(who->columnWidth(gui::PresenceModel::Name))));
        // Whatever it gave up (how much depends on the font) is in each row's tooltip.
        const QString tip = who->model()->index(1, 0).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("since")) && tip.contains(QStringLiteral("commander")),
                 qPrintable(tip));

        // Widened again, every column is back; a wide window's room goes to the pages.
        ben.resize(1920, 800);
        QTRY_VERIFY(!who->isColumnHidden(gui::PresenceModel::Since));
        QVERIFY(!who->isColumnHidden(gui::PresenceModel::Duty));
        QVERIFY2(ben.teamPanel()->width() <= 380,
                 qPrintable(QString::number(ben.teamPanel()->width())));

        // A width the user drags it to is kept when the window changes.
        auto *split = ben.findChild<QSplitter *>(QStringLiteral("teamSplit"));
        QVERIFY(split);
        QWidget *handle = split->handle(1);
        const int before = ben.teamPanel()->width();
        const QPoint grip = handle->rect().center();
        QTest::mousePress(handle, Qt::LeftButton, {}, grip);
        QTest::mouseMove(handle, grip - QPoint(100, 0));
        QTest::mouseRelease(handle, Qt::LeftButton, {}, grip - QPoint(100, 0));
        QTRY_VERIFY2(ben.teamPanel()->width() >= before + 80,
                     qPrintable(QString::number(ben.teamPanel()->width())));
        const int chosen = ben.teamPanel()->width();
        ben.resize(1700, 800);
        QTRY_COMPARE(ben.width(), 1700);
        QCOMPARE(ben.teamPanel()->width(), chosen);
        // And by the next console opened on this machine, once this one has closed.
        const qint64 incident = ben.incidentId();
        team.ben.reset();
        auto store = test::openStore(m_db, QStringLiteral("Ben"));
        IncidentConsole next(store.get(), nullptr);
        QVERIFY(next.resume(incident, rb));
        next.resize(1700, 800);
        next.show();
        QTRY_COMPARE(next.teamPanel()->width(), chosen);
    }

    void othersRunStreamsIntoTheLog()
    {
        const QString go = m_dir.filePath(QStringLiteral("go"));
        const runbook::Runbook rb = runbookWaitingFor(go);
        QCOMPARE(rb.procedures.size(), 1);
        const test::TwoConsoles team = joinOn(rb, gui::Phase::RollBack);
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        ben.rollbackPage()->selectStep(0); // Ben watches the step before it starts
        ana.rollbackPage()->selectStep(0);
        ana.rollbackPage()->runSelected();
        QTRY_VERIFY(ana.engine()->isRunning());

        // The first line reaches Ben while the step still runs (it waits for `go`).
        QTRY_VERIFY2_WITH_TIMEOUT(shownLog(ben).contains(QStringLiteral("first-line-of-the-run")),
                                  qPrintable(shownLog(ben)), kLiveMs);
        QVERIFY(ana.engine()->isRunning());
        QVERIFY(!shownLog(ben).contains(QStringLiteral("last-line-of-the-run")));

        QFile file(go);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QTRY_VERIFY(!ana.engine()->isRunning());
        QTRY_VERIFY2_WITH_TIMEOUT(shownLog(ben).contains(QStringLiteral("last-line-of-the-run")),
                                  qPrintable(shownLog(ben)), kLiveMs);
        // Each line once: the end's last read does not add what was read live again.
        QCOMPARE(shownLog(ben).count(QStringLiteral("first-line-of-the-run")), 1);
    }

    // Ben watches a step that Ana runs from start to end while his console cannot reach the
    // store (his sessions ended, his role refused for a while). Back, his console shows the
    // step done and his pane what it printed: it stayed empty until he chose another step
    // and this one again (found in a walkthrough in a real X session).
    void aRunMissedWhileAwayShowsItsOutputOnReturn()
    {
        const QString admin = test::openPgAdmin(m_db);
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        const auto removeAdmin =
            qScopeGuard([] { QSqlDatabase::removeDatabase(QStringLiteral("admin")); });
        test::adminSql(QStringLiteral("DROP ROLE IF EXISTS ben_away"));
        test::adminSql(QStringLiteral("CREATE ROLE ben_away LOGIN SUPERUSER"));
        QUrl benDb(m_db);
        benDb.setUserName(QStringLiteral("ben_away"));
        const QString go = m_dir.filePath(QStringLiteral("go-at-once"));
        QFile file(go);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const runbook::Runbook rb = runbookWaitingFor(go);
        const test::TwoConsoles team = joinOn(rb, gui::Phase::RollBack, benDb.toString());
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        ben.rollbackPage()->selectStep(0);

        test::adminSql(QStringLiteral("ALTER ROLE ben_away NOLOGIN"));
        test::adminSql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ben_away'"));
        QTRY_VERIFY_WITH_TIMEOUT(!ben.connectionBanner()->isHidden(), kLiveMs);
        // Said in full once, by the banner; why Run is off, and the status bar, point to it
        // (the same three sentences were on screen three times, one of them cut off).
        const auto *claim = ben.rollbackPage()->findChild<QLabel *>(QStringLiteral("claimLabel"));
        QVERIFY(claim);
        QTRY_COMPARE(claim->text(), gui::waitingForStoreLine());
        QVERIFY2(claim->toolTip().contains(QStringLiteral("has not answered since")),
                 qPrintable(claim->toolTip()));
        QCOMPARE(ben.message(), gui::waitingForStoreLine());
        const auto *run = ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("runButton"));
        QVERIFY(run && !run->isEnabled());
        QCOMPARE(run->toolTip(), claim->toolTip());
        ana.rollbackPage()->selectStep(0);
        ana.rollbackPage()->runSelected();
        QTRY_COMPARE_WITH_TIMEOUT(ana.engine()->state().step(0).state,
                                  incident::StepState::Succeeded, kLiveMs);

        test::adminSql(QStringLiteral("ALTER ROLE ben_away LOGIN"));
        QTRY_VERIFY_WITH_TIMEOUT(ben.connectionBanner()->isHidden(), kLiveMs);
        QTRY_COMPARE_WITH_TIMEOUT(ben.engine()->state().step(0).state,
                                  incident::StepState::Succeeded, kLiveMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            shownLog(ben), QStringLiteral("first-line-of-the-run\nlast-line-of-the-run"), kLiveMs);
    }

    // Ben watches a step Ana's `rollcage run` runs. Her process stops (SIGSTOP: a laptop
    // asleep, a process stuck) and stops answering: Ben's pane stops asking for more of a
    // run nobody writes, and Take over… is offered. She comes back (SIGCONT):
    //  - "goes on": her step goes on, and Ben's pane follows it again, live, before it ends;
    //  - "ends at once": her step ends as she comes back, before Ben's list shows her back:
    //    his pane still reads what she wrote after the pause, up to the end.
    void aStoppedRunnerIsNotPolledAndFollowedAgainWhenBack_data()
    {
        QTest::addColumn<bool>("endsAtOnce");
        QTest::newRow("goes on") << false;
        QTest::newRow("ends at once") << true;
    }

    void aStoppedRunnerIsNotPolledAndFollowedAgainWhenBack()
    {
        QFETCH(bool, endsAtOnce);
        const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
        const QString go1 = m_dir.filePath(tag + QStringLiteral("-go1"));
        const QString go2 = m_dir.filePath(tag + QStringLiteral("-go2"));
        const QString path = m_dir.filePath(tag + QStringLiteral(".md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# Paused drill\n\n## Stream\n\n<!-- rollcage: procedure -->\n\n"
                   "1. **Print in three parts**\n   ```bash\n"
                   "   echo before-the-pause\n"
                   "   until [ -e '" +
                   go1.toUtf8() +
                   "' ]; do sleep 0.05; done\n"
                   "   echo after-the-pause\n"
                   "   until [ -e '" +
                   go2.toUtf8() +
                   "' ]; do sleep 0.05; done\n"
                   "   echo at-the-end\n   ```\n");
        file.close();
        const auto rb = runbook::Importer::importFile(path);
        QVERIFY2(rb.ok(), qPrintable(rb.error));

        QProcess ana;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Gone 2 s after her last beat: soon, yet no beat a loaded machine delays looks gone.
        env.insert(QStringLiteral("ROLLCAGE_TEAM_TTL_MS"), QStringLiteral("2000"));
        ana.setProcessEnvironment(env);
        ana.setProcessChannelMode(QProcess::MergedChannels);
        ana.start(QStringLiteral(ROLLCAGE_BINARY),
                  {QStringLiteral("run"), path, QStringLiteral("--procedure"),
                   QStringLiteral("Stream"), QStringLiteral("--database"), m_db,
                   QStringLiteral("--operator"), QStringLiteral("Ana"), QStringLiteral("--yes"),
                   QStringLiteral("--directory"), m_dir.path()});
        QVERIFY(ana.waitForStarted());
        const auto pid = pid_t(ana.processId());
        QVERIFY(pid > 0);
        // Whatever happens below, nothing is left stopped or waiting: the step's shell is a
        // process group of its own and would outlive a killed `rollcage run`.
        const auto release = qScopeGuard([&] {
            QFile(go1).open(QIODevice::WriteOnly);
            QFile(go2).open(QIODevice::WriteOnly);
            if (ana.state() == QProcess::Running)
                ::kill(pid, SIGCONT);
            ana.waitForFinished(20000);
        });
        QByteArray said;
        QTRY_VERIFY_WITH_TIMEOUT((said += ana.readAll()).contains("before-the-pause"), 20000);

        auto store = test::openStore(m_db, QStringLiteral("Ben"));
        IncidentConsole ben(store.get(), nullptr);
        QVERIFY(ben.resume(store->incidents()->constLast().id, *rb));
        ben.show();
        QVERIFY(ben.goTo(gui::Phase::RollBack));
        ben.rollbackPage()->selectStep(0);
        gui::LogView *log = ben.rollbackPage()->logView();
        QTRY_VERIFY_WITH_TIMEOUT(shownLog(ben).contains(QStringLiteral("before-the-pause")),
                                 kLiveMs);
        QTRY_VERIFY(log->isLive());

        QCOMPARE(ana.state(), QProcess::Running);
        ::kill(pid, SIGSTOP);
        auto *takeOver =
            ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("takeOverButton"));
        QVERIFY(takeOver);
        QTRY_VERIFY_WITH_TIMEOUT(!takeOver->isHidden(), kLiveMs);
        QVERIFY(!log->isLive());

        // The step goes on meanwhile; Ana's console reads what it printed when back.
        QFile(go1).open(QIODevice::WriteOnly);
        if (endsAtOnce)
            QFile(go2).open(QIODevice::WriteOnly);
        ::kill(pid, SIGCONT);
        if (!endsAtOnce) {
            QTRY_VERIFY_WITH_TIMEOUT(shownLog(ben).contains(QStringLiteral("after-the-pause")),
                                     kLiveMs);
            QTRY_VERIFY(log->isLive());
            QTRY_VERIFY(takeOver->isHidden());
            QCOMPARE(ben.engine()->state().step(0).state, incident::StepState::Running);
            QFile(go2).open(QIODevice::WriteOnly);
        }
        // Her run ends as it would have: the step succeeded, and Ben's pane has all of it.
        QTRY_COMPARE_WITH_TIMEOUT(ben.engine()->state().step(0).state,
                                  incident::StepState::Succeeded, kLiveMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            test::shownLogLines(ben),
            (QStringList{QStringLiteral("before-the-pause"), QStringLiteral("after-the-pause"),
                         QStringLiteral("at-the-end")}),
            kLiveMs);
        QTRY_COMPARE_WITH_TIMEOUT(ana.state(), QProcess::NotRunning, 20000);
    }

    void reportFieldReachesTheOpenReportPage()
    {
        const runbook::Runbook rb = runbookWaitingFor(m_dir.filePath(QStringLiteral("unused")));
        test::TwoConsoles team = joinOn(rb, gui::Phase::Report);
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        QPlainTextEdit *benCause = ben.reportPage()->fieldEditor(QStringLiteral("root_cause"));
        QPlainTextEdit *benPrevention = ben.reportPage()->fieldEditor(QStringLiteral("prevention"));
        QVERIFY(benCause && benPrevention);
        benPrevention->setPlainText(QStringLiteral("Ben is still typing this"));

        const QString cause = QStringLiteral("A migration locked the orders table");
        ana.reportPage()->fieldEditor(QStringLiteral("root_cause"))->setPlainText(cause);
        QVERIFY(ana.reportPage()->save());

        QTRY_COMPARE_WITH_TIMEOUT(benCause->toPlainText(), cause, kLiveMs);
        QTRY_VERIFY2_WITH_TIMEOUT(ben.reportPage()->markdown().contains(cause),
                                  qPrintable(ben.reportPage()->markdown()), kLiveMs);
        QCOMPARE(benPrevention->toPlainText(), QStringLiteral("Ben is still typing this"));

        // Ben closes his console with that text unsaved: it is written, not lost.
        const qint64 incident = ana.incidentId();
        team.ben.reset();
        const auto events = team.anaStore->events(incident);
        QVERIFY(events);
        QCOMPARE(report::reportFieldValues(*events).value(QStringLiteral("prevention")),
                 QStringLiteral("Ben is still typing this"));
    }
};

QTEST_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
