#pragma once

#include "runbook/Runbook.h"

#include <QHash>
#include <QString>

namespace rollcage::execution {

// What the operator types to run a destructive step: the thing it destroys, so the
// confirmation is read, not reflexive. The runbook's own `confirm=` (or a step name)
// wins; otherwise the target of the destructive command with the incident's values in
// it ("v2.5.0" for `rm -rf "${RELEASES_DIR}/${BAD_VERSION}"`, "orders" for
// `DROP TABLE orders;`); the command itself ("FLUSHALL") when it names no target, and
// the step title when there is no command. Empty for a step that is not destructive.
QString confirmationTarget(const runbook::Step &step, const QHash<QString, QString> &variables);

// What a step at the middle level (Confirmation::NameTarget: it changes production without
// destroying) acts on, named in the confirmation the operator clicks: the target of its
// changing command with the incident's values in it ("fluidify-regen" for `helm rollback
// fluidify-regen -n apps`, "current" for `ln -sfn releases/v2 current`), the command when
// it names none. Empty for a step at another level.
QString namedTarget(const runbook::Step &step, const QHash<QString, QString> &variables);
// The same for a line typed into a session, as written.
QString namedTarget(const runbook::SessionLine &line);

} // namespace rollcage::execution
