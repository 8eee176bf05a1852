#include "core/OperatorName.h"

#include "core/SettingsKeys.h"

#include <QSettings>

#include <pwd.h>
#include <unistd.h>

namespace rollcage::operators {

QString osLoginName()
{
    if (const passwd *pw = ::getpwuid(::getuid()); pw && pw->pw_name && *pw->pw_name)
        return QString::fromLocal8Bit(pw->pw_name);
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

QString nameFromGecos(const QString &gecos, const QString &login)
{
    // "Ana Lima,Room 3,+351…,,": the name is the first field; the rest is office and phones.
    QString name = gecos.section(QLatin1Char(','), 0, 0).trimmed();
    if (name.contains(QLatin1Char('&'))) {
        // BSD's convention, still met in old password files: "&" is the login name.
        QString capitalised = login;
        if (!capitalised.isEmpty())
            capitalised[0] = capitalised.at(0).toUpper();
        name.replace(QLatin1Char('&'), capitalised);
    }
    return name;
}

QString osFullName()
{
    const QString login = osLoginName();
    const passwd *pw = ::getpwuid(::getuid());
    const QString name =
        pw && pw->pw_gecos ? nameFromGecos(QString::fromLocal8Bit(pw->pw_gecos), login) : QString();
    return name.isEmpty() ? login : name;
}

QString operatorName()
{
    const QString kept = QSettings().value(settings::kOperatorName).toString().trimmed();
    return kept.isEmpty() ? osFullName() : kept;
}

bool operatorNameChosen()
{
    return !QSettings().value(settings::kOperatorName).toString().trimmed().isEmpty();
}

void setOperatorName(const QString &name)
{
    QSettings settings;
    if (name.trimmed().isEmpty())
        settings.remove(settings::kOperatorName);
    else
        settings.setValue(settings::kOperatorName, name.trimmed());
}

} // namespace rollcage::operators
