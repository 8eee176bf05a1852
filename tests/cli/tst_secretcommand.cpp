// `rollcage secret …` as users and scripts run it: the real executable, in a private
// D-Bus session with a throwaway gnome-keyring (keyring-session.sh), reading values
// from a pipe or from a pseudo-terminal.
#include "cli/SecretSourceFactory.h"
#include "common/RollcageCli.h"
#include "integrations/CredentialStore.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <pty.h>
#include <termios.h>
#include <unistd.h>

using rollcage::integrations::CredentialResult;
using rollcage::integrations::CredentialStore;

namespace {
const QString kScope = QStringLiteral("larkspur-checkout/production");

using Run = rollcage::test::CliOutcome;
} // namespace

class TestSecretCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_config; // the CLI's settings (the list of names) live here

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_config.path());
        return env;
    }

    Run rollcage(const QStringList &args, const QByteArray &stdinBytes = {},
                 const QProcessEnvironment &env = {})
    {
        return rollcage::test::runRollcage(
            args, rollcage::test::CliCall().withInput(stdinBytes).withEnvironment(
                      env.isEmpty() ? environment() : env));
    }

    static QString storedValue(const QString &scope, const QString &name,
                               CredentialResult::Error *error = nullptr)
    {
        QTemporaryDir settings;
        CredentialStore store(nullptr, settings.filePath(QStringLiteral("s.ini")));
        QSignalSpy spy(&store, &CredentialStore::finished);
        store.read(scope, name);
        if (!spy.wait(10000))
            return QStringLiteral("<no answer>");
        const auto r = spy.at(0).at(1).value<CredentialResult>();
        if (error)
            *error = r.error;
        return r.value;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        QStandardPaths::setTestModeEnabled(true);
    }

    void setsAPipedValue_data()
    {
        QTest::addColumn<QByteArray>("piped");
        QTest::addColumn<QString>("stored");
        QTest::newRow("echo") << QByteArray("swa-token-1\n") << QStringLiteral("swa-token-1");
        QTest::newRow("no newline") << QByteArray("swa-token-2") << QStringLiteral("swa-token-2");
        QTest::newRow("crlf") << QByteArray("swa-token-3\r\n") << QStringLiteral("swa-token-3");
        QTest::newRow("pem keeps inner lines")
            << QByteArray("-----BEGIN KEY-----\nabc\n-----END KEY-----\n")
            << QStringLiteral("-----BEGIN KEY-----\nabc\n-----END KEY-----");
        QTest::newRow("utf-8") << QByteArray("pässwört\n") << QStringLiteral("pässwört");
    }

    void setsAPipedValue()
    {
        QFETCH(QByteArray, piped);
        QFETCH(QString, stored);
        const QString name = QStringLiteral("AZURE_STATIC_WEB_APPS_API_TOKEN_PRODUCTION");
        const Run r =
            rollcage({QStringLiteral("secret"), QStringLiteral("set"), kScope, name}, piped);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains("Stored AZURE_STATIC_WEB_APPS_API_TOKEN_PRODUCTION"));
        QCOMPARE(storedValue(kScope, name), stored);
        QVERIFY(!r.out.contains(stored));
        QVERIFY(!r.err.contains(stored));
    }

    void listsNamesOnly()
    {
        QTemporaryDir config;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        for (const auto &[scope, name] :
             {std::pair{QStringLiteral("larkspur-checkout/production"),
                        QStringLiteral("REDIS_KEY")},
              std::pair{QStringLiteral("larkspur-checkout/production"),
                        QStringLiteral("DB_PASSWORD")},
              std::pair{QStringLiteral("larkspur-checkout/staging"), QStringLiteral("REDIS_KEY")},
              std::pair{QStringLiteral("billing-api/production"),
                        QStringLiteral("postgres-password")}}) {
            const Run set = rollcage({QStringLiteral("secret"), QStringLiteral("set"), scope, name},
                                     "listed-value-" + name.toUtf8(), env);
            QVERIFY2(set.exitCode == 0, qPrintable(set.err));
        }
        const Run all = rollcage({QStringLiteral("secret"), QStringLiteral("list")}, {}, env);
        QCOMPARE(all.exitCode, 0);
        QFile golden(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/golden/secret-list.txt"));
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(all.out, QString::fromUtf8(golden.readAll()));

        const Run one =
            rollcage({QStringLiteral("secret"), QStringLiteral("list"), kScope}, {}, env);
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, QStringLiteral("DB_PASSWORD\nREDIS_KEY\n"));
        QVERIFY(!all.out.contains("listed-value"));

        const Run none = rollcage(
            {QStringLiteral("secret"), QStringLiteral("list"), QStringLiteral("nothing/here")}, {},
            env);
        QCOMPARE(none.exitCode, 0);
        QCOMPARE(none.out, QString());
    }

    void deletes()
    {
        const QString name = QStringLiteral("TO_DELETE");
        QCOMPARE(
            rollcage({QStringLiteral("secret"), QStringLiteral("set"), kScope, name}, "x").exitCode,
            0);
        QVERIFY(rollcage({QStringLiteral("secret"), QStringLiteral("list"), kScope})
                    .out.contains("TO_DELETE"));
        const Run del =
            rollcage({QStringLiteral("secret"), QStringLiteral("delete"), kScope, name});
        QVERIFY2(del.exitCode == 0, qPrintable(del.err));
        CredentialResult::Error error = CredentialResult::Error::None;
        storedValue(kScope, name, &error);
        QCOMPARE(error, CredentialResult::Error::NotFound);
        QVERIFY(!rollcage({QStringLiteral("secret"), QStringLiteral("list"), kScope})
                     .out.contains("TO_DELETE"));

        const Run again =
            rollcage({QStringLiteral("secret"), QStringLiteral("delete"), kScope, name});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains("nothing was deleted"), qPrintable(again.err));
    }

    void rejectsBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("piped");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("message");
        const QString s = QStringLiteral("secret");
        QTest::newRow("no action")
            << QStringList{s} << QByteArray() << 2 << QByteArray("expected 'set SCOPE NAME'");
        QTest::newRow("unknown action")
            << QStringList{s, QStringLiteral("show"), kScope, QStringLiteral("A")} << QByteArray()
            << 2 << QByteArray("expected 'set SCOPE NAME'");
        QTest::newRow("set without name")
            << QStringList{s, QStringLiteral("set"), kScope} << QByteArray("v") << 2
            << QByteArray("expected 'set SCOPE NAME'");
        QTest::newRow("bad name") << QStringList{s, QStringLiteral("set"), kScope,
                                                 QStringLiteral("MY KEY")}
                                  << QByteArray("v") << 2
                                  << QByteArray("'MY KEY' is not a credential name");
        QTest::newRow("empty value")
            << QStringList{s, QStringLiteral("set"), kScope, QStringLiteral("EMPTY")}
            << QByteArray("\n") << 1
            << QByteArray("no value on stdin for EMPTY; nothing was stored");
        QTest::newRow("unknown option") << QStringList{s, QStringLiteral("--frob")} << QByteArray()
                                        << 2 << QByteArray("Unknown option 'frob'");
    }

    void rejectsBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QByteArray, piped);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, message);
        const Run r = rollcage(args, piped);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(QString::fromUtf8(message)), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void reportsNoKeychain()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                   QStringLiteral("unix:path=") + m_config.filePath(QStringLiteral("no-bus")));
        const Run r = rollcage({QStringLiteral("secret"), QStringLiteral("set"), kScope,
                                QStringLiteral("NO_KEYCHAIN")},
                               "must-not-land-anywhere", env);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("No keychain backend is available"), qPrintable(r.err));
        QVERIFY2(r.err.contains("gnome-keyring") && r.err.contains("KWallet"), qPrintable(r.err));
        QCOMPARE(r.err.count("No keychain backend"), 1); // one clear sentence, not a log dump
        QVERIFY(!rollcage({QStringLiteral("secret"), QStringLiteral("list")})
                     .out.contains("NO_KEYCHAIN"));
    }

    // A person at a terminal: the prompt appears, typing is not echoed, the value is
    // stored; Ctrl-C cancels and leaves the terminal as it was.
    void readsFromATerminalWithoutEcho_data()
    {
        QTest::addColumn<QByteArray>("typed");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("stored");
        QTest::newRow("typed") << QByteArray("tty-secret-42\r") << 0
                               << QStringLiteral("tty-secret-42");
        QTest::newRow("typo fixed with backspace")
            << QByteArray("tty-secrex\x7ft-43\r") << 0 << QStringLiteral("tty-secret-43");
        QTest::newRow("arrow keys and ctrl-z ignored")
            << QByteArray("tty-\x1b[Dsecret\x1aOK-45\r") << 0 << QStringLiteral("tty-secretOK-45");
        QTest::newRow("ctrl-c") << QByteArray("tty-secret-44\x03") << 1 << QString();
    }

    void readsFromATerminalWithoutEcho()
    {
        QFETCH(QByteArray, typed);
        QFETCH(int, exitCode);
        QFETCH(QString, stored);
        int master = -1;
        int slave = -1;
        QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        const auto closeBoth = qScopeGuard([&] {
            ::close(master);
            ::close(slave);
        });
        ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
        const QString name =
            QStringLiteral("TTY_%1")
                .arg(QTest::currentDataTag())
                .replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]")), QStringLiteral("_"));

        QProcess p;
        p.setProcessEnvironment(environment());
        p.setStandardInputFile(QString::fromLocal8Bit(::ttyname(slave)));
        p.start(QStringLiteral(ROLLCAGE_BINARY),
                {QStringLiteral("secret"), QStringLiteral("set"), kScope, name});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += p.readAllStandardError()).contains("(input hidden): "),
                                 10000);
        QVERIFY2(err.contains(name.toUtf8()), err.constData());
        QCOMPARE(::write(master, typed.constData(), size_t(typed.size())), ssize_t(typed.size()));
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), exitCode);

        QByteArray echoed(4096, '\0');
        const ssize_t n = ::read(master, echoed.data(), size_t(echoed.size()));
        echoed.resize(n > 0 ? n : 0);
        QVERIFY2(!echoed.contains("tty-secre"), echoed.constData());
        QVERIFY(!p.readAllStandardOutput().contains("tty-secre"));

        termios after{};
        QVERIFY(::tcgetattr(slave, &after) == 0);
        QVERIFY2(after.c_lflag & ECHO, "echo was not restored");
        QVERIFY2(after.c_lflag & ICANON, "line editing was not restored");

        CredentialResult::Error error = CredentialResult::Error::None;
        const QString value = storedValue(kScope, name, &error);
        if (stored.isEmpty())
            QCOMPARE(error, CredentialResult::Error::NotFound);
        else
            QCOMPARE(value, stored);
    }

    // The SecretSource `rollcage run` uses (cli::createSecretSource), as a child
    // process of this test so stdin can be a pipe or a pseudo-terminal.
    void headlessSourceFailsClearlyWithoutATerminal()
    {
        QProcess child;
        QProcessEnvironment env = environment();
        const QString out = m_config.filePath(QStringLiteral("factory-pipe.json"));
        env.insert(QStringLiteral("ROLLCAGE_TEST_FACTORY_OUT"), out);
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("factoryChild")});
        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("failed"));
        const QString error = r.value(QStringLiteral("error")).toString();
        QVERIFY2(error.contains(QStringLiteral("stdin is not a terminal")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("rollcage secret set ") + kScope +
                                QStringLiteral(" FACTORY_MISSING")),
                 qPrintable(error));
    }

    void headlessSourceAsksOnATerminalAndRemembers()
    {
        int master = -1;
        int slave = -1;
        QVERIFY(::openpty(&master, &slave, nullptr, nullptr, nullptr) == 0);
        const auto closeBoth = qScopeGuard([&] {
            ::close(master);
            ::close(slave);
        });
        QProcess child;
        QProcessEnvironment env = environment();
        const QString out = m_config.filePath(QStringLiteral("factory-tty.json"));
        env.insert(QStringLiteral("ROLLCAGE_TEST_FACTORY_OUT"), out);
        child.setProcessEnvironment(env);
        child.setStandardInputFile(QString::fromLocal8Bit(::ttyname(slave)));
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("factoryChild")});
        QVERIFY(child.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += child.readAllStandardError()).contains("(input hidden): "),
                                 10000);
        QVERIFY2(err.contains("no secret FACTORY_MISSING"), err.constData()); // why it asks
        QCOMPARE(::write(master, "typed-at-tty\r", 13), ssize_t(13));
        QTRY_VERIFY_WITH_TIMEOUT((err += child.readAllStandardError()).contains("[y/N] "), 10000);
        QCOMPARE(::write(master, "y\n", 2), ssize_t(2));
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitCode(), 0);

        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QJsonObject r = QJsonDocument::fromJson(f.readAll()).object();
        QCOMPARE(r.value(QStringLiteral("outcome")).toString(), QStringLiteral("provided"));
        QCOMPARE(r.value(QStringLiteral("FACTORY_MISSING")).toString(),
                 QStringLiteral("typed-at-tty"));
        QTRY_COMPARE(storedValue(kScope, QStringLiteral("FACTORY_MISSING")),
                     QStringLiteral("typed-at-tty"));
    }

    // rollcage run fetches every secret before step 1: without one, nothing runs (step 3
    // does not stop the incident after step 2 changed production); stored, the resume runs
    // and masks it.
    void runFetchesEverySecretBeforeStepOne()
    {
        QTemporaryDir work;
        const QString runbook = work.filePath(QStringLiteral("marten.md"));
        QFile f(runbook);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Marten Cache\n============\n\n## Rotate the cache token\n\n"
                "<!-- rollcage: procedure -->\n\n### Announce\n\n~~~bash\necho first-step-ran\n~~~\n\n"
                "### Use the token\n\n~~~bash\necho \"token=<api-token>\"\n~~~\n");
        f.close();
        const QString db = work.filePath(QStringLiteral("incidents.sqlite"));
        const QStringList run{QStringLiteral("run"), runbook, QStringLiteral("--procedure"),
                              QStringLiteral("rotate"), QStringLiteral("--service"),
                              QStringLiteral("marten"), QStringLiteral("--environment"),
                              QStringLiteral("drill"), QStringLiteral("--database"), db};
        const Run first = rollcage(run);
        QCOMPARE(first.exitCode, 1);
        QVERIFY2(!first.out.contains(QLatin1String("first-step-ran")), qPrintable(first.out));
        QVERIFY2(first.err.contains(QLatin1String("api-token")), qPrintable(first.err));
        QVERIFY2(first.err.contains(QLatin1String("nothing was run")), qPrintable(first.err));
        QCOMPARE(rollcage({QStringLiteral("secret"), QStringLiteral("set"), QStringLiteral("marten/drill"),
                           QStringLiteral("api-token")},
                          "t0k-marten-77")
                     .exitCode,
                 0);
        const Run resumed = rollcage(run + QStringList{QStringLiteral("--incident"), QStringLiteral("1")});
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY(resumed.out.contains(QLatin1String("first-step-ran")));
        QVERIFY2(resumed.out.contains(QStringLiteral("token=••••")), qPrintable(resumed.out));
        QVERIFY(!resumed.out.contains(QLatin1String("t0k-marten-77")));
    }

    void factoryChild()
    {
        const QString out = qEnvironmentVariable("ROLLCAGE_TEST_FACTORY_OUT");
        if (out.isEmpty())
            QSKIP("runs only as the child of the headlessSource tests");
        auto *source = rollcage::cli::createSecretSource(this);
        QSignalSpy provided(source, &rollcage::execution::SecretSource::provided);
        QSignalSpy failed(source, &rollcage::execution::SecretSource::failed);
        source->request(7, kScope, {QStringLiteral("FACTORY_MISSING")});
        QTRY_VERIFY_WITH_TIMEOUT(!provided.isEmpty() || !failed.isEmpty(), 20000);
        QJsonObject r;
        if (!failed.isEmpty()) {
            r.insert(QStringLiteral("outcome"), QStringLiteral("failed"));
            r.insert(QStringLiteral("error"), failed.at(0).at(1).toString());
        } else {
            r.insert(QStringLiteral("outcome"), QStringLiteral("provided"));
            const auto values = provided.at(0).at(1).value<QHash<QString, QString>>();
            for (auto it = values.cbegin(); it != values.cend(); ++it)
                r.insert(it.key(), it.value());
        }
        if (!provided.isEmpty()) {
            // "Remember" is written after provided(); the process must not end before.
            auto *store = source->findChild<CredentialStore *>();
            QVERIFY(store);
            QTRY_VERIFY_WITH_TIMEOUT(
                store->names(kScope).contains(QStringLiteral("FACTORY_MISSING")), 20000);
        }
        QFile f(out);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(r).toJson());
    }
};

QTEST_GUILESS_MAIN(TestSecretCommand)
#include "tst_secretcommand.moc"
