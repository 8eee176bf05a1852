// `rollcage check` as users and CI scripts call it: the real executable, as a child process.
#include "common/RollcageCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Run = rollcage::test::CliOutcome;

Run check(const QStringList &arguments)
{
    return rollcage::test::runRollcage(QStringList{u"check"_s} + arguments);
}

QString fixture(const char *name)
{
    return QStringLiteral(ROLLCAGE_FIXTURES_DIR "/") + QLatin1String(name);
}

} // namespace

class TestCheckCommand : public QObject
{
    Q_OBJECT

private slots:
    void exitCodes_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("clean runbook") << QStringList{fixture("numbered-loose.md")} << 0;
        QTest::newRow("warnings only") << QStringList{fixture("ragged-unclosed.md")} << 0;
        QTest::newRow("error diagnostic") << QStringList{fixture("no-procedure.md")} << 1;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/runbook.md"_s} << 2;
        QTest::newRow("no file") << QStringList{} << 2;
        QTest::newRow("two files")
            << QStringList{fixture("numbered-loose.md"), fixture("no-procedure.md")} << 2;
        QTest::newRow("unknown option")
            << QStringList{u"--frobnicate"_s, fixture("numbered-loose.md")} << 2;
    }
    void exitCodes()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QCOMPARE(check(arguments).exitCode, exitCode);
        QCOMPARE(check(QStringList{u"--json"_s} + arguments).exitCode, exitCode);
    }

    void jsonHasTheDocumentedShape()
    {
        const Run r = check({u"--json"_s, fixture("numbered-loose.md")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        for (const char *key :
             {"title", "source", "decisions", "triggers", "checklists", "procedures", "templates",
              "stakeholders", "escalation", "secrets", "diagnostics", "guesses"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        QCOMPARE(o.value(u"title"_s).toString(), u"Ledger API rollback"_s);
        const QJsonObject decision = o.value(u"decisions"_s).toArray().at(1).toObject();
        QCOMPARE(decision.value(u"deadline_minutes"_s).toInt(), 20);
        QVERIFY(o.value(u"decisions"_s)
                    .toArray()
                    .at(2)
                    .toObject()
                    .value(u"deadline_minutes"_s)
                    .isNull());
        const QJsonObject step = o.value(u"procedures"_s)
                                     .toArray()
                                     .at(0)
                                     .toObject()
                                     .value(u"steps"_s)
                                     .toArray()
                                     .at(1)
                                     .toObject();
        QCOMPARE(step.value(u"kind"_s).toString(), u"command"_s);
        QVERIFY(step.value(u"destructive"_s).toBool());
        QCOMPARE(step.value(u"expected_seconds"_s).toInt(), 1800);
        QCOMPARE(step.value(u"commands"_s).toArray().at(0).toObject().value(u"line"_s).toInt(), 37);
        const QJsonArray secrets = o.value(u"secrets"_s).toArray();
        QVERIFY(secrets.contains(u"db-password"_s));
        QVERIFY(secrets.contains(u"API_TOKEN"_s));
        QVERIFY(secrets.contains(u"REDIS_PASSWORD"_s));
        QVERIFY(!secrets.contains(u"SNAPSHOT"_s));
    }

    // What the console asks for before a step runs, in the JSON as in the summary: the text
    // typed for a destructive step, the target named in the click for one that changes
    // production; nothing for a one-click step.
    void jsonNamesWhatEachConfirmationAsksFor_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("step");
        QTest::addColumn<QString>("level");
        QTest::addColumn<QString>("target");
        QTest::newRow("typed, the snapshot's target")
            << fixture("numbered-loose.md") << 1 << u"typed"_s << u"ledger"_s;
        QTest::newRow("typed, a command naming none")
            << fixture("numbered-loose.md") << 2 << u"typed"_s << u"FLUSHDB"_s;
        QTest::newRow("named target")
            << fixture("step-variants.md") << 0 << u"name_target"_s << u"search-api"_s;
        QTest::newRow("one click")
            << fixture("step-variants.md") << 1 << u"one_click"_s << QString();
    }
    void jsonNamesWhatEachConfirmationAsksFor()
    {
        QFETCH(QString, file);
        QFETCH(int, step);
        QFETCH(QString, level);
        QFETCH(QString, target);
        const Run r = check({u"--json"_s, file});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8())
                                  .object()
                                  .value(u"procedures"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"steps"_s)
                                  .toArray()
                                  .at(step)
                                  .toObject();
        QCOMPARE(o.value(u"confirmation"_s).toString(), level);
        QCOMPARE(o.contains(u"confirm_target"_s), !target.isEmpty());
        QCOMPARE(o.value(u"confirm_target"_s).toString(), target);
        // The summary names the same target.
        if (!target.isEmpty())
            QVERIFY(check({file}).out.contains(u"\"%1\""_s.arg(target)));
    }

    void humanSummaryAndDiagnosticsWithLines()
    {
        const Run r = check({fixture("ragged-unclosed.md")});
        QVERIFY(r.out.contains("Courier Routing Rollback"));
        QVERIFY(r.out.contains("Stop the router"));
        QVERIFY(r.err.contains("ragged-unclosed.md:6: warning:"));
        QVERIFY(r.err.contains("ragged-unclosed.md:17: warning:"));
        const Run bad = check({fixture("no-procedure.md")});
        QVERIFY(bad.err.contains("no-procedure.md:1: error: No rollback procedure found"));
    }

    // Where the importer guessed, `check` says so at the line with what to write; an
    // annotation that settles the guess silences it (issue 16).
    void guessesComeWithTheirAnnotation_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("text");
        QTest::newRow("procedure from its commands")
            << u"guesses.md:3: guess: \"Flush the edge cache\" is read as a procedure"_s
            << u"<!-- rollcage: reference --> says it is not one."_s;
        QTest::newRow("block split at numbered comments")
            << u"guesses.md:28: guess: The block is split into 3 steps"_s << u"{nosplit}"_s;
        QTest::newRow("alternative cut off")
            << u"guesses.md:54: guess: \"Option B: with Helm\" starts an alternative"_s
            << u"<!-- rollcage: sequence -->"_s;
    }

    void guessesComeWithTheirAnnotation()
    {
        QFETCH(QString, line);
        QFETCH(QString, text);
        const Run r = check({fixture("guesses.md")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.err.split(u'\n').filter(line);
        QVERIFY2(lines.size() == 1, qPrintable(r.err));
        QVERIFY2(lines.first().contains(text), qPrintable(lines.first()));
    }

    void settledGuessesAreNotRepeated()
    {
        const Run r = check({fixture("guesses.md")});
        for (const char *settled : {"Warm the edge cache", "Cache commands", "split into 2 steps",
                                    "Option A: first", "Option B: then"})
            QVERIFY2(!r.err.contains(QLatin1String(settled)), settled);
        // Flush, Rebuild (its heading and its split), Compact (its heading), Options A and B.
        QCOMPARE(r.err.count(u": guess: "_s), 6);
    }

    // Each step's line is followed by how the operator will confirm it and why: what a
    // reader checks before trusting the import (issue 16, point 9).
    void summarySaysEachStepsConfirmation_data()
    {
        QTest::addColumn<QString>("step");
        QTest::addColumn<QString>("confirmation");
        QTest::newRow("read-only command")
            << u"1. List the keys the signer holds"_s
            << u"one click: Nothing in its commands changes or deletes anything."_s;
        QTest::newRow("warning alert before the step")
            << u"2. Revoke the old key [destructive]"_s
            << u"typed confirmation \"Revoke the old key\": Clients still holding the old key "
               "are refused until they reload it."_s;
        QTest::newRow("changes production")
            << u"3. Restart the signer so it serves the new key"_s
            << u"confirm the target \"signer\": Runs \"kubectl rollout restart\""_s;
        QTest::newRow("destroys, typed target from the command")
            << u"4. Remove the old key's backup [destructive]"_s
            << u"typed confirmation \"old-key\": Runs \"rm -rf\""_s;
        QTest::newRow("caution alert before a lone block")
            << u"1. Restore the previous key [destructive]"_s
            << u"typed confirmation \"Restore the previous key\": Only when the new key was "
               "leaked as well."_s;
    }

    void summarySaysEachStepsConfirmation()
    {
        QFETCH(QString, step);
        QFETCH(QString, confirmation);
        const Run r = check({fixture("warning-alerts.md")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        const qsizetype at = lines.indexOf(u"  "_s + step);
        QVERIFY2(at >= 0 && at + 1 < lines.size(), qPrintable(r.out));
        QVERIFY2(lines.at(at + 1).startsWith(u"     "_s + confirmation),
                 qPrintable(lines.at(at + 1)));
    }

    // A terminal step says why it runs in a terminal and lists what is typed into its
    // session with each line's level; an annotation that overrides the guess says so.
    void summarySaysWhyAStepRunsInATerminal()
    {
        const Run r = check({fixture("terminal-sessions.md")});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(u'\n');
        const qsizetype at = lines.indexOf(u"  1. Open a shell on the ledger host"_s);
        QVERIFY2(at >= 0 && at + 3 < lines.size(), qPrintable(r.out));
        QVERIFY2(lines.at(at + 2).startsWith(u"     terminal session: Opens a session with \"ssh\""_s),
                 qPrintable(lines.at(at + 2)));
        QVERIFY2(r.out.contains(
                     u"       > alembic downgrade -1  (line 23, typed confirmation \"downgrade\")"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"       > SELECT count(*) FROM sessions;  (line 44, one click)"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"     terminal (prompts): \"terraform apply\" asks"_s),
                 qPrintable(r.out));
        QVERIFY2(r.out.contains(u"     Annotated terminal=false: runs as a plain script."_s),
                 qPrintable(r.out));
    }
};

QTEST_GUILESS_MAIN(TestCheckCommand)
#include "tst_checkcommand.moc"
