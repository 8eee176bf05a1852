#include "execution/Engine.h"
#include "core/SecretSource.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <limits>

using namespace rollcage;
using namespace rollcage::execution;
using incident::StepState;
using runbook::Placeholder;

namespace {

constexpr char kSecret[] = "pa55-Wörd-9z";

// Answers from a fixed table, asynchronously as the contract requires.
class TableSecretSource : public SecretSource
{
public:
    using SecretSource::SecretSource;
    QHash<QString, QString> table;
    QStringList scopes;
    void request(quint64 id, const QString &scope, const QStringList &names) override
    {
        scopes.append(scope);
        QTimer::singleShot(0, this, [this, id, names] {
            QHash<QString, QString> values;
            for (const QString &n : names) {
                if (!table.contains(n)) {
                    Q_EMIT failed(id, QStringLiteral("secret %1 is not stored").arg(n));
                    return;
                }
                values.insert(n, table.value(n));
            }
            Q_EMIT provided(id, values);
        });
    }
    // What it keeps, as a keychain does: every name of the table, nobody asked.
    QList<QStringList> peeks;
    QStringList peekScopes;
    void peek(quint64 id, const QString &scope, const QStringList &names) override
    {
        peekScopes.append(scope);
        peeks.append(names);
        QTimer::singleShot(0, this, [this, id, names] {
            QHash<QString, QString> values;
            for (const QString &n : names) {
                if (table.contains(n))
                    values.insert(n, table.value(n));
            }
            Q_EMIT kept(id, values);
        });
    }
};

runbook::Step commandStep(const QString &title, const QString &code, int line,
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

Placeholder angle(const QString &name, bool secret = false)
{
    return {
        name, QLatin1Char('<') + name + QLatin1Char('>'), Placeholder::Style::Angle, secret, {}};
}

runbook::Runbook makeRunbook(const QList<runbook::Step> &steps)
{
    runbook::Runbook rb;
    rb.title = QStringLiteral("Larch Payments Rollback");
    rb.source = QStringLiteral("/runbooks/larch.md");
    rb.text = QStringLiteral("# Larch Payments Rollback\n...");
    rb.sha256 = "0f0f";
    runbook::Procedure p;
    p.title = QStringLiteral("Application rollback");
    p.steps = steps;
    rb.procedures.append(p);
    runbook::Procedure other;
    other.title = QStringLiteral("Database rollback");
    rb.procedures.append(other);
    return rb;
}

} // namespace

class TestEngine : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void journalsBeforeActing();
    void stopsAtFailureLeavingRollingBack();
    void unknownProcedureListsTheChoices();
    void destructiveStepNeedsConfirmation();
    void missingValuesBlockBeforeAnythingRuns();
    void secretsNeverReachTheDatabase();
    void operatorTextIsMaskedOnceASecretWasUsed_data();
    void operatorTextIsMaskedOnceASecretWasUsed();
    void keptSecretsAreMaskedBeforeAStepUsesThem_data();
    void keptSecretsAreMaskedBeforeAStepUsesThem();
    void enginesSharingASourceGetTheirOwnSecrets();
    void secretSourceFailureIsReported();
    void secretCannotBeAVariable();
    void cancelIsRecorded();
    void reportsRunbookLine();
    void outcomeUnknownMustBeResolved();
    void journalsTheOtherPhases();
    void procedureCanChangeBetweenSteps();
    void stepTimeout_data();
    void stepTimeout();

private:
    StepResult runAndWait(Engine &engine, int index, const QString &confirmation = {});
    QStringList storedOutput(qint64 runEventId);

    QTemporaryDir m_dir;
    QString m_dbPath;
    std::unique_ptr<incident::IncidentStore> m_store;
};

void TestEngine::init()
{
    m_dbPath = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                              QStringLiteral(".sqlite"));
    auto store = incident::IncidentStore::open(m_dbPath);
    QVERIFY2(store, qPrintable(store.error));
    m_store = std::move(*store);
    m_store->setOperatorName(QStringLiteral("riley"));
}

void TestEngine::cleanup()
{
    m_store.reset();
}

StepResult TestEngine::runAndWait(Engine &engine, int index, const QString &confirmation)
{
    QSignalSpy finished(&engine, &Engine::stepFinished);
    const Status s = engine.runStep(index, confirmation);
    if (!s) {
        qWarning().noquote() << s.error;
        return {};
    }
    if (!finished.wait(20000))
        return {};
    return finished.first().at(1).value<StepResult>();
}

QStringList TestEngine::storedOutput(qint64 runEventId)
{
    QStringList lines;
    const auto page = m_store->outputLines(runEventId, 0, 1000);
    for (const incident::OutputLine &l : *page)
        lines.append(l.text);
    return lines;
}

void TestEngine::journalsBeforeActing()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Pin version"), QStringLiteral("echo deploying <version>\necho warn >&2"),
        10, {angle(QStringLiteral("version"))})});
    const auto id =
        engine.declare(rb, QStringLiteral("application"),
                       {{}, {}, {}, {{QStringLiteral("version"), QStringLiteral("2.3.1")}}});
    QVERIFY2(id, qPrintable(id.error));
    QCOMPARE(engine.scope(), QStringLiteral("larch-payments-rollback/production"));
    bool startedWasJournalled = false;
    connect(&engine, &Engine::stepStarted, this, [&](int, qint64 runId) {
        // By the time the process runs, "step started" is already in the database.
        const auto journal = m_store->events(*id);
        startedWasJournalled = journal && journal->constLast().id == runId &&
                               journal->constLast().type == incident::events::StepStarted;
    });
    QStringList live;
    connect(&engine, &Engine::output, this,
            [&live](int, OutputStream, const QString &text, qint64) { live.append(text); });
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::Succeeded);
    QVERIFY(startedWasJournalled);
    QCOMPARE(live.join(QString()).count(QStringLiteral("deploying 2.3.1")), 1);

    const auto journal = m_store->events(*id);
    QStringList types;
    for (const auto &e : *journal)
        types.append(e.type);
    QCOMPARE(types, (QStringList{QStringLiteral("declared"), QStringLiteral("working_directory_set"),
                                 QStringLiteral("variable_set"),
                                 QStringLiteral("state_changed"), QStringLiteral("step_started"),
                                 QStringLiteral("step_finished")}));
    QCOMPARE(journal->at(4).operatorName, QStringLiteral("riley"));
    QCOMPARE(journal->at(4).data.value(QLatin1String("command")).toString(),
             QStringLiteral("echo deploying '2.3.1'\necho warn >&2"));
    QCOMPARE(storedOutput(journal->at(4).id),
             (QStringList{QStringLiteral("deploying 2.3.1"), QStringLiteral("warn")}));
    QCOMPARE(engine.state().step(0).state, StepState::Succeeded);
    QVERIFY(!engine.nextStep());
}

void TestEngine::stopsAtFailureLeavingRollingBack()
{
    Engine engine(m_store.get(), nullptr);
    const auto rb = makeRunbook({commandStep(QStringLiteral("ok"), QStringLiteral("true"), 5),
                                 commandStep(QStringLiteral("breaks"), QStringLiteral("exit 4"), 9),
                                 commandStep(QStringLiteral("after"), QStringLiteral("true"), 13)});
    QVERIFY(engine.declare(rb, QStringLiteral("Application rollback")));
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    const StepResult r = runAndWait(engine, 1);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(engine.state().phase, incident::Phase::RollingBack);
    QCOMPARE(engine.nextStep(), 1);
    QCOMPARE(engine.state().step(1).exitCode, 4);
}

void TestEngine::unknownProcedureListsTheChoices()
{
    Engine engine(m_store.get(), nullptr);
    const auto id = engine.declare(makeRunbook({}), QStringLiteral("rollback"));
    QVERIFY(!id); // ambiguous: both procedures contain it
    const auto none = engine.declare(makeRunbook({}), QStringLiteral("DNS"));
    QVERIFY(!none);
    QVERIFY2(none.error.contains(QLatin1String("Application rollback; Database rollback")),
             qPrintable(none.error));
}

void TestEngine::destructiveStepNeedsConfirmation()
{
    Engine engine(m_store.get(), nullptr);
    auto step = commandStep(QStringLiteral("Flush cache"), QStringLiteral("echo flushed"), 20);
    step.destructive = true;
    step.confirmTarget = QStringLiteral("redis-prod-1");
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QCOMPARE(engine.expectedConfirmation(0), QStringLiteral("redis-prod-1"));
    const Status refused = engine.runStep(0, QStringLiteral("redis-prod"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("\"redis-prod-1\"")), qPrintable(refused.error));
    QCOMPARE(engine.state().step(0).state, StepState::Pending);
    QCOMPARE(runAndWait(engine, 0, QStringLiteral("redis-prod-1")).status, StepStatus::Succeeded);
}

void TestEngine::missingValuesBlockBeforeAnythingRuns()
{
    Engine engine(m_store.get(), nullptr);
    const QString canary = m_dir.filePath(QStringLiteral("ran"));
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Restore"), QStringLiteral("touch %1 <backup> <region>").arg(canary), 30,
        {angle(QStringLiteral("backup")), angle(QStringLiteral("region"))})});
    QVERIFY(engine.declare(rb, QStringLiteral("Application")));
    const Status s = engine.runStep(0);
    QVERIFY(!s);
    QVERIFY2(s.error.contains(QLatin1String("backup, region")), qPrintable(s.error));
    QVERIFY2(s.error.contains(QLatin1String("line 30")), qPrintable(s.error));
    QCOMPARE(engine.state().step(0).state, StepState::Blocked);
    QCOMPARE(engine.state().step(0).attempts, 0);
    QVERIFY(!QFile::exists(canary));
}

void TestEngine::secretsNeverReachTheDatabase()
{
    TableSecretSource source;
    source.table.insert(QStringLiteral("api-token"), QString::fromUtf8(kSecret));
    Engine engine(m_store.get(), &source);
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Call API"),
        QStringLiteral("echo \"token=<api-token>\"\nprintf %s \"<api-token>\" | base64\n"
                       "printf 'half=%s' \"${RC_API_TOKEN:0:5}\"; sleep 0.1; printf '%s\\n' "
                       "\"${RC_API_TOKEN:5}\"\n"
                       "echo \"<api-token>\" >&2\nexit 3"),
        40, {angle(QStringLiteral("api-token"), true)})});
    const auto id = engine.declare(rb, QStringLiteral("Application"),
                                   {{}, QStringLiteral("payments"), QStringLiteral("staging"), {}});
    QVERIFY(id);
    QString live;
    connect(&engine, &Engine::output, this,
            [&live](int, OutputStream, const QString &text, qint64) { live += text; });
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::Failed);
    QCOMPARE(source.scopes, QStringList{QStringLiteral("payments/staging")});
    const QString secret = QString::fromUtf8(kSecret);
    QVERIFY2(live.contains(QStringLiteral("token=••••")), qPrintable(live));
    QVERIFY2(live.contains(QStringLiteral("half=••••")), qPrintable(live));
    QVERIFY(!live.contains(secret));
    const qint64 run = engine.state().step(0).lastRunEventId;
    const QString stored = storedOutput(run).join(QLatin1Char('\n'));
    QVERIFY2(stored.contains(QStringLiteral("token=••••")), qPrintable(stored));
    QVERIFY(!stored.contains(secret));
    m_store.reset(); // close, so the WAL is checkpointed or left: both are checked
    const QByteArray raw = QByteArray(kSecret);
    for (const QString &file : QDir(m_dir.path()).entryList({QStringLiteral("secretsNever*")})) {
        QFile f(m_dir.filePath(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(!bytes.contains(raw), qPrintable(file));
        QVERIFY2(!bytes.contains(raw.toBase64(QByteArray::OmitTrailingEquals)), qPrintable(file));
    }
}

void TestEngine::operatorTextIsMaskedOnceASecretWasUsed_data()
{
    // How the operator's words reach the journal, and the field they land in.
    QTest::addColumn<int>("entry");
    QTest::addColumn<QString>("field");
    QTest::newRow("note on a step") << 0 << QStringLiteral("text");
    QTest::newRow("reason to skip") << 1 << QStringLiteral("reason");
    QTest::newRow("justification of a decision") << 2 << QStringLiteral("justification");
    QTest::newRow("message sent") << 3 << QStringLiteral("text");
    QTest::newRow("escalation note") << 4 << QStringLiteral("note");
    QTest::newRow("checklist waiver") << 5 << QStringLiteral("reason");
}

void TestEngine::operatorTextIsMaskedOnceASecretWasUsed()
{
    QFETCH(int, entry);
    QFETCH(QString, field);
    TableSecretSource source;
    source.table.insert(QStringLiteral("api-token"), QString::fromUtf8(kSecret));
    Engine engine(m_store.get(), &source);
    const auto rb = makeRunbook(
        {commandStep(QStringLiteral("Call API"), QStringLiteral("test -n \"<api-token>\""), 40,
                     {angle(QStringLiteral("api-token"), true)}),
         commandStep(QStringLiteral("Check"), QStringLiteral("true"), 50)});
    const auto id = engine.declare(rb, QStringLiteral("Application"),
                                   {{}, QStringLiteral("payments"), QStringLiteral("staging"), {}});
    QVERIFY(id);
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);

    // Pasted from a password manager while the step's output scrolled by.
    const QString secret = QString::fromUtf8(kSecret);
    const QString typed = QStringLiteral("used ") + secret + QStringLiteral(" from the vault");
    Status s;
    switch (entry) {
    case 0:
        s = engine.addNote(0, typed);
        break;
    case 1:
        s = engine.skipStep(1, typed);
        break;
    case 2:
        s = engine.recordDecision(QStringLiteral("Errors"), QStringLiteral("Roll back"), typed,
                                  std::nullopt);
        break;
    case 3:
        s = engine.recordMessageSent(QStringLiteral("slack"), QStringLiteral("internal"), typed);
        break;
    case 4:
        s = engine.recordEscalation(1, QStringLiteral("On-call lead"), typed);
        break;
    case 5:
        s = engine.waiveChecklistItem(QStringLiteral("Before"), QStringLiteral("Freeze"), typed);
        break;
    }
    QVERIFY2(s, qPrintable(s.error));

    const QString shown = engine.journal().last().data.value(field).toString();
    QCOMPARE(shown, QStringLiteral("used •••• from the vault"));
    const auto stored = m_store->events(*id);
    QVERIFY(stored);
    QCOMPARE(stored->last().data.value(field).toString(), shown);
    // The rest of the event is left as it was written: the state is rebuilt from it.
    QCOMPARE(stored->last().type, engine.journal().last().type);
}

void TestEngine::keptSecretsAreMaskedBeforeAStepUsesThem_data()
{
    QTest::addColumn<bool>("resumed");
    QTest::newRow("just declared") << false;
    QTest::newRow("resumed after a restart") << true;
}

void TestEngine::keptSecretsAreMaskedBeforeAStepUsesThem()
{
    // No step has fetched the token in this engine's life, yet the keychain keeps it for
    // the runbook: pasted into a justification, it must not reach the journal.
    QFETCH(bool, resumed);
    const QString secret = QString::fromUtf8(kSecret);
    const auto rb = makeRunbook(
        {commandStep(QStringLiteral("Call API"), QStringLiteral("test -n \"<api-token>\""), 40,
                     {angle(QStringLiteral("api-token"), true)}),
         commandStep(QStringLiteral("Check"), QStringLiteral("true"), 50)});
    const DeclareOptions options{{}, QStringLiteral("payments"), QStringLiteral("staging"), {}};
    qint64 id = 0;
    {
        TableSecretSource nothingKept;
        Engine first(m_store.get(), &nothingKept);
        const auto declared = first.declare(rb, QStringLiteral("Application"), options);
        QVERIFY(declared);
        id = *declared;
        if (!resumed) {
            // A source that keeps nothing: text stays as typed.
            QTRY_COMPARE(nothingKept.peeks.size(), 1);
            QVERIFY(first.addNote(1, QStringLiteral("plain words")));
            QCOMPARE(first.journal().last().data.value(QStringLiteral("text")).toString(),
                     QStringLiteral("plain words"));
        }
    }
    TableSecretSource keychain;
    keychain.table.insert(QStringLiteral("api-token"), secret);
    keychain.table.insert(QStringLiteral("unrelated"), QStringLiteral("not-in-this-runbook"));
    Engine engine(m_store.get(), &keychain);
    if (resumed) {
        QVERIFY(engine.resume(id, rb));
    } else {
        const auto declared = engine.declare(rb, QStringLiteral("Application"), options);
        QVERIFY(declared);
        id = *declared;
    }
    QTRY_COMPARE(keychain.peeks.size(), 1);
    QCOMPARE(keychain.peeks.first(), QStringList{QStringLiteral("api-token")});
    QCOMPARE(keychain.peekScopes.first(), QStringLiteral("payments/staging"));
    const QString typed = QStringLiteral("token ") + secret + QStringLiteral(" still valid");
    QTRY_VERIFY(engine.maskKnownSecrets(typed) != typed);
    QVERIFY(engine.recordDecision(QStringLiteral("Errors"), QStringLiteral("Roll back"), typed,
                                  std::nullopt));
    const auto stored = m_store->events(id);
    QVERIFY(stored);
    QCOMPARE(stored->last().data.value(QStringLiteral("justification")).toString(),
             QStringLiteral("token •••• still valid"));
    // Only the runbook's own secrets are read, and no step had to run for it.
    QCOMPARE(engine.maskKnownSecrets(QStringLiteral("not-in-this-runbook")),
             QStringLiteral("not-in-this-runbook"));
    QCOMPARE(engine.state().step(0).attempts, 0);
}

void TestEngine::enginesSharingASourceGetTheirOwnSecrets()
{
    // The window hands one source to every console it opens. Each engine must start its
    // step with the secrets of its own scope, never with the answer meant for another.
    class ScopedSource : public SecretSource
    {
    public:
        void request(quint64 id, const QString &scope, const QStringList &) override
        {
            const QString token = scope.endsWith(QLatin1String("staging"))
                                      ? QStringLiteral("aaaaa")
                                      : QStringLiteral("bbbbbbb");
            QTimer::singleShot(0, this, [this, id, token] {
                Q_EMIT provided(id, {{QStringLiteral("api-token"), token}});
            });
        }
    } source;
    const auto rb = makeRunbook({commandStep(
        QStringLiteral("Check token"),
        QStringLiteral("test \"$(printf %s \"<api-token>\" | wc -c)\" = \"<length>\""), 40,
        {angle(QStringLiteral("api-token"), true), angle(QStringLiteral("length"))})});
    Engine staging(m_store.get(), &source);
    Engine production(m_store.get(), &source);
    QVERIFY(staging.declare(rb, QStringLiteral("Application"),
                            {{}, QStringLiteral("payments"), QStringLiteral("staging"),
                             {{QStringLiteral("length"), QStringLiteral("5")}}}));
    QVERIFY(production.declare(rb, QStringLiteral("Application"),
                               {{}, QStringLiteral("payments"), QStringLiteral("production"),
                                {{QStringLiteral("length"), QStringLiteral("7")}}}));
    QSignalSpy stagingDone(&staging, &Engine::stepFinished);
    QSignalSpy productionDone(&production, &Engine::stepFinished);
    QVERIFY(staging.runStep(0));
    QVERIFY(production.runStep(0));
    QTRY_VERIFY_WITH_TIMEOUT(stagingDone.size() == 1 && productionDone.size() == 1, 20000);
    QCOMPARE(stagingDone.first().at(1).value<StepResult>().status, StepStatus::Succeeded);
    QCOMPARE(productionDone.first().at(1).value<StepResult>().status, StepStatus::Succeeded);
}

void TestEngine::secretSourceFailureIsReported()
{
    TableSecretSource source;
    Engine engine(m_store.get(), &source);
    QVERIFY(
        engine.declare(makeRunbook({commandStep(QStringLiteral("x"), QStringLiteral("echo <tok>"),
                                                3, {angle(QStringLiteral("tok"), true)})}),
                       QStringLiteral("Application")));
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::FailedToStart);
    QVERIFY2(r.error.contains(QLatin1String("tok is not stored")), qPrintable(r.error));
    QCOMPARE(engine.state().step(0).state, StepState::Blocked);
    QCOMPARE(engine.state().step(0).attempts, 0);
    QVERIFY(!engine.isRunning());
}

void TestEngine::secretCannotBeAVariable()
{
    Engine engine(m_store.get(), nullptr);
    const auto id =
        engine.declare(makeRunbook({commandStep(QStringLiteral("x"), QStringLiteral("echo <tok>"),
                                                3, {angle(QStringLiteral("tok"), true)})}),
                       QStringLiteral("Application"),
                       {{}, {}, {}, {{QStringLiteral("tok"), QStringLiteral("abc")}}});
    QVERIFY(!id);
    QVERIFY2(id.error.contains(QLatin1String("secret")), qPrintable(id.error));
    QVERIFY(m_store->incidents()->isEmpty());
}

void TestEngine::cancelIsRecorded()
{
    Engine engine(m_store.get(), nullptr);
    engine.setGracePeriod(2000);
    QVERIFY(engine.declare(makeRunbook({commandStep(QStringLiteral("long"),
                                                    QStringLiteral("echo begun\nsleep 1000"), 3)}),
                           QStringLiteral("Application")));
    connect(&engine, &Engine::output, this,
            [&engine](int, OutputStream, const QString &, qint64) { engine.cancel(); });
    const StepResult r = runAndWait(engine, 0);
    QCOMPARE(r.status, StepStatus::Cancelled);
    QCOMPARE(engine.state().step(0).state, StepState::Cancelled);
    QCOMPARE(engine.journal().constLast().data.value(QLatin1String("status")).toString(),
             QStringLiteral("cancelled"));
}

void TestEngine::reportsRunbookLine()
{
    Engine engine(m_store.get(), nullptr);
    auto step = commandStep(QStringLiteral("two blocks"), QStringLiteral("true\ntrue"), 50);
    step.commands.append({QStringLiteral("bash"), QStringLiteral("echo second-block\n"), 60, {}});
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QList<QPair<int, int>> lines;
    connect(&engine, &Engine::currentLine, this, [&lines](int, int code, int doc) {
        lines.append({code, doc});
    });
    QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    QVERIFY(!lines.isEmpty());
    QCOMPARE(lines.constLast(), (QPair<int, int>{3, 60}));
}

void TestEngine::outcomeUnknownMustBeResolved()
{
    const auto rb = makeRunbook({commandStep(QStringLiteral("first"), QStringLiteral("true"), 3),
                                 commandStep(QStringLiteral("second"), QStringLiteral("true"), 7)});
    qint64 id = 0;
    {
        Engine engine(m_store.get(), nullptr);
        id = *engine.declare(rb, QStringLiteral("Application"));
        QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
    }
    // As a crashed run leaves it: step 2 started by a process that is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    QVERIFY(m_store->append(id, incident::events::StepStarted,
                            {{QStringLiteral("title"), QStringLiteral("second")},
                             {QStringLiteral("host"), QSysInfo::machineHostName()},
                             {QStringLiteral("pid"), gone.processId()}},
                            1));
    QVERIFY(m_store->recoverInterrupted()->contains(id));

    Engine resumed(m_store.get(), nullptr);
    QVERIFY(resumed.resume(id, rb));
    QCOMPARE(resumed.state().step(1).state, StepState::OutcomeUnknown);
    const Status refused = resumed.runStep(1);
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("unknown")), qPrintable(refused.error));
    QVERIFY(resumed.resolveUnknown(1, Resolution::Retry, QStringLiteral("nothing changed")));
    QCOMPARE(runAndWait(resumed, 1).status, StepStatus::Succeeded);
    QCOMPARE(resumed.state().step(1).attempts, 2);
    QVERIFY(!resumed.nextStep());

    runbook::Runbook changed = rb;
    changed.sha256 = "beef";
    Engine other(m_store.get(), nullptr);
    QVERIFY(!other.resume(id, changed));
}

void TestEngine::journalsTheOtherPhases()
{
    Engine engine(m_store.get(), nullptr);
    const auto id = engine.declare(makeRunbook({}), QStringLiteral("Application"));
    QVERIFY(id);
    QVERIFY(engine.transition(incident::Phase::Assessing));
    QVERIFY(!engine.recordDecision(QStringLiteral("5xx spike"), QStringLiteral("Roll back"),
                                   QString(), {}));
    QVERIFY(engine.recordDecision(QStringLiteral("5xx spike"), QStringLiteral("Roll back"),
                                  QStringLiteral("hotfix would take an hour"), 1234));
    QVERIFY(engine.transition(incident::Phase::Prepared));
    QVERIFY(engine.tickChecklistItem(QStringLiteral("Pre"), QStringLiteral("Backup exists")));
    QVERIFY(!engine.waiveChecklistItem(QStringLiteral("Pre"), QStringLiteral("Notify"),
                                       QStringLiteral(" ")));
    QVERIFY(engine.waiveChecklistItem(QStringLiteral("Pre"), QStringLiteral("Notify"),
                                      QStringLiteral("drill")));
    QVERIFY(!engine.transition(incident::Phase::Assessing));
    QVERIFY(
        engine.recordHealthResult(QStringLiteral("/health"), true, QStringLiteral("200 in 80 ms")));
    QVERIFY(engine.recordMessageSent(QStringLiteral("slack"), QStringLiteral("support"),
                                     QStringLiteral("rolled back")));
    QVERIFY(!engine.recordEscalation(0, QStringLiteral("nobody"), {}));
    QVERIFY(
        engine.recordEscalation(2, QStringLiteral("Team lead"), QStringLiteral("paged at 03:40")));
    QVERIFY(engine.recordEscalation(1, QStringLiteral("On-call"), QStringLiteral("looped in")));
    QVERIFY(engine.transition(incident::Phase::Aborted, QStringLiteral("drill over")));
    QVERIFY(!engine.transition(incident::Phase::Resolved));

    // What the store holds adds up to the same state the engine shows.
    const auto fromStore = incident::deriveState(*m_store->events(*id));
    QCOMPARE(fromStore.phase, incident::Phase::Aborted);
    QCOMPARE(fromStore.decision, QStringLiteral("Roll back"));
    QCOMPARE(fromStore.deadlineMs, 1234);
    QCOMPARE(fromStore.checklist.size(), 2);
    QCOMPARE(fromStore.checklist.at(0).by, QStringLiteral("riley"));
    QCOMPARE(fromStore.healthResults, 1);
    QCOMPARE(fromStore.messagesSent, 1);
    // Calling a lower level in as well does not lower how far it went.
    QCOMPARE(fromStore.escalationLevel, 2);
    QCOMPARE(fromStore.escalatedTo, QStringLiteral("Team lead"));
    QCOMPARE(engine.state().phase, fromStore.phase);
}

QTEST_GUILESS_MAIN(TestEngine)

void TestEngine::procedureCanChangeBetweenSteps()
{
    auto rb = makeRunbook({commandStep(QStringLiteral("app step"), QStringLiteral("true"), 5)});
    rb.procedures[1].steps.append(
        commandStep(QStringLiteral("db step"), QStringLiteral("true"), 30));
    rb.procedures[1].steps.append(
        commandStep(QStringLiteral("db check"), QStringLiteral("true"), 34));
    qint64 id = 0;
    {
        Engine engine(m_store.get(), nullptr);
        const auto declared = engine.declare(rb, QStringLiteral("Application"));
        QVERIFY(declared);
        id = *declared;
        const Status unknown = engine.chooseProcedure(rb, QStringLiteral("DNS"));
        QVERIFY(!unknown);
        QCOMPARE(engine.procedure().title, QStringLiteral("Application rollback"));
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("database"),
                                       QStringLiteral("the schema moved")));
        QCOMPARE(engine.procedure().title, QStringLiteral("Database rollback"));
        QCOMPARE(engine.journal().constLast().type, incident::events::ProcedureChosen);
        QCOMPARE(engine.journal().constLast().data.value(QLatin1String("previous")).toString(),
                 QStringLiteral("Application rollback"));
        QCOMPARE(runAndWait(engine, 0).status, StepStatus::Succeeded);
        // Another procedure can follow in the same incident; what ran stays the database's.
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("Application")));
        QCOMPARE(engine.procedure().title, QStringLiteral("Application rollback"));
        QCOMPARE(engine.nextStep(), 0);
        QCOMPARE(engine.state().step(QStringLiteral("Database rollback"), 0).state,
                 StepState::Succeeded);
        QVERIFY(engine.chooseProcedure(rb, QStringLiteral("database")));
        QCOMPARE(engine.nextStep(), 1); // back where it was
        // Not while a step runs: its events belong to the procedure it is in.
        QSignalSpy finished(&engine, &Engine::stepFinished);
        QVERIFY(engine.runStep(1));
        const Status during = engine.chooseProcedure(rb, QStringLiteral("Application"));
        QVERIFY(!during);
        QVERIFY2(during.error.contains(QLatin1String("running")), qPrintable(during.error));
        QVERIFY(finished.wait(20000));
    }
    Engine resumed(m_store.get(), nullptr);
    QVERIFY(resumed.resume(id, rb));
    QCOMPARE(resumed.procedure().title, QStringLiteral("Database rollback"));
    QCOMPARE(resumed.nextStep(), std::nullopt);
    QCOMPARE(resumed.state().procedures.size(), 1);
}


void TestEngine::stepTimeout_data()
{
    QTest::addColumn<int>("timeoutSeconds");
    QTest::addColumn<QString>("code");
    QTest::addColumn<StepStatus>("status");
    QTest::newRow("runs past it") << 1 << QStringLiteral("sleep 30") << StepStatus::TimedOut;
    QTest::newRow("finishes within it") << 60 << QStringLiteral("true") << StepStatus::Succeeded;
    // 4,294,968 s in milliseconds overflows an int; wrapped, it was a 704 ms timeout.
    QTest::newRow("49.7 days") << 4'294'968 << QStringLiteral("sleep 1") << StepStatus::Succeeded;
    QTest::newRow("int max seconds") << std::numeric_limits<int>::max() << QStringLiteral("true")
                                     << StepStatus::Succeeded;
}

void TestEngine::stepTimeout()
{
    QFETCH(int, timeoutSeconds);
    QFETCH(QString, code);
    Engine engine(m_store.get(), nullptr);
    engine.setGracePeriod(500);
    auto step = commandStep(QStringLiteral("bounded"), code, 3);
    step.timeoutSeconds = timeoutSeconds;
    QVERIFY(engine.declare(makeRunbook({step}), QStringLiteral("Application")));
    QTEST(runAndWait(engine, 0).status, "status");
}

#include "tst_engine.moc"
