#include "core/Logging.h"

// Debug output is opt-in (QT_LOGGING_RULES="rollcage.*.debug=true"): by default an
// operator sees information and problems, not the engine's chatter.

Q_LOGGING_CATEGORY(lcApp, "rollcage.app", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunbook, "rollcage.runbook", QtInfoMsg)
Q_LOGGING_CATEGORY(lcIncident, "rollcage.incident", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRunner, "rollcage.execution", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "rollcage.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHealth, "rollcage.health", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMessaging, "rollcage.messaging", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "rollcage.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcGui, "rollcage.gui", QtInfoMsg)
