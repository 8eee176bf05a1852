#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

#include <optional>

namespace rollcage::cli {

// The options every command accepts, defined once so the GUI and each headless
// command describe them the same way.
QCommandLineOption databaseOption();

// The top-level command line (`rollcage [FILE]`), shared by the GUI and by the
// display-less handling of --help/--version.
struct TopLevelOptions
{
    QCommandLineOption database = databaseOption();
    QCommandLineOption selfTest{QStringLiteral("self-test"),
                                QStringLiteral("Open the window on the example runbook, check that "
                                               "it paints, and exit.")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QStringLiteral("Save a PNG of the window once it has painted, then "
                                                 "exit (for documentation and visual checks)."),
                                  QStringLiteral("PNG")};
};
void describeTopLevel(QCommandLineParser &parser, const TopLevelOptions &options);

// The start every command on one incident shares (follow, approve): parses `arguments`,
// prints --help or the usage error itself (`command` names it, e.g. "rollcage follow";
// `numberError` says what to give when the incident number is missing or not one).
// Returns the exit code to stop with, or nothing with `*id` set.
std::optional<int> parseIncidentCommand(QCommandLineParser &parser, const QStringList &arguments,
                                        const QString &command, const QString &numberError,
                                        qint64 *id);

} // namespace rollcage::cli
