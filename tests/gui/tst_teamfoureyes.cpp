// Four-eyes approval through two consoles on one incident in a shared PostgreSQL store
// (tests/pg-session.sh): Ana turns it on, her destructive step waits for a second person,
// she asks, Ben reads the request with its command in his panel and approves it, and her
// Run unlocks; her log takes back the room the approval's lines took when she runs it.
#include "TeamConsoles.h"
#include "gui/IncidentConsole.h"
#include "gui/RollbackPage.h"
#include "gui/TeamActions.h"
#include "incident/IncidentState.h"
#include "runbook/Importer.h"

#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTest>

using namespace rollcage;
using gui::IncidentConsole;

class TestTeamFourEyes : public QObject
{
    Q_OBJECT

    // What a page does once the event loop turns (its layout's deferred passes): run.
    static void settle()
    {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

private Q_SLOTS:
    void fourEyesThroughBothConsoles()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_teamfoureyes_postgresql)");
        auto runbook = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/gui/fixtures/four-eyes-drill.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        const test::TwoConsoles team =
            test::declareAndJoin(db, *runbook, QStringLiteral("Reset the cache"));
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        ana.show();
        ben.show();
        QVERIFY(ana.goTo(gui::Phase::RollBack));
        ana.rollbackPage()->selectStep(1);

        auto *fourEyes = ana.teamActions()->findChild<QCheckBox *>(QStringLiteral("fourEyesBox"));
        QVERIFY(fourEyes && fourEyes->isEnabled());
        QTest::mouseClick(fourEyes, Qt::LeftButton, {}, QPoint(8, fourEyes->height() / 2));
        QVERIFY(ana.engine()->state().fourEyes);
        QTRY_VERIFY(ben.engine()->state().fourEyes);

        const auto find = [](const IncidentConsole &c, const char *name) {
            return c.rollbackPage()->findChild<QWidget *>(QString::fromLatin1(name));
        };
        auto *run = qobject_cast<QPushButton *>(find(ana, "runButton"));
        auto *ask = qobject_cast<QPushButton *>(find(ana, "requestApprovalButton"));
        auto *approval = qobject_cast<QLabel *>(find(ana, "approvalLabel"));
        ana.rollbackPage()->setConfirmation(QStringLiteral("cache"));
        QTRY_VERIFY(!approval->isHidden());
        QVERIFY2(approval->text().contains(QStringLiteral("needs a second person's approval")),
                 qPrintable(approval->text()));
        QVERIFY(!run->isEnabled());
        QVERIFY(ask->isEnabled());
        QTest::mouseClick(ask, Qt::LeftButton);
        test::answerTextDialog(QStringLiteral("the cache serves stale prices"));
        QTRY_VERIFY(
            approval->text().contains(QStringLiteral("waits for a second person's approval")));
        QVERIFY(!ask->isEnabled());
        auto *said = qobject_cast<QLabel *>(find(ana, "messageLabel"));
        QVERIFY2(said->text().contains(QStringLiteral("requested")), qPrintable(said->text()));

        QTRY_COMPARE(ben.teamActions()->requestCount(), 1);
        auto *command =
            ben.teamActions()->findChild<QPlainTextEdit *>(QStringLiteral("approvalCommand"));
        QVERIFY(command);
        QCOMPARE(command->toPlainText().trimmed(), QStringLiteral("echo \"dropping the cache\""));
        // Ana's own panel shows her request without buttons: four eyes are two people.
        QTRY_COMPARE(ana.teamActions()->requestCount(), 1);
        QVERIFY(!ana.teamActions()->findChild<QPushButton *>(QStringLiteral("approveButton")));
        auto *approve =
            ben.teamActions()->findChild<QPushButton *>(QStringLiteral("approveButton"));
        QVERIFY(approve && approve->isEnabled());
        QTest::mouseClick(approve, Qt::LeftButton);
        test::answerTextDialog(QStringLiteral("prices checked"));

        QTRY_VERIFY(run->isEnabled());
        QVERIFY2(approval->text().contains(QStringLiteral("Approved by Ben")),
                 qPrintable(approval->text()));
        // What she was told when she asked is not left beside it, stale.
        QVERIFY2(!said->text().contains(QStringLiteral("requested")), qPrintable(said->text()));
        // Nor a greyed "Request approval…" beside an approval that holds.
        QVERIFY(ask->isHidden());
        QTRY_COMPARE(ben.teamActions()->requestCount(), 0);

        // Her Run gives her log the room the approval's lines took. A line that goes
        // because of another console (Ben's approval) leaves the log where it is, not to move
        // it under the reader's eyes; her own Run may.
        QTest::mouseClick(run, Qt::LeftButton);
        QTRY_COMPARE(ana.engine()->state().step(1).state, incident::StepState::Succeeded);
        settle();
        // The step's text has the height it needs for what it shows now, no more: the log
        // has the rest.
        auto *split = ana.rollbackPage()->findChild<QSplitter *>(QStringLiteral("rightSplit"));
        auto *text = ana.rollbackPage()->findChild<QWidget *>(QStringLiteral("detailPane"));
        QVERIFY(split && text && text->hasHeightForWidth());
        QCOMPARE(split->sizes().value(0), text->heightForWidth(text->width()));
    }
};

QTEST_MAIN(TestTeamFourEyes)
#include "tst_teamfoureyes.moc"
