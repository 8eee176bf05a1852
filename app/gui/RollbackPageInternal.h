#pragma once

// Shared by the Roll back page's source files (RollbackPage.cpp, RollbackActions.cpp,
// RollbackGuidance.cpp); not part of its interface.

#include <QString>

namespace rollcage::gui {


} // namespace rollcage::gui
