#pragma once

#include "core/Result.h"

#include <QFunctionPointer>
#include <QString>

namespace rollcage::modules {

// Rollcage's optional parts (QtNetwork, KF6) live in shared libraries that are loaded
// only when needed, so that starting the window or a CLI command that needs neither
// does not pay for loading them. They sit beside librollcage_core.so, in the build tree
// and when installed alike, so no search path or environment variable is involved.

// The directory librollcage_core.so was loaded from.
QString libraryDirectory();

// Loads `fileName` from libraryDirectory() (once; it stays loaded) and resolves the
// extern "C" function `symbol`. `what` names the part for the error ("the health checks").
Result<QFunctionPointer> resolve(const QString &fileName, const char *symbol, const QString &what);

} // namespace rollcage::modules
