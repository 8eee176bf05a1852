#include "gui/AssessPage.h"

#include <QComboBox>
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

    static Runbook withLevels(Runbook r)
    {
        r.severities = {SeverityLevel{QStringLiteral("P1 — Critical"), QStringLiteral("Checkout down"),
                                      QStringLiteral("15 minutes"), 15, 3},
                        SeverityLevel{QStringLiteral("P2 — Major"), QStringLiteral("Checkout slow"),
                                      QStringLiteral("1 hour"), 60, 4},
                        SeverityLevel{QStringLiteral("P3 — Minor"), QString(),
                                      QStringLiteral("next business day"), std::nullopt, 5}};
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

    // The runbook's severity levels are offered with their response times; a matrix row
    // that names one ("Critical") chooses it; the choice is recorded.
    void offersTheRunbooksSeverities()
    {
        AssessPage page;
        page.setRunbook(withLevels(runbook()));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("levelCombo"));
        QVERIFY(combo->isVisible());
        QCOMPARE(combo->count(), 4); // "Not assessed" and the three levels
        QCOMPARE(combo->itemText(2), QStringLiteral("P2 — Major — respond within 1 hour"));
        QCOMPARE(combo->itemData(1, Qt::ToolTipRole).toString(), QStringLiteral("Checkout down"));
        page.selectDecision(1); // severity "Low": no level of that name
        page.selectSeverity(-1);
        QCOMPARE(combo->currentIndex(), 0);
        page.selectDecision(0); // severity "Critical"
        QCOMPARE(combo->currentText(), QStringLiteral("P1 — Critical — respond within 15 minutes"));
        QSignalSpy recorded(&page, &AssessPage::decisionRecorded);
        page.setJustification(QStringLiteral("checkout down since 02:58"));
        QVERIFY(page.record());
        const auto choice = recorded.first().first().value<AssessChoice>();
        QVERIFY(choice.severity);
        QCOMPARE(choice.severity->name, QStringLiteral("P1 — Critical"));
    }

    // Without a matrix the level's response time is the deadline shown; without levels
    // there is no severity box at all.
    void aLevelGivesTheDeadlineWithoutAMatrix()
    {
        AssessPage page;
        page.setRunbook(withLevels(Runbook{}));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *deadline = page.findChild<QLabel *>(QStringLiteral("deadlineValue"));
        QVERIFY(!deadline->isVisible());
        page.selectSeverity(1);
        QVERIFY(deadline->isVisible());
        QVERIFY2(deadline->text().contains(QStringLiteral("countdown of 60 minute")), qPrintable(deadline->text()));
        page.selectSeverity(2); // no time: nothing to count down
        QVERIFY(!deadline->text().contains(QStringLiteral("countdown")));

        AssessPage plain;
        plain.setRunbook(runbook());
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        QVERIFY(!plain.findChild<QComboBox *>(QStringLiteral("levelCombo"))->isVisible());
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
