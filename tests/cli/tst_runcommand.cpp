// End to end: the real `rollcage` binary on a runbook of ours, a SQLite store in a
// temporary directory. Includes the kill -9 crash test.
#include "common/RollcageCli.h"
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rollcage;

namespace {

const QString kRunbook = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/drill.md");
const QString kAlert = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/alert.md");
const QString kPreflight = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/preflight.md");

using Outcome = test::CliOutcome;

} // namespace

class TestRunCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void runsAProcedureToTheEnd();
    void stopsAtTheFirstFailedStep();
    void destructiveStepNeedsYes();
    void dryRunQuotesAndRecordsNothing();
    void unknownProcedureIsAUsageError();
    void incidentAloneSaysWhatElseIsNeeded();
    void ctrlCCancelsTheRunningStep();
    void killNineLosesNothingCommitted();
    void diagnoseMitigateVerifyInOneIncident();
    void waiverNeedsAReason();
    void preflightSaysEverythingAtOnce();
    void terminalStepWithoutATerminalIsBlocked();

private:
    Outcome rollcage(const QStringList &arguments,
                     const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());
    void startRollcage(QProcess &process, const QStringList &arguments);
    std::unique_ptr<incident::IncidentStore> openStore();
    QTemporaryDir m_dir;
    QString m_db;
};

void TestRunCommand::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                          QStringLiteral(".sqlite"));
}

void TestRunCommand::startRollcage(QProcess &process, const QStringList &arguments)
{
    process.setProgram(QStringLiteral(ROLLCAGE_BINARY));
    process.setArguments(arguments + QStringList{QStringLiteral("--database"), m_db});
    process.setWorkingDirectory(m_dir.path());
    process.start();
}

Outcome TestRunCommand::rollcage(const QStringList &arguments, const QProcessEnvironment &env)
{
    return test::runRollcage(arguments + QStringList{QStringLiteral("--database"), m_db},
                             test::CliCall().withEnvironment(env).in(m_dir.path()));
}

std::unique_ptr<incident::IncidentStore> TestRunCommand::openStore()
{
    auto store = incident::IncidentStore::open(m_db);
    return store ? std::move(*store) : nullptr;
}

void TestRunCommand::runsAProcedureToTheEnd()
{
    const Outcome o = rollcage({QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                                QStringLiteral("happy path"), QStringLiteral("--var"),
                                QStringLiteral("GREETING=the drill"), QStringLiteral("--yes"),
                                QStringLiteral("--operator"), QStringLiteral("quinn")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QLatin1String("[1] hello from the drill\n")), qPrintable(o.out));
    QVERIFY2(o.out.contains(QLatin1String("[3] wrapped up\n")), qPrintable(o.out));
    QVERIFY2(o.err.contains(QLatin1String("[1] to stderr\n")), qPrintable(o.err));
    // The manual step was waived (--yes): the summary says so instead of "all passed".
    QVERIFY2(o.err.contains(QLatin1String("(2 succeeded, 1 waived)")), qPrintable(o.err));
    QVERIFY2(!o.err.contains(QLatin1String("passed")), qPrintable(o.err));

    const Outcome list = rollcage({QStringLiteral("incidents")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QLatin1String("verifying")), qPrintable(list.out));

    const Outcome report = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                     QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY(report.out.startsWith(QLatin1String("# Incident 1: ")));
    QVERIFY(report.out.contains(
        QLatin1String("| quinn | Step 1 \"Greet the on-call\" succeeded (exit 0) |")));
    QVERIFY(report.out.contains(QLatin1String("| 2 | Check the dashboard | waived |")));
    QVERIFY(report.out.contains(QLatin1String("hello from the drill")));

    const Outcome html = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                   QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY2(html.exitCode == 0, qPrintable(html.err));
    QVERIFY(html.out.startsWith(QLatin1String("<!DOCTYPE html>")));
    QVERIFY(html.out.contains(QLatin1String("hello from the drill")));

    // A PDF goes to a file (binary on a terminal helps nobody), and needs no display.
    const Outcome pdfToTerminal = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                            QStringLiteral("--format"), QStringLiteral("pdf")});
    QCOMPARE(pdfToTerminal.exitCode, 2);
    QVERIFY(pdfToTerminal.err.contains(QLatin1String("-o FILE.pdf")));
    const QString pdfPath = m_dir.filePath(QStringLiteral("incident-1.pdf"));
    const Outcome pdf = rollcage({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--format"),
                                  QStringLiteral("pdf"), QStringLiteral("-o"), pdfPath});
    QVERIFY2(pdf.exitCode == 0, qPrintable(pdf.err));
    QFile pdfFile(pdfPath);
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(5) == "%PDF-");

    const Outcome docx = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                   QStringLiteral("--format"), QStringLiteral("docx")});
    QCOMPARE(docx.exitCode, 2);
    QVERIFY(docx.err.contains(QLatin1String("use md, html or pdf")));
}

void TestRunCommand::stopsAtTheFirstFailedStep()
{
    const Outcome o = rollcage({QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                                QStringLiteral("Failing Path")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY(o.out.contains(QLatin1String("[2] about to fail")));
    QVERIFY(!o.out.contains(QLatin1String("should not run")));
    auto store = openStore();
    QVERIFY(store);
    const auto state = incident::deriveState(*store->events(1));
    QCOMPARE(state.phase, incident::Phase::RollingBack);
    QCOMPARE(state.step(1).state, incident::StepState::Failed);
    QCOMPARE(state.step(1).exitCode, 7);
    QCOMPARE(state.step(2).state, incident::StepState::Pending);
}

void TestRunCommand::destructiveStepNeedsYes()
{
    const Outcome refused = rollcage(
        {QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"), QStringLiteral("purge")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(QLatin1String("--yes")), qPrintable(refused.err));
    QVERIFY(!refused.out.contains(QLatin1String("purged")));
    const Outcome confirmed =
        rollcage({QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                  QStringLiteral("purge"), QStringLiteral("--yes")});
    QVERIFY2(confirmed.exitCode == 0, qPrintable(confirmed.err));
    QVERIFY(confirmed.out.contains(QLatin1String("[1] purged")));
}

void TestRunCommand::dryRunQuotesAndRecordsNothing()
{
    const QString evil = QStringLiteral("$(touch %1)").arg(m_dir.filePath(QStringLiteral("pwned")));
    const Outcome o = rollcage({QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                                QStringLiteral("happy"), QStringLiteral("--var"),
                                QStringLiteral("GREETING=") + evil, QStringLiteral("--dry-run")});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QStringLiteral(R"(echo "hello from \%1")").arg(evil)),
             qPrintable(o.out));
    QVERIFY(o.out.contains(QLatin1String("manual step")));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("pwned"))));
    QVERIFY(!QFile::exists(m_db));
}

void TestRunCommand::incidentAloneSaysWhatElseIsNeeded()
{
    const Outcome o = rollcage({QStringLiteral("run"), QStringLiteral("--incident"), QStringLiteral("7")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("--incident 7")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("RUNBOOK --procedure NAME")), qPrintable(o.err));
    const Outcome bare = rollcage({QStringLiteral("run")});
    QCOMPARE(bare.exitCode, 2);
    QVERIFY2(bare.err.contains(QLatin1String("--incident N")), qPrintable(bare.err));
}

void TestRunCommand::unknownProcedureIsAUsageError()
{
    const Outcome o = rollcage(
        {QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"), QStringLiteral("Path")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("Happy Path; Failing Path; Purge Path; Long Path")),
             qPrintable(o.err));
}

void TestRunCommand::ctrlCCancelsTheRunningStep()
{
    QProcess run;
    startRollcage(run, {QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                        QStringLiteral("long")});
    QByteArray seen;
    QTRY_VERIFY_WITH_TIMEOUT((seen += run.readAllStandardOutput()).contains("[1] tick 1000\n"),
                             20000);
    ::kill(static_cast<pid_t>(run.processId()), SIGINT);
    QVERIFY(run.waitForFinished(20000));
    QCOMPARE(run.exitStatus(), QProcess::NormalExit);
    QCOMPARE(run.exitCode(), 1);
    auto store = openStore();
    QVERIFY(store);
    const auto state = incident::deriveState(*store->events(1));
    QCOMPARE(state.step(0).state, incident::StepState::Cancelled);
    QCOMPARE(state.phase, incident::Phase::RollingBack);
}

void TestRunCommand::killNineLosesNothingCommitted()
{
    QProcess run;
    QTemporaryDir tmp; // the steps' TMPDIR
    QVERIFY(tmp.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), tmp.path());
    run.setProcessEnvironment(env);
    startRollcage(run, {QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                        QStringLiteral("long")});
    QVERIFY(run.waitForStarted());
    // Let some batches reach the database, then kill it without a chance to clean up.
    auto store = openStore();
    QVERIFY(store);
    qint64 runEvent = 0;
    qint64 seenLines = 0;
    QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                 const auto journal = store->events(1);
                                 if (!journal || journal->isEmpty())
                                     return false;
                                 runEvent = incident::deriveState(*journal).step(0).lastRunEventId;
                                 seenLines = runEvent ? *store->outputLineCount(runEvent) : 0;
                                 return seenLines >= 5000;
                             }()),
                             20000);
    run.kill();
    QVERIFY(run.waitForFinished(10000));
    QCOMPARE(run.exitStatus(), QProcess::CrashExit);
    // The killed run could not remove its step's script; the next run there does.
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);

    // Starting again finds the incident, marks the step outcome unknown, and says so.
    const Outcome list = rollcage({QStringLiteral("incidents")});
    QCOMPARE(list.exitCode, 0);
    QVERIFY2(list.out.contains(QLatin1String("rolling_back!")), qPrintable(list.out));
    QVERIFY2(list.err.contains(QLatin1String("outcome is unknown")), qPrintable(list.err));

    const auto journal = store->events(1);
    QVERIFY(journal);
    const auto state = incident::deriveState(*journal);
    QCOMPARE(state.phase, incident::Phase::RollingBack);
    QCOMPARE(state.step(0).state, incident::StepState::OutcomeUnknown);
    // Everything committed before the kill is there, in order, without gaps.
    const qint64 stored = *store->outputLineCount(runEvent);
    QVERIFY(stored >= seenLines);
    qint64 expected = 1;
    for (qint64 first = 0; first < stored; first += 20000) {
        const auto page = store->outputLines(runEvent, first, 20000);
        QVERIFY(page);
        for (const incident::OutputLine &line : *page) {
            if (first + 20000 >= stored && &line == &page->constLast())
                break; // the very last line may have been cut by the kill
            QCOMPARE(line.text, QStringLiteral("tick %1").arg(expected));
            ++expected;
        }
    }

    const Outcome report = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                     QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY(report.out.contains(QLatin1String("interrupted: outcome unknown")));

    // Resuming needs a decision about the interrupted step.
    const QStringList resume{QStringLiteral("run"),         kRunbook,
                             QStringLiteral("--procedure"), QStringLiteral("long"),
                             QStringLiteral("--incident"),  QStringLiteral("1")};
    const Outcome undecided = rollcage(resume);
    QCOMPARE(undecided.exitCode, 1);
    QVERIFY2(undecided.err.contains(QLatin1String("--resolve")), qPrintable(undecided.err));
    const Outcome resumed =
        rollcage(resume + QStringList{QStringLiteral("--resolve"), QStringLiteral("done")}, env);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    QVERIFY(resumed.out.contains(QLatin1String("[2] after the long one")));
    QVERIFY(!resumed.out.contains(QLatin1String("tick")));
}

// An alert runbook run as an operator does: diagnose (before any checklist), then the
// mitigation (held until the pre-rollback checklist is done), then verify, in one incident
// whose shell session carries what the diagnosis found into the mitigation.
void TestRunCommand::diagnoseMitigateVerifyInOneIncident()
{
    const QStringList all{QStringLiteral("--procedure"), QStringLiteral("diagnose"),
                          QStringLiteral("--procedure"), QStringLiteral("mitigate"),
                          QStringLiteral("--procedure"), QStringLiteral("verify")};
    const Outcome first = rollcage(QStringList{QStringLiteral("run"), kAlert} + all);
    QCOMPARE(first.exitCode, 1);
    QVERIFY2(first.out.contains(QLatin1String("[1] lag is 4200\n")), qPrintable(first.out));
    QVERIFY2(first.out.contains(QLatin1String("[2] slowest partition: 7 (lag 4200)\n")),
             qPrintable(first.out));
    // The mitigation changes production: refused, naming what is open and what to do.
    QVERIFY2(first.err.contains(QLatin1String("\"Incident channel opened\"")), qPrintable(first.err));
    QVERIFY2(first.err.contains(QLatin1String("\"Upstream status page checked\"")), qPrintable(first.err));
    QVERIFY2(first.err.contains(QLatin1String("--tick ITEM")), qPrintable(first.err));
    QVERIFY(!first.out.contains(QLatin1String("scaling")));

    const Outcome second = rollcage(
        QStringList{QStringLiteral("run"), kAlert, QStringLiteral("--incident"), QStringLiteral("1"),
                    QStringLiteral("--tick"), QStringLiteral("channel"), QStringLiteral("--waive"),
                    QStringLiteral("status page=the vendor has none")} +
        all);
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    // LAG was set by the diagnosis, in another process: the journal kept the session.
    QVERIFY2(second.out.contains(QLatin1String("[1] scaling from 3 to 6 consumers; lag was 4200\n")),
             qPrintable(second.out));
    QVERIFY2(second.out.contains(QLatin1String("[1] lag now 12\n")), qPrintable(second.out));
    QVERIFY2(second.err.contains(QLatin1String("is now verifying")), qPrintable(second.err));

    const Outcome report = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                     QStringLiteral("--format"), QStringLiteral("md")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(QStringLiteral(
                 "Procedures run, in order: **Diagnose the lag** → **Mitigate: restart the "
                 "consumers** → **Verify recovery**")),
             qPrintable(report.out));
    QVERIFY(report.out.contains(QLatin1String("#### Diagnose the lag")));
    QVERIFY(report.out.contains(QStringLiteral("### Verify recovery — 1. Check the lag again")));
    // Resuming went straight to the first procedure with work left: no back and forth.
    QCOMPARE(report.out.count(QLatin1String("Procedure changed")), 2);
    QVERIFY(report.out.contains(QLatin1String("the vendor has none")));
}

void TestRunCommand::waiverNeedsAReason()
{
    const Outcome o = rollcage({QStringLiteral("run"), kAlert, QStringLiteral("--procedure"),
                                QStringLiteral("mitigate"), QStringLiteral("--waive"),
                                QStringLiteral("channel")});
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("ITEM=REASON")), qPrintable(o.err));
    const Outcome unknown = rollcage({QStringLiteral("run"), kAlert, QStringLiteral("--procedure"),
                                      QStringLiteral("mitigate"), QStringLiteral("--tick"),
                                      QStringLiteral("pager")});
    QCOMPARE(unknown.exitCode, 2);
    QVERIFY2(unknown.err.contains(QLatin1String("No pre-rollback checklist item matches \"pager\"")),
             qPrintable(unknown.err));
    QVERIFY(unknown.err.contains(QLatin1String("\"Incident channel opened\"")));
}

// Missing value, program and script: the dry run lists all three (exit 1), a run refuses
// before declaring anything (exit 2).
void TestRunCommand::preflightSaysEverythingAtOnce()
{
    const QStringList args{QStringLiteral("run"), kPreflight, QStringLiteral("--procedure"),
                           QStringLiteral("edge")};
    const Outcome dry = rollcage(args + QStringList{QStringLiteral("--dry-run")});
    QCOMPARE(dry.exitCode, 1);
    QVERIFY2(dry.err.contains(QLatin1String("pre-flight found 3 problems")), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("No value for ZONE, needed by step 1")), qPrintable(dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("`rollcage-missing-edgectl` is not installed, needed by step 1")),
             qPrintable(dry.err));
    QVERIFY2(dry.err.contains(QLatin1String("`./scripts/rollcage-missing-rollback.sh` does not exist, run by step 2")),
             qPrintable(dry.err));
    const Outcome run = rollcage(args + QStringList{QStringLiteral("--var"), QStringLiteral("ZONE=eu")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("nothing was run")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QLatin1String("No value for ZONE")));
    QVERIFY(!QFile::exists(m_db) || openStore()->incidents()->isEmpty());
    // The drill's happy path has all it needs.
    const Outcome fine = rollcage({QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                                   QStringLiteral("happy path"), QStringLiteral("--var"),
                                   QStringLiteral("GREETING=x"), QStringLiteral("--dry-run")});
    QCOMPARE(fine.exitCode, 0);
    QVERIFY2(fine.err.contains(QLatin1String("pre-flight passed")), qPrintable(fine.err));
}


// Under CI (no terminal on stdin) a step that asks something is refused, blocked with a
// reason, instead of reading an empty input and failing (or hanging) for no clear reason.
void TestRunCommand::terminalStepWithoutATerminalIsBlocked()
{
    const QString runbook = m_dir.filePath(QStringLiteral("ask.md"));
    QFile file(runbook);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# Ask\n\n## Ask first\n\n1. **Asks**\n   ```bash\n"
               "   read -r -p 'Continue? [y/N] ' answer\n   [ \"$answer\" = y ]\n   ```\n");
    file.close();
    const Outcome o = rollcage({QStringLiteral("run"), runbook, QStringLiteral("--procedure"),
                                QStringLiteral("Ask first"), QStringLiteral("--yes")});
    QCOMPARE(o.exitCode, 1);
    QVERIFY2(o.err.contains(QLatin1String("needs a terminal")), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("standard input is not a terminal")), qPrintable(o.err));
    auto store = openStore();
    QVERIFY(store);
    const auto events = store->events(1);
    QVERIFY(events);
    QVERIFY(std::any_of(events->cbegin(), events->cend(), [](const incident::Event &e) {
        return e.type == incident::events::StepBlocked::Name;
    }));
}

QTEST_GUILESS_MAIN(TestRunCommand)
#include "tst_runcommand.moc"
