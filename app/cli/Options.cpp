#include "cli/Options.h"

#include "cli/Console.h"

#include <QCoreApplication>

namespace rollcage::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
        QStringLiteral("database"),
        QCoreApplication::translate("cli", "Incident store: a SQLite file path or a "
                                           "postgresql:// URL (default: SQLite in the user data "
                                           "directory). Over TLS: postgresql://USER@HOST/DB"
                                           "?sslmode=verify-full&sslrootcert=CA.crt; the "
                                           "password is kept in the keychain, never in the URL."),
        QStringLiteral("PATH|URL"));
}

void describeTopLevel(QCommandLineParser &parser, const TopLevelOptions &options)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "cli", "Rollcage: a guided, recorded console for rolling back a bad deployment.\n\n"
               "Without a command, opens the GUI (on FILE when given).\n"
               "Commands (see rollcage COMMAND --help): check, run, incidents, follow, approve, "
               "report, secret."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(options.database);
    parser.addOption(options.selfTest);
    parser.addOption(options.screenshot);
    parser.addPositionalArgument(
        QStringLiteral("FILE"), QCoreApplication::translate("cli", "A runbook (Markdown) to open."),
        QStringLiteral("[FILE]"));
}

std::optional<int> parseIncidentCommand(QCommandLineParser &parser, const QStringList &arguments,
                                        const QString &command, const QString &numberError,
                                        qint64 *id)
{
    if (!parser.parse(arguments)) {
        err(command + QStringLiteral(": ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    bool number = false;
    *id = parser.positionalArguments().value(0).toLongLong(&number);
    if (parser.positionalArguments().size() != 1 || !number || *id <= 0) {
        err(numberError);
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace rollcage::cli
