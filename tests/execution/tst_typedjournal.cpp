// What the operator types is journalled as the step's events (issue 18): the answer to a
// plain step's question (bash `read` on the runner's own terminal), a session line's
// button, a line typed by hand into a session (`sh -i` in a real pseudo-terminal). Real
// programs, the real SQLite store, the real report. What was typed while the terminal did
// not echo (`read -s`, a password) is in none of the database file, its WAL, the log
// messages, the report or its HTML export: the journal keeps only that something hidden
// was typed.
#include "EngineTestBase.h"
#include "incident/Events.h"
#include "report/MarkdownReport.h"
#include "report/ReportExport.h"
#include "runbook/Importer.h"

#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>

using namespace rollcage;
using namespace rollcage::enginetest;
using namespace Qt::StringLiterals;
namespace events = incident::events;

namespace {

constexpr char kPlainSecret[] = "Hunter2-plain-7Qx";
constexpr char kSessionSecret[] = "Hunter2-session-4Kw";
// A PIN of three characters, typed hidden: shorter than a password, kept out all the same.
constexpr char kPin[] = "Q7z";

QStringList g_messages; // every log message of the test, debug included
void collect(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_messages.append(message);
}

// Two plain steps the importer cannot see into (they run as scripts with two logged
// streams): a question and a password, both read from the step's input.
runbook::Runbook plainRunbook()
{
    return makeRunbook(
        {commandStep(u"Choose the release"_s,
                     u"read -r -p 'Release to keep: ' keep\necho \"keeping $keep\""_s, 10),
         commandStep(u"Unlock the vault"_s,
                     u"read -r -s -p 'Vault password: ' pw\necho\necho \"length ${#pw}\""_s, 20)});
}

const QByteArray kSessionRunbook = R"(# Shell work

## Work in a shell

1. **Open a shell**
   ```bash
   PS1='inner$ ' sh -i
   echo "deploying ${RELEASE}"
   ```

## Give a password

1. **Reads a password**
   ```bash
   read -r -s -p 'Password: ' pw; echo
   echo "length ${#pw}"
   ```

## Give a PIN

1. **Reads a PIN**
   ```bash
   read -r -s -p 'PIN: ' pin
   echo
   echo "pin $pin accepted"
   ```
)";

} // namespace

class TestTypedJournal : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"rollcage.*=true"_s);
        qInstallMessageHandler(collect);
    }
    void cleanupTestCase() { qInstallMessageHandler(nullptr); }
    void init()
    {
        g_messages.clear();
        openStore();
    }
    // Once the store is closed (the WAL checkpointed into the file) the secrets are still
    // in none of its files.
    void cleanup()
    {
        closeStore();
        for (const QString &path : QStringList{m_dbPath, m_dbPath + u"-wal"_s}) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                continue; // no WAL left
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains(kPlainSecret) && !bytes.contains(kSessionSecret) &&
                         !bytes.contains(kPin),
                     qPrintable(path));
        }
    }

    void answersToAPlainStep()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true); // the GUI's answer bar
        QVERIFY(engine.declare(plainRunbook(), u"Application rollback"_s));
        answer(engine, 0, "v2.14.1");
        answer(engine, 1, kPlainSecret);

        const QList<incident::Event> given = ofType<events::StepInputGiven>(engine);
        QCOMPARE(given.size(), 2);
        const auto release = events::read<events::StepInputGiven>(given.at(0));
        QCOMPARE(given.at(0).stepIndex, 0);
        QCOMPARE(release.text, u"v2.14.1"_s);
        QCOMPARE(release.title, u"Choose the release"_s);
        QCOMPARE(release.procedure, u"Application rollback"_s);
        QVERIFY(!release.hidden);
        const auto password = events::read<events::StepInputGiven>(given.at(1));
        QCOMPARE(given.at(1).stepIndex, 1);
        QVERIFY(password.hidden);
        QCOMPARE(password.text, QString::fromUtf8(SecretMasker::replacement()));
        // The step got it all the same.
        QVERIFY(storedOutput(engine.state().step(1).lastRunEventId).contains(u"length 17"_s));

        const QString md = reportOf(engine);
        QVERIFY2(md.contains(u"Step 1 \"Choose the release\": answered `v2.14.1`"_s),
                 qPrintable(md));
        QVERIFY2(
            md.contains(u"Step 2 \"Unlock the vault\": answered without echo (not recorded)"_s),
            qPrintable(md));
        expectNowhere(kPlainSecret, md);
    }

    void typedIntoASession()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        DeclareOptions options;
        options.variables.insert(u"RELEASE"_s, u"2.4.1"_s);
        options.workingDirectory = m_dir.path();
        QVERIFY(engine.declare(runbook::Importer::importText(kSessionRunbook, u"s.md"_s),
                               u"Work in a shell"_s, options));
        QByteArray screen;
        connect(&engine, &Engine::terminalData, this,
                [&screen](int, const QByteArray &bytes) { screen += bytes; });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("inner$ "), 20000);
        QVERIFY(engine.typeSessionLine(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("deploying 2.4.1\r\n"), 20000);
        // By hand, a key at a time as the GUI's terminal sends them, with a typo put right.
        for (const char key : QByteArray("echo by-hamd\x7f\x7f"
                                         "nd\r"))
            engine.writeToTerminal(QByteArray(1, key));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("by-hand\r\n"), 20000);
        // A secret read without echo inside the session: typed, never kept.
        engine.writeToTerminal("stty -echo; read -r pw; stty echo; echo \"got ${#pw}\"\r");
        QTRY_VERIFY_WITH_TIMEOUT(!engine.terminalInputEchoed(), 20000);
        engine.writeToTerminal(QByteArray(kSessionSecret) + '\r');
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("got 19\r\n"), 20000);
        engine.writeToTerminal("exit\r");
        QVERIFY(finished.wait(20000));

        const QList<incident::Event> typed = ofType<events::SessionLineTyped>(engine);
        QCOMPARE(typed.size(), 5);
        const auto button = events::read<events::SessionLineTyped>(typed.at(0));
        QVERIFY2(button.text.startsWith(u"echo \"deploying "_s) && button.text.contains(u"2.4.1"_s),
                 qPrintable(button.text));
        QCOMPARE(button.sessionLine, 1);
        QVERIFY(button.line > 0);
        const auto byHand = events::read<events::SessionLineTyped>(typed.at(1));
        QCOMPARE(byHand.text, u"echo by-hand"_s);
        QCOMPARE(byHand.sessionLine, 0);
        const auto secret = events::read<events::SessionLineTyped>(typed.at(3));
        QVERIFY(secret.hidden);
        QCOMPARE(secret.text, QString::fromUtf8(SecretMasker::replacement()));
        QCOMPARE(events::read<events::SessionLineTyped>(typed.at(4)).text, u"exit"_s);
        // Typed before the session ended, so before the step's end in the journal.
        for (const incident::Event &e : typed)
            QVERIFY(e.id < ofType<events::StepFinished>(engine).last().id);

        const QString md = reportOf(engine);
        QVERIFY2(md.contains(u"typed session line 1 (runbook line "_s), qPrintable(md));
        QVERIFY2(md.contains(u"typed by hand: `echo by-hand`"_s), qPrintable(md));
        QVERIFY2(md.contains(u"typed without echo (not recorded)"_s), qPrintable(md));
        expectNowhere(kSessionSecret, md);
    }

    void passwordPromptStepTypedByHand()
    {
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(runbook::Importer::importText(kSessionRunbook, u"s.md"_s),
                               u"Give a password"_s));
        QByteArray screen;
        connect(&engine, &Engine::terminalData, this,
                [&screen](int, const QByteArray &bytes) { screen += bytes; });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("Password: "), 20000);
        engine.writeToTerminal(QByteArray(kSessionSecret) + '\r');
        QVERIFY(finished.wait(20000));
        expectOneHidden<events::SessionLineTyped>(engine, kSessionSecret);
    }

    void aShortAnswerWithoutEchoIsKeptOut()
    {
        // `read -s` in a plain step, answered in the answer bar: a PIN of three characters
        // is masked in what the step prints, as a longer password is.
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(
            makeRunbook({commandStep(
                u"Unlock the safe"_s,
                u"read -r -s -p 'PIN: ' pin\necho\necho \"pin $pin accepted\""_s, 10)}),
            u"Application rollback"_s));
        answer(engine, 0, kPin);
        QVERIFY(
            storedOutput(engine.state().step(0).lastRunEventId).contains(u"pin •••• accepted"_s));
        expectOneHidden<events::StepInputGiven>(engine, kPin);
    }

    void aShortPinAtATerminalPasswordPrompt()
    {
        // A terminal step's password prompt (bash `read -s` on the session's pty), typed by
        // hand a key at a time.
        Engine engine(m_store.get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(runbook::Importer::importText(kSessionRunbook, u"s.md"_s),
                               u"Give a PIN"_s));
        QVERIFY(engine.isTerminalStep(0));
        QByteArray screen;
        connect(&engine, &Engine::terminalData, this,
                [&screen](int, const QByteArray &bytes) { screen += bytes; });
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("PIN: "), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!engine.terminalInputEchoed(), 20000);
        QByteArray keys(kPin);
        keys.append('\r');
        for (const char key : std::as_const(keys))
            engine.writeToTerminal(QByteArray(1, key));
        QVERIFY(finished.wait(20000));
        QVERIFY2(!screen.contains(kPin), screen.constData()); // not even on the screen
        const QString out = storedOutput(engine.state().step(0).lastRunEventId).join(u'\n');
        QVERIFY2(out.contains(u"pin •••• accepted"_s), qPrintable(out));
        expectOneHidden<events::SessionLineTyped>(engine, kPin);
    }

private:
    void answer(Engine &engine, int index, const QByteArray &text)
    {
        QSignalSpy waits(&engine, &Engine::waitsForInput);
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(index));
        QTRY_VERIFY_WITH_TIMEOUT(engine.isWaitingForInput(), 20000);
        QVERIFY(engine.answerInput(QString::fromUtf8(text)));
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().at(1).value<StepResult>().status, StepStatus::Succeeded);
    }

    template<class E> QList<incident::Event> ofType(const Engine &engine)
    {
        QList<incident::Event> found;
        for (const incident::Event &e : engine.journal()) {
            if (events::is<E>(e))
                found.append(e);
        }
        return found;
    }

    // One event of type E, hidden (only the mask as its text), and `secret` nowhere.
    template<class E> void expectOneHidden(const Engine &engine, const char *secret)
    {
        const QList<incident::Event> found = ofType<E>(engine);
        QCOMPARE(found.size(), 1);
        const auto event = events::read<E>(found.first());
        QVERIFY(event.hidden);
        QCOMPARE(event.text, QString::fromUtf8(SecretMasker::replacement()));
        expectNowhere(secret, reportOf(engine));
    }

    QString reportOf(const Engine &engine)
    {
        const auto data = report::collectReport(*m_store, engine.incidentId());
        if (!data)
            qWarning().noquote() << data.error;
        return data ? report::renderMarkdown(*data) : QString();
    }

    // In no byte the store wrote while it is open (the WAL holds the latest pages; closed,
    // see cleanup), in no log message, report or export.
    void expectNowhere(const char *secret, const QString &markdown)
    {
        const QByteArray needle(secret);
        QVERIFY(!markdown.isEmpty());
        QVERIFY(!markdown.toUtf8().contains(needle));
        QVERIFY(!report::markdownToHtml(markdown, u"report"_s).toUtf8().contains(needle));
        for (const QString &m : std::as_const(g_messages))
            QVERIFY2(!m.contains(QLatin1String(secret)), qPrintable(m));
        const auto fileHolds = [&needle](const QString &path) {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) && f.readAll().contains(needle);
        };
        QVERIFY(QFile::exists(m_dbPath + u"-wal"_s));
        for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s})
            QVERIFY2(!fileHolds(m_dbPath + suffix), qPrintable(m_dbPath + suffix));
    }
};

QTEST_GUILESS_MAIN(TestTypedJournal)
#include "tst_typedjournal.moc"
