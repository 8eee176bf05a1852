// The incident's shell session, working directory and failure lines, through the real
// engine, real bash and a real SQLite journal.
#include "core/SecretSource.h"
#include "execution/Engine.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rollcage;
using namespace rollcage::execution;
using runbook::Placeholder;

namespace {

constexpr char kSecret[] = "s3ss10n-t0ken-77";

class FixedSecrets : public SecretSource
{
public:
    using SecretSource::SecretSource;
    void request(quint64 id, const QString &, const QStringList &names) override
    {
        QTimer::singleShot(0, this, [this, id, names] {
            QHash<QString, QString> values;
            for (const QString &n : names)
                values.insert(n, QString::fromLatin1(kSecret));
            Q_EMIT provided(id, values);
        });
    }
    void peek(quint64 id, const QString &, const QStringList &) override
    {
        QTimer::singleShot(0, this, [this, id] { Q_EMIT kept(id, {}); });
    }
};

runbook::Step step(const QString &title, const QString &code, int line,
                   const QList<Placeholder> &placeholders = {})
{
    runbook::Step s;
    s.title = title;
    s.kind = runbook::StepKind::Command;
    s.line = line;
    s.commands.append({QStringLiteral("bash"), code, line + 2, {}});
    s.placeholders = placeholders;
    return s;
}

Placeholder dollar(const QString &name)
{
    return {name, QLatin1Char('$') + name, Placeholder::Style::Dollar, false, {}};
}

Placeholder angle(const QString &name, bool secret)
{
    return {name, QLatin1Char('<') + name + QLatin1Char('>'), Placeholder::Style::Angle, secret,
            {}};
}

runbook::Runbook runbookOf(const QString &source, const QList<runbook::Step> &steps)
{
    runbook::Runbook rb;
    rb.title = QStringLiteral("Juniper Cache Recovery");
    rb.source = source;
    rb.text = QStringLiteral("# Juniper Cache Recovery\n");
    rb.sha256 = "beef";
    runbook::Procedure p;
    p.title = QStringLiteral("Recover the cache");
    p.steps = steps;
    rb.procedures.append(p);
    return rb;
}

} // namespace

class TestEngineSession : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void variablesAndDirectoryCarryToTheNextStep();
    void aVariableTheStepReadsIsNotAsked();
    void isolatedStepNeitherSeesNorLeaves();
    void whatBashGivesItselfIsNotTheSession();
    void resumedIncidentKeepsItsSession();
    void secretInTheSessionIsMaskedInTheJournal();
    void failurePointsAtTheRunbookLine();
    void silentFailureSaysSo();
    void workingDirectoryIsTheRepositoryRoot();
    void missingWorkingDirectoryIsRefused();
    void otherLanguagesAreNeverRunByBash();

private:
    StepResult run(Engine &engine, int index, QString *output = nullptr);
    QList<incident::Event> eventsOf(qint64 id, const QString &type);

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    QString m_runbookPath;
};

void TestEngineSession::init()
{
    auto store = incident::IncidentStore::open(
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db")));
    QVERIFY2(store, qPrintable(store.error));
    m_store = std::move(*store);
    // A runbook in docs/ of a repository: steps run from the repository's root.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("repo/.git")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("repo/docs/runbooks")));
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("repo/opt/app")));
    m_runbookPath = m_dir.filePath(QStringLiteral("repo/docs/runbooks/juniper.md"));
    QFile f(m_runbookPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
}

void TestEngineSession::cleanup()
{
    m_store.reset();
}

StepResult TestEngineSession::run(Engine &engine, int index, QString *output)
{
    QSignalSpy finished(&engine, &Engine::stepFinished);
    QString text;
    const auto c = connect(&engine, &Engine::output, this,
                           [&text](int, OutputStream, const QString &t, qint64) { text += t; });
    const Status s = engine.runStep(index);
    if (!s) {
        disconnect(c);
        StepResult r;
        r.status = StepStatus::FailedToStart;
        r.error = s.error;
        return r;
    }
    const bool done = finished.wait(20000);
    disconnect(c);
    if (output)
        *output = text;
    return done ? finished.first().at(1).value<StepResult>() : StepResult{};
}

QList<incident::Event> TestEngineSession::eventsOf(qint64 id, const QString &type)
{
    QList<incident::Event> out;
    const auto all = m_store->events(id);
    for (const incident::Event &e : *all) {
        if (e.type == type)
            out.append(e);
    }
    return out;
}

void TestEngineSession::variablesAndDirectoryCarryToTheNextStep()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(
        m_runbookPath,
        {step(QStringLiteral("Find the backup"),
              QStringLiteral("export STATE_KEY=cache-v7\nLATEST_BACKUP=$(echo dump-0412.rdb)\n"
                             "cd opt/app"),
              10),
         step(QStringLiteral("Restore it"),
              QStringLiteral("echo \"restoring $LATEST_BACKUP for $STATE_KEY in $(pwd)\""), 20,
              {dollar(QStringLiteral("LATEST_BACKUP")), dollar(QStringLiteral("STATE_KEY"))})});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY2(id, qPrintable(id.error));
    QCOMPARE(run(engine, 0).status, StepStatus::Succeeded);
    QString out;
    const StepResult second = run(engine, 1, &out);
    QVERIFY2(second.status == StepStatus::Succeeded, qPrintable(second.error));
    const QString app = QDir(m_dir.filePath(QStringLiteral("repo/opt/app"))).canonicalPath();
    QCOMPARE(out.trimmed(),
             QStringLiteral("restoring dump-0412.rdb for cache-v7 in %1").arg(app));
    // Journalled, so the record (and a resumed incident) says what the session held.
    const auto changes = eventsOf(*id, incident::events::SessionChanged::Name);
    QCOMPARE(changes.size(), 1);
    const QJsonObject set = changes.first().data.value(QStringLiteral("set")).toObject();
    QCOMPARE(set.value(QStringLiteral("STATE_KEY")).toString(), QStringLiteral("cache-v7"));
    QCOMPARE(set.value(QStringLiteral("LATEST_BACKUP")).toString(), QStringLiteral("dump-0412.rdb"));
    QVERIFY(!set.contains(QStringLiteral("PATH"))); // unchanged environment is not the session
    QCOMPARE(changes.first().data.value(QStringLiteral("directory")).toString(), app);
    QCOMPARE(engine.stepDirectory(), app);
    QCOMPARE(engine.state().session.value(QStringLiteral("STATE_KEY")), QStringLiteral("cache-v7"));
}

void TestEngineSession::aVariableTheStepReadsIsNotAsked()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(
        m_runbookPath,
        {step(QStringLiteral("Ask"),
              QStringLiteral("read -r -p \"Word? \" word <<< \"pelican\"\necho \"got $word\"\n"
                             "for f in a b; do echo \"file $f\"; done"),
              10, {dollar(QStringLiteral("word")), dollar(QStringLiteral("f"))})});
    QVERIFY(engine.declare(rb, QStringLiteral("recover")));
    QString out;
    const StepResult r = run(engine, 0, &out);
    QVERIFY2(r.status == StepStatus::Succeeded, qPrintable(r.error));
    QVERIFY2(out.contains(QStringLiteral("got pelican")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("file b")));
}

void TestEngineSession::isolatedStepNeitherSeesNorLeaves()
{
    Engine engine(m_store.get(), nullptr);
    auto isolated = step(QStringLiteral("Scratch"),
                         QStringLiteral("echo \"seen:${REGION:-none}\"\nexport SCRATCH=1\ncd /"), 20);
    isolated.isolated = true;
    const auto rb = runbookOf(
        m_runbookPath,
        {step(QStringLiteral("Set region"), QStringLiteral("export REGION=eu-west"), 10), isolated,
         step(QStringLiteral("Check"), QStringLiteral("echo \"scratch:${SCRATCH:-unset} $(pwd)\""),
              30)});
    QVERIFY(engine.declare(rb, QStringLiteral("recover")));
    QCOMPARE(run(engine, 0).status, StepStatus::Succeeded);
    QString out;
    QCOMPARE(run(engine, 1, &out).status, StepStatus::Succeeded);
    QCOMPARE(out.trimmed(), QStringLiteral("seen:none"));
    QCOMPARE(run(engine, 2, &out).status, StepStatus::Succeeded);
    const QString root = QDir(m_dir.filePath(QStringLiteral("repo"))).canonicalPath();
    QCOMPARE(out.trimmed(), QStringLiteral("scratch:unset %1").arg(root));
}

void TestEngineSession::whatBashGivesItselfIsNotTheSession()
{
    // Started without SHELL or TERM (a CI runner, a service unit), bash sets them itself;
    // a step that assigns nothing must not leave them behind as its session.
    const QByteArray shell = qgetenv("SHELL");
    const QByteArray term = qgetenv("TERM");
    qunsetenv("SHELL");
    qunsetenv("TERM");
    const auto restore = qScopeGuard([&] {
        if (!shell.isNull())
            qputenv("SHELL", shell);
        if (!term.isNull())
            qputenv("TERM", term);
    });
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(
        m_runbookPath, {step(QStringLiteral("Look"), QStringLiteral("echo \"$SHELL\""), 10),
                        step(QStringLiteral("Set"), QStringLiteral("TERM=vt100"), 20)});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY2(id, qPrintable(id.error));
    QCOMPARE(run(engine, 0).status, StepStatus::Succeeded);
    QCOMPARE(eventsOf(*id, incident::events::SessionChanged::Name).size(), 0);
    // What the step itself assigns still is the session, even over bash's own value.
    QCOMPARE(run(engine, 1).status, StepStatus::Succeeded);
    const auto changes = eventsOf(*id, incident::events::SessionChanged::Name);
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().data.value(QStringLiteral("set")).toObject().value(
                 QStringLiteral("TERM")).toString(),
             QStringLiteral("vt100"));
}

void TestEngineSession::resumedIncidentKeepsItsSession()
{
    const auto rb = runbookOf(
        m_runbookPath, {step(QStringLiteral("Set"), QStringLiteral("REDIS_HOST=cache-3.internal"), 10),
                        step(QStringLiteral("Use"), QStringLiteral("echo \"host=$REDIS_HOST\""), 20,
                             {dollar(QStringLiteral("REDIS_HOST"))})});
    qint64 id = 0;
    {
        Engine first(m_store.get(), nullptr);
        const auto declared = first.declare(rb, QStringLiteral("recover"));
        QVERIFY(declared);
        id = *declared;
        QCOMPARE(run(first, 0).status, StepStatus::Succeeded);
    }
    Engine second(m_store.get(), nullptr);
    const Status resumed = second.resume(id, rb);
    QVERIFY2(resumed, qPrintable(resumed.error));
    QString out;
    const StepResult r = run(second, 1, &out);
    QVERIFY2(r.status == StepStatus::Succeeded, qPrintable(r.error));
    QCOMPARE(out.trimmed(), QStringLiteral("host=cache-3.internal"));
}

void TestEngineSession::secretInTheSessionIsMaskedInTheJournal()
{
    FixedSecrets secrets;
    Engine engine(m_store.get(), &secrets);
    const auto rb = runbookOf(
        m_runbookPath,
        {step(QStringLiteral("Log in"), QStringLiteral("export API_TOKEN=\"<token>\""), 10,
              {angle(QStringLiteral("token"), true)}),
         step(QStringLiteral("Call"), QStringLiteral("test \"$API_TOKEN\" = '%1' && echo token-ok")
                                          .arg(QString::fromLatin1(kSecret)),
              20)});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY(id);
    QCOMPARE(run(engine, 0).status, StepStatus::Succeeded);
    QString out;
    QCOMPARE(run(engine, 1, &out).status, StepStatus::Succeeded);
    QVERIFY(out.contains(QStringLiteral("token-ok"))); // the next step has the real value
    const auto all = m_store->events(*id);
    for (const incident::Event &e : *all) {
        const QByteArray json = QJsonDocument(e.data).toJson();
        QVERIFY2(!json.contains(kSecret), json.constData());
    }
    QCOMPARE(eventsOf(*id, incident::events::SessionChanged::Name).size(), 1);
}

void TestEngineSession::failurePointsAtTheRunbookLine()
{
    Engine engine(m_store.get(), nullptr);
    // Code starts on line 12 (the step's line + 2): the failing `ls` is on line 14.
    const auto rb = runbookOf(
        m_runbookPath,
        {step(QStringLiteral("List releases"),
              QStringLiteral("echo listing\nRELEASES=/nonexistent-rollcage-dir\nls \"$RELEASES\"\n"
                             "echo never"),
              10)});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY(id);
    const StepResult r = run(engine, 0);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(r.failedLine, 3);
    QVERIFY2(r.error.startsWith(QStringLiteral("juniper.md:14: `ls \"$RELEASES\"` failed with "
                                               "status 2.")),
             qPrintable(r.error));
    QVERIFY(!r.error.contains(QStringLiteral("printed nothing")));
    const auto finished = eventsOf(*id, incident::events::StepFinished::Name);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().data.value(QStringLiteral("failed_line")).toInt(), 14);
}

void TestEngineSession::silentFailureSaysSo()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(m_runbookPath,
                              {step(QStringLiteral("Check"),
                                    QStringLiteral("test -f /nonexistent-rollcage-file"), 30)});
    QVERIFY(engine.declare(rb, QStringLiteral("recover")));
    const StepResult r = run(engine, 0);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(r.error, QStringLiteral("juniper.md:32: `test -f /nonexistent-rollcage-file` failed "
                                     "with status 1. The step printed nothing."));
}

void TestEngineSession::workingDirectoryIsTheRepositoryRoot()
{
    const QString root = QDir(m_dir.filePath(QStringLiteral("repo"))).absolutePath();
    QCOMPARE(defaultWorkingDirectory(m_runbookPath), root);
    QCOMPARE(defaultWorkingDirectory(QStringLiteral(":/examples/drill.md")), QDir::homePath());
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(m_runbookPath, {step(QStringLiteral("Where"), QStringLiteral("pwd"), 10),
                                              step(QStringLiteral("Again"), QStringLiteral("pwd"), 20)});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY(id);
    QCOMPARE(engine.state().workingDirectory, root);
    QString out;
    QCOMPARE(run(engine, 0, &out).status, StepStatus::Succeeded);
    QCOMPARE(out.trimmed(), QDir(root).canonicalPath());
    // Changed later: journalled, and the next step starts there.
    const QString app = m_dir.filePath(QStringLiteral("repo/opt/app"));
    QVERIFY(engine.setWorkingDirectory(app));
    QCOMPARE(eventsOf(*id, incident::events::WorkingDirectorySet::Name).size(), 2);
    QCOMPARE(run(engine, 1, &out).status, StepStatus::Succeeded);
    QCOMPARE(out.trimmed(), QDir(app).canonicalPath());
}

void TestEngineSession::missingWorkingDirectoryIsRefused()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(m_runbookPath, {step(QStringLiteral("Where"), QStringLiteral("pwd"), 10)});
    DeclareOptions options;
    options.workingDirectory = m_dir.filePath(QStringLiteral("no-such-folder"));
    const auto id = engine.declare(rb, QStringLiteral("recover"), options);
    QVERIFY(!id);
    QVERIFY2(id.error.contains(QStringLiteral("no-such-folder")) &&
                 id.error.contains(QStringLiteral("does not exist")),
             qPrintable(id.error));
    QVERIFY(m_store->incidents()->isEmpty()); // nothing declared
}

// A ```sql (or yaml, promql…) block is for the operator to run where it belongs: bash
// never sees it, and a step with nothing else is done by hand.
void TestEngineSession::otherLanguagesAreNeverRunByBash()
{
    runbook::Step mixed = step(QStringLiteral("Check and query"), QStringLiteral("echo shell-ran"), 10);
    mixed.commands.append({QStringLiteral("sql"), QStringLiteral("echo sql-ran; DROP TABLE orders;"), 16, {}});
    runbook::Step sqlOnly;
    sqlOnly.title = QStringLiteral("Query");
    sqlOnly.kind = runbook::StepKind::Command;
    sqlOnly.line = 20;
    sqlOnly.commands.append({QStringLiteral("sql"), QStringLiteral("echo only-sql"), 22, {}});
    Engine engine(m_store.get(), nullptr);
    const auto rb = runbookOf(m_runbookPath, {mixed, sqlOnly});
    const auto id = engine.declare(rb, QStringLiteral("recover"));
    QVERIFY(id);
    QString out;
    QCOMPARE(run(engine, 0, &out).status, StepStatus::Succeeded);
    QCOMPARE(out.trimmed(), QStringLiteral("shell-ran"));
    QVERIFY(!engine.dryRun(0).contains(QStringLiteral("DROP")));
    const Status s = engine.runStep(1);
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QStringLiteral("manual")), qPrintable(s.error));
    QVERIFY(engine.completeManualStep(1, QStringLiteral("ran it in psql")));
    QVERIFY(!engine.nextStep());
}

QTEST_GUILESS_MAIN(TestEngineSession)
#include "tst_enginesession.moc"
