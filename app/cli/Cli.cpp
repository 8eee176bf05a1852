#include "cli/Cli.h"

#include "cli/ApproveCommand.h"
#include "cli/CheckCommand.h"
#include "cli/Console.h"
#include "cli/FollowCommand.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "cli/ReportCommand.h"
#include "cli/RunCommand.h"
#include "cli/SecretCommand.h"
#include "core/Translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

#include <functional>

namespace rollcage::cli {

namespace {

using Command = std::function<int(const QStringList &)>;

// The headless commands. Each receives its arguments with the command word removed
// from position 1, so its own QCommandLineParser sees "rollcage ARGS…".
const QHash<QString, Command> &commands()
{
    static const QHash<QString, Command> table = {
        {QStringLiteral("check"), runCheck},
        {QStringLiteral("secret"), &secretCommand},
        {QStringLiteral("run"), runCommand},
        {QStringLiteral("incidents"), incidentsCommand},
        {QStringLiteral("follow"), followCommand},
        {QStringLiteral("report"), reportCommand},
        {QStringLiteral("approve"), approveCommand},
    };
    return table;
}

} // namespace

bool isCliInvocation(int argc, char *argv[])
{
    if (argc < 2)
        return false;
    const QString first = QString::fromLocal8Bit(argv[1]);
    // --help and --version must work over ssh, in CI, anywhere without a display.
    if (argc == 2 && (first == QLatin1String("--help") || first == QLatin1String("-h") ||
                      first == QLatin1String("--version") || first == QLatin1String("-v")))
        return true;
    return commands().contains(first);
}

bool needsGuiApplication(int argc, char *argv[])
{
    if (argc < 2 || qstrcmp(argv[1], "report") != 0)
        return false;
    for (int i = 2; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "pdf" || arg == "--format=pdf" || arg.endsWith(".pdf"))
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    // Output for people in their language; --json output is for scripts and stays English,
    // messages included.
    auto *app = QCoreApplication::instance();
    if (app && !arguments.contains(QLatin1String("--json")))
        (void)translations::install(*app); // without a catalogue the texts stay English
    if (arguments.size() == 2 && arguments.at(1).startsWith(QLatin1Char('-'))) {
        QCommandLineParser parser;
        const TopLevelOptions options;
        describeTopLevel(parser, options);
        parser.process(arguments); // prints help or version and exits
        return ExitOk;
    }
    setLogRules();
    QStringList rest = arguments;
    const QString name = rest.takeAt(1);
    const auto it = commands().constFind(name);
    if (it == commands().constEnd()) {
        err(QCoreApplication::translate("cli", "rollcage: unknown command '%1'").arg(name));
        return ExitUsage;
    }
    return (*it)(rest);
}

} // namespace rollcage::cli
