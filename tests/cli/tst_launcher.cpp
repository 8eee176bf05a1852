// The `rollcage` executable links librollcage_gui and librollcage_core and finds them
// through its run path (app/CMakeLists.txt): a headless command and the window start
// without any search path set, and a damaged library is reported by the system's loader
// with the library's name, never a crash.
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
        // Only the run path may lead to our libraries.
        env.remove(QStringLiteral("LD_LIBRARY_PATH"));
        return env;
    }

private slots:
    void findsItsLibrariesAndRunsTheCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expectedOutput");
        QTest::newRow("headless command")
            << QStringList{QStringLiteral("--version")} << QStringLiteral("rollcage ");
        QTest::newRow("the window (--self-test)")
            << QStringList{QStringLiteral("--self-test")} << QStringLiteral("window painted");
    }
    void findsItsLibrariesAndRunsTheCommand()
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
        // The loader's own exit status for a library it cannot load, before main().
        QCOMPARE(o.exitCode, 127);
        QVERIFY2(o.err.contains(QLatin1String("librollcage_gui.so")), qPrintable(o.err));
        QVERIFY2(o.err.contains(QLatin1String("error while loading shared libraries")),
                 qPrintable(o.err));
    }
};

QTEST_GUILESS_MAIN(TestLauncher)
#include "tst_launcher.moc"
