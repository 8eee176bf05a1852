// The runner's view of the keychain, against a real gnome-keyring (keyring-session.sh).
// The person at the dialog or terminal is played by ScriptedPrompter.
#include "integrations/CredentialStore.h"
#include "integrations/KeychainSecretSource.h"
#include "integrations/SecretPrompter.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rollcage::integrations;

using SecretValues = QHash<QString, QString>;

namespace {
const QString kScope = QStringLiteral("larkspur-checkout/staging");

// Answers from a table, later (like a person would), and records what it was asked.
class ScriptedPrompter : public SecretPrompter
{
public:
    struct Answer
    {
        QString value; // empty: decline
        bool remember = false;
    };
    QHash<QString, Answer> answers;
    QStringList asked;
    QStringList reasons;

    void ask(quint64 id, const QString &scope, const QString &name, const QString &reason) override
    {
        asked.append(scope + QLatin1Char('/') + name);
        reasons.append(reason);
        const Answer a = answers.value(name);
        QTimer::singleShot(0, this, [this, id, a] {
            if (a.value.isEmpty())
                Q_EMIT declined(id, QStringLiteral("the person pressed Cancel"));
            else
                Q_EMIT answered(id, a.value, a.remember);
        });
    }
};
} // namespace

class TestKeychainSecretSource : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;

    void put(const QString &name, const QString &value)
    {
        QSignalSpy spy(m_store.get(), &CredentialStore::finished);
        m_store->write(kScope, name, value);
        QVERIFY(spy.wait(10000));
        QVERIFY(spy.at(0).at(1).value<CredentialResult>().ok());
    }

    CredentialResult get(const QString &name)
    {
        QSignalSpy spy(m_store.get(), &CredentialStore::finished);
        m_store->read(kScope, name);
        if (!spy.wait(10000))
            return {};
        return spy.at(0).at(1).value<CredentialResult>();
    }

    // Requests `names` and waits for the single answer; exactly one signal, never early.
    static QVariantList requestAndWait(KeychainSecretSource &source, const QStringList &names,
                                       bool *wasProvided)
    {
        QSignalSpy provided(&source, &KeychainSecretSource::provided);
        QSignalSpy failed(&source, &KeychainSecretSource::failed);
        source.request(42, kScope, names);
        if (!provided.isEmpty() || !failed.isEmpty())
            return {QStringLiteral("answered synchronously")};
        if (!QTest::qWaitFor([&] { return !provided.isEmpty() || !failed.isEmpty(); }, 20000))
            return {QStringLiteral("no answer")};
        *wasProvided = !provided.isEmpty();
        const QList<QVariant> args = *wasProvided ? provided.at(0) : failed.at(0);
        if (args.at(0).toULongLong() != 42 || provided.size() + failed.size() != 1)
            return {QStringLiteral("wrong id or more than one answer")};
        return args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_store =
            std::make_unique<CredentialStore>(nullptr, m_dir.filePath(QStringLiteral("s.ini")));
        put(QStringLiteral("REDIS_KEY"), QStringLiteral("redis-value"));
        put(QStringLiteral("DB_PASSWORD"), QStringLiteral("db-value"));
    }

    void providesStoredSecretsWithoutAsking()
    {
        ScriptedPrompter prompter;
        KeychainSecretSource source(m_store.get(), &prompter);
        bool ok = false;
        const QVariantList r =
            requestAndWait(source,
                           {QStringLiteral("REDIS_KEY"), QStringLiteral("DB_PASSWORD"),
                            QStringLiteral("REDIS_KEY")},
                           &ok);
        QVERIFY2(ok, qPrintable(r.value(1).toString() + r.value(0).toString()));
        const auto values = r.at(1).value<SecretValues>();
        QCOMPARE(values.value(QStringLiteral("REDIS_KEY")), QStringLiteral("redis-value"));
        QCOMPARE(values.value(QStringLiteral("DB_PASSWORD")), QStringLiteral("db-value"));
        QCOMPARE(values.size(), 2);
        QVERIFY(prompter.asked.isEmpty());
    }

    void asksForMissingOnesAndRemembersWhenTold_data()
    {
        QTest::addColumn<bool>("remember");
        QTest::newRow("remember") << true;
        QTest::newRow("just this once") << false;
    }

    void asksForMissingOnesAndRemembersWhenTold()
    {
        QFETCH(bool, remember);
        const QString name = remember ? QStringLiteral("TOKEN_KEPT") : QStringLiteral("TOKEN_ONCE");
        ScriptedPrompter prompter;
        prompter.answers.insert(name, {QStringLiteral("typed-") + name, remember});
        KeychainSecretSource source(m_store.get(), &prompter);
        bool ok = false;
        const QVariantList r = requestAndWait(source, {QStringLiteral("REDIS_KEY"), name}, &ok);
        QVERIFY(ok);
        const auto values = r.at(1).value<SecretValues>();
        QCOMPARE(values.value(name), QStringLiteral("typed-") + name);
        QCOMPARE(values.value(QStringLiteral("REDIS_KEY")), QStringLiteral("redis-value"));
        QCOMPARE(prompter.asked, QStringList{kScope + QLatin1Char('/') + name});
        QVERIFY2(prompter.reasons.value(0).contains(QStringLiteral("no secret ") + name),
                 qPrintable(prompter.reasons.value(0)));

        // The keychain has it afterwards only when the person said so.
        const CredentialResult after = get(name);
        if (remember) {
            QTRY_COMPARE(get(name).value, QStringLiteral("typed-") + name);
            QVERIFY(m_store->names(kScope).contains(name));
        } else {
            QCOMPARE(after.error, CredentialResult::Error::NotFound);
            QVERIFY(!m_store->names(kScope).contains(name));
        }
    }

    void failsWhenThePersonDeclines()
    {
        ScriptedPrompter prompter; // no answers: declines everything
        KeychainSecretSource source(m_store.get(), &prompter);
        bool ok = true;
        const QVariantList r = requestAndWait(source, {QStringLiteral("NOT_GIVEN")}, &ok);
        QVERIFY(!ok);
        const QString error = r.at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("NOT_GIVEN")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("the person pressed Cancel")), qPrintable(error));
    }

    void failsClearlyWithNobodyToAsk()
    {
        KeychainSecretSource source(m_store.get(), nullptr);
        source.setNoPrompterReason(QStringLiteral("stdin is not a terminal"));
        bool ok = true;
        const QVariantList r =
            requestAndWait(source,
                           {QStringLiteral("REDIS_KEY"), QStringLiteral("MISSING_ONE"),
                            QStringLiteral("MISSING_TWO")},
                           &ok);
        QVERIFY(!ok);
        const QString error = r.at(1).toString();
        QVERIFY2(error.contains(QStringLiteral("stdin is not a terminal")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("rollcage secret set ") + kScope +
                                QStringLiteral(" MISSING_ONE")),
                 qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("rollcage secret set ") + kScope +
                                QStringLiteral(" MISSING_TWO")),
                 qPrintable(error));
        QVERIFY(!error.contains(QStringLiteral("redis-value")));
    }

    void answersAnEmptyRequestLater()
    {
        KeychainSecretSource source(m_store.get(), nullptr);
        bool ok = false;
        const QVariantList r = requestAndWait(source, {}, &ok);
        QVERIFY(ok);
        QVERIFY(r.at(1).value<SecretValues>().isEmpty());
    }

    void rejectsAnInvalidName()
    {
        ScriptedPrompter prompter;
        KeychainSecretSource source(m_store.get(), &prompter);
        bool ok = true;
        const QVariantList r = requestAndWait(source, {QStringLiteral("bad name")}, &ok);
        QVERIFY(!ok);
        QVERIFY(r.at(1).toString().contains(QStringLiteral("not a credential name")));
        QVERIFY(prompter.asked.isEmpty());
    }

    void peekReadsWhatIsKeptAndNeverAsks_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<SecretValues>("kept");
        QTest::newRow("kept and not kept")
            << QStringList{QStringLiteral("DB_PASSWORD"), QStringLiteral("NEVER_STORED"),
                           QStringLiteral("DB_PASSWORD")}
            << SecretValues{{QStringLiteral("DB_PASSWORD"), QStringLiteral("db-value")}};
        QTest::newRow("nothing kept") << QStringList{QStringLiteral("NEVER_STORED")}
                                      << SecretValues{};
        QTest::newRow("nothing asked") << QStringList{} << SecretValues{};
    }

    void peekReadsWhatIsKeptAndNeverAsks()
    {
        // For masking what people type: a name the keychain lacks is left out, and the
        // person at the dialog is not bothered for it.
        QFETCH(QStringList, names);
        QFETCH(SecretValues, kept);
        ScriptedPrompter prompter;
        prompter.answers.insert(QStringLiteral("NEVER_STORED"), {QStringLiteral("typed"), true});
        KeychainSecretSource source(m_store.get(), &prompter);
        QSignalSpy answer(&source, &KeychainSecretSource::kept);
        QSignalSpy provided(&source, &KeychainSecretSource::provided);
        QSignalSpy reads(m_store.get(), &CredentialStore::finished);
        source.peek(7, kScope, names);
        QVERIFY(answer.isEmpty()); // never from inside the call
        QVERIFY(answer.wait(20000));
        QCOMPARE(answer.size(), 1);
        QCOMPARE(answer.at(0).at(0).toULongLong(), quint64(7));
        QCOMPARE(answer.at(0).at(1).value<SecretValues>(), kept);
        QVERIFY(prompter.asked.isEmpty());
        QVERIFY(provided.isEmpty());
        // A name never stored is not even looked up: nothing to unlock for it.
        QCOMPARE(reads.size(), kept.size());
        QCOMPARE(get(QStringLiteral("NEVER_STORED")).error, CredentialResult::Error::NotFound);
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_GUILESS_MAIN(TestKeychainSecretSource)
#include "tst_keychainsecretsource.moc"
