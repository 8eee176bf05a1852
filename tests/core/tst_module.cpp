// core/Module: the libraries Rollcage loads at run time are found beside librollcage_core,
// and an installation without them says so (in the window and on the command line)
// instead of crashing or passing a health gate it could not run.
#include "common/RollcageCli.h"
#include "core/Module.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

class TestModule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_broken; // librollcage_core and _gui without _net and _console

    rollcage::test::CliOutcome runBroken(const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Searched before the executable's RUNPATH: the copies below are the ones loaded.
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), m_broken.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_broken.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_broken.filePath(QStringLiteral("data")));
        return rollcage::test::runRollcage(
            arguments, rollcage::test::CliCall().withEnvironment(env).in(m_broken.path()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_broken.isValid());
        for (const char *name : {"librollcage_core.so", "librollcage_gui.so"}) {
            const QString file = QString::fromLatin1(name);
            QVERIFY2(QFile::copy(QDir(QStringLiteral(ROLLCAGE_LIBRARY_DIR)).filePath(file), m_broken.filePath(file)),
                     name);
        }
    }

    void findsItsLibrariesBesideTheCore()
    {
        QCOMPARE(modules::libraryDirectory(), QFileInfo(QStringLiteral(ROLLCAGE_LIBRARY_DIR)).canonicalFilePath());
        const auto factory = modules::resolve(QStringLiteral("librollcage_net.so"),
                                              "rollcage_create_gate_runner", QStringLiteral("the health checks"));
        QVERIFY2(factory, qPrintable(factory.error));
    }

    void aMissingSymbolIsNamed()
    {
        const auto factory = modules::resolve(QStringLiteral("librollcage_net.so"), "no_such_entry",
                                              QStringLiteral("the health checks"));
        QVERIFY(!factory);
        QVERIFY2(factory.error.contains(QLatin1String("no_such_entry")), qPrintable(factory.error));
        QVERIFY2(factory.error.contains(QLatin1String("reinstall")), qPrintable(factory.error));
    }

    void aBrokenInstallationSaysWhatIsMissing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("window") << QStringList{QStringLiteral("--self-test")}
                                << QStringLiteral("console Cannot load the incident console: %1/librollcage_console.so is missing");
        QTest::newRow("health gate in a headless run")
            << QStringList{QStringLiteral("run"), QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/gate.md"),
                           QStringLiteral("--procedure"), QStringLiteral("Application rollback procedure"),
                           QStringLiteral("--var"), QStringLiteral("BASE=http://127.0.0.1:9"),
                           QStringLiteral("--yes"), QStringLiteral("--database"), QStringLiteral("incidents.sqlite")}
            << QStringLiteral("is a health gate and cannot run: Cannot load the health checks: "
                              "%1/librollcage_net.so is missing");
    }

    void aBrokenInstallationSaysWhatIsMissing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto o = runBroken(arguments);
        const QString said = o.out + o.err; // the self-test prints on stdout, a run on stderr
        QVERIFY2(o.exitCode > 0, qPrintable(said));
        const QString dir = QFileInfo(m_broken.path()).canonicalFilePath();
        QVERIFY2(said.contains(expected.arg(dir)), qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("reinstall it")), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestModule)
#include "tst_module.moc"
