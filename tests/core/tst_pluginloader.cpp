// core/PluginLoader: the plugins Rollcage loads at run time (the health gate runners, the
// console) are found beside librollcage_core and give their interface; an installation
// without them, or with a damaged one, says so (in the window and on the command line)
// instead of crashing or passing a health gate it could not run.
#include "common/RollcageCli.h"
#include "core/PluginLoader.h"
#include "execution/GateRunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {
// An interface no Rollcage plugin provides.
class Unrelated
{
public:
    virtual ~Unrelated() = default;
};
} // namespace
Q_DECLARE_INTERFACE(Unrelated, "io.github.rollcage.Rollcage.Test.Unrelated/1")

using namespace rollcage;

class TestPluginLoader : public QObject
{
    Q_OBJECT

    static QString gatePlugin() { return QStringLiteral(ROLLCAGE_GATE_PLUGIN); }
    static QString consolePlugin() { return QStringLiteral(ROLLCAGE_CONSOLE_PLUGIN); }

    // A copy of librollcage_core and _gui with neither plugin; `extra` files are written
    // into it as given.
    static std::unique_ptr<QTemporaryDir>
    brokenInstallation(const QHash<QString, QByteArray> &extra = {})
    {
        auto dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid())
            return nullptr;
        for (const char *name : {"librollcage_core.so", "librollcage_gui.so"}) {
            const QString file = QString::fromLatin1(name);
            if (!QFile::copy(QDir(QStringLiteral(ROLLCAGE_LIBRARY_DIR)).filePath(file),
                             dir->filePath(file)))
                return nullptr;
        }
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            QFile file(dir->filePath(it.key()));
            if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size())
                return nullptr;
        }
        return dir;
    }

    static test::CliOutcome runIn(const QTemporaryDir &dir, const QStringList &arguments)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Searched before the executable's run path: the copies there are the ones loaded,
        // and their directory is where the plugins are looked for.
        env.insert(QStringLiteral("LD_LIBRARY_PATH"), dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
        return test::runRollcage(arguments, test::CliCall().withEnvironment(env).in(dir.path()));
    }

    static QStringList healthGateRun()
    {
        return {QStringLiteral("run"),
                QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/gate.md"),
                QStringLiteral("--procedure"),
                QStringLiteral("Application rollback procedure"),
                QStringLiteral("--var"),
                QStringLiteral("BASE=http://127.0.0.1:9"),
                QStringLiteral("--yes"),
                QStringLiteral("--database"),
                QStringLiteral("incidents.sqlite")};
    }

private Q_SLOTS:
    void findsThePluginsBesideTheCore()
    {
        QCOMPARE(plugins::directory(),
                 QFileInfo(QStringLiteral(ROLLCAGE_LIBRARY_DIR)).canonicalFilePath());
        const auto factory = plugins::load<execution::GateRunnerFactory>(
            gatePlugin(), QStringLiteral("the health checks"));
        QVERIFY2(factory, qPrintable(factory.error));
        QObject owner;
        execution::GateRunner *runner = (*factory)->create({}, 1, 0, &owner);
        QVERIFY(runner);
        QCOMPARE(runner->parent(), &owner);
    }

    void aPluginWithoutTheInterfaceIsNamed()
    {
        const auto wrong =
            plugins::load<Unrelated>(gatePlugin(), QStringLiteral("the health checks"));
        QVERIFY(!wrong);
        QVERIFY2(
            wrong.error.contains(QLatin1String("io.github.rollcage.Rollcage.Test.Unrelated/1")),
            qPrintable(wrong.error));
        QVERIFY2(wrong.error.contains(gatePlugin()), qPrintable(wrong.error));
        QVERIFY2(wrong.error.contains(QLatin1String("reinstall")), qPrintable(wrong.error));
    }

    void aBrokenInstallationSaysWhatIsMissing_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("window") << QStringList{QStringLiteral("--self-test")}
                                << QStringLiteral("console Cannot load the incident console: %1/") +
                                       consolePlugin() + QStringLiteral(" is missing");
        QTest::newRow("health gate in a headless run")
            << healthGateRun()
            << QStringLiteral(
                   "is a health gate and cannot run: Cannot load the health checks: %1/") +
                   gatePlugin() + QStringLiteral(" is missing");
    }

    void aBrokenInstallationSaysWhatIsMissing()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto dir = brokenInstallation();
        QVERIFY(dir);
        const auto o = runIn(*dir, arguments);
        const QString said = o.out + o.err; // the self-test prints on stdout, a run on stderr
        QVERIFY2(o.exitCode > 0, qPrintable(said));
        QVERIFY2(said.contains(expected.arg(QFileInfo(dir->path()).canonicalFilePath())),
                 qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("reinstall it")), qPrintable(said));
    }

    void aDamagedPluginIsSaidNotCrashed_data()
    {
        QTest::addColumn<QString>("plugin");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("console") << consolePlugin() << QStringList{QStringLiteral("--self-test")}
                                 << QStringLiteral("Cannot load the incident console from %1/") +
                                        consolePlugin();
        QTest::newRow("health gate")
            << gatePlugin() << healthGateRun()
            << QStringLiteral("Cannot load the health checks from %1/") + gatePlugin();
    }

    void aDamagedPluginIsSaidNotCrashed()
    {
        QFETCH(QString, plugin);
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto dir =
            brokenInstallation({{plugin, QByteArrayLiteral("not a shared library\n")}});
        QVERIFY(dir);
        const auto o = runIn(*dir, arguments);
        const QString said = o.out + o.err;
        QVERIFY2(o.exitCode > 0, qPrintable(said));
        QVERIFY2(said.contains(expected.arg(QFileInfo(dir->path()).canonicalFilePath())),
                 qPrintable(said));
        QVERIFY2(said.contains(QLatin1String("reinstall it")), qPrintable(said));
    }
};

QTEST_GUILESS_MAIN(TestPluginLoader)
#include "tst_pluginloader.moc"
