#pragma once

class QApplication;

namespace rollcage::gui {

// Settings of the process a console window runs in, made before its QApplication exists
// (main(), and the benchmarks that run consoles, so that they measure what ships).
void prepareProcess();

// Parses the GUI command line (FILE, --self-test, --database, --version, --help),
// shows the main window and runs the event loop. Returns the exit code.
int run(QApplication &app);

} // namespace rollcage::gui
