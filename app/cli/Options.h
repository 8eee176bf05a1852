#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>

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

} // namespace rollcage::cli
