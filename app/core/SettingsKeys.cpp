#include "core/SettingsKeys.h"

#include <QCryptographicHash>
#include <QUrl>

namespace rollcage::settings {

QString rollbackSplit(const QString &splitter)
{
    return QStringLiteral("console/rollbackSplit2/") + splitter;
}

QString declarationValuesGroup(const QString &runbookPath, const QString &environment)
{
    const QByteArray key = QCryptographicHash::hash(runbookPath.toUtf8(), QCryptographicHash::Sha1).toHex().left(16);
    return QStringLiteral("%1/%2/%3").arg(kDeclarationValues, QString::fromLatin1(key), environment);
}

QString baseUrlsGroup(const QString &runbookTitle, const QString &environment)
{
    // Settings keys cannot hold "/" or "\\" safely; percent-encoding keeps them apart.
    const auto encode = [](const QString &s) {
        return QString::fromLatin1(QUrl::toPercentEncoding(s.trimmed().toLower()));
    };
    return QStringLiteral("health-base-urls/%1/%2").arg(encode(runbookTitle), encode(environment));
}

} // namespace rollcage::settings
