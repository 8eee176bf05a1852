#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage secret set SCOPE NAME | delete SCOPE NAME | list [SCOPE]`: the keychain
// for headless machines and scripts. Values are read from stdin (hidden when it is a
// terminal) and never printed; list shows names only.
int secretCommand(const QStringList &arguments);

} // namespace rollcage::cli
