#include "core/OwnEnvironment.h"

#include <QMutex>
#include <QStringList>

namespace rollcage::core {

namespace {

QMutex &ownMutex()
{
    static QMutex mutex;
    return mutex;
}

QStringList &ownNames()
{
    static QStringList names;
    return names;
}

} // namespace

void setOwnVariable(const char *name, const QByteArray &value)
{
    if (qEnvironmentVariableIsSet(name))
        return;
    qputenv(name, value);
    const QMutexLocker lock(&ownMutex());
    ownNames().append(QString::fromLatin1(name));
}

QProcessEnvironment operatorEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QMutexLocker lock(&ownMutex());
    for (const QString &name : std::as_const(ownNames()))
        env.remove(name);
    return env;
}

} // namespace rollcage::core
