// The Engine and secrets: where they come from, that they reach no stored text, and that
// what people type is masked once a secret is known. Running steps: tst_engine.
#include "EngineTestBase.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <limits>

using namespace rollcage;
using namespace rollcage::execution;
using namespace rollcage::enginetest;
using incident::StepState;

class TestEngineSecrets : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init() { openStore(); }
    void cleanup() { closeStore(); }
    void secretsNeverReachTheDatabase();
    void operatorTextIsMaskedOnceASecretWasUsed_data();
    void operatorTextIsMaskedOnceASecretWasUsed();
    void keptSecretsAreMaskedBeforeAStepUsesThem_data();
    void keptSecretsAreMaskedBeforeAStepUsesThem();
    void enginesSharingASourceGetTheirOwnSecrets();
    void secretSourceFailureIsReported();
    void secretCannotBeAVariable();
};

void TestEngineSecrets::secretsNeverReachTheDatabase()
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

void TestEngineSecrets::operatorTextIsMaskedOnceASecretWasUsed_data()
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

void TestEngineSecrets::operatorTextIsMaskedOnceASecretWasUsed()
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

void TestEngineSecrets::keptSecretsAreMaskedBeforeAStepUsesThem_data()
{
    QTest::addColumn<bool>("resumed");
    QTest::newRow("just declared") << false;
    QTest::newRow("resumed after a restart") << true;
}

void TestEngineSecrets::keptSecretsAreMaskedBeforeAStepUsesThem()
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

void TestEngineSecrets::enginesSharingASourceGetTheirOwnSecrets()
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

void TestEngineSecrets::secretSourceFailureIsReported()
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

void TestEngineSecrets::secretCannotBeAVariable()
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

QTEST_GUILESS_MAIN(TestEngineSecrets)

#include "tst_enginesecrets.moc"
