#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcApp, "rollcage.app")
Q_LOGGING_CATEGORY(lcRunbook, "rollcage.runbook")
Q_LOGGING_CATEGORY(lcIncident, "rollcage.incident")
Q_LOGGING_CATEGORY(lcRunner, "rollcage.execution")
Q_LOGGING_CATEGORY(lcKeychain, "rollcage.keychain")
Q_LOGGING_CATEGORY(lcHealth, "rollcage.health")
Q_LOGGING_CATEGORY(lcMessaging, "rollcage.messaging")
Q_LOGGING_CATEGORY(lcReport, "rollcage.report")
Q_LOGGING_CATEGORY(lcGui, "rollcage.gui")
