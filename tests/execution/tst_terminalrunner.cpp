// TerminalRunner against real programs in a real pseudo-terminal: bash `read`, a
// password read with echo off, an interactive `sh -i`, cancel of the whole session, and
// the transcript going through the OutputRecorder into a real SQLite store, masked.
#include "execution/TerminalRunner.h"
#include "incident/IncidentStore.h"
#include "incident/OutputRecorder.h"
#include "common/ProcessProbe.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <unistd.h>

using namespace rollcage::execution;
using namespace rollcage::incident;

namespace {

StepScript script(const QString &code, const QStringList &secrets = {})
{
    StepScript s;
    s.code = code;
    s.secretValues = secrets;
    return s;
}

// Everything the runner shows, collected as it comes.
struct Transcript : QObject
{
    QByteArray text;
    explicit Transcript(TerminalRunner &runner)
    {
        connect(&runner, &TerminalRunner::output, this,
                [this](OutputStream, const QByteArray &bytes, qint64) { text += bytes; });
    }
};

StepResult resultOf(const QSignalSpy &finished)
{
    return finished.isEmpty() ? StepResult{} : finished.first().first().value<StepResult>();
}


} // namespace

class TestTerminalRunner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void programsSeeATerminal();
    void answersAPrompt();
    void passwordPromptTurnsEchoOff();
    void interactiveShellSession();
    void cancelEndsTheWholeSession();
    void windowSizeReachesTheProgram();
    void transcriptIsRecordedMasked();
    void missingShellFailsToStart();
    void everythingPrintedComesBeforeTheEnd();
};

void TestTerminalRunner::programsSeeATerminal()
{
    // As under CI or a desktop launcher: no terminal type to inherit.
    qunsetenv("TERM");
    TerminalRunner runner;
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("[ -t 0 ] && [ -t 1 ] && echo tty:yes; echo term:$TERM")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(resultOf(finished).status, StepStatus::Succeeded);
    QVERIFY2(t.text.contains("tty:yes"), t.text.constData());
    QVERIFY2(t.text.contains("term:xterm-256color"), t.text.constData());
    // A terminal turns "\n" into "\r\n": the transcript is what the screen got.
    QVERIFY(t.text.contains("tty:yes\r\n"));
}

void TestTerminalRunner::answersAPrompt()
{
    TerminalRunner runner;
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("read -r -p 'Proceed? [y/N] ' answer\n"
                                       "[ \"$answer\" = y ] && echo went-ahead || exit 3")));
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("Proceed? [y/N] "), 20000);
    QVERIFY(runner.inputEchoed());
    runner.write("y\r");
    QVERIFY(finished.wait(20000));
    QCOMPARE(resultOf(finished).status, StepStatus::Succeeded);
    QVERIFY2(t.text.contains("went-ahead"), t.text.constData());
    QVERIFY(t.text.contains("[y/N] y\r\n")); // the terminal echoed the answer
}

void TestTerminalRunner::passwordPromptTurnsEchoOff()
{
    TerminalRunner runner;
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("read -r -s -p 'Password: ' pw; echo\n"
                                       "echo \"length ${#pw}\"")));
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("Password: "), 20000);
    // bash turns echo off before it prints the prompt.
    QVERIFY(!runner.inputEchoed());
    runner.write("hunter2-typed\r");
    QVERIFY(finished.wait(20000));
    QCOMPARE(resultOf(finished).status, StepStatus::Succeeded);
    QVERIFY2(t.text.contains("length 13"), t.text.constData());
    QVERIFY(!t.text.contains("hunter2"));
}

void TestTerminalRunner::interactiveShellSession()
{
    TerminalRunner runner;
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("PS1='inner$ ' exec sh -i")));
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("inner$ "), 20000);
    runner.write("echo $((6 * 7))\r");
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("42\r\n"), 20000);
    runner.write("exit 5\r");
    QVERIFY(finished.wait(20000));
    const StepResult r = resultOf(finished);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(r.exitCode, 5);
}

void TestTerminalRunner::cancelEndsTheWholeSession()
{
    TerminalRunner runner;
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    // An interactive shell ignores SIGTERM; a background job ignores SIGHUP too: both
    // must still go, the job by SIGKILL once the grace period ends.
    runner.setGracePeriod(300);
    runner.start(script(QStringLiteral("(trap '' HUP TERM; sleep 600) & echo child:$!\n"
                                       "PS1='inner$ ' exec sh -i")));
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("inner$ "), 20000);
    const qsizetype at = t.text.indexOf("child:") + 6;
    const qint64 child = t.text.mid(at, t.text.indexOf('\r', at) - at).toLongLong();
    QVERIFY(child > 0);
    QVERIFY(processRuns(child));
    runner.cancel();
    QVERIFY(finished.wait(20000));
    QCOMPARE(resultOf(finished).status, StepStatus::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!processRuns(child), 10000);
}

void TestTerminalRunner::windowSizeReachesTheProgram()
{
    TerminalRunner runner;
    runner.setWindowSize(101, 33);
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("stty size; read -r go; stty size")));
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("33 101"), 20000);
    runner.setWindowSize(120, 40);
    runner.write("\r");
    QVERIFY(finished.wait(20000));
    QVERIFY2(t.text.contains("40 120"), t.text.constData());
}

void TestTerminalRunner::transcriptIsRecordedMasked()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto store = IncidentStore::open(dir.filePath(QStringLiteral("incidents.sqlite")));
    QVERIFY2(store, qPrintable(store.error));
    IncidentRecord record;
    record.title = QStringLiteral("terminal transcript");
    auto incident = (*store)->createIncident(record);
    QVERIFY2(incident, qPrintable(incident.error));
    auto run = (*store)->append(*incident, QStringLiteral("step_started"), {}, 0);
    QVERIFY2(run, qPrintable(run.error));

    const QString secret = QStringLiteral("pa55-in-the-keychain");
    TerminalRunner runner;
    OutputRecorder recorder(store->get(), run->id);
    connect(&runner, &TerminalRunner::output, &recorder,
            [&recorder](OutputStream s, const QByteArray &b, qint64 at) {
                recorder.append(int(s), b, at);
            });
    Transcript t(runner);
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    // The secret reaches the session twice: in the environment the step starts with, and
    // typed by a "Type into session" button (the terminal echoes it back).
    StepScript s = script(QStringLiteral("echo \"from env: $RC_TOKEN\"\n"
                                         "read -r -p 'token> ' typed; echo \"got ${#typed}\""),
                          {secret});
    s.env.insert(QStringLiteral("RC_TOKEN"), secret);
    runner.start(s);
    QTRY_VERIFY_WITH_TIMEOUT(t.text.contains("token> "), 20000);
    runner.write(secret.toUtf8() + '\r');
    QVERIFY(finished.wait(20000));
    QVERIFY(recorder.finish());
    QVERIFY(!t.text.contains(secret.toUtf8()));

    auto lines = (*store)->outputLines(run->id, 0, 100);
    QVERIFY2(lines, qPrintable(lines.error));
    QStringList texts;
    for (const OutputLine &l : *lines)
        texts.append(l.text);
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("from env: ••••")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("token> ••••")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("got 20")), qPrintable(all));
    QVERIFY(!all.contains(secret));
}

void TestTerminalRunner::missingShellFailsToStart()
{
    TerminalRunner runner;
    runner.setShell(QStringLiteral("/nonexistent/bash"));
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    runner.start(script(QStringLiteral("true")));
    QVERIFY(finished.wait(20000));
    QCOMPARE(resultOf(finished).status, StepStatus::FailedToStart);
    QVERIFY(!resultOf(finished).error.isEmpty());
}

// The pty is read on a thread of its own (PtyDrain) while the owner is busy with what came
// before: a session printing far more than the drain holds, to a receiver slower than the
// session, still gives every line once, in order, and all of it before finished().
void TestTerminalRunner::everythingPrintedComesBeforeTheEnd()
{
    TerminalRunner runner;
    QByteArray text;
    bool ended = false;
    int afterEnd = 0;
    connect(&runner, &TerminalRunner::output, this,
            [&](OutputStream, const QByteArray &bytes, qint64) {
                text += bytes;
                if (ended)
                    ++afterEnd;
                // A store on a slow disk: the session gets ahead of the reader by far more
                // than the drain's buffer.
                ::usleep(20000);
            });
    QSignalSpy finished(&runner, &TerminalRunner::finished);
    connect(&runner, &TerminalRunner::finished, this, [&] { ended = true; });
    constexpr int kLines = 300'000; // about 3 MB with the pty's carriage returns
    runner.start(script(QStringLiteral("seq -f 'line %g' 1 %1; printf 'the-end\\n'").arg(kLines)));
    QVERIFY(finished.wait(60000));
    QCOMPARE(resultOf(finished).status, StepStatus::Succeeded);
    QCOMPARE(afterEnd, 0);
    const QList<QByteArray> lines = text.split('\n');
    QCOMPARE(lines.size(), kLines + 2); // the last "\n" leaves an empty piece
    for (int i = 0; i < kLines; ++i) {
        if (lines.at(i) != "line " + QByteArray::number(i + 1) + '\r')
            QFAIL(qPrintable(QStringLiteral("line %1 is \"%2\"")
                                 .arg(i + 1)
                                 .arg(QString::fromUtf8(lines.at(i)))));
    }
    QCOMPARE(lines.at(kLines), QByteArray("the-end\r"));
}

QTEST_GUILESS_MAIN(TestTerminalRunner)
#include "tst_terminalrunner.moc"
