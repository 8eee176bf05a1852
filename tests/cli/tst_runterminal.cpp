// `rollcage run` started from a terminal: the real binary in a real pseudo-terminal
// (TerminalRunner, the same pty runner the steps use), answering what its terminal steps
// ask there — a [y/N] prompt, an interactive sh session and its outcome — and a kill -9
// in the middle of a session, after which the incident resumes with the step's outcome
// unknown.
#include "execution/TerminalRunner.h"
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rollcage;
using namespace rollcage::execution;
using namespace Qt::StringLiterals;

namespace {

const char kRunbook[] = R"(# Terminal drill

## Ask first

1. **Asks**
   ```bash
   read -r -p 'Continue? [y/N] ' answer
   [ "$answer" = y ] && echo "went ahead"
   ```

## Shell session

1. **Open a shell**
   ```bash
   PS1='drill$ ' sh -i
   ```

2. **After the session**
   Check the dashboard.

## Plain prompt

1. **Promote**
   ```bash
   bash ./promote.sh
   ```
)";

// A script the importer cannot see into: it asks on its input, plainly and for a secret.
const char kPromote[] = R"(read -r -p "Release to promote: " release
read -r -p "Promote $release? [y/N] " answer
[ "$answer" = y ] || exit 1
read -r -s -p "Deploy token: " token; echo
echo "promoted, token of ${#token} characters"
)";

} // namespace

class TestRunTerminal : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_runbook;
    QString m_db;

    // `rollcage ARGS` in a pty of its own; its screen collected in `screen`.
    void start(TerminalRunner &pty, QByteArray &screen, const QStringList &arguments)
    {
        QStringList quoted;
        for (const QString &a : arguments)
            quoted << shellQuote(a);
        StepScript script;
        script.code = u"exec "_s + shellQuote(QStringLiteral(ROLLCAGE_BINARY)) + u' ' +
                      quoted.join(u' ') + u" --database "_s + shellQuote(m_db);
        connect(&pty, &TerminalRunner::output, this,
                [&screen](OutputStream, const QByteArray &b, qint64) { screen += b; });
        pty.setWorkingDirectory(m_dir.path());
        pty.start(script);
    }

    incident::IncidentState stateOf(qint64 id)
    {
        auto store = incident::IncidentStore::open(m_db);
        if (!store)
            return {};
        const auto events = (*store)->events(id);
        return events ? incident::deriveState(*events) : incident::IncidentState();
    }

    // `rollcage run` of `procedure` from a script (its input not a terminal): what it said
    // on standard error, and its exit code in `exitCode` (-1 when it did not end in time).
    QString runWithoutATerminal(const QString &procedure, int *exitCode)
    {
        QProcess p;
        p.setWorkingDirectory(m_dir.path());
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(ROLLCAGE_BINARY), {u"run"_s, m_runbook, u"--procedure"_s, procedure,
                                                  u"--yes"_s, u"--database"_s, m_db});
        *exitCode = p.waitForFinished(60000) ? p.exitCode() : -1;
        return QString::fromUtf8(p.readAllStandardError());
    }

    // Step 1's stored output, as far as it is committed.
    QString storedTranscript()
    {
        auto store = incident::IncidentStore::open(m_db);
        if (!store)
            return {};
        const auto events = (*store)->events(1);
        const qint64 run = events ? incident::deriveState(*events).step(0).lastRunEventId : 0;
        const auto lines = run > 0 ? (*store)->outputLines(run, 0, 100)
                                   : Result<QList<incident::OutputLine>>::failure(QString());
        QStringList texts;
        for (const incident::OutputLine &l : lines ? *lines : QList<incident::OutputLine>())
            texts << l.text;
        return texts.join(u'\n');
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_runbook = m_dir.filePath(u"drill.md"_s);
        QFile f(m_runbook);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRunbook);
        QFile promote(m_dir.filePath(u"promote.sh"_s));
        QVERIFY(promote.open(QIODevice::WriteOnly));
        promote.write(kPromote);
        m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".sqlite"_s);
    }

    void promptAnsweredAtTheTerminal()
    {
        TerminalRunner pty;
        QByteArray screen;
        QSignalSpy finished(&pty, &TerminalRunner::finished);
        start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Ask first"_s, u"--yes"_s});
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("[y/N] "), 30000);
        pty.write("y\r");
        QVERIFY(finished.wait(30000));
        const StepResult r = finished.first().first().value<StepResult>();
        QVERIFY2(r.exitCode == 0, screen.constData());
        QVERIFY2(screen.contains("went ahead"), screen.constData());
        QCOMPARE(stateOf(1).step(0).state, incident::StepState::Succeeded);
    }

    void sessionThenItsOutcome()
    {
        TerminalRunner pty;
        QByteArray screen;
        QSignalSpy finished(&pty, &TerminalRunner::finished);
        start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Shell session"_s, u"--yes"_s});
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("drill$ "), 30000);
        pty.write("echo inside-$((6*7))\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("inside-42"), 30000);
        pty.write("exit\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("Type done or failed:"), 30000);
        pty.write("done\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("A note for the journal"), 30000);
        pty.write("echoed 42 inside\r");
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().value<StepResult>().exitCode == 0, screen.constData());
        const incident::IncidentState s = stateOf(1);
        QCOMPARE(s.step(0).state, incident::StepState::Succeeded);
        // The manual step after it was waived (--yes): the run went on after the answer.
        QCOMPARE(s.step(1).state, incident::StepState::Waived);
    }

    void plainStepAskingIsAnsweredAtTheTerminal()
    {
        // Not a terminal step: its questions are found waiting on its input and answered
        // here, the secret without echo on this terminal.
        TerminalRunner pty;
        QByteArray screen;
        QSignalSpy finished(&pty, &TerminalRunner::finished);
        start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Plain prompt"_s, u"--yes"_s});
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("[1] waits for input"), 30000);
        QVERIFY(screen.contains("[1] Release to promote: "));
        pty.write("v2.14.1\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.count("[1] waits for input") == 2, 30000);
        QVERIFY2(screen.contains("[1] Promote v2.14.1? [y/N] "), screen.constData());
        pty.write("y\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("[1] waits for a secret"), 30000);
        pty.write("tok-never-shown\r");
        QVERIFY(finished.wait(30000));
        QVERIFY2(finished.first().first().value<StepResult>().exitCode == 0, screen.constData());
        QVERIFY2(screen.contains("[1] promoted, token of 15 characters"), screen.constData());
        QVERIFY2(!screen.contains("tok-never"), screen.constData());
        // Each answer is on the screen once: as this terminal echoed it while it was typed,
        // not a second time as the step's terminal echoed it back into the step's log.
        QVERIFY2(screen.contains("\r\nv2.14.1\r\n") && screen.contains("\r\ny\r\n"),
                 screen.constData());
        QVERIFY2(!screen.contains("[1] v2.14.1") && !screen.contains("[1] y\r\n"),
                 screen.constData());
        QVERIFY(!storedTranscript().contains(u"tok-never"_s));
        QCOMPARE(stateOf(1).step(0).state, incident::StepState::Succeeded);
        // Both answers are the step's events; the one typed without echo only as such.
        QStringList answers;
        auto store = incident::IncidentStore::open(m_db);
        QVERIFY(store);
        const auto events = (*store)->events(1);
        QVERIFY(events);
        for (const incident::Event &e : *events) {
            if (incident::events::is<incident::events::StepInputGiven>(e)) {
                const auto given = incident::events::read<incident::events::StepInputGiven>(e);
                answers << (given.hidden ? u"hidden "_s : QString()) + given.text;
            }
        }
        QCOMPARE(answers.join(u"|"_s), u"v2.14.1|y|hidden ••••"_s);
        // The step's log keeps the echo, after its question, as a terminal shows it.
        QVERIFY2(storedTranscript().contains(u"Release to promote: \nv2.14.1\n"_s),
                 qPrintable(storedTranscript()));
        store->reset();
        for (const QString &path : QStringList{m_db, m_db + u"-wal"_s}) {
            QFile file(path);
            QVERIFY(!file.open(QIODevice::ReadOnly) || !file.readAll().contains("tok-never"));
        }
    }

    void sessionFollowsTheTerminalsSize()
    {
        // The operator's terminal is resized mid-session (SIGWINCH to rollcage): the
        // session's terminal gets the new size.
        TerminalRunner pty;
        pty.setWindowSize(80, 24);
        QByteArray screen;
        QSignalSpy finished(&pty, &TerminalRunner::finished);
        start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Shell session"_s, u"--yes"_s});
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("drill$ "), 30000);
        pty.write("stty size\r");
        QTRY_VERIFY2_WITH_TIMEOUT(screen.contains("\r\n24 80\r\n"), screen.constData(), 30000);
        pty.setWindowSize(100, 30);
        // The size goes on from rollcage's event loop: asked until the session has it.
        for (int i = 0; i < 50 && !screen.contains("\r\n30 100\r\n"); ++i) {
            const qsizetype prompts = screen.count("drill$ ");
            pty.write("stty size\r");
            QTRY_VERIFY_WITH_TIMEOUT(screen.count("drill$ ") > prompts, 30000);
        }
        QVERIFY2(screen.contains("\r\n30 100\r\n"), screen.constData());
        pty.write("exit\r");
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("Type done or failed:"), 30000);
        pty.write("done\rsized\r");
        QVERIFY(finished.wait(30000));
    }

    void plainStepAskingWithoutATerminalIsBlocked()
    {
        // From a script (no terminal): the question cannot be answered, so the step is
        // stopped and marked blocked with the reason rather than left waiting for ever.
        int exitCode = -1;
        const QString err = runWithoutATerminal(u"Plain prompt"_s, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(u"waits for input"_s) && err.contains(u"no terminal is attached"_s),
                 qPrintable(err));
        QVERIFY2(err.contains(u"<== [1] blocked: "_s), qPrintable(err));
        const incident::IncidentState state = stateOf(1);
        QCOMPARE(state.step(0).state, incident::StepState::Blocked);
        QVERIFY2(state.step(0).reason.contains(u"waits for input"_s), qPrintable(state.step(0).reason));
    }

    void sessionWithoutATerminalIsRefused()
    {
        // The real binary from a script (no terminal): a session step is not started at all
        // (nobody could type into it); it is marked blocked, saying why and what to do.
        int exitCode = -1;
        const QString err = runWithoutATerminal(u"Shell session"_s, &exitCode);
        QCOMPARE(exitCode, 1);
        QVERIFY2(err.contains(u"needs a terminal"_s) && err.contains(u"No terminal is attached"_s),
                 qPrintable(err));
        QVERIFY2(!err.contains(u"drill$"_s), qPrintable(err)); // the shell never ran
        const incident::IncidentState state = stateOf(1);
        QCOMPARE(state.step(0).state, incident::StepState::Blocked);
        QVERIFY2(state.step(0).reason.contains(u"terminal=false"_s), qPrintable(state.step(0).reason));
        QCOMPARE(state.step(0).attempts, 0);
    }

    void killNineDuringASessionResumesAsOutcomeUnknown()
    {
        {
            TerminalRunner pty;
            QByteArray screen;
            QSignalSpy finished(&pty, &TerminalRunner::finished);
            start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Shell session"_s, u"--yes"_s});
            QTRY_VERIFY_WITH_TIMEOUT(screen.contains("drill$ "), 30000);
            pty.write("echo before-the-kill\r");
            QTRY_VERIFY_WITH_TIMEOUT(screen.contains("before-the-kill\r\n"), 30000);
            // Killed once the line is in the store (the recorder writes within 250 ms):
            // what was committed must survive the kill.
            QTRY_VERIFY_WITH_TIMEOUT(storedTranscript().contains(u"before-the-kill"_s), 30000);
            QVERIFY(pty.processId() > 0);
            ::kill(pid_t(pty.processId()), SIGKILL); // rollcage itself (exec'd by bash)
            QVERIFY(finished.wait(30000));
        }
        // Resumed from a terminal again: the step begun by the dead process is outcome
        // unknown, and the output it had is kept.
        TerminalRunner pty;
        QByteArray screen;
        QSignalSpy finished(&pty, &TerminalRunner::finished);
        start(pty, screen, {u"run"_s, m_runbook, u"--procedure"_s, u"Shell session"_s, u"--incident"_s, u"1"_s, u"--yes"_s});
        QVERIFY(finished.wait(30000));
        const incident::IncidentState s = stateOf(1);
        QVERIFY2(s.step(0).state == incident::StepState::OutcomeUnknown, screen.constData());
        QVERIFY(storedTranscript().contains(u"before-the-kill"_s));
    }
};

QTEST_GUILESS_MAIN(TestRunTerminal)
#include "tst_runterminal.moc"
