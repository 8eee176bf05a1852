// The walkthrough's terminal suite (issue 18): a terminal step in the real program, in
// the real X session: the embedded terminal takes the keyboard (X key events reach the
// shell in the step's pty), a "Type into session" button types its line, the session
// ends by a button, and the outcome is asked and journalled. Screenshots t01-…
#include "Walkthrough.h"
#include "incident/Events.h"

using namespace rollcage;
using namespace rollcage::walkthrough;

namespace {
const char kRunbook[] = R"(# Ledger drill (terminal steps)

## Work on the ledger box

1. **Open a shell on the ledger box**
   ```bash
   echo "ledger-01: maintenance shell"
   PS1='ledger$ ' sh -i
   echo "hello from the session button"
   uname -s
   exit
   ```

2. **Promote the release**
   ```bash
   bash ./promote.sh
   ```
)";

// A script the importer cannot see into: it asks on its stdin, once plainly, once for a
// secret (no echo).
const char kPromote[] = R"(read -r -p "Promote release v2.14.1 to production? [y/N] " answer
[ "$answer" = y ] || { echo "not promoted"; exit 1; }
read -r -s -p "Deploy token: " token; echo
echo "promoted with a token of ${#token} characters"
)";
}

class TestWalkthroughTerminal : public Walkthrough
{
    Q_OBJECT

    // The step's stored transcript (or log) so far.
    QString transcript(int step = 0) const
    {
        const incident::IncidentState s = state(1);
        const qint64 run = s.step(step).lastRunEventId;
        const auto lines = run > 0 ? m_store->outputLines(run, 0, 500) : decltype(m_store->outputLines(0, 0, 0))();
        QStringList texts;
        for (const incident::OutputLine &l : lines ? *lines : QList<incident::OutputLine>())
            texts.append(l.text);
        return texts.join(QLatin1Char('\n'));
    }

private Q_SLOTS:
    void initTestCase() { setUp(false); }
    void cleanupTestCase() { tearDown(); }

    void sessionInTheEmbeddedTerminal()
    {
        const QString runbook = m_dir.filePath(QStringLiteral("ledger.md"));
        QFile f(runbook);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(kRunbook);
        f.close();
        QFile promote(m_dir.filePath(QStringLiteral("promote.sh")));
        QVERIFY(promote.open(QIODevice::WriteOnly));
        promote.write(kPromote);
        promote.close();
        launch(runbook);
        WAIT(visible(QStringLiteral("New incident…")) && mainWindowActive());
        openStore();
        DO(m_desk->key(QStringLiteral("ctrl+n")));
        WAIT(m_desk->hasWindow(QStringLiteral("New incident")));
        DO(m_desk->key(QStringLiteral("Return")));
        WAIT(m_desk->hasWindow(QStringLiteral("Incident 1")));
        WAIT(m_desk->focusName() == QLatin1String("justificationEdit"));
        DO(m_desk->type(QStringLiteral("Ledger writes failing since the schema change.")));
        DO(m_desk->key(QStringLiteral("ctrl+Return")));
        WAIT(count(1, incident::events::DecisionTaken::Name) == 1);
        WAIT(visible(QStringLiteral("emptyLabel")));
        DO(m_desk->key(QStringLiteral("ctrl+Return")));
        WAIT(visible(QStringLiteral("Step output")));
        // Run: the terminal takes the log's place.
        DO(m_desk->key(QStringLiteral("ctrl+Return")));
        WAIT(visible(QStringLiteral("sessionTerminal")));
        QVERIFY(!visible(QStringLiteral("Step output")));
        WAIT(transcript().contains(QStringLiteral("ledger$ ")));

        // Typed by hand, as X key events into the terminal.
        CLICK(QStringLiteral("sessionTerminal"));
        DO(m_desk->type(QStringLiteral("echo typed-by-hand-$((6*7))")));
        DO(m_desk->key(QStringLiteral("Return")));
        WAIT(transcript().contains(QStringLiteral("typed-by-hand-42")));

        // The runbook's lines, by their buttons.
        CLICK(QStringLiteral("sessionLine0"));
        WAIT(transcript().contains(QStringLiteral("\nhello from the session button")));
        CLICK(QStringLiteral("sessionLine1"));
        WAIT(transcript().contains(QStringLiteral("\nLinux")));
        m_desk->shot(QStringLiteral("t01-terminal-session"));

        // exit: the session ends, and its outcome is the operator's to say.
        CLICK(QStringLiteral("sessionLine2"));
        WAIT(state(1).step(0).state == incident::StepState::OutcomeUnknown);
        WAIT(visible(QStringLiteral("markDoneButton")));
        m_desk->shot(QStringLiteral("t02-session-ended"));
        CLICK(QStringLiteral("markDoneButton"));
        WAIT(m_desk->hasWindow(QStringLiteral("Mark done")));
        DO(m_desk->type(QStringLiteral("uname says Linux; schema back")));
        DO(m_desk->key(QStringLiteral("ctrl+Return")));
        WAIT(state(1).step(0).state == incident::StepState::Succeeded);

        // A plain step that asks on its input: the pane says so under the log, the answer
        // box takes the keyboard, the answer reaches the script.
        DO(m_desk->key(QStringLiteral("ctrl+Return"))); // Next
        WAIT(enabled(QStringLiteral("runButton")));
        DO(m_desk->key(QStringLiteral("ctrl+Return"))); // Run
        WAIT(m_desk->focusName() == QLatin1String("inputAnswerEdit"));
        QVERIFY(visible(QStringLiteral("Step output")));
        QVERIFY(textOf(QStringLiteral("inputMessageLabel")).contains(QStringLiteral("waiting for input")));
        WAIT(transcript(1).contains(QStringLiteral("Promote release v2.14.1 to production? [y/N] ")));
        m_desk->shot(QStringLiteral("t03-step-waits-for-input"));
        DO(m_desk->type(QStringLiteral("y")));
        DO(m_desk->key(QStringLiteral("Return")));
        WAIT(textOf(QStringLiteral("inputMessageLabel")).contains(QStringLiteral("secret")));
        WAIT(m_desk->focusName() == QLatin1String("inputAnswerEdit"));
        DO(m_desk->type(QStringLiteral("tok-7Qx-remember")));
        QVERIFY(!textOf(QStringLiteral("inputAnswerEdit")).contains(QStringLiteral("tok-7Qx")));
        m_desk->shot(QStringLiteral("t04-step-waits-for-a-secret"));
        DO(m_desk->key(QStringLiteral("Return")));
        WAIT(state(1).step(1).state == incident::StepState::Succeeded);
        WAIT(!visible(QStringLiteral("inputAnswerEdit")));
        // The echoed answer follows the question (on its own line once the log had
        // committed the question, a line without its end, while waiting).
        QVERIFY(transcript(1).contains(QRegularExpression(QStringLiteral(R"(\[y/N\] ?\n?y(\n|$))"))));
        QVERIFY(transcript(1).contains(QStringLiteral("promoted with a token of 16 characters")));
        QVERIFY(!transcript(1).contains(QStringLiteral("tok-7Qx")));
        m_desk->shot(QStringLiteral("t05-answered"));
        DO(m_desk->key(QStringLiteral("ctrl+q")));
        QVERIFY2(m_app->waitForFinished(20000), qPrintable(why()));
    }
};

QTEST_MAIN(TestWalkthroughTerminal)
#include "tst_walkthroughterminal.moc"
