#pragma once

#include <QStringList>

namespace rollcage::cli {

// True when argv names a headless command (check, run, report, …): those run on a
// QCoreApplication so they work without a display.
bool isCliInvocation(int argc, char *argv[]);

// True when the command renders with QtGui (a PDF report): it then runs on a
// QGuiApplication, on the offscreen platform unless the caller chose one.
bool needsGuiApplication(int argc, char *argv[]);

// Runs the headless command in `arguments` (as QCoreApplication::arguments()).
// Returns the process exit code: 0 success, 1 the command's own failure, 2 usage/IO.
int run(const QStringList &arguments);

} // namespace rollcage::cli
