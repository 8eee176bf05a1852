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
};

QTEST_MAIN(TestEscalationModel)
#include "tst_escalationmodel.moc"
