// A plain step that reads its input (issue 18, "Prompts in ordinary steps"): real bash,
// real programs, the runner's own pseudo-terminal as their stdin. The runner must say
// when the step waits (from /proc: a process of the step blocked reading that terminal),
// whether the answer will be echoed, and pass the answer on.
#include "execution/StepRunner.h"
#include "execution/StepScript.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

using namespace rollcage::execution;

namespace {

StepScript script(const QString &code)
{
    StepScript s;
    s.code = code;
    return s;
}

// Everything a run reports, collected as it comes.
struct Watch
{
    explicit Watch(StepRunner &runner)
        : finished(&runner, &StepRunner::finished)
        , waiting(&runner, &StepRunner::waitingForInput)
    {
        QObject::connect(&runner, &StepRunner::output, &context,
                         [this](OutputStream stream, const QByteArray &bytes, qint64) {
                             (stream == OutputStream::Stdout ? out : err) += bytes;
                         });
    }
    // The last waitingForInput: (waiting, echoed).
    bool isWaiting() const { return !waiting.isEmpty() && waiting.last().at(0).toBool(); }
    bool echoed() const { return !waiting.isEmpty() && waiting.last().at(1).toBool(); }
    StepResult result() const { return finished.first().first().value<StepResult>(); }

    QObject context;
    QSignalSpy finished;
    QSignalSpy waiting;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestStepInput : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void promptIsShownAndAnswered();
    void passwordIsNotEchoed();
    void programInTheStepReadsToo();
    void endOfInput();
    void askingAgainIsSeen();
    void busyStepDoesNotWait_data();
    void busyStepDoesNotWait();
    void answerAfterTheEndIsRefused();
    void nobodyToAnswer();
};

void TestStepInput::promptIsShownAndAnswered()
{
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral("read -r -p 'Apply these changes? [y/N] ' reply\n"
                                       "echo \"answer: $reply\"")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(w.echoed());
    QVERIFY(runner.isWaitingForInput());
    // bash prints read's prompt only when its input is a terminal.
    QCOMPARE(w.err, QByteArray("Apply these changes? [y/N] "));
    QVERIFY(runner.answer("yes"));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.result().status, StepStatus::Succeeded);
    QCOMPARE(w.out, QByteArray("answer: yes\n"));
    // The echo lands after the prompt, as on a terminal.
    QCOMPARE(w.err, QByteArray("Apply these changes? [y/N] yes\n"));
    QVERIFY(!w.isWaiting());
}

void TestStepInput::passwordIsNotEchoed()
{
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral("read -r -s -p 'Vault password: ' pw\necho\n"
                                       "echo \"length ${#pw}\"")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(!w.echoed());
    QVERIFY(!runner.inputEchoed());
    QVERIFY(runner.answer("s3cr3t-typed"));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.out, QByteArray("\nlength 12\n"));
    QVERIFY(!w.err.contains("s3cr3t"));
    QVERIFY(!w.out.contains("s3cr3t"));
}

void TestStepInput::programInTheStepReadsToo()
{
    // Not bash but a program it started (its own process, same group) reads the input.
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral("echo 'Type the release to keep:'\n"
                                       "release=$(head -n 1)\necho \"keeping $release\"")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(runner.answer("v2.14.1"));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.out, QByteArray("Type the release to keep:\nkeeping v2.14.1\n"));
}

void TestStepInput::endOfInput()
{
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral("n=0\nwhile read -r line; do n=$((n+1)); done\n"
                                       "echo \"$n lines, then end of input\"")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(runner.answer("one"));
    QVERIFY(runner.answer("two"));
    QVERIFY(runner.endInput());
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.result().status, StepStatus::Succeeded);
    QCOMPARE(w.out, QByteArray("2 lines, then end of input\n"));
}

void TestStepInput::askingAgainIsSeen()
{
    // A wrong answer makes the program ask again: the wait ends, then is seen anew.
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral(
        "until [ \"$ok\" = yes ]; do read -r -p 'Type yes to go on: ' ok; done\necho on")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(runner.answer("maybe"));
    QTRY_VERIFY_WITH_TIMEOUT(w.err.count("Type yes to go on: ") == 2, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    QVERIFY(runner.answer("yes"));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.out, QByteArray("on\n"));
    QVERIFY(w.waiting.count() >= 3); // waits, (goes on, waits again)*, goes on
}

void TestStepInput::busyStepDoesNotWait_data()
{
    QTest::addColumn<QString>("code");
    // Quiet for several probe intervals each, but waiting for something else.
    QTest::newRow("sleeping") << QStringLiteral("sleep 0.8");
    QTest::newRow("reading a pipe") << QStringLiteral("(sleep 0.8; echo x) | cat >/dev/null");
    QTest::newRow("reading a file's end") << QStringLiteral("timeout 0.8 tail -f /dev/null || true");
    QTest::newRow("input redirected") << QStringLiteral("read -r x < <(sleep 0.8; echo x)");
}

void TestStepInput::busyStepDoesNotWait()
{
    QFETCH(QString, code);
    StepRunner runner;
    Watch w(runner);
    runner.start(script(code));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.result().status, StepStatus::Succeeded);
    QCOMPARE(w.waiting.count(), 0);
}

void TestStepInput::answerAfterTheEndIsRefused()
{
    StepRunner runner;
    Watch w(runner);
    runner.start(script(QStringLiteral("true")));
    QVERIFY(w.finished.wait(10000));
    QVERIFY(!runner.answer("late"));
    QVERIFY(!runner.endInput());
}

void TestStepInput::nobodyToAnswer()
{
    // With nobody to answer (a headless run without a terminal) the step is stopped with
    // the reason, whole group included, instead of waiting for ever.
    StepRunner runner;
    runner.setGracePeriod(2000);
    Watch w(runner);
    runner.start(script(QStringLiteral("sleep 300 &\nread -r -p 'Proceed? ' x\necho never")));
    QTRY_VERIFY_WITH_TIMEOUT(w.isWaiting(), 10000);
    const qint64 group = runner.processId();
    runner.refuseInput(QStringLiteral("nobody is at a terminal"));
    QVERIFY(w.finished.wait(10000));
    QCOMPARE(w.result().status, StepStatus::Blocked);
    QCOMPARE(w.result().error, QStringLiteral("nobody is at a terminal"));
    QVERIFY(!w.out.contains("never"));
    QVERIFY(::kill(-pid_t(group), 0) != 0); // the background sleep went with it
}

QTEST_GUILESS_MAIN(TestStepInput)
#include "tst_stepinput.moc"
