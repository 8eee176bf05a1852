#pragma once

#include <QString>

// Every key Rollcage keeps in QSettings, in one table: two parts never pick one key for two
// things, and tests reset the key the code uses rather than a copy of its spelling. The
// values live on users' machines: renaming a key forgets what they kept under the old one.
namespace rollcage::settings {

// The main window's geometry and dock layout (QMainWindow::saveGeometry / saveState).
inline const QString kWindowGeometry = QStringLiteral("window/geometry");
inline const QString kWindowState = QStringLiteral("window/state");
// Guided mode on the Roll back page (bool, on at the first run).
inline const QString kGuided = QStringLiteral("console/guided");
// The name this user's events are recorded under (core/OperatorName.h); asked once.
inline const QString kOperatorName = QStringLiteral("team/operatorName");
// The width of a team console's panel of who is here, as the user last dragged it (px).
inline const QString kTeamPanelWidth = QStringLiteral("team/panelWidth");
// The runbooks opened last, newest first (QStringList of paths).
inline const QString kRecentRunbooks = QStringLiteral("recentRunbooks");
// The folder the last report was exported to.
inline const QString kExportDirectory = QStringLiteral("report/exportDirectory");
// The health dock's probe interval, in seconds.
inline const QString kProbeInterval = QStringLiteral("health/probe_interval_s");
// Group of the message channels: one key per channel name, its kind as the value (the URL
// is in the keychain).
inline const QString kChannels = QStringLiteral("channels");
// Array of the credentials Rollcage stored in the keychain, each {scope, name}.
inline const QString kCredentials = QStringLiteral("credentials");
inline const QString kCredentialScope = QStringLiteral("scope");
inline const QString kCredentialName = QStringLiteral("name");
// Group of every runbook's remembered declaration values (see declarationValuesGroup).
inline const QString kDeclarationValues = QStringLiteral("variables");
// In a base-URL group: the array of {target, url}.
inline const QString kBaseUrlTargets = QStringLiteral("targets");
inline const QString kBaseUrlTarget = QStringLiteral("target");
inline const QString kBaseUrlUrl = QStringLiteral("url");

// A splitter of the Roll back page ("main", "right"); "2": the layout changed once and the
// old sizes no longer fit it.
QString rollbackSplit(const QString &splitter);
// The values remembered for a runbook (by its path) in an environment, one key per name:
// staging values never fill a production declaration.
QString declarationValuesGroup(const QString &runbookPath, const QString &environment);
// The health checks' base URLs for a runbook (by its title) in an environment.
QString baseUrlsGroup(const QString &runbookTitle, const QString &environment);

} // namespace rollcage::settings
