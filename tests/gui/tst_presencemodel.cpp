// gui/PresenceModel: who is on a team incident, as the console's presence list shows it.
#include "gui/PresenceModel.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace rollcage;
using gui::PresenceModel;

namespace {
incident::Presence person(const QString &console, const QString &name, const QString &where,
                          qint64 since, qint64 expires)
{
    incident::Presence p;
    p.console = console;
    p.operatorName = name;
    p.location = where;
    p.role = QStringLiteral("operator");
    p.sinceMs = since;
    p.seenMs = since;
    p.expiresMs = expires;
    return p;
}
} // namespace

class TestPresenceModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listsWhoWhereAndSince()
    {
        PresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        incident::TeamView view;
        view.nowMs = 10'000;
        view.consoles = {
            person(QStringLiteral("a"), QStringLiteral("Ana Lima"),
                   QStringLiteral("running step 3"), 1'000, 20'000),
            person(QStringLiteral("b"), QStringLiteral("Ben Okafor"), QString(), 2'000, 20'000),
            person(QStringLiteral("c"), QStringLiteral("Chris Park"), QStringLiteral("Prepare"),
                   3'000, 9'000)};
        view.consoles[0].role = QStringLiteral("commander");
        view.consoles[2].role = QStringLiteral("observer");
        model.setView(view, QStringLiteral("b"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(PresenceModel::ColumnCount));
        QCOMPARE(model.aliveCount(), 2);
        // Oneself first, marked; then in the order they came.
        QCOMPARE(model.index(0, PresenceModel::Name).data().toString(),
                 QStringLiteral("Ben Okafor (you)"));
        QVERIFY(model.index(0, 0).data(PresenceModel::OwnRole).toBool());
        QCOMPARE(model.index(0, PresenceModel::Where).data().toString(), QStringLiteral("joining"));
        QCOMPARE(model.index(1, PresenceModel::Name).data().toString(), QStringLiteral("Ana Lima"));
        QCOMPARE(model.index(1, PresenceModel::Where).data().toString(),
                 QStringLiteral("running step 3"));
        QVERIFY(!model.index(1, PresenceModel::Since).data().toString().isEmpty());
        // Who is what: the commander decides and approves, an observer only reads.
        QCOMPARE(model.index(1, PresenceModel::Duty).data().toString(), QStringLiteral("Commander"));
        QCOMPARE(model.index(0, PresenceModel::Duty).data().toString(), QStringLiteral("Operator"));
        QCOMPARE(model.index(2, PresenceModel::Duty).data().toString(), QStringLiteral("Observer"));
        // A console that stopped beating stays listed, said to be silent.
        QCOMPARE(model.index(2, PresenceModel::Where).data().toString(),
                 QStringLiteral("not answering"));
        QVERIFY(!model.index(2, 0).data(PresenceModel::AliveRole).toBool());
        QVERIFY(model.index(2, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("taken over")));
        QCOMPARE(model.headerData(PresenceModel::Where, Qt::Horizontal, Qt::DisplayRole).toString(),
                 QStringLiteral("Where"));
    }

    // A heartbeat or a move changes cells, not rows: no reset, so nothing jumps.
    void aBeatUpdatesInPlace()
    {
        PresenceModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        incident::TeamView view;
        view.nowMs = 10'000;
        view.consoles = {person(QStringLiteral("a"), QStringLiteral("Ana Lima"),
                                QStringLiteral("Assess"), 1'000, 20'000)};
        model.setView(view, QStringLiteral("z"));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        view.consoles[0].location = QStringLiteral("at step 2");
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 1);
        QCOMPARE(model.index(0, PresenceModel::Where).data().toString(),
                 QStringLiteral("at step 2"));
        // Her claim says she runs a step, though her row was not rewritten; its release
        // shows her where she said she was. One row changes each time.
        view.claims = {{QStringLiteral("Roll Forward"), 1, QStringLiteral("a"),
                        QStringLiteral("Ana Lima"), 10'000}};
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(resets.size(), 0);
        QCOMPARE(changes.size(), 2);
        QCOMPARE(model.index(0, PresenceModel::Where).data().toString(),
                 QStringLiteral("running step 2"));
        view.claims.clear();
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(changes.size(), 3);
        QCOMPARE(model.index(0, PresenceModel::Where).data().toString(),
                 QStringLiteral("at step 2"));
        // A beat that changes nothing shown says nothing; a move says which row moved.
        view.consoles << person(QStringLiteral("b"), QStringLiteral("Ben Okafor"), QString(), 2'000,
                                20'000);
        model.setView(view, QStringLiteral("z"));
        changes.clear();
        view.nowMs = 12'000;
        view.consoles[0].seenMs = 11'000;
        view.consoles[0].expiresMs = 26'000;
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(changes.size(), 0);
        QVERIFY(model.index(0, 0)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLocale::system().toString(
                        QDateTime::fromMSecsSinceEpoch(11'000).time(), QLocale::ShortFormat)));
        view.consoles[1].location = QStringLiteral("Prepare");
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.constFirst().at(0).toModelIndex().row(), 1);
        QCOMPARE(changes.constFirst().at(1).toModelIndex().row(), 1);
        // Time passing alone can make a console silent: that row changes.
        view.nowMs = 21'000;
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.constLast().at(0).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, PresenceModel::Where).data().toString(),
                 QStringLiteral("not answering"));
        view.consoles.removeLast();
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(resets.size(), 2);
        // Someone joins: the rows change.
        view.consoles << person(QStringLiteral("b"), QStringLiteral("Ben Okafor"), QString(), 2'000,
                                20'000);
        model.setView(view, QStringLiteral("z"));
        QCOMPARE(resets.size(), 3);
        QCOMPARE(model.rowCount(), 2);
        model.setView({}, QStringLiteral("z"));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.aliveCount(), 0);
    }
};

QTEST_MAIN(TestPresenceModel)
#include "tst_presencemodel.moc"
