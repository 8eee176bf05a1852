#pragma once

// Shared by the Roll back page's source files (RollbackPage.cpp, RollbackActions.cpp,
// RollbackGuidance.cpp); not part of its interface.

#include "incident/IncidentState.h"

#include <QString>

namespace rollcage::gui {

// The step ended without success: Run becomes Retry and the guidance says so.
bool failedState(incident::StepState state);
QString guidedSettingsKey();

} // namespace rollcage::gui
