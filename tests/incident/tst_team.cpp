// The team rules (incident/Team.h), pure: who may act on a step given the claims and
// who is still beating.
#include "incident/Team.h"

#include <QTest>

using namespace rollcage::incident;

class TestTeam : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void mayActOnStep_data();
    void mayActOnStep();
    void takeOverOnlyADeadConsolesClaimWithAReason_data();
    void takeOverOnlyADeadConsolesClaimWithAReason();
    void whereIsSaidByAClaimFirst_data();
    void whereIsSaidByAClaimFirst();
};

namespace {
const QString kProc = QStringLiteral("Application rollback");

// Ana (console "a") holds step 3; she last beat at 1000 and expires at `anaExpires`.
TeamView view(qint64 now, qint64 anaExpires)
{
    TeamView v;
    v.nowMs = now;
    v.consoles = {{QStringLiteral("a"), QStringLiteral("Ana"), QStringLiteral("step 3"),
                   QStringLiteral("operator"), 500, 1000, anaExpires},
                  {QStringLiteral("b"), QStringLiteral("Ben"), QStringLiteral("Prepare"),
                   QStringLiteral("commander"), 600, now, now + 15000}};
    v.claims = {{kProc, 2, QStringLiteral("a"), QStringLiteral("Ana"), 900}};
    return v;
}
} // namespace

void TestTeam::mayActOnStep_data()
{
    QTest::addColumn<QString>("console");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("anaExpires");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("refusal"); // empty: allowed

    const int running = int(StepState::Running);
    QTest::newRow("ben, a free step") << "b" << 1 << qint64(20000) << int(StepState::Pending) << "";
    QTest::newRow("ana, her own step") << "a" << 2 << qint64(20000) << running << "";
    QTest::newRow("ben, ana's step while she beats")
        << "b" << 2 << qint64(20000) << running << "Ana is running step 3";
    QTest::newRow("ben, ana's step after she died")
        << "b" << 2 << qint64(5000) << running << "stopped answering (last seen";
    QTest::newRow("ben, a dead console's leftover on an ended step")
        << "b" << 2 << qint64(5000) << int(StepState::Succeeded) << "";
    QTest::newRow("ben, a dead console's claim, step outcome unknown")
        << "b" << 2 << qint64(5000) << int(StepState::OutcomeUnknown) << "";
}

void TestTeam::mayActOnStep()
{
    QFETCH(QString, console);
    QFETCH(int, step);
    QFETCH(qint64, anaExpires);
    QFETCH(int, state);
    QFETCH(QString, refusal);
    const rollcage::Status s = rollcage::incident::mayActOnStep(
        view(10000, anaExpires), console, kProc, step, QStringLiteral("Deploy"),
        StepState(state));
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error.contains(refusal), qPrintable(s.error));
        QVERIFY2(s.error.contains(QLatin1String("\"Deploy\"")), qPrintable(s.error));
    }
}

void TestTeam::takeOverOnlyADeadConsolesClaimWithAReason_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("anaExpires");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("refusal");
    QTest::newRow("dead, with a reason") << 2 << qint64(5000) << "laptop died" << "";
    QTest::newRow("dead, no reason") << 2 << qint64(5000) << " " << "needs a reason";
    QTest::newRow("alive") << 2 << qint64(20000) << "laptop died" << "still answers";
    QTest::newRow("nobody holds it") << 1 << qint64(5000) << "laptop died" << "nothing to take over";
}

void TestTeam::takeOverOnlyADeadConsolesClaimWithAReason()
{
    QFETCH(int, step);
    QFETCH(qint64, anaExpires);
    QFETCH(QString, reason);
    QFETCH(QString, refusal);
    const rollcage::Status s =
        mayTakeOver(view(10000, anaExpires), QStringLiteral("b"), kProc, step, reason);
    if (refusal.isEmpty()) {
        QVERIFY2(s, qPrintable(s.error));
    } else {
        QVERIFY(!s);
        QVERIFY2(s.error.contains(refusal), qPrintable(s.error));
    }
}

void TestTeam::whereIsSaidByAClaimFirst_data()
{
    QTest::addColumn<QString>("console");
    QTest::addColumn<bool>("claimed");
    QTest::addColumn<QString>("where");

    // Ana's row still says "step 3" (what she last said); her claim says more.
    QTest::newRow("ana, holding step 3") << "a" << true << "running step 3";
    QTest::newRow("ana, her claim released") << "a" << false << "step 3";
    QTest::newRow("ben, holding nothing") << "b" << true << "Prepare";
}

void TestTeam::whereIsSaidByAClaimFirst()
{
    QFETCH(QString, console);
    QFETCH(bool, claimed);
    QFETCH(QString, where);
    TeamView v = view(2000, 20000);
    if (!claimed)
        v.claims.clear();
    QCOMPARE(whereIs(v, *v.presence(console)), where);
}

QTEST_GUILESS_MAIN(TestTeam)
#include "tst_team.moc"
