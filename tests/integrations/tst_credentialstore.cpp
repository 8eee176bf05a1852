// Runs inside tests/keyring-session.sh: a private D-Bus session with a throwaway,
// unlocked gnome-keyring, so every call below goes to a real Secret Service.
#include "integrations/CredentialStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using rollcage::integrations::CredentialOperation;
using rollcage::integrations::CredentialResult;
using rollcage::integrations::CredentialStore;
using Error = CredentialResult::Error;

namespace {
const QString kScope = QStringLiteral("larkspur-checkout/production");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // Waits for the outcome of request `id`; every request must report exactly once.
    static CredentialResult await(CredentialStore &store, QSignalSpy &spy, quint64 id)
    {
        for (;;) {
            for (const QList<QVariant> &args : std::as_const(spy)) {
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<CredentialResult>();
            }
            if (!spy.wait(10000)) {
                CredentialResult timedOut;
                timedOut.error = Error::Failed;
                timedOut.message = QStringLiteral("no answer from the store");
                return timedOut;
            }
        }
        Q_UNUSED(store);
    }

    CredentialResult call(CredentialStore &store, CredentialOperation op, const QString &scope,
                          const QString &name, const QString &value = {})
    {
        QSignalSpy spy(&store, &CredentialStore::finished);
        quint64 id = 0;
        switch (op) {
        case CredentialOperation::Read:
            id = store.read(scope, name);
            break;
        case CredentialOperation::Write:
            id = store.write(scope, name, value);
            break;
        case CredentialOperation::Remove:
            id = store.remove(scope, name);
            break;
        }
        // The contract: never reported from inside the call.
        if (!spy.isEmpty())
            qWarning("reported synchronously");
        return await(store, spy, id);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { QFile::remove(settingsFile()); }

    void storesAndReadsBack_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("token") << QStringLiteral("AZURE_STATIC_WEB_APPS_API_TOKEN_PRODUCTION")
                               << QStringLiteral("swa-7f3e9c1d0b");
        QTest::newRow("spaces and symbols")
            << QStringLiteral("postgres-password") << QStringLiteral(" p@ss w0rd;$HOME'\" ");
        QTest::newRow("unicode") << QStringLiteral("REDIS_KEY")
                                 << QStringLiteral("schlüssel-ключ-鍵-🔑");
        QTest::newRow("long") << QStringLiteral("CERT.pem") << QString(8192, QLatin1Char('k'));
    }

    void storesAndReadsBack()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        CredentialStore store(nullptr, settingsFile());
        QSignalSpy names(&store, &CredentialStore::namesChanged);

        const CredentialResult written =
            call(store, CredentialOperation::Write, kScope, name, value);
        QVERIFY2(written.ok(), qPrintable(written.message));
        QVERIFY(written.value.isEmpty());
        QCOMPARE(names.size(), 1);

        // A second store object: the value comes from the keychain, not from memory.
        CredentialStore other(nullptr, settingsFile());
        const CredentialResult read = call(other, CredentialOperation::Read, kScope, name);
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.value, value);
        QCOMPARE(other.names(kScope), QStringList{name});
        QVERIFY(!readAll(settingsFile()).contains(value.toUtf8()));
    }

    void isVisibleToOtherSecretServiceClients()
    {
        const QString tool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
        if (tool.isEmpty())
            QSKIP("secret-tool (libsecret-tools) is not installed");
        CredentialStore store(nullptr, settingsFile());
        QVERIFY(call(store, CredentialOperation::Write, kScope, QStringLiteral("SEEN"),
                     QStringLiteral("by-secret-tool"))
                    .ok());
        QProcess lookup;
        lookup.start(tool, {QStringLiteral("lookup"), QStringLiteral("server"),
                            QStringLiteral("rollcage"), QStringLiteral("user"),
                            kScope + QStringLiteral("/SEEN")});
        QVERIFY(lookup.waitForFinished(10000));
        QCOMPARE(lookup.readAllStandardOutput().trimmed(), QByteArray("by-secret-tool"));
    }

    void replacesAValue()
    {
        CredentialStore store(nullptr, settingsFile());
        const QString name = QStringLiteral("ROTATED");
        QVERIFY(call(store, CredentialOperation::Write, kScope, name, QStringLiteral("old")).ok());
        QSignalSpy names(&store, &CredentialStore::namesChanged);
        QVERIFY(call(store, CredentialOperation::Write, kScope, name, QStringLiteral("new")).ok());
        QCOMPARE(names.size(), 0); // same name, nothing new to list
        const CredentialResult read = call(store, CredentialOperation::Read, kScope, name);
        QCOMPARE(read.value, QStringLiteral("new"));
        QCOMPARE(store.names(kScope), QStringList{name});
    }

    void deletes()
    {
        CredentialStore store(nullptr, settingsFile());
        const QString name = QStringLiteral("GONE");
        QVERIFY(call(store, CredentialOperation::Write, kScope, name, QStringLiteral("x")).ok());
        QSignalSpy names(&store, &CredentialStore::namesChanged);
        const CredentialResult removed = call(store, CredentialOperation::Remove, kScope, name);
        QVERIFY2(removed.ok(), qPrintable(removed.message));
        QCOMPARE(names.size(), 1);
        QVERIFY(store.names(kScope).isEmpty());
        const CredentialResult read = call(store, CredentialOperation::Read, kScope, name);
        QCOMPARE(read.error, Error::NotFound);
    }

    void deletingAMissingEntrySaysSo()
    {
        CredentialStore store(nullptr, settingsFile());
        const CredentialResult removed =
            call(store, CredentialOperation::Remove, kScope, QStringLiteral("NEVER_THERE"));
        QCOMPARE(removed.error, Error::NotFound);
        QVERIFY2(removed.message.contains(QStringLiteral("nothing was deleted")),
                 qPrintable(removed.message));
    }

    void listsNamesPerScopeWithoutValues()
    {
        CredentialStore store(nullptr, settingsFile());
        const QString staging = QStringLiteral("larkspur-checkout/staging");
        QVERIFY(call(store, CredentialOperation::Write, kScope, QStringLiteral("REDIS_KEY"),
                     QStringLiteral("value-one"))
                    .ok());
        QVERIFY(call(store, CredentialOperation::Write, kScope, QStringLiteral("DB_PASSWORD"),
                     QStringLiteral("value-two"))
                    .ok());
        QVERIFY(call(store, CredentialOperation::Write, staging, QStringLiteral("REDIS_KEY"),
                     QStringLiteral("value-three"))
                    .ok());
        QCOMPARE(store.scopes(), (QStringList{kScope, staging}));
        QCOMPARE(store.names(kScope),
                 (QStringList{QStringLiteral("DB_PASSWORD"), QStringLiteral("REDIS_KEY")}));
        QCOMPARE(store.names(staging), QStringList{QStringLiteral("REDIS_KEY")});
        // The list survives a restart; the settings hold names and never values.
        CredentialStore later(nullptr, settingsFile());
        QCOMPARE(later.scopes(), (QStringList{kScope, staging}));
        const QByteArray settings = readAll(settingsFile());
        QVERIFY(settings.contains("DB_PASSWORD"));
        QVERIFY(!settings.contains("value-"));
    }

    void reportsAMissingEntry()
    {
        CredentialStore store(nullptr, settingsFile());
        const CredentialResult read =
            call(store, CredentialOperation::Read, kScope, QStringLiteral("NEVER_STORED"));
        QCOMPARE(read.error, Error::NotFound);
        QCOMPARE(read.attempts, 1); // a missing entry is an answer, not a backend hiccup
        QVERIFY(read.value.isEmpty());
        QVERIFY2(read.message.contains(QStringLiteral(
                     "rollcage secret set larkspur-checkout/production NEVER_STORED")),
                 qPrintable(read.message));
    }

    void rejectsBadKeysWithoutTouchingTheKeychain_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty scope") << QString() << QStringLiteral("A") << QStringLiteral("v")
                                     << QStringLiteral("SERVICE/ENVIRONMENT");
        QTest::newRow("no environment")
            << QStringLiteral("larkspur-checkout") << QStringLiteral("A") << QStringLiteral("v")
            << QStringLiteral("use SERVICE/ENVIRONMENT");
        QTest::newRow("empty environment")
            << QStringLiteral("larkspur-checkout/") << QStringLiteral("A") << QStringLiteral("v")
            << QStringLiteral("use SERVICE/ENVIRONMENT");
        QTest::newRow("slash in name") << kScope << QStringLiteral("a/b") << QStringLiteral("v")
                                       << QStringLiteral("'a/b' is not a credential name");
        QTest::newRow("space in name") << kScope << QStringLiteral("MY KEY") << QStringLiteral("v")
                                       << QStringLiteral("letters, digits");
        QTest::newRow("newline in scope") << QStringLiteral("a\nb") << QStringLiteral("A")
                                          << QStringLiteral("v") << QStringLiteral("scope");
        QTest::newRow("empty value") << kScope << QStringLiteral("EMPTY") << QString()
                                     << QStringLiteral("empty; nothing was stored");
    }

    void rejectsBadKeysWithoutTouchingTheKeychain()
    {
        QFETCH(QString, scope);
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, mentions);
        CredentialStore store(nullptr, settingsFile());
        const CredentialResult r = call(store, CredentialOperation::Write, scope, name, value);
        QCOMPARE(r.error, Error::InvalidKey);
        QCOMPARE(r.attempts, 0);
        QVERIFY2(r.message.contains(mentions), qPrintable(r.message));
        QVERIFY(store.scopes().isEmpty());
    }

    // Without a session bus there is no keychain: after one retry the caller gets the
    // "install gnome-keyring / KWallet" error and nothing is written anywhere. The
    // D-Bus connection is per process, so this runs in a child process of this test.
    void reportsNoBackend()
    {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-bus")));
        env.insert(QStringLiteral("ROLLCAGE_TEST_NO_BACKEND_OUT"),
                   m_dir.filePath(QStringLiteral("no-backend.json")));
        env.insert(QStringLiteral("ROLLCAGE_TEST_SETTINGS"), settingsFile());
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("noBackendChild")});
        QVERIFY(child.waitForFinished(30000));
        QVERIFY2(child.exitCode() == 0, child.readAllStandardOutput().constData());

        const QJsonArray results =
            QJsonDocument::fromJson(readAll(m_dir.filePath(QStringLiteral("no-backend.json"))))
                .array();
        QCOMPARE(results.size(), 3); // write, read, delete
        for (const QJsonValue &v : results) {
            const QJsonObject r = v.toObject();
            QCOMPARE(r.value(QStringLiteral("error")).toInt(), int(Error::NoBackend));
            QCOMPARE(r.value(QStringLiteral("attempts")).toInt(), 2);
            const QString message = r.value(QStringLiteral("message")).toString();
            QVERIFY2(message.contains(QStringLiteral("No keychain backend")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("gnome-keyring")), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("KWallet")), qPrintable(message));
            QVERIFY(!message.contains(QStringLiteral("hunter2")));
        }
        QVERIFY(!readAll(settingsFile()).contains("hunter2"));
        QVERIFY(!readAll(settingsFile()).contains("NO_BUS"));
    }

    void noBackendChild()
    {
        const QString out = qEnvironmentVariable("ROLLCAGE_TEST_NO_BACKEND_OUT");
        if (out.isEmpty())
            QSKIP("runs only as the child of reportsNoBackend");
        CredentialStore store(nullptr, qEnvironmentVariable("ROLLCAGE_TEST_SETTINGS"));
        store.setRetryDelay(std::chrono::milliseconds(50));
        QJsonArray results;
        for (const CredentialOperation op :
             {CredentialOperation::Write, CredentialOperation::Read, CredentialOperation::Remove}) {
            const CredentialResult r =
                call(store, op, kScope, QStringLiteral("NO_BUS"), QStringLiteral("hunter2"));
            results.append(QJsonObject{{QStringLiteral("error"), int(r.error)},
                                       {QStringLiteral("attempts"), r.attempts},
                                       {QStringLiteral("message"), r.message}});
        }
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(results).toJson());
    }

    // The desktop session is still starting: the first attempt finds no bus, the
    // keychain comes up during the retry delay, and the retry stores the secret. The
    // child's bus address points at a socket that appears only once this test starts
    // a D-Bus daemon and a gnome-keyring there, after seeing the child's first failure.
    void retriesABackendThatComesUpLate()
    {
        const QString dbusDaemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        const QString keyringDaemon =
            QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
        if (dbusDaemon.isEmpty() || keyringDaemon.isEmpty())
            QSKIP("needs dbus-daemon and gnome-keyring-daemon");
        QTemporaryDir late;
        QVERIFY(late.isValid());
        const QString address = QStringLiteral("unix:path=") + late.filePath(QStringLiteral("bus"));

        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        env.insert(QStringLiteral("ROLLCAGE_TEST_LATE_OUT"),
                   late.filePath(QStringLiteral("r.json")));
        env.insert(QStringLiteral("ROLLCAGE_TEST_SETTINGS"), settingsFile());
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("rollcage.keychain.info=true"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels); // QTest logs to stdout
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("lateBackendChild")});
        QByteArray childLog;
        QTRY_VERIFY_WITH_TIMEOUT((childLog += child.readAll()).contains("retrying in"), 20000);

        QProcess bus;
        bus.start(dbusDaemon,
                  {QStringLiteral("--session"), QStringLiteral("--nofork"),
                   QStringLiteral("--print-address"), QStringLiteral("--address=") + address});
        const auto stopBus = qScopeGuard([&] {
            bus.terminate(); // the keyring daemon below leaves with its bus
            bus.waitForFinished(5000);
        });
        QTRY_VERIFY_WITH_TIMEOUT(bus.canReadLine(), 10000);
        QProcess keyring;
        QProcessEnvironment keyringEnv = QProcessEnvironment::systemEnvironment();
        keyringEnv.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), address);
        keyringEnv.insert(QStringLiteral("XDG_DATA_HOME"), late.filePath(QStringLiteral("data")));
        keyringEnv.insert(QStringLiteral("XDG_RUNTIME_DIR"), late.path());
        keyring.setProcessEnvironment(keyringEnv);
        keyring.start(keyringDaemon,
                      {QStringLiteral("--unlock"), QStringLiteral("--components=secrets")});
        keyring.write("late-keyring");
        keyring.closeWriteChannel();
        QVERIFY(keyring.waitForFinished(10000)); // returns once the daemon is up

        QVERIFY(child.waitForFinished(30000));
        childLog += child.readAll();
        QVERIFY2(child.exitCode() == 0, childLog.constData());
        const QJsonObject r =
            QJsonDocument::fromJson(readAll(late.filePath(QStringLiteral("r.json")))).object();
        QVERIFY2(r.value(QStringLiteral("error")).toInt() == int(Error::None),
                 qPrintable(r.value(QStringLiteral("message")).toString()));
        QCOMPARE(r.value(QStringLiteral("attempts")).toInt(), 2);
    }

    void lateBackendChild()
    {
        const QString out = qEnvironmentVariable("ROLLCAGE_TEST_LATE_OUT");
        if (out.isEmpty())
            QSKIP("runs only as the child of retriesABackendThatComesUpLate");
        CredentialStore store(nullptr, qEnvironmentVariable("ROLLCAGE_TEST_SETTINGS"));
        // Ample time for the parent to bring the keychain up after the first failure.
        store.setRetryDelay(std::chrono::seconds(3));
        const CredentialResult r = call(store, CredentialOperation::Write, kScope,
                                        QStringLiteral("LATE"), QStringLiteral("late-value"));
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("error"), int(r.error)},
                                             {QStringLiteral("attempts"), r.attempts},
                                             {QStringLiteral("message"), r.message}})
                       .toJson());
    }

    // Last on purpose: it locks this session's keyring. A locked Secret Service
    // answers lookups as if the entry did not exist; the user must hear "locked", and
    // the list of names must not lose the entry.
    void reportsALockedKeychain_data()
    {
        QTest::addColumn<CredentialOperation>("operation");
        QTest::newRow("read") << CredentialOperation::Read;
        QTest::newRow("write") << CredentialOperation::Write;
        QTest::newRow("delete") << CredentialOperation::Remove;
    }

    void reportsALockedKeychain()
    {
        QFETCH(CredentialOperation, operation);
        const QString dbusSend = QStandardPaths::findExecutable(QStringLiteral("dbus-send"));
        if (dbusSend.isEmpty())
            QSKIP("needs dbus-send to lock the keyring");
        const QString settings = m_dir.filePath(QStringLiteral("locked.ini"));
        CredentialStore store(nullptr, settings);
        const QString name = QStringLiteral("WHILE_LOCKED");
        if (!store.names(kScope).contains(name)) {
            QVERIFY(
                call(store, CredentialOperation::Write, kScope, name, QStringLiteral("v")).ok());
            QProcess lock;
            lock.start(dbusSend,
                       {QStringLiteral("--session"), QStringLiteral("--print-reply"),
                        QStringLiteral("--dest=org.freedesktop.secrets"),
                        QStringLiteral("/org/freedesktop/secrets"),
                        QStringLiteral("org.freedesktop.Secret.Service.Lock"),
                        QStringLiteral("array:objpath:/org/freedesktop/secrets/collection/login")});
            QVERIFY(lock.waitForFinished(10000));
            QCOMPARE(lock.exitCode(), 0);
        }
        const CredentialResult r =
            call(store, operation, kScope, name, QStringLiteral("new-value"));
        QCOMPARE(r.error, Error::Locked);
        QVERIFY2(r.message.contains(QStringLiteral("The keychain is locked")),
                 qPrintable(r.message));
        QVERIFY2(r.message.contains(name), qPrintable(r.message));
        QCOMPARE(store.names(kScope), QStringList{name});
    }
};


QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
