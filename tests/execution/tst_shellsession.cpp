// What a step's code assigns itself, and what the EXIT trap's report becomes.
#include "execution/ShellSession.h"
#include "execution/StepScript.h"

#include <QTest>

using namespace rollcage;
using namespace rollcage::execution;

class TestShellSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void assigned_data();
    void assigned();
    void failureReport();
    void scriptOwnedPlaceholdersAreNotMissing();
};

void TestShellSession::assigned_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("assignment") << "LATEST=$(ls -t /backups | head -1)" << QStringList{"LATEST"};
    QTest::newRow("export") << "export STATE_KEY=abc REGION" << QStringList{"REGION", "STATE_KEY"};
    QTest::newRow("read with prompt") << "read -r -p \"Type the word: \" word; echo \"$word\""
                                      << QStringList{"word"};
    QTest::newRow("read several") << "read -r host port <<< \"a 1\"" << QStringList{"host", "port"};
    QTest::newRow("for loop") << "for f in *.sql; do psql -f \"$f\"; done" << QStringList{"f"};
    QTest::newRow("after &&") << "cd /opt && OLD=$(cat VERSION)" << QStringList{"OLD"};
    QTest::newRow("local and declare") << "f() { local n=1; declare -i count; }"
                                       << QStringList{"count", "n"};
    QTest::newRow("mapfile") << "mapfile -t pods < <(kubectl get pods -o name)"
                             << QStringList{"pods"};
    QTest::newRow("comparison is not assignment") << "if [ \"$A\" = \"b\" ]; then echo; fi"
                                                  << QStringList{};
    QTest::newRow("option value is not assignment") << "kubectl scale --replicas=0 deploy/web"
                                                    << QStringList{};
}

void TestShellSession::assigned()
{
    QFETCH(QString, code);
    QFETCH(QStringList, names);
    QStringList got = assignedShellNames(code).values();
    got.sort();
    QCOMPARE(got, names);
}

void TestShellSession::failureReport()
{
    const FailureReport r = parseFailureReport("14 2 ls \"$RELEASES\" --sort=time");
    QCOMPARE(r.line, 14);
    QCOMPARE(r.status, 2);
    QCOMPARE(r.command, QStringLiteral("ls \"$RELEASES\" --sort=time"));
    QCOMPARE(parseFailureReport("garbage").line, 0);
}

void TestShellSession::scriptOwnedPlaceholdersAreNotMissing()
{
    runbook::Step step;
    step.title = QStringLiteral("Confirm");
    step.kind = runbook::StepKind::Command;
    step.commands.append({QStringLiteral("bash"),
                          QStringLiteral("read -r answer\necho \"$answer $REGION $TARGET\""), 3, {}});
    using P = runbook::Placeholder;
    step.placeholders = {{QStringLiteral("answer"), QStringLiteral("$answer"), P::Style::Dollar, false, {}},
                         {QStringLiteral("REGION"), QStringLiteral("$REGION"), P::Style::Dollar, false, {}},
                         {QStringLiteral("TARGET"), QStringLiteral("$TARGET"), P::Style::Dollar, false, {}}};
    // `answer` is read by the step, REGION is in the session, TARGET is nobody's.
    QCOMPARE(missingValues(step, {}, {QStringLiteral("REGION")}), QStringList{QStringLiteral("TARGET")});
    const auto script = buildStepScript(step, {{QStringLiteral("TARGET"), QStringLiteral("web")}}, {},
                                        {QStringLiteral("REGION")});
    QVERIFY2(script, qPrintable(script.error));
    QVERIFY(!script->env.contains(QStringLiteral("answer")));
    QVERIFY(renderForDisplay(step, {}, {QStringLiteral("REGION")})
                .contains(QStringLiteral("\"$answer $REGION <missing: TARGET>\"")));
}

QTEST_GUILESS_MAIN(TestShellSession)
#include "tst_shellsession.moc"
