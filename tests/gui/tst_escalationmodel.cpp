#include "gui/EscalationModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QSignalSpy>
#include <QTest>

#include <optional>

using namespace rollcage;
using namespace rollcage::gui;

namespace {

runbook::EscalationLevel timed(int n, const char *who, const char *group, std::optional<int> after)
{
    runbook::EscalationLevel l;
    l.level = n;
    l.who = QString::fromUtf8(who);
    l.group = QString::fromUtf8(group);
    l.line = 20 + n;
    l.afterMinutes = after;
    if (after)
        l.afterText = *after == 0 ? QStringLiteral("immediately") : QStringLiteral("after %1 min").arg(*after);
    return l;
}

// An in-house chain called by time and a vendor desk after half an hour.
QList<runbook::EscalationLevel> timedLevels()
{
    return {timed(1, "On-call", "In-house", 0), timed(2, "Team lead", "In-house", 15),
            timed(3, "Director", "In-house", 45), timed(4, "Vendor desk", "Vendor", 30),
            timed(5, "Vendor manager", "Vendor", std::nullopt)};
}

} // namespace

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

    // A level is due once the incident is as old as its time and until it, or a later
    // level of its own list, is called; a call to another list does not settle it.
    void dueLevels_data()
    {
        QTest::addColumn<qint64>("ageMinutes"); // -1: no open incident
        QTest::addColumn<QList<int>>("called");
        QTest::addColumn<QList<int>>("due");
        QTest::addColumn<qint64>("nextDueMinutes"); // -1: none will fall due
        QTest::newRow("no open incident") << qint64(-1) << QList<int>{} << QList<int>{} << qint64(-1);
        QTest::newRow("just declared: call at once") << qint64(0) << QList<int>{} << QList<int>{1} << qint64(15);
        QTest::newRow("first called, not due yet") << qint64(14) << QList<int>{1} << QList<int>{} << qint64(15);
        QTest::newRow("due at its minute") << qint64(15) << QList<int>{1} << QList<int>{2} << qint64(30);
        QTest::newRow("nobody called for 50 min") << qint64(50) << QList<int>{} << QList<int>{1, 2, 3, 4} << qint64(-1);
        QTest::newRow("a later level of the list passes over earlier ones")
            << qint64(50) << QList<int>{3} << QList<int>{4} << qint64(-1);
        QTest::newRow("the vendor called, in-house still due")
            << qint64(50) << QList<int>{4} << QList<int>{1, 2, 3} << qint64(-1);
        QTest::newRow("called after due") << qint64(20) << QList<int>{1, 2} << QList<int>{} << qint64(30);
    }
    void dueLevels()
    {
        QFETCH(qint64, ageMinutes);
        QFETCH(QList<int>, called);
        QFETCH(QList<int>, due);
        QFETCH(qint64, nextDueMinutes);
        EscalationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLevels(timedLevels());
        model.setCalled(called);
        model.setIncidentAge(ageMinutes < 0 ? std::nullopt : std::optional<qint64>(ageMinutes * 60'000));
        QCOMPARE(model.dueLevels(), due);
        QCOMPARE(model.nextDueAt().value_or(-60'000) / 60'000, nextDueMinutes);
        for (int level = 1; level <= 5; ++level) {
            const QModelIndex i = model.index(model.rowOfLevel(level));
            const bool isDue = due.contains(level);
            QCOMPARE(i.data(EscalationModel::DueRole).toBool(), isDue);
            QCOMPARE(i.data().toString().contains(QStringLiteral("due now")), isDue);
            QCOMPARE(i.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("due now")), isDue);
            QCOMPARE(!i.data(Qt::DecorationRole).value<QIcon>().isNull(), isDue);
            if (isDue)
                QVERIFY(i.data(Qt::FontRole).value<QFont>().bold());
        }
    }

    // The model announces a row only when its due state changes, not on every tick.
    void tickingAnnouncesOnlyChanges()
    {
        EscalationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setLevels(timedLevels());
        model.setCalled({1});
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setIncidentAge(10 * 60'000);
        model.setIncidentAge(11 * 60'000);
        QCOMPARE(changed.count(), 0);
        model.setIncidentAge(15 * 60'000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOfLevel(2));
        model.setIncidentAge(16 * 60'000);
        QCOMPARE(changed.count(), 1);
    }

    // Amber text readable on both: dark on a light base, light on a dark one.
    void dueColourFollowsThePalette()
    {
        const QPalette original = QGuiApplication::palette();
        QPalette light;
        light.setColor(QPalette::Base, Qt::white);
        QGuiApplication::setPalette(light);
        const QColor onLight = EscalationModel::dueColor();
        QPalette dark;
        dark.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
        QGuiApplication::setPalette(dark);
        const QColor onDark = EscalationModel::dueColor();
        QGuiApplication::setPalette(original);
        QVERIFY(onLight.lightnessF() < 0.4);
        QVERIFY(onDark.lightnessF() > 0.6);
        QVERIFY(!EscalationModel::dueIcon().isNull());
    }
};

QTEST_MAIN(TestEscalationModel)
#include "tst_escalationmodel.moc"
