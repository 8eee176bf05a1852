#include "gui/AssessPage.h"

#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QSignalSpy>
#include <QTest>

using namespace rollcage::gui;
using namespace rollcage::runbook;

class TestAssessPage : public QObject
{
    Q_OBJECT

    static Runbook runbook()
    {
        Runbook r;
        r.decisions = {Decision{QStringLiteral("Checkout 5xx above 2%"), QStringLiteral("Critical"),
                                QStringLiteral("Immediate rollback"), QStringLiteral("< 15 minutes"), 15, 10},
                       Decision{QStringLiteral("Receipt typo"), QStringLiteral("Low"), QStringLiteral("Fix forward"),
                                QStringLiteral("Next release"), std::nullopt, 11}};
        r.triggers = {Trigger{QStringLiteral("Error rate"), QStringLiteral("> 2% for 5 min"),
                              QStringLiteral("Immediate rollback"), 20}};
        return r;
    }

private Q_SLOTS:
    void recordingNeedsARowAndAJustification()
    {
        AssessPage page;
        page.setRunbook(runbook());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("recordButton"));
        QVERIFY(!button->isEnabled());
        page.selectDecision(0);
        QVERIFY(!button->isEnabled());
        page.setJustification(QStringLiteral("   "));
        QVERIFY(!button->isEnabled());
        page.setJustification(QStringLiteral("5xx at 4% since the deploy"));
        QVERIFY(button->isEnabled());
    }

    void recordsTheChoice()
    {
        AssessPage page;
        page.setRunbook(runbook());
        QSignalSpy recorded(&page, &AssessPage::decisionRecorded);
        page.selectDecision(0);
        page.setJustification(QStringLiteral("5xx at 4% since the deploy"));
        QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("recordButton")), Qt::LeftButton);
        QCOMPARE(recorded.size(), 1);
        const auto choice = recorded.first().first().value<AssessChoice>();
        QCOMPARE(choice.decisionRow, 0);
        QCOMPARE(choice.decision.deadlineMinutes, std::optional<int>(15));
        QCOMPARE(choice.approach, AssessChoice::Approach::Rollback);
        QCOMPARE(choice.justification, QStringLiteral("5xx at 4% since the deploy"));
    }

    void fixForwardRowsSuggestFixForward()
    {
        AssessPage page;
        page.setRunbook(runbook());
        QSignalSpy recorded(&page, &AssessPage::decisionRecorded);
        page.selectDecision(1);
        page.setJustification(QStringLiteral("cosmetic only"));
        QVERIFY(page.record());
        QCOMPARE(recorded.first().first().value<AssessChoice>().approach, AssessChoice::Approach::FixForward);
    }

    // Seed 001 has no matrix: no empty table and no "Choose a row above", but a page that
    // says what to do instead, with the justification ready for typing.
    void runbookWithoutAMatrixStillRecords()
    {
        AssessPage page;
        page.setRunbook(Runbook{});
        page.resize(900, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("decisionsView"))->isVisible());
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("triggersView"))->isVisible());
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("chosenValue"))->isVisible());
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("decisionsLabel"))->text().contains(QStringLiteral("no decision matrix")));
        // Nothing above it says to pick a row of the matrix there is not.
        QVERIFY(!page.findChild<QLabel *>(QStringLiteral("introLabel"))->isVisible());
        page.setJustification(QStringLiteral("API down after deploy"));
        QVERIFY(page.canRecord());
    }

    // Every row of a matrix is shown, one line each when it fits, with no blank rows.
    void everyRowShows()
    {
        AssessPage page;
        page.setRunbook(runbook());
        page.resize(1100, 620);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("decisionsView"));
        QTRY_VERIFY(view->visualRect(view->model()->index(1, 0)).bottom() <= view->viewport()->height());
        QVERIFY(view->rowHeight(0) < 2 * view->fontMetrics().lineSpacing() + 8);
    }
};

QTEST_MAIN(TestAssessPage)
#include "tst_assesspage.moc"
