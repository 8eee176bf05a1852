#include "gui/EscalationModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

class TestEscalationModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void marksCalledLevelsAndTheNextOne()
    {
        EscalationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setLevels({{1, QStringLiteral("On-call engineer"), 40},
                         {2, QStringLiteral("Team lead"), 41},
                         {3, QStringLiteral("Head of engineering"), 42}});
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Level 1: On-call engineer"));
        QVERIFY(model.index(0).data(Qt::FontRole).value<QFont>().bold()); // call this one next
        QVERIFY(model.index(0).data(Qt::ToolTipRole).toString().contains(QStringLiteral("40")));

        model.setReached(2);
        QVERIFY(model.index(0).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(model.index(1).data().toString().contains(QStringLiteral("called")));
        QVERIFY(!model.index(2).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(model.index(2).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(2).data(EscalationModel::WhoRole).toString(), QStringLiteral("Head of engineering"));
    }

    // An in-house list and a vendor list: a heading before each, levels numbered on, and
    // calling the vendor first marks only the vendor as called.
    void groupsShowHeadingsAndNextIsAboveTheHighestCalled()
    {
        EscalationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto level = [](int n, const char *who, const char *group, const char *label = "") {
            runbook::EscalationLevel l;
            l.level = n;
            l.who = QString::fromUtf8(who);
            l.group = QString::fromUtf8(group);
            l.label = QString::fromUtf8(label);
            l.line = 10 + n;
            return l;
        };
        model.setLevels({level(1, "On-call", "In-house", "Level 1"), level(2, "Manager", "In-house", "Level 2"),
                         level(3, "Vendor desk", "Vendor", "Level 1"), level(4, "Vendor manager", "Vendor", "Level 2")});
        QVERIFY(model.showsGroups());
        QCOMPARE(model.rowCount(), 6);
        QVERIFY(model.isHeading(0));
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("In-house"));
        QVERIFY(!(model.flags(model.index(0)) & Qt::ItemIsSelectable));
        QVERIFY(model.flags(model.index(1)) & Qt::ItemIsSelectable);
        QVERIFY(model.isHeading(3));
        QCOMPARE(model.index(3).data(EscalationModel::GroupRole).toString(), QStringLiteral("Vendor"));
        QCOMPARE(model.index(4).data().toString(), QStringLiteral("Level 3: Vendor desk"));
        QCOMPARE(model.rowOfLevel(3), 4);
        QCOMPARE(model.level(4).who, QStringLiteral("Vendor desk"));
        // The vendor numbers it 1; the tooltip says so beside the line.
        const QString tip = model.index(4).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("\"Level 1\"")) && tip.contains(QStringLiteral("13")), qPrintable(tip));
        QCOMPARE(model.nextLevel(), 1);
        QVERIFY(model.index(1).data(EscalationModel::NextRole).toBool());

        model.setCalled({3});
        QCOMPARE(model.reached(), 3);
        QCOMPARE(model.nextLevel(), 4);
        QVERIFY(!model.index(1).data(EscalationModel::ReachedRole).toBool()); // nobody in-house yet
        QVERIFY(!model.index(2).data().toString().contains(QStringLiteral("called")));
        QVERIFY(model.index(4).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(model.index(5).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(3).data(EscalationModel::NextRole).toBool());

        model.setCalled({3, 4});
        QCOMPARE(model.nextLevel(), 0); // nobody left above the highest called
        for (int r = 0; r < model.rowCount(); ++r)
            QVERIFY(!model.index(r).data(EscalationModel::NextRole).toBool());
    }

    // One list: no headings, rows are levels as before; times read beside the contact.
    void singleListHasNoHeadings()
    {
        EscalationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        runbook::EscalationLevel a;
        a.level = 1;
        a.who = QStringLiteral("Team lead");
        a.group = QStringLiteral("Escalation");
        a.afterText = QStringLiteral("after 15 min");
        a.afterMinutes = 15;
        runbook::EscalationLevel b = a;
        b.level = 3; // "L3" written after level 1: next after 1 is 3
        b.who = QStringLiteral("VP");
        model.setLevels({a, b});
        QVERIFY(!model.showsGroups());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0).data().toString(), QStringLiteral("Level 1: Team lead (after 15 min)"));
        model.setCalled({1});
        QCOMPARE(model.nextLevel(), 3);
        QVERIFY(model.index(1).data(Qt::FontRole).value<QFont>().bold());
    }
};

QTEST_MAIN(TestEscalationModel)
#include "tst_escalationmodel.moc"
