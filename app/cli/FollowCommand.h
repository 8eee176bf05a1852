#pragma once

#include <QStringList>

namespace rollcage::cli {

// `rollcage follow INCIDENT [--database URL] [--once]`: prints the incident's timeline
// and step output so far, then (on a shared PostgreSQL store) what every console adds,
// live, until the incident is resolved or aborted — for a phone's ssh session or a
// second screen.
int followCommand(const QStringList &arguments);

} // namespace rollcage::cli
