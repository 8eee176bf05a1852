#pragma once

#include <QMetaType>
#include <QString>

namespace rollcage::gui {

// The console's pages, in the order an incident goes through them.
enum class Phase { Assess, Prepare, RollBack, Verify, Communicate, Report };
inline constexpr int kPhaseCount = 6;

QString phaseName(Phase phase);

} // namespace rollcage::gui
Q_DECLARE_METATYPE(rollcage::gui::Phase)
