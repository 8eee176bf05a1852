// `rollcage run` over a real alert runbook of ../shared/corpus (skipped where it is not
// checked out): its diagnosis, mitigation and (when it has one) verification procedures in
// one incident, with --procedure given once per procedure. The programs the steps call are
// STUBS on PATH (tests/common/CorpusFlow.h): nothing reaches a cluster or the network.
#include "common/CorpusFlow.h"
#include "common/RollcageCli.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

class TestCorpusRun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diagnoseMitigateVerify();
};

void TestCorpusRun::diagnoseMitigateVerify()
{
    QString why;
    const auto flow = test::findCorpusFlow(&why);
    if (!flow)
        QSKIP(qPrintable(why));
    QVERIFY2(why.isEmpty(), qPrintable(why));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString stubs = dir.filePath(QStringLiteral("stubs"));
    QVERIFY(QDir().mkpath(stubs));
    QVERIFY(test::writeStubs(stubs, flow->stubbed));
    const QString db = dir.filePath(QStringLiteral("incidents.sqlite"));

    QStringList arguments{QStringLiteral("run"), flow->path, QStringLiteral("--yes"),
                          QStringLiteral("--database"), db};
    for (const QString &procedure : flow->procedures)
        arguments << QStringLiteral("--procedure") << procedure;
    for (auto it = flow->values.cbegin(); it != flow->values.cend(); ++it)
        arguments << QStringLiteral("--var") << it.key() + QLatin1Char('=') + it.value();
    // Whatever the document asks to check before production changes is waived: the gate
    // itself is tested in tst_runcommand.
    for (const incident::OpenItem &item : incident::openPrerequisites(flow->runbook.checklists, {}))
        arguments << QStringLiteral("--waive") << item.item + QStringLiteral("=a drill with stubs");
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PATH"), stubs + QLatin1Char(':') + env.value(QStringLiteral("PATH")));

    const test::CliOutcome o = test::runRollcage(arguments, test::CliCall().withEnvironment(env).in(dir.path()));
    QVERIFY2(o.exitCode == 0, qPrintable(o.out + o.err));
    // Every stubbed program was called by some step; the diagnosis's output reached the console.
    const QString calls = test::stubCalls(stubs);
    for (const QString &program : flow->stubbed)
        QVERIFY2(calls.contains(program + QStringLiteral(" (stub) ")), qPrintable(program + QLatin1Char('\n') + calls));
    QVERIFY2(o.out.contains(QStringLiteral("[1] ") + calls.section(QLatin1Char('\n'), 0, 0)), qPrintable(o.out));

    // One incident; every step of every chosen procedure settled, the procedures in order.
    auto store = incident::IncidentStore::open(db);
    QVERIFY2(store, qPrintable(store.error));
    const auto events = (*store)->events(1);
    QVERIFY2(events, qPrintable(events.error));
    const incident::IncidentState state = incident::deriveState(*events);
    QStringList ran;
    for (const incident::ProcedureRun &run : state.procedures)
        ran << run.title;
    QCOMPARE(ran, flow->procedures);
    for (const runbook::Procedure &p : flow->runbook.procedures) {
        if (!flow->procedures.contains(p.title))
            continue;
        for (int i = 0; i < p.steps.size(); ++i)
            QVERIFY2(incident::isSettled(state.step(p.title, i).state),
                     qPrintable(QStringLiteral("%1, step %2").arg(p.title).arg(i + 1)));
    }
    QCOMPARE(state.phase, incident::Phase::Verifying);

    const test::CliOutcome report = test::runRollcage(
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("md"),
         QStringLiteral("--database"), db},
        test::CliCall().in(dir.path()));
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QStringList bold;
    for (const QString &title : flow->procedures)
        bold << QStringLiteral("**%1**").arg(title);
    QVERIFY2(report.out.contains(QStringLiteral("Procedures run, in order: ") + bold.join(QStringLiteral(" → "))),
             qPrintable(report.out));
}

QTEST_GUILESS_MAIN(TestCorpusRun)
#include "tst_corpusrun.moc"
