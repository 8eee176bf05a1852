#pragma once

#include <QString>

// Who this user is in an incident: the name every event they record carries, and what the
// other consoles of a team see in the presence list. Asked once (the GUI offers the
// default in the first dialog that records under it), kept in the settings
// (settings::kOperatorName); until then the OS user's full name.
namespace rollcage::operators {

// The full name of the OS user from the password database (the GECOS field's first
// comma-separated part, "&" standing for the login name capitalised), else the login name.
QString osFullName();
// The name in a GECOS field as osFullName() reads it; empty when it holds none.
QString nameFromGecos(const QString &gecos, const QString &login);
// The OS login name ($USER when the password database has no entry).
QString osLoginName();
// The name kept in the settings, else osFullName().
QString operatorName();
// Whether a name was kept (the GUI asks once, while this is false).
bool operatorNameChosen();
// Keeps `name` (trimmed); an empty name forgets the choice.
void setOperatorName(const QString &name);

} // namespace rollcage::operators
