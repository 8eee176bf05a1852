// The `rollcage` executable is a launcher that loads librollcage_gui (app/main.cpp): what
// it does when that library is there, and when it is not usable.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestLauncher : public QObject
{
    Q_OBJECT

private:
    static QProcessEnvironment environment()
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }

private slots:
    void loadsTheLibraryAndRunsTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedOutput");
        QTest::newRow("headless command")
            << QStringList{QStringLiteral("--version")} << QStringLiteral("rollcage ");
        QTest::newRow("the window (--self-test)")
            << QStringList{QStringLiteral("--self-test")} << QStringLiteral("window painted");
    }
    void loadsTheLibraryAndRunsTheCommand()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expectedOutput);
        QProcess rollcage;
        rollcage.setProcessEnvironment(environment());
        rollcage.start(QStringLiteral(ROLLCAGE_BINARY), arguments);
        QVERIFY(rollcage.waitForFinished(60000));
        QCOMPARE(rollcage.exitStatus(), QProcess::NormalExit);
        QCOMPARE(rollcage.exitCode(), 0);
        QVERIFY2(rollcage.readAllStandardOutput().contains(expectedOutput.toUtf8()),
                 qPrintable(rollcage.readAllStandardError()));
    }

    void unusableLibraryIsSaidNotCrashed()
    {
        // LD_LIBRARY_PATH comes before the executable's run path: a damaged copy of the
        // library there stands for a broken installation.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile damaged(dir.filePath(QStringLiteral("librollcage_gui.so")));
        QVERIFY(damaged.open(QIODevice::WriteOnly));
        damaged.write("not a shared library\n");
        damaged.close();
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
        QProcess rollcage;
        rollcage.setProcessEnvironment(env);
        rollcage.start(QStringLiteral(ROLLCAGE_BINARY), {QStringLiteral("--version")});
        QVERIFY(rollcage.waitForFinished(60000));
        QCOMPARE(rollcage.exitStatus(), QProcess::NormalExit);
        QCOMPARE(rollcage.exitCode(), 1);
        const QString error = QString::fromLocal8Bit(rollcage.readAllStandardError());
        QVERIFY2(error.contains(QLatin1String("rollcage: cannot start")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("librollcage_gui.so")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("reinstall")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
