// `rollcage follow` and `rollcage incidents --open` against a real PostgreSQL server
// (tests/pg-session.sh): an engine in this process is the console acting, the real
// binary the terminal following it.
#include "execution/EngineTestBase.h"

#include "common/RollcageCli.h"

#include <QProcess>

using namespace rollcage::enginetest;
using rollcage::incident::Phase;

class TestFollowCommand : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void followPrintsThePastThenLiveUntilResolved();
    void incidentsListsOnlyOpenOnes();
    void sqliteFollowPrintsAndSaysWhyNotLive();

private:
    QString m_url;
};

void TestFollowCommand::init()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
}

void TestFollowCommand::followPrintsThePastThenLiveUntilResolved()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    auto store = openConsole(m_url, QStringLiteral("Ana"));
    QVERIFY(store);
    Engine ana(store.get(), nullptr);
    const auto id = ana.declare(
        makeRunbook({commandStep(QStringLiteral("Before"), QStringLiteral("echo past-line"), 3),
                     commandStep(QStringLiteral("After"),
                                 QStringLiteral("echo live-one; echo live-two >&2"), 9)}),
        QStringLiteral("Application rollback"));
    QVERIFY(id);
    QCOMPARE(runAndWait(ana, 0).status, StepStatus::Succeeded);

    QProcess follow;
    follow.start(QStringLiteral(ROLLCAGE_BINARY),
                 {QStringLiteral("follow"), QString::number(*id), QStringLiteral("--database"),
                  m_url});
    QVERIFY(follow.waitForStarted());
    QByteArray said;
    const auto saw = [&](const char *text) {
        said += follow.readAllStandardOutput();
        return said.contains(text);
    };
    // The past, with the step's output; then what Ana does now, as she does it.
    QTRY_VERIFY_WITH_TIMEOUT(saw("past-line"), 20000);
    QVERIFY(said.contains("Ana"));
    QVERIFY(ana.addNote(1, QStringLiteral("graphs are flat")));
    QTRY_VERIFY_WITH_TIMEOUT(saw("graphs are flat"), 5000);
    QCOMPARE(runAndWait(ana, 1).status, StepStatus::Succeeded);
    QTRY_VERIFY_WITH_TIMEOUT(saw("[2] live-one"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(saw("[2]! live-two"), 5000);
    // Resolved: the terminal's follow ends by itself.
    QVERIFY(ana.transition(Phase::Resolved, QStringLiteral("healthy again")));
    QVERIFY(follow.waitForFinished(10000));
    QCOMPARE(follow.exitCode(), 0);
    said += follow.readAllStandardOutput();
    QVERIFY2(said.contains("healthy again"), said.constData());
    // Each output line once, live or not.
    QCOMPARE(said.count("live-one"), 1);
    QCOMPARE(said.count("past-line"), 1);
}

void TestFollowCommand::incidentsListsOnlyOpenOnes()
{
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
    auto store = openConsole(m_url, QStringLiteral("Ana"));
    QVERIFY(store);
    const auto rb = makeRunbook({commandStep(QStringLiteral("Echo"), QStringLiteral("true"), 3)});
    Engine open(store.get(), nullptr);
    QVERIFY(open.declare(rb, QStringLiteral("Application rollback"),
                         {QStringLiteral("Still burning"), {}, {}, {}, {}}));
    Engine closed(store.get(), nullptr);
    QVERIFY(closed.declare(rb, QStringLiteral("Application rollback"),
                           {QStringLiteral("Put out"), {}, {}, {}, {}}));
    QVERIFY(closed.transition(Phase::Aborted, QStringLiteral("false alarm")));
    const auto all = rollcage::test::runRollcage(
        {QStringLiteral("incidents"), QStringLiteral("--database"), m_url});
    QCOMPARE(all.exitCode, 0);
    QVERIFY(all.out.contains(QLatin1String("Put out")));
    const auto listed = rollcage::test::runRollcage(
        {QStringLiteral("incidents"), QStringLiteral("--open"), QStringLiteral("--database"), m_url});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(QLatin1String("Still burning")), qPrintable(listed.out));
    QVERIFY2(!listed.out.contains(QLatin1String("Put out")), qPrintable(listed.out));
}

void TestFollowCommand::sqliteFollowPrintsAndSaysWhyNotLive()
{
    openStore();
    Engine engine(m_store.get(), nullptr);
    const auto id = engine.declare(
        makeRunbook({commandStep(QStringLiteral("Say"), QStringLiteral("echo said-once"), 3)}),
        QStringLiteral("Application rollback"));
    QVERIFY(id);
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    const auto followed = rollcage::test::runRollcage(
        {QStringLiteral("follow"), QString::number(*id), QStringLiteral("--database"), m_dbPath});
    QCOMPARE(followed.exitCode, 0);
    QVERIFY2(followed.out.contains(QLatin1String("[1] said-once")), qPrintable(followed.out));
    QVERIFY2(followed.err.contains(QLatin1String("PostgreSQL")), qPrintable(followed.err));
    const auto bad = rollcage::test::runRollcage({QStringLiteral("follow"), QStringLiteral("x")});
    QCOMPARE(bad.exitCode, 2);
    closeStore();
}

QTEST_GUILESS_MAIN(TestFollowCommand)
#include "tst_followcommand.moc"
