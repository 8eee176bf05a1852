#include "gui/AssessPage.h"

#include <QPushButton>
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

    void runbookWithoutAMatrixStillRecords()
    {
        AssessPage page;
        page.setRunbook(Runbook{});
        page.setJustification(QStringLiteral("API down after deploy"));
        QVERIFY(page.canRecord());
    }
};

QTEST_MAIN(TestAssessPage)
#include "tst_assesspage.moc"
