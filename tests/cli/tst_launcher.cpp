// The `rollcage` executable is a launcher that loads librollcage_gui (app/main.cpp): what
// it does when that library is there, and when it is not usable.
#include "common/RollcageCli.h"

#include <QFile>
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
        const auto o = rollcage::test::runRollcage(
            arguments, rollcage::test::CliCall().withEnvironment(environment()));
        QCOMPARE(o.exitCode, 0);
        QVERIFY2(o.out.contains(expectedOutput), qPrintable(o.err));
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
        const auto o = rollcage::test::runRollcage({QStringLiteral("--version")},
                                                   rollcage::test::CliCall().withEnvironment(env));
        QCOMPARE(o.exitCode, 1);
        const QString &error = o.err;
        QVERIFY2(error.contains(QLatin1String("rollcage: cannot start")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("librollcage_gui.so")), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("reinstall")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
