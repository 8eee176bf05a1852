// Terminal steps through the Engine, with runbooks imported from Markdown and real
// programs in real pseudo-terminals: refused without a terminal, a prompt answered, a
// session whose lines are typed with values and secrets (the secret nowhere in the
// transcript or what is journalled as typed), a destructive line that needs its typed
// confirmation, a password typed by hand at a no-echo prompt, Cancel, and the outcome
// asked after the session ends.
#include "EngineTestBase.h"
#include "incident/Event.h"
#include "runbook/Importer.h"

#include <QJsonDocument>
#include <QStandardPaths>

using namespace rollcage;
using namespace rollcage::enginetest;
using namespace Qt::StringLiterals;

namespace {

runbook::Runbook importRunbook(const QByteArray &markdown)
{
    return runbook::Importer::importText(markdown, u"terminal.md"_s);
}

const QByteArray kShellSession = R"(# Shell work

## Work in a shell

1. **Open a shell**
   ```bash
   PS1='inner$ ' sh -i
   echo "deploying ${RELEASE}"
   echo "token <api-token>" | wc -c
   rm -rf ./scratch-dir
   exit
   ```

## Answer a question

1. **Asks first**
   ```bash
   read -r -p 'Continue? [y/N] ' answer
   [ "$answer" = y ] && printf '\033[1;31mwent\033[0m ahead\n'
   ```

## Give a password

1. **Reads a password**
   ```bash
   read -r -s -p 'Password: ' pw; echo
   echo "length ${#pw}"
   ```

## Plain session

1. **Open a bare shell**
   ```bash
   PS1='bare$ ' sh -i
   ```
)";

// Everything the terminal showed, as the GUI's view gets it.
struct Screen : QObject
{
    QByteArray text;
    explicit Screen(Engine &engine)
    {
        connect(&engine, &Engine::terminalData, this,
                [this](int, const QByteArray &bytes) { text += bytes; });
    }
};

struct Typed
{
    QString text;
    bool echoed = true;
    int line = -1;
};

} // namespace

class TestEngineTerminal : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }

    void refusedWithoutATerminal()
    {
        Engine engine(m_store.get(), nullptr);
        QVERIFY(engine.declare(importRunbook(kShellSession), u"Answer a question"_s));
        QVERIFY(engine.isTerminalStep(0));
        const Status s = engine.runStep(0);
        QVERIFY(!s);
        QVERIFY2(s.error.contains(u"needs a terminal"_s), qPrintable(s.error));
        QVERIFY2(s.error.contains(u"read"_s), qPrintable(s.error)); // why it needs one
        QCOMPARE(engine.state().step(0).state, incident::StepState::Blocked);
    }

    void promptAnswered()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(importRunbook(kShellSession), u"Answer a question"_s));
        Screen screen(engine);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("[y/N] "), 20000);
        engine.writeToTerminal("y\r");
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<StepResult>().status, StepStatus::Succeeded);
        // A prompt's exit status says how it went: no outcome to ask.
        QCOMPARE(engine.state().step(0).state, incident::StepState::Succeeded);
        const QString stored = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(stored.contains(u"Continue? [y/N] y"_s), qPrintable(stored));
        // The store keeps text: the colour codes and carriage returns were for the screen.
        QVERIFY2(stored.contains(u"went ahead"_s), qPrintable(stored));
        QVERIFY(!stored.contains(QChar(0x1b)) && !stored.contains(u'\r'));
        QVERIFY(screen.text.contains("\033[1;31mwent"));
    }

    void sessionLinesTypedWithValuesAndSecrets()
    {
        TableSecretSource secrets;
        secrets.table.insert(u"api-token"_s, QString::fromUtf8(kSecret));
        Engine engine(m_store.get(), &secrets);
        engine.setTerminalAttached(true);
        DeclareOptions options;
        options.variables.insert(u"RELEASE"_s, u"2.4.1"_s);
        options.workingDirectory = m_dir.path();
        const auto rb = importRunbook(kShellSession);
        QCOMPARE(rb.procedures.first().steps.first().sessionLines.size(), 4);
        QVERIFY(engine.declare(rb, u"Work in a shell"_s, options));
        Screen screen(engine);
        QList<Typed> typed;
        connect(&engine, &Engine::typedIntoSession, this,
                [&typed](int, const QString &text, bool echoed, int line) {
                    typed.append({text, echoed, line});
                });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("inner$ "), 20000);
        QVERIFY(engine.isTerminalRunning());

        QVERIFY(engine.typeSessionLine(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("deploying 2.4.1\r\n"), 20000);
        // The secret goes into the session, never into anything shown or stored.
        QCOMPARE(engine.sessionLineText(0, 1, true), u"echo \"token ••••\" | wc -c"_s);
        QVERIFY(engine.typeSessionLine(1));
        const QByteArray length = QByteArray::number(qsizetype(qstrlen(kSecret) + 7)); // "token " + \n
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains(QByteArray(length + "\r\n")), 20000);
        QVERIFY(!screen.text.contains(kSecret));

        // rm -rf inside the session is typed-confirmed like anywhere else.
        const Status refused = engine.typeSessionLine(2);
        QVERIFY(!refused);
        QVERIFY2(refused.error.contains(u"rm -rf"_s), qPrintable(refused.error));
        QVERIFY(engine.typeSessionLine(2, u"rm -rf"_s));
        QVERIFY(engine.typeSessionLine(3)); // exit
        QVERIFY(finished.wait(20000));

        const QString stored = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(stored.contains(u"deploying 2.4.1"_s), qPrintable(stored));
        QVERIFY2(stored.contains(u"token ••••"_s), qPrintable(stored));
        QVERIFY(!stored.contains(QString::fromUtf8(kSecret)));
        QCOMPARE(typed.size(), 4);
        QCOMPARE(typed.at(1).line, 1);
        QCOMPARE(typed.at(1).text, u"echo \"token ••••\" | wc -c"_s);
        for (const incident::Event &e : engine.journal())
            QVERIFY(!QJsonDocument(e.data).toJson().contains(kSecret));

        // The session's exit status says little: the operator says how it went.
        QCOMPARE(engine.state().step(0).state, incident::StepState::OutcomeUnknown);
        QVERIFY(engine.resolveUnknown(0, Resolution::MarkDone, u"schema back at 2.4.1"_s));
        QCOMPARE(engine.state().step(0).state, incident::StepState::Succeeded);
    }

    void passwordTypedByHandIsNotEchoedIntoTheJournal()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(importRunbook(kShellSession), u"Give a password"_s));
        Screen screen(engine);
        QList<Typed> typed;
        connect(&engine, &Engine::typedIntoSession, this,
                [&typed](int, const QString &text, bool echoed, int line) {
                    typed.append({text, echoed, line});
                });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("Password: "), 20000);
        QVERIFY(!engine.terminalInputEchoed());
        engine.writeToTerminal("hunter2-by-hand\r");
        QVERIFY(finished.wait(20000));
        QCOMPARE(typed.size(), 1);
        QVERIFY(!typed.first().echoed);
        QVERIFY(typed.first().text.isEmpty());
        const QString stored = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(stored.contains(u"length 15"_s), qPrintable(stored));
        QVERIFY(!stored.contains(u"hunter2"_s));
    }

    // A local psql against the PostgreSQL the suite starts (tst_engineterminal_postgresql):
    // the runbook's SQL step after "psql" is typed into that console.
    void psqlSession()
    {
        const QString url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (url.isEmpty() || QStandardPaths::findExecutable(u"psql"_s).isEmpty())
            QSKIP("no test PostgreSQL (run as tst_engineterminal_postgresql) or no psql");
        const auto rb = importRunbook(R"(# Database drill

## Check the database

1. **Open the database console**
   ```bash
   psql -X "${DATABASE_URL}"
   ```

2. **Ask it something**
   ```sql
   SELECT 40 + 2 AS answer;
   ```
)");
        QCOMPARE(rb.procedures.first().steps.size(), 1);
        QCOMPARE(rb.procedures.first().steps.first().sessionLines.size(), 1);
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        DeclareOptions options;
        options.variables.insert(u"DATABASE_URL"_s, url);
        QVERIFY(engine.declare(rb, u"Check the database"_s, options));
        Screen screen(engine);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("=#") || screen.text.contains("=>"), 20000);
        QVERIFY(engine.typeSessionLine(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("42"), 20000);
        engine.writeToTerminal("\\q\r");
        QVERIFY2(finished.wait(20000), screen.text.constData());
        const QString stored = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(stored.contains(u"answer"_s) && stored.contains(u"42"_s), qPrintable(stored));
        QCOMPARE(engine.state().step(0).state, incident::StepState::OutcomeUnknown);
    }

    void cancelEndsTheSessionAndAsksTheOutcome()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setGracePeriod(500);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(importRunbook(kShellSession), u"Plain session"_s));
        Screen screen(engine);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.text.contains("bare$ "), 20000);
        engine.cancel();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<StepResult>().status, StepStatus::Cancelled);
        QVERIFY(!engine.isTerminalRunning());
        QCOMPARE(engine.state().step(0).state, incident::StepState::OutcomeUnknown);
    }
};

QTEST_GUILESS_MAIN(TestEngineTerminal)
#include "tst_engineterminal.moc"
