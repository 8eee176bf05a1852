// Two incident consoles on one incident in a shared PostgreSQL store (tests/pg-session.sh):
// each lists the other as present and where they are, and the one not running a step sees
// "Ana is running step 1" where the step is, with Run and Skip refused by the core's rule,
// until the step ends. Without a PostgreSQL server: a SQLite console shows no team panel.
#include "../execution/TeamDrill.h"
#include "TeamConsoles.h"
#include "common/PgAdmin.h"
#include "gui/ChecklistPage.h"
#include "gui/CommunicatePage.h"
#include "gui/IncidentConsole.h"
#include "gui/LogView.h"
#include "gui/PresenceModel.h"
#include "gui/RollbackPage.h"
#include "gui/TeamActions.h"
#include "incident/Event.h"
#include "incident/IncidentFeed.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "incident/TeamSession.h"
#include "runbook/Importer.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rollcage;
using gui::IncidentConsole;
using gui::PresenceModel;

using test::openStore;

namespace {

// A one-procedure runbook of `step`.
runbook::Runbook oneStep(const QTemporaryDir &dir, const QByteArray &step)
{
    QFile file(dir.filePath(QStringLiteral("one-step.md")));
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    file.write("One step\n========\n\nPrint\n-----\n\n<!-- rollcage: procedure -->\n\n" + step);
    file.close();
    auto runbook = runbook::Importer::importFile(file.fileName());
    if (!runbook)
        qFatal("%s", qPrintable(runbook.error));
    return *runbook;
}

QString whereIs(const PresenceModel *model, const QString &name)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, PresenceModel::Name).data().toString() == name)
            return model->index(row, PresenceModel::Where).data().toString();
    }
    return {};
}
} // namespace

class TestTeamConsole : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        qputenv("ROLLCAGE_TEAM_TTL_MS", "3000");
        qputenv("ROLLCAGE_STORE_PROBE_MS", "100");
        auto runbook = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/execution/runbooks/team-drill.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        m_runbook = *runbook;
    }

    void sqliteHasNoTeamPanel()
    {
        QTemporaryDir dir;
        auto store = openStore(dir.filePath(QStringLiteral("i.db")), QStringLiteral("Ana"));
        IncidentConsole console(store.get(), nullptr);
        QVERIFY(console.start(m_runbook, QStringLiteral("Roll Forward"), {}));
        QVERIFY(!console.engine()->team());
        QVERIFY(console.teamPanel()->isHidden());
        QVERIFY(console.engine()->teamRule(0));
    }

    void twoConsolesSeeEachOtherAndTheClaim()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        auto storeA = openStore(db, QStringLiteral("Ana"));
        auto storeB = openStore(db, QStringLiteral("Ben"));
        IncidentConsole ana(storeA.get(), nullptr);
        QVERIFY(ana.start(m_runbook, QStringLiteral("Roll Forward"), {}));
        IncidentConsole ben(storeB.get(), nullptr);
        QVERIFY(ben.resume(ana.incidentId(), m_runbook));
        QVERIFY(!ana.teamPanel()->isHidden());
        QVERIFY(!ben.teamPanel()->isHidden());
        QTRY_COMPARE(ana.presence()->aliveCount(), 2);
        QTRY_COMPARE(ben.presence()->aliveCount(), 2);
        QCOMPARE(ben.presence()->index(0, PresenceModel::Name).data().toString(),
                 QStringLiteral("Ben (you)"));

        QVERIFY(ana.goTo(gui::Phase::RollBack));
        QVERIFY(ben.goTo(gui::Phase::RollBack));
        ben.resize(1200, 800);
        ben.show();
        ben.rollbackPage()->selectStep(0);
        QTRY_COMPARE(whereIs(ana.presence(), QStringLiteral("Ben")), QStringLiteral("at step 1"));
        ana.rollbackPage()->selectStep(0);
        ana.rollbackPage()->runSelected();
        QTRY_VERIFY(ana.engine()->isRunning());
        QTRY_COMPARE(whereIs(ben.presence(), QStringLiteral("Ana")),
                     QStringLiteral("running step 1"));
        // Said by her claim: her own row still says where she was, so her step's start did
        // not wake every console a second time to read a rewritten row.
        const auto anaSays = [&] {
            const auto team = storeB->team(ana.incidentId());
            for (const incident::Presence &p :
                 team ? team->consoles : QList<incident::Presence>()) {
                if (p.operatorName == QLatin1String("Ana"))
                    return p.location;
            }
            return QString();
        };
        QTRY_COMPARE(anaSays(), QStringLiteral("at step 1"));
        QVERIFY(ana.engine()->isRunning());

        // Where the step is, Ben reads who has it; the buttons ask the same rule.
        auto *claim = ben.rollbackPage()->findChild<QLabel *>(QStringLiteral("claimLabel"));
        auto *run = ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("runButton"));
        auto *skip = ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("skipButton"));
        QVERIFY(claim && run && skip);
        QTRY_VERIFY(!claim->isHidden());
        QVERIFY2(claim->text().contains(QStringLiteral("Ana is running step 1")),
                 qPrintable(claim->text()));
        QVERIFY(!run->isEnabled());
        QVERIFY(!skip->isEnabled());
        QVERIFY(!ben.engine()->mayRun(0));

        // The step ends (cancelled): the claim goes, and the step is Ben's to retry. His log
        // pane keeps its height: the line that went leaves its room empty rather than
        // resize the log, which would jump under his eyes and be redrawn whole on every
        // console at once (team_consoles).
        QTRY_VERIFY(ben.rollbackPage()->logView()->isVisible());
        QTRY_VERIFY(ben.rollbackPage()->logView()->height() > 0);
        const int logHeight = ben.rollbackPage()->logView()->height();
        ana.engine()->cancel();
        QTRY_VERIFY(!ana.engine()->isRunning());
        QTRY_VERIFY(claim->isHidden());
        QTRY_VERIFY(run->isEnabled());
        QCoreApplication::processEvents(); // the split's own adjustment is queued
        QCOMPARE(ben.rollbackPage()->logView()->height(), logHeight);
        // The step shown again: the room goes back to the log.
        ben.rollbackPage()->selectStep(1);
        ben.rollbackPage()->selectStep(0);
        QTRY_VERIFY(ben.rollbackPage()->logView()->height() > logHeight);
    }

    // Ana's console loses the server (her backend terminated, her role refused for a
    // while): it says so at once, keeps what it shows, refuses to act saying why; Ben goes
    // on; when she is let in again her console reads what it missed, once, and both see
    // each other's actions live again.
    void connectionLossIsSaidRefusedAndCaughtUp()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        const QUrl url(db);
        const QString admin = test::openPgAdmin(db); // the loss tests after this one use it too
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        const auto sql = test::adminSql;
        sql(QStringLiteral("DROP ROLE IF EXISTS ana_away"));
        sql(QStringLiteral("CREATE ROLE ana_away LOGIN SUPERUSER"));
        QUrl anaUrl = url;
        anaUrl.setUserName(QStringLiteral("ana_away"));

        auto storeA = openStore(anaUrl.toString(), QStringLiteral("Ana"));
        auto storeB = openStore(db, QStringLiteral("Ben"));
        IncidentConsole ana(storeA.get(), nullptr);
        QVERIFY(ana.start(m_runbook, QStringLiteral("Roll Forward"), {}));
        IncidentConsole ben(storeB.get(), nullptr);
        QVERIFY(ben.resume(ana.incidentId(), m_runbook));
        QVERIFY(ana.connectionBanner()->isHidden());
        QVERIFY(ana.engine()->mayRun(0));
        const qint64 before = ana.engine()->journal().size();

        sql(QStringLiteral("ALTER ROLE ana_away NOLOGIN"));
        sql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ana_away'"));
        // Noticed between actions, without Ana doing anything.
        QTRY_VERIFY(!ana.connectionBanner()->isHidden());
        QVERIFY2(ana.connectionBanner()->text().contains(QStringLiteral("has not answered since")),
                 qPrintable(ana.connectionBanner()->text()));
        QCOMPARE(ana.engine()->journal().size(), before); // what it had, still shown
        const Status run = ana.engine()->mayRun(0);
        QVERIFY(!run);
        QVERIFY2(run.error.contains(QStringLiteral("nothing new can be recorded")),
                 qPrintable(run.error));
        // Nor a tick or a waiver: the checklist pages' buttons are off, and say why (the
        // drill has no checklist, so the reason is what shows it).
        QVERIFY(!ana.engine()->mayRecord());
        const auto tickSays = [&ana] {
            return ana.preparePage()
                ->findChild<QPushButton *>(QStringLiteral("tickButton"))
                ->toolTip();
        };
        QTRY_VERIFY2(tickSays().contains(QStringLiteral("has not answered since")),
                     qPrintable(tickSays()));
        const Status note = ana.engine()->addNote(-1, QStringLiteral("from Ana while away"));
        QVERIFY(!note);
        QVERIFY2(note.error.contains(QStringLiteral("has not answered since")),
                 qPrintable(note.error));

        QVERIFY(ben.engine()->addNote(-1, QStringLiteral("from Ben meanwhile")));
        // Her refused note was said on her step's page too, as was a refused Run: true
        // while away, not after.
        QVERIFY2(ana.rollbackPage()->message().contains(QStringLiteral("has not answered since")),
                 qPrintable(ana.rollbackPage()->message()));
        QVERIFY(ana.goTo(gui::Phase::RollBack));
        ana.rollbackPage()->selectStep(0);
        ana.rollbackPage()->runSelected();
        QVERIFY2(ana.rollbackPage()->message().contains(QStringLiteral("has not answered since")),
                 qPrintable(ana.rollbackPage()->message()));
        sql(QStringLiteral("ALTER ROLE ana_away LOGIN"));
        QTRY_VERIFY(ana.connectionBanner()->isHidden());
        QVERIFY2(ana.rollbackPage()->message().isEmpty(),
                 qPrintable(ana.rollbackPage()->message()));
        const auto notes = [](const IncidentConsole &console, const QString &text) {
            int n = 0;
            for (const incident::Event &e : console.engine()->journal())
                n += e.data.value(QStringLiteral("text")).toString() == text ? 1 : 0;
            return n;
        };
        QTRY_COMPARE(notes(ana, QStringLiteral("from Ben meanwhile")), 1);
        QCOMPARE(notes(ana, QStringLiteral("from Ana while away")), 0);
        QVERIFY(ana.engine()->mayRun(0));
        QVERIFY(ana.engine()->mayRecord());
        QTRY_VERIFY2(tickSays().isEmpty(), qPrintable(tickSays()));
        // Live again both ways: her LISTEN was taken again on the new connection.
        QVERIFY(ana.engine()->addNote(-1, QStringLiteral("from Ana, back")));
        QTRY_COMPARE(notes(ben, QStringLiteral("from Ana, back")), 1);
        QTRY_COMPARE(ben.presence()->aliveCount(), 2);
        QCOMPARE(notes(ana, QStringLiteral("from Ben meanwhile")), 1);
        // And Ben's reach Ana by notification alone (her own re-read put off for the test).
        ana.engine()->incidentJournal()->feed()->setLookInterval(3'600'000);
        QVERIFY(ben.engine()->addNote(-1, QStringLiteral("from Ben, after")));
        QTRY_COMPARE_WITH_TIMEOUT(notes(ana, QStringLiteral("from Ben, after")), 1, 10000);
    }

    // A step printing while the store goes away and comes back: its output waits on the
    // console and is written when the store returns, every line once, in order.
    void outputDuringALossIsWrittenWhenItReturns()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        const QUrl url(db);
        QVERIFY2(QSqlDatabase::database(QStringLiteral("admin")).isOpen(),
                 "runs after connectionLossIsSaidRefusedAndCaughtUp");
        const auto sql = test::adminSql;
        QTemporaryDir dir;
        const auto printer = oneStep(
            dir, "### Count slowly\n\n~~~bash\nfor i in $(seq 1 40); do echo \"line $i\"; "
                 "sleep 0.05; done\n~~~\n");
        QUrl anaUrl = url;
        anaUrl.setUserName(QStringLiteral("ana_away"));
        auto storeA = openStore(anaUrl.toString(), QStringLiteral("Ana"));
        IncidentConsole ana(storeA.get(), nullptr);
        execution::DeclareOptions options;
        options.workingDirectory = dir.path();
        QVERIFY(ana.start(printer, QStringLiteral("Print"), options));
        QVERIFY(ana.engine()->runStep(0));
        QSignalSpy finished(ana.engine(), &execution::Engine::stepFinished);
        QSignalSpy printed(ana.engine(), &execution::Engine::output);
        QTRY_VERIFY(printed.size() >= 3);
        sql(QStringLiteral("ALTER ROLE ana_away NOLOGIN"));
        sql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ana_away'"));
        QTRY_VERIFY(!ana.connectionBanner()->isHidden());
        const int before = int(printed.size());
        QTRY_VERIFY(printed.size() >= before + 5); // output goes on while away
        sql(QStringLiteral("ALTER ROLE ana_away LOGIN"));
        QTRY_VERIFY(ana.connectionBanner()->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const qint64 run = ana.engine()->state().step(0).lastRunEventId;
        QTRY_COMPARE(storeA->outputLineCount(run).value.value_or(0), 40);
        const auto lines = storeA->outputLines(run, 0, 100);
        QVERIFY(lines.ok());
        QCOMPARE(lines->size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(lines->at(i).text, QStringLiteral("line %1").arg(i + 1));
    }

    // A step that ends while the store is away is shown ended, not "end unrecorded", and
    // its end is written once when the store returns; its claim goes then too.
    void aStepEndingDuringALossIsRecordedWhenItReturns()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        QVERIFY2(QSqlDatabase::database(QStringLiteral("admin")).isOpen(),
                 "runs after connectionLossIsSaidRefusedAndCaughtUp");
        const auto sql = test::adminSql;
        QTemporaryDir dir;
        const auto runbook = oneStep(dir, "### Say and stop\n\n~~~bash\necho started\nsleep 0.5\n"
                                          "STEP_LEFT=here\necho done\n~~~\n");
        QUrl anaUrl(db);
        anaUrl.setUserName(QStringLiteral("ana_away"));
        auto storeA = openStore(anaUrl.toString(), QStringLiteral("Ana"));
        auto storeB = openStore(db, QStringLiteral("Ben"));
        IncidentConsole ana(storeA.get(), nullptr);
        execution::DeclareOptions options;
        options.workingDirectory = dir.path();
        QVERIFY(ana.start(runbook, QStringLiteral("Print"), options));
        ana.show();
        QVERIFY(ana.goTo(gui::Phase::RollBack));
        ana.rollbackPage()->selectStep(0);
        QSignalSpy finished(ana.engine(), &execution::Engine::stepFinished);
        QSignalSpy printed(ana.engine(), &execution::Engine::output);
        QVERIFY(ana.engine()->runStep(0));
        QTRY_VERIFY(printed.size() >= 1);
        sql(QStringLiteral("ALTER ROLE ana_away NOLOGIN"));
        sql(QStringLiteral(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'ana_away'"));
        QTRY_VERIFY(!ana.connectionBanner()->isHidden());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        // Away: shown as it ended, not as an outcome to look at.
        QCOMPARE(ana.engine()->state().step(0).state, incident::StepState::Succeeded);
        const qint64 id = ana.incidentId();
        const auto count = [&](const QString &type) {
            int n = 0;
            const auto events = storeB->events(id);
            for (const incident::Event &e : events ? *events : QList<incident::Event>())
                n += e.type == type ? 1 : 0;
            return n;
        };
        QCOMPARE(count(QStringLiteral("step_finished")), 0);
        const qint64 endedBy = QDateTime::currentMSecsSinceEpoch();
        sql(QStringLiteral("ALTER ROLE ana_away LOGIN"));
        QTRY_VERIFY(ana.connectionBanner()->isHidden());
        QTRY_COMPARE(count(QStringLiteral("step_finished")), 1);
        QCOMPARE(count(QStringLiteral("step_outcome_unknown")), 0);
        // Recorded at the time it ended, not when the store took it (the report's timeline
        // and the step's duration read it).
        const auto recorded = storeB->events(id);
        QVERIFY(recorded);
        for (const incident::Event &e : *recorded) {
            if (e.type == QLatin1String("step_finished"))
                QVERIFY2(
                    e.atMs <= endedBy,
                    qPrintable(
                        QStringLiteral("recorded %1 ms after it ended").arg(e.atMs - endedBy)));
        }
        // Her own pane shows the lines it printed while away once they are stored, not
        // only those stored before (it no longer polls a step that has ended).
        QTRY_VERIFY2(test::shownLogLines(ana).contains(QStringLiteral("done")),
                     qPrintable(test::shownLogLines(ana).join(QLatin1Char('|'))));
        QTRY_COMPARE(count(QStringLiteral("session_changed")), 1);
        QTRY_VERIFY(storeB->team(id)->claims.isEmpty());
        // Back, the step's page no longer says the store is away, nor that reading who is
        // here failed on the connection the server cut (it is read again on a new one).
        const QString said = ana.rollbackPage()->message();
        QVERIFY2(!said.contains(QLatin1String("has not answered")) &&
                     !said.contains(QLatin1String("Could not read")),
                 qPrintable(said));
        // The console's own journal holds it once, recorded, no stand-in left.
        int held = 0;
        for (const incident::Event &e : ana.engine()->journal()) {
            if (e.type == QLatin1String("step_finished")) {
                ++held;
                QVERIFY(e.id > 0);
            }
        }
        QCOMPARE(held, 1);
    }

    // Consoles gone long ago leave the list when someone joins, unless they hold a step.
    void goneConsolesAreClearedUnlessTheyHoldAStep()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        auto store = openStore(db, QStringLiteral("Ana"));
        incident::IncidentRecord record;
        record.title = QStringLiteral("ghosts");
        const auto id = store->createIncident(record);
        QVERIFY(id.ok());
        incident::Presence ghost;
        ghost.operatorName = QStringLiteral("Gone");
        ghost.console = QStringLiteral("gone");
        QVERIFY(store->heartbeat(*id, ghost, 1)); // expired a millisecond later
        ghost.operatorName = QStringLiteral("Holder");
        ghost.console = QStringLiteral("holder");
        QVERIFY(store->heartbeat(*id, ghost, 1));
        QVERIFY(store->claimStep(*id, QStringLiteral("P"), 0, QStringLiteral("holder")).ok());
        QTRY_VERIFY(store->team(*id)->alive().isEmpty());
        // Eight lifetimes of a 1 ms heartbeat pass on the server's clock: the one without
        // a step goes, the holder stays.
        QTRY_VERIFY(store->clearGone(*id) && store->team(*id)->consoles.size() == 1);
        QCOMPARE(store->team(*id)->consoles.constFirst().operatorName, QStringLiteral("Holder"));
        incident::TeamSession joining(store.get(), *id);
        QVERIFY(joining.start());
        QStringList names;
        for (const incident::Presence &p : joining.view().consoles)
            names << p.operatorName;
        names.sort();
        QCOMPARE(names, QStringList({QStringLiteral("Ana"), QStringLiteral("Holder")}));
    }

    // Four-eyes in the GUI: Ana turns it on, her destructive step's Run stays locked and
    // says why; she asks; Ben's panel shows the request with the exact command and he
    // approves with a note; Ana's Run unlocks and her page says who approved.
    // Ana's `rollcage run` is killed holding step 1: Ben's page offers Take over… where
    // the step is; with a reason the step is his and its outcome unknown, to resolve.
    void takeOverFromAKilledConsole()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        QTemporaryDir dir;
        const QString killed = enginetest::killAnaMidStep(db, dir.path());
        QVERIFY2(killed.isEmpty(), qPrintable(killed));
        auto storeB = openStore(db, QStringLiteral("Ben"));
        const qint64 id = storeB->incidents()->constLast().id;
        IncidentConsole ben(storeB.get(), nullptr);
        QVERIFY(ben.resume(id, m_runbook));
        ben.show();
        QVERIFY(ben.goTo(gui::Phase::RollBack));
        ben.rollbackPage()->selectStep(0);
        auto *takeOver = ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("takeOverButton"));
        QVERIFY(takeOver);
        QTRY_VERIFY_WITH_TIMEOUT(!takeOver->isHidden(), 10000);
        QTest::mouseClick(takeOver, Qt::LeftButton);
        test::answerTextDialog(QStringLiteral("Ana's laptop died"));
        QTRY_COMPARE(ben.engine()->state().step(0).state, incident::StepState::OutcomeUnknown);
        QVERIFY(takeOver->isHidden());
        auto *markDone = ben.rollbackPage()->findChild<QPushButton *>(QStringLiteral("markDoneButton"));
        QTRY_VERIFY(!markDone->isHidden() && markDone->isEnabled());
    }

    // An observer's console sends no message: copying it to the clipboard is refused
    // before anything is copied (only its record could be refused afterwards), the page
    // says why, and nothing is journalled. Back as an operator, the same copy goes.
    void anObserverSendsNoMessage()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamconsole_postgresql)");
        auto runbook = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        test::TwoConsoles team =
            test::declareAndJoin(db, *runbook, runbook->procedures.constFirst().title);
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ben = *team.ben;
        QVERIFY(ben.engine()->setRole(QStringLiteral("observer")));
        QVERIFY(ben.goTo(gui::Phase::Communicate));
        gui::CommunicatePage *page = ben.communicatePage();
        page->leaveUnfilledAsWritten();
        QVERIFY(page->canSend());
        QApplication::clipboard()->setText(QStringLiteral("what was there before"));
        const auto sent = [&] {
            const auto events = team.anaStore->events(ben.incidentId());
            int n = 0;
            for (const incident::Event &e : events ? *events : QList<incident::Event>())
                n += e.type == QLatin1String("message_sent") ? 1 : 0;
            return n;
        };

        QVERIFY(!page->sendTo(QStringLiteral("copy")));
        QVERIFY2(page->pageMessage().contains(QStringLiteral("observer")),
                 qPrintable(page->pageMessage()));
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("what was there before"));
        QCOMPARE(sent(), 0);

        QVERIFY(ben.engine()->setRole(QStringLiteral("operator")));
        QVERIFY(page->sendTo(QStringLiteral("copy")));
        QCOMPARE(QApplication::clipboard()->text(), page->messageText());
        QCOMPARE(sent(), 1);
    }

private:
    runbook::Runbook m_runbook;
};

QTEST_MAIN(TestTeamConsole)
#include "tst_teamconsole.moc"
