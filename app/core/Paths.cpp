#include "core/Paths.h"

#include <QDir>
#include <QStandardPaths>

namespace rollcage::paths {

QString defaultDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("incidents.sqlite"));
}

} // namespace rollcage::paths
