#include "messaging/StakeholderPlan.h"

#include <QTest>

using namespace rollcage::messaging;
using rollcage::runbook::Runbook;
using rollcage::runbook::Stakeholder;

class TestStakeholderPlan : public QObject
{
    Q_OBJECT

    const QDateTime start = QDateTime(QDate(2026, 11, 22), QTime(3, 12), QTimeZone::UTC);

private Q_SLOTS:
    void dueTimesCountFromTheIncidentStart()
    {
        Runbook runbook;
        runbook.stakeholders = {
            Stakeholder{QStringLiteral("Engineering team"), QStringLiteral("Slack #incidents"),
                        QStringLiteral("Immediately"), 0, 40},
            Stakeholder{QStringLiteral("Product Manager"), QStringLiteral("Slack DM + Email"),
                        QStringLiteral("Within 15 min"), 15, 41},
            Stakeholder{QStringLiteral("Customers"), QStringLiteral("Status page"),
                        QStringLiteral("When resolved"), std::nullopt, 42},
        };
        const StakeholderPlan plan = StakeholderPlan::build(runbook, start);
        QVERIFY(!plan.isDefault());
        QCOMPARE(plan.entries().size(), 3);
        QCOMPARE(StakeholderPlan::describe(plan.entries().at(1)),
                 QStringLiteral("Product Manager — within 15 min — due 03:27"));
        // "Immediately" gets a few minutes' grace rather than being overdue at once.
        QCOMPARE(plan.entries().at(0).due, start.addSecs(StakeholderPlan::kImmediateGraceMinutes * 60));
        QVERIFY(!plan.entries().at(2).due.isValid());
        QCOMPARE(plan.entries().at(1).line, 41);
    }

    void stateFollowsTheClock_data()
    {
        QTest::addColumn<int>("minutesLater");
        QTest::addColumn<bool>("done");
        QTest::addColumn<int>("state");
        QTest::newRow("before due") << 10 << false << int(PlanState::Pending);
        QTest::newRow("at due") << 15 << false << int(PlanState::Pending);
        QTest::newRow("after due") << 16 << false << int(PlanState::Overdue);
        QTest::newRow("done late") << 40 << true << int(PlanState::Done);
    }

    void stateFollowsTheClock()
    {
        QFETCH(int, minutesLater);
        QFETCH(bool, done);
        Runbook runbook;
        runbook.stakeholders = {Stakeholder{QStringLiteral("PM"), QStringLiteral("Email"),
                                            QStringLiteral("Within 15 min"), 15, 1}};
        const StakeholderPlan plan = StakeholderPlan::build(runbook, start);
        QTEST(int(StakeholderPlan::state(plan.entries().first(), done, start.addSecs(minutesLater * 60))),
              "state");
    }

    void runbookWithoutATableGetsADefaultPlan()
    {
        const StakeholderPlan plan = StakeholderPlan::build(Runbook{}, start);
        QVERIFY(plan.isDefault());
        QCOMPARE(plan.entries().size(), 2);
        QCOMPARE(plan.entries().at(1).due, start.addSecs(30 * 60));
    }

    void cadenceComesFromTheRunbook()
    {
        Runbook runbook;
        runbook.statusCadenceMinutes = 15;
        const StakeholderPlan plan = StakeholderPlan::build(runbook, start);
        QCOMPARE(plan.cadenceMinutes(), 15);
        QCOMPARE(plan.nextStatusUpdate(start), start.addSecs(15 * 60));
        QCOMPARE(StakeholderPlan::build(Runbook{}, start).cadenceMinutes(),
                 StakeholderPlan::kDefaultCadenceMinutes);
    }
};

QTEST_GUILESS_MAIN(TestStakeholderPlan)
#include "tst_stakeholderplan.moc"
