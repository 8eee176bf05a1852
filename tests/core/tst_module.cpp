// core/Module: the libraries Rollcage loads at run time are found beside librollcage_core,
// and an installation without them says so (in the window and on the command line)
// instead of crashing or passing a health gate it could not run.
#include "core/Module.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

class TestModule : public QObject
{
    Q_OBJECT

    QTemporaryDir m_broken; // librollcage_core and _gui without _net and _console

    struct Outcome
    {
        int exitCode = -1;
        QString output;
    };

    Outcome runBroken(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Searched before the executable's RUNPATH: the copies below are the ones loaded.
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), m_broken.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_broken.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_broken.filePath(QStringLiteral("data")));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        process.setWorkingDirectory(m_broken.path());
        process.start(QStringLiteral(ROLLCAGE_BINARY), arguments);
        Outcome o;
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            return o;
        }
        o.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        o.output = QString::fromUtf8(process.readAll());
        return o;
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
        const Outcome o = runBroken(arguments);
        QVERIFY2(o.exitCode > 0, qPrintable(o.output));
        const QString dir = QFileInfo(m_broken.path()).canonicalFilePath();
        QVERIFY2(o.output.contains(expected.arg(dir)), qPrintable(o.output));
        QVERIFY2(o.output.contains(QLatin1String("reinstall it")), qPrintable(o.output));
    }
};

QTEST_GUILESS_MAIN(TestModule)
#include "tst_module.moc"
