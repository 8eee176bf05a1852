#pragma once

#include <QString>

namespace rollcage::paths {

// Where the incident database lives unless --database says otherwise.
QString defaultDatabasePath();

// The example runbook bundled in the executable's resources.
inline constexpr char kExampleRunbook[] = ":/examples/larkspur-checkout-rollback.md";

} // namespace rollcage::paths
