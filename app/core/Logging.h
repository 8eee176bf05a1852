#pragma once

#include <QLoggingCategory>

// One category per subsystem, so `QT_LOGGING_RULES="rollcage.execution.debug=true"`
// turns on exactly the noise someone is chasing.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcRunbook)
Q_DECLARE_LOGGING_CATEGORY(lcIncident)
Q_DECLARE_LOGGING_CATEGORY(lcRunner)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcHealth)
Q_DECLARE_LOGGING_CATEGORY(lcMessaging)
Q_DECLARE_LOGGING_CATEGORY(lcReport)
Q_DECLARE_LOGGING_CATEGORY(lcGui)
