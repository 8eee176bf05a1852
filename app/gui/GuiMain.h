#pragma once

class QApplication;

namespace rollcage::gui {

// Parses the GUI command line (FILE, --self-test, --database, --version, --help),
// shows the main window and runs the event loop. Returns the exit code.
int run(QApplication &app);

} // namespace rollcage::gui
