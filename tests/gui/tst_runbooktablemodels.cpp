#include "gui/RunbookTableModels.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace rollcage::gui;
using namespace rollcage::runbook;

class TestRunbookTableModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisionModelServesTheMatrix()
    {
        DecisionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setDecisions({Decision{QStringLiteral("Checkout 5xx"), QStringLiteral("Critical"),
                                     QStringLiteral("Immediate rollback"), QStringLiteral("< 15 minutes"), 15, 12},
                            Decision{QStringLiteral("Typo"), QStringLiteral("Low"),
                                     QStringLiteral("Fix forward"), QStringLiteral("Next release"), std::nullopt, 13}});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DecisionModel::ColumnCount));
        QCOMPARE(model.index(0, DecisionModel::Deadline).data().toString(), QStringLiteral("< 15 minutes"));
        QCOMPARE(model.headerData(DecisionModel::Severity, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Severity"));
        // Critical rows stand out; low ones do not.
        QVERIFY(model.index(0, DecisionModel::Severity).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(1, DecisionModel::Severity).data(Qt::ForegroundRole).isValid());
        model.setDecisions({});
        QCOMPARE(model.rowCount(), 0);
    }

    void triggerModelServesTheTable()
    {
        TriggerModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTriggers({Trigger{QStringLiteral("Error rate"), QStringLiteral("> 2% for 5 min"),
                                   QStringLiteral("Immediate rollback"), 20}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, TriggerModel::Threshold).data().toString(), QStringLiteral("> 2% for 5 min"));
    }
};

QTEST_MAIN(TestRunbookTableModels)
#include "tst_runbooktablemodels.moc"
