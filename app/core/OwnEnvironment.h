#pragma once

#include <QByteArray>
#include <QProcessEnvironment>

namespace rollcage::core {

// Sets `name` in this process's environment for Rollcage's own sake (a Qt setting, see
// gui::prepareProcess), unless the operator has set it: then theirs stays.
void setOwnVariable(const char *name, const QByteArray &value);

// The environment a step starts from: the operator's, as Rollcage was started with it.
// What setOwnVariable() added is left out: a step that starts a Qt program must not be
// tuned for Rollcage's windows.
QProcessEnvironment operatorEnvironment();

} // namespace rollcage::core
