#include "common/ProcessProbe.h"
#include "core/OwnEnvironment.h"
#include "execution/StepRunner.h"
#include "execution/StepScript.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace rollcage::execution;
using rollcage::SecretMasker;

namespace {

StepScript script(const QString &code, bool errexit = true)
{
    StepScript s;
    s.code = code;
    s.errexit = errexit;
    return s;
}

struct Run
{
    StepResult result;
    QByteArray out;
    QByteArray err;
    QList<OutputStream> order;
    QList<int> lines;
};

// Starts the script and collects everything the runner reports until finished().
Run runToEnd(StepRunner &runner, const StepScript &s, int timeoutMs = 20000)
{
    Run run;
    QObject context;
    QObject::connect(&runner, &StepRunner::output, &context,
                     [&run](OutputStream stream, const QByteArray &bytes, qint64) {
                         (stream == OutputStream::Stdout ? run.out : run.err) += bytes;
                         run.order.append(stream);
                     });
    QObject::connect(&runner, &StepRunner::currentLine, &context,
                     [&run](int line) { run.lines.append(line); });
    QSignalSpy finished(&runner, &StepRunner::finished);
    runner.start(s);
    if (!finished.wait(timeoutMs))
        qWarning("step did not finish in time");
    if (!finished.isEmpty())
        run.result = finished.first().first().value<StepResult>();
    return run;
}


} // namespace

class TestStepRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void separatesStdoutAndStderr();
    void stepsGetTheOperatorsEnvironment();
    void exitStatus_data();
    void exitStatus();
    void reportsCurrentLine();
    void currentLineSurvivesMultiLineTraces();
    void valuesAreNeverExecuted_data();
    void valuesAreNeverExecuted();
    void secretsStayOffTheCommandLine();
    void masksSecretSplitAcrossWrites();
    void cancelKillsTheWholeProcessTree();
    void cancelEscalatesToSigkill();
    void scriptsOfEndedRollcagesAreRemoved();
    void timeout();
    void failureToStartIsReported();
    void cancelWhileASetupFailureIsPending_data();
    void cancelWhileASetupFailureIsPending();

private:
    QTemporaryDir m_dir;
};

void TestStepRunner::init()
{
    QVERIFY(m_dir.isValid());
}

void TestStepRunner::separatesStdoutAndStderr()
{
    StepRunner runner;
    const Run run = runToEnd(runner, script(QStringLiteral("echo out1\necho err1 >&2\necho out2")));
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QCOMPARE(run.out, QByteArray("out1\nout2\n"));
    QCOMPARE(run.err, QByteArray("err1\n"));
    QVERIFY(run.result.finishedMs >= run.result.startedMs);
}

// What Rollcage sets in its own environment for itself (a Qt setting for its windows, see
// gui::prepareProcess) is not the operator's: a step that starts a Qt program gets the
// environment the operator started Rollcage with. A value the operator set stays theirs.
void TestStepRunner::stepsGetTheOperatorsEnvironment()
{
    qputenv("ROLLCAGE_TEST_OPERATORS", "theirs");
    rollcage::core::setOwnVariable("ROLLCAGE_TEST_OPERATORS", "ours");
    rollcage::core::setOwnVariable("ROLLCAGE_TEST_OWN", "1");
    QCOMPARE(qgetenv("ROLLCAGE_TEST_OPERATORS"), QByteArray("theirs"));
    QCOMPARE(qgetenv("ROLLCAGE_TEST_OWN"), QByteArray("1"));
    StepRunner runner;
    const Run run = runToEnd(
        runner,
        script(QStringLiteral("echo \"${ROLLCAGE_TEST_OWN-unset} $ROLLCAGE_TEST_OPERATORS\"")));
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QCOMPARE(run.out, QByteArray("unset theirs\n"));
}

void TestStepRunner::exitStatus_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("errexit");
    QTest::addColumn<StepStatus>("status");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("success") << "true" << true << StepStatus::Succeeded << 0;
    QTest::newRow("exit 3") << "exit 3" << true << StepStatus::Failed << 3;
    QTest::newRow("errexit stops at false")
        << "false\necho never" << true << StepStatus::Failed << 1;
    QTest::newRow("pipefail") << "false | cat" << true << StepStatus::Failed << 1;
    QTest::newRow("errexit off goes on") << "false\ntrue" << false << StepStatus::Succeeded << 0;
}

void TestStepRunner::exitStatus()
{
    QFETCH(QString, code);
    QFETCH(bool, errexit);
    QFETCH(StepStatus, status);
    QFETCH(int, exitCode);
    StepRunner runner;
    const Run run = runToEnd(runner, script(code, errexit));
    QCOMPARE(run.result.status, status);
    QCOMPARE(run.result.exitCode, exitCode);
    QVERIFY(!run.out.contains("never"));
    QCOMPARE(run.result.error.isEmpty(), status == StepStatus::Succeeded);
}

void TestStepRunner::reportsCurrentLine()
{
    StepRunner runner;
    const Run run = runToEnd(runner, script(QStringLiteral("true\n# a comment\necho two\n\ntrue")));
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QVERIFY2(!run.lines.isEmpty(), "no current line reported");
    QCOMPARE(run.lines.constLast(), 5);
    for (int line : run.lines)
        QVERIFY(line == 1 || line == 3 || line == 5);
}

void TestStepRunner::currentLineSurvivesMultiLineTraces()
{
    // The trace of the first command spans several lines, one of them empty.
    StepRunner runner;
    const Run run = runToEnd(runner, script(QStringLiteral("echo \"\n\nx\"\n\ntrue")));
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QVERIFY(!run.lines.isEmpty());
    QCOMPARE(run.lines.constLast(), 5);
}

void TestStepRunner::valuesAreNeverExecuted_data()
{
    QTest::addColumn<QString>("value");
    const QString canary = m_dir.filePath(QStringLiteral("pwned"));
    QTest::newRow("command substitution") << QStringLiteral("$(touch %1)").arg(canary);
    QTest::newRow("backticks") << QStringLiteral("`touch %1`").arg(canary);
    QTest::newRow("quote and rm") << QStringLiteral("\"; touch %1; rm -rf ~ #").arg(canary);
    QTest::newRow("single quote") << QStringLiteral("'; touch %1; '").arg(canary);
    QTest::newRow("newline") << QStringLiteral("x\ntouch %1").arg(canary);
    QTest::newRow("glob and spaces") << QStringLiteral("*  two   spaces");
}

void TestStepRunner::valuesAreNeverExecuted()
{
    QFETCH(QString, value);
    using rollcage::runbook::Placeholder;
    rollcage::runbook::Step step;
    step.kind = rollcage::runbook::StepKind::Command;
    // The same value in every quoting context a runbook author might write.
    step.commands.append({QStringLiteral("bash"),
                          QStringLiteral("printf '%s\\n' <v>\nprintf '%s\\n' \"<v>\"\n"
                                         "printf '%s\\n' '<v>'\nprintf '%s\\n' \"${V}\""),
                          1,
                          {}});
    step.placeholders = {
        {QStringLiteral("v"), QStringLiteral("<v>"), Placeholder::Style::Angle, false, {}},
        {QStringLiteral("V"), QStringLiteral("${V}"), Placeholder::Style::Brace, false, {}}};
    const auto s =
        buildStepScript(step, {{QStringLiteral("v"), value}, {QStringLiteral("V"), value}}, {});
    QVERIFY2(s, qPrintable(s.error));
    StepRunner runner;
    runner.setWorkingDirectory(m_dir.path());
    const Run run = runToEnd(runner, *s);
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    const QString line = value + QLatin1Char('\n');
    QCOMPARE(QString::fromUtf8(run.out), line + line + line + line);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
}

void TestStepRunner::secretsStayOffTheCommandLine()
{
    using rollcage::runbook::Placeholder;
    rollcage::runbook::Step step;
    step.kind = rollcage::runbook::StepKind::Command;
    step.commands.append({QStringLiteral("bash"),
                          QStringLiteral("cat /proc/$$/cmdline | tr '\\0' ' '\n"
                                         "cat \"$0\"\necho \"len=${#RC_TOKEN}\""),
                          1,
                          {}});
    step.placeholders = {
        {QStringLiteral("token"), QStringLiteral("<token>"), Placeholder::Style::Angle, true, {}}};
    const auto s =
        buildStepScript(step, {}, {{QStringLiteral("token"), QStringLiteral("zq-S3CRET-value")}});
    QVERIFY2(s, qPrintable(s.error));
    StepRunner runner;
    const Run run = runToEnd(runner, *s);
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    // Neither bash's argv nor the script file carries the value; the environment does.
    QVERIFY(run.out.contains("--noprofile --norc"));
    QVERIFY(run.out.contains("echo \"len=${#RC_TOKEN}\""));
    QVERIFY(!run.out.contains("zq-S3CRET-value"));
    QVERIFY(run.out.contains("len=15"));
}

void TestStepRunner::masksSecretSplitAcrossWrites()
{
    StepScript s = script(QStringLiteral("printf 'token=zq-S3C'\nsleep 0.2\nprintf 'RET-value\\n'\n"
                                         "printf 'zq-S3CRET-value' | base64"));
    s.secretValues = {QStringLiteral("zq-S3CRET-value")};
    StepRunner runner;
    const Run run = runToEnd(runner, s);
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QVERIFY2(run.out.startsWith(QByteArray("token=" + SecretMasker::replacement() + "\n")),
             run.out.constData());
    QVERIFY(!run.out.contains("S3C"));
    QVERIFY(
        !run.out.contains(QByteArray("zq-S3CRET-value").toBase64(QByteArray::OmitTrailingEquals)));
}

void TestStepRunner::cancelKillsTheWholeProcessTree()
{
    StepRunner runner;
    runner.setGracePeriod(5000);
    QSignalSpy finished(&runner, &StepRunner::finished);
    QList<qint64> children;
    QObject context;
    connect(&runner, &StepRunner::output, &context,
            [&children](OutputStream, const QByteArray &bytes, qint64) {
                for (const QByteArray &l : bytes.split('\n')) {
                    if (l.startsWith("child "))
                        children.append(l.mid(6).toLongLong());
                }
            });
    runner.start(
        script(QStringLiteral("sleep 1000 &\necho child $!\n(sleep 1000 & echo child $!; wait) &\n"
                              "echo ready\nwait")));
    QTRY_COMPARE_WITH_TIMEOUT(children.size(), 2, 10000);
    const qint64 group = runner.processId();
    QVERIFY(group > 0);
    runner.cancel();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<StepResult>();
    QCOMPARE(result.status, StepStatus::Cancelled);
    for (qint64 pid : children)
        QTRY_VERIFY2(!processRuns(pid), qPrintable(QStringLiteral("child %1 survived").arg(pid)));
    QTRY_VERIFY(::kill(-static_cast<pid_t>(group), 0) != 0);
}

void TestStepRunner::scriptsOfEndedRollcagesAreRemoved()
{
    // A Rollcage killed while a step ran left that step's script behind. The next one to
    // start a step there removes it, and only scripts whose Rollcage is gone: a step that
    // is running reads "$0" as long as it likes.
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QDir dir(tmp.path());
    const QString ours = QStringLiteral("rollcage-step-%1-Ab12Cd.sh").arg(::getpid());
    const QStringList kept{ours, QStringLiteral("rollcage-step-1-Ef34Gh.sh"), // pid 1 runs
                           QStringLiteral("notes.sh")};
    const QString ended = QStringLiteral("rollcage-step-2147483646-Ij56Kl.sh"); // no such pid
    for (const QString &name : kept + QStringList{ended}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const bool hadTmpdir = qEnvironmentVariableIsSet("TMPDIR");
    const QByteArray oldTmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    StepRunner runner;
    const Run run = runToEnd(runner, script(QStringLiteral("test -r \"$0\" && echo readable")));
    if (hadTmpdir)
        qputenv("TMPDIR", oldTmpdir);
    else
        qunsetenv("TMPDIR");
    QCOMPARE(run.result.status, StepStatus::Succeeded);
    QCOMPARE(run.out, QByteArray("readable\n"));
    QStringList left = dir.entryList(QDir::Files | QDir::Hidden);
    left.sort();
    QStringList expected = kept;
    expected.sort();
    QCOMPARE(left, expected); // and the step's own script is gone once it has finished
}

void TestStepRunner::cancelEscalatesToSigkill()
{
    StepRunner runner;
    runner.setGracePeriod(300);
    QSignalSpy finished(&runner, &StepRunner::finished);
    QSignalSpy output(&runner, &StepRunner::output);
    // Ignores SIGTERM, so only the SIGKILL after the grace period ends it.
    runner.start(script(QStringLiteral("trap '' TERM\necho armed\nwhile :; do sleep 0.05; done")));
    QTRY_VERIFY(!output.isEmpty());
    runner.cancel();
    QVERIFY(finished.wait(10000));
    const auto result = finished.first().first().value<StepResult>();
    QCOMPARE(result.status, StepStatus::Cancelled);
    QCOMPARE(result.signal, SIGKILL);
}

void TestStepRunner::timeout()
{
    StepRunner runner;
    runner.setTimeout(200);
    runner.setGracePeriod(2000);
    const Run run = runToEnd(runner, script(QStringLiteral("echo start\nsleep 1000")));
    QCOMPARE(run.result.status, StepStatus::TimedOut);
    QCOMPARE(run.result.signal, SIGTERM);
    QVERIFY2(run.result.error.contains(QLatin1String("timeout")), qPrintable(run.result.error));
    QCOMPARE(run.out, QByteArray("start\n"));
}

void TestStepRunner::failureToStartIsReported()
{
    StepRunner runner;
    runner.setShell(QStringLiteral("/nonexistent/bash"));
    const Run run = runToEnd(runner, script(QStringLiteral("true")));
    QCOMPARE(run.result.status, StepStatus::FailedToStart);
    QVERIFY2(run.result.error.contains(QLatin1String("/nonexistent/bash")),
             qPrintable(run.result.error));
    QVERIFY(!runner.isRunning());
    // The runner is usable again afterwards.
    runner.setShell({});
    QCOMPARE(runToEnd(runner, script(QStringLiteral("true"))).result.status, StepStatus::Succeeded);
}

void TestStepRunner::cancelWhileASetupFailureIsPending_data()
{
    QTest::addColumn<bool>("existsAsFile");
    QTest::addColumn<QString>("says");
    QTest::newRow("TMPDIR missing") << false << "does not exist";
    QTest::newRow("TMPDIR is a file") << true << "Could not write the step's script";
}

void TestStepRunner::cancelWhileASetupFailureIsPending()
{
    // The operator presses Cancel in the moment between the step's script failing to be
    // written and that failure being reported: the failure is what is reported, and the
    // runner stays usable.
    QFETCH(bool, existsAsFile);
    QFETCH(QString, says);
    const QString tmpdir = m_dir.filePath(QStringLiteral("tmp-%1").arg(existsAsFile));
    if (existsAsFile) {
        QFile file(tmpdir);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const bool hadTmpdir = qEnvironmentVariableIsSet("TMPDIR");
    const QByteArray oldTmpdir = qgetenv("TMPDIR");
    qputenv("TMPDIR", QFile::encodeName(tmpdir));
    StepRunner runner;
    QSignalSpy finished(&runner, &StepRunner::finished);
    runner.start(script(QStringLiteral("true")));
    runner.cancel();
    const bool reported = finished.wait(10000);
    if (hadTmpdir)
        qputenv("TMPDIR", oldTmpdir);
    else
        qunsetenv("TMPDIR");
    QVERIFY(reported);
    QCOMPARE(finished.size(), 1);
    const auto result = finished.first().first().value<StepResult>();
    QCOMPARE(result.status, StepStatus::FailedToStart);
    QVERIFY2(result.error.contains(says), qPrintable(result.error));
    QVERIFY2(result.error.contains(tmpdir), qPrintable(result.error));
    QVERIFY(!runner.isRunning());
    QCOMPARE(runToEnd(runner, script(QStringLiteral("true"))).result.status, StepStatus::Succeeded);
}

QTEST_GUILESS_MAIN(TestStepRunner)
#include "tst_steprunner.moc"
