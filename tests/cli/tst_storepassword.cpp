// The shared store's password comes from the keychain, never from the command line: a
// real PostgreSQL asking for a password (tests/pg-session.sh with ROLLCAGE_PG_PASSWORD)
// and a throwaway gnome-keyring (tests/keyring-session.sh), driven through the real
// rollcage executable.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestStorePassword : public QObject
{
    Q_OBJECT

    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };
    static Run rollcage(const QStringList &arguments, const QByteArray &input = {})
    {
        QProcess p;
        p.start(QStringLiteral(ROLLCAGE_BINARY), arguments);
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60'000))
            qFatal("rollcage %s did not end", qPrintable(arguments.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The real GUI up on `database`: what its window shows (ROLLCAGE_UI_MAP, as the
    // walkthroughs read it) comes to contain `shown`. The GUI ends with the QProcess.
    static void windowShows(const QString &database, const QString &shown, QString *seen)
    {
        QTemporaryDir dir;
        QProcess gui;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ROLLCAGE_UI_MAP"), dir.filePath(QStringLiteral("ui.json")));
        gui.setProcessEnvironment(env);
        gui.start(QStringLiteral(ROLLCAGE_BINARY), {QStringLiteral("--database"), database});
        const auto screen = [&] {
            QFile file(dir.filePath(QStringLiteral("ui.json")));
            *seen = file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
            return *seen;
        };
        QTRY_VERIFY2_WITH_TIMEOUT(screen().contains(shown), qPrintable(*seen), 30000);
        gui.kill();
        gui.waitForFinished();
    }

private Q_SLOTS:
    void passwordFromTheKeychainOnly()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        const QString password = qEnvironmentVariable("ROLLCAGE_PG_PASSWORD");
        if (db.isEmpty() || password.isEmpty())
            QSKIP("needs tests/pg-session.sh with ROLLCAGE_PG_PASSWORD "
                  "(tst_storepassword_postgresql)");
        const QUrl url(db);
        const QString scope =
            QStringLiteral("store/%1:%2/%3").arg(url.host()).arg(url.port()).arg(url.path().mid(1));

        // Nothing kept: the server's refusal, and the command that fixes it.
        Run r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"), db});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("rollcage secret set %1 rollcage").arg(scope)),
                 qPrintable(r.err));
        // The window says the same, and still reads runbooks.
        QString seen;
        windowShows(db, QStringLiteral("rollcage secret set %1 rollcage").arg(scope), &seen);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(seen.contains(QStringLiteral("Incident database unavailable")), qPrintable(seen));

        // In the URL: refused before connecting, the password not repeated.
        QUrl withPassword = url;
        withPassword.setPassword(password);
        r = rollcage(
            {QStringLiteral("incidents"), QStringLiteral("--database"), withPassword.toString()});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("carries a password")), qPrintable(r.err));
        QVERIFY(!r.err.contains(password));

        // Kept in the keychain: the same URL now opens.
        r = rollcage(
            {QStringLiteral("secret"), QStringLiteral("set"), scope, QStringLiteral("rollcage")},
            password.toUtf8() + '\n');
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(password) && !r.err.contains(password));

        // The window opens it with the kept password too, asking nothing: it lists an
        // incident a terminal left unfinished there.
        r = rollcage({QStringLiteral("run"),
                      QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/drill.md"),
                      QStringLiteral("--procedure"), QStringLiteral("happy path"),
                      QStringLiteral("--var"), QStringLiteral("GREETING=the drill"),
                      QStringLiteral("--yes"), QStringLiteral("--database"), db});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        windowShows(db, QStringLiteral("Harbor Queue"), &seen);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(!seen.contains(QStringLiteral("Incident database unavailable")), qPrintable(seen));
        QVERIFY(!seen.contains(password));

        // And it is nowhere in the settings.
        QDirIterator files(qEnvironmentVariable("XDG_CONFIG_HOME"), QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile f(files.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(password.toUtf8()), qPrintable(f.fileName()));
        }
    }
};

QTEST_GUILESS_MAIN(TestStorePassword)
#include "tst_storepassword.moc"
