#include "core/PluginLoader.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPluginLoader>

#include <dlfcn.h>

namespace rollcage::plugins {

QString directory()
{
    // Our own address tells where this library is: the same answer from an installed
    // tree, the build tree, a test or the executable, without trusting argv[0].
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void *>(&directory), &info) == 0 || !info.dli_fname)
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalPath();
}

Result<QObject *> instance(const QString &fileName, const QString &what)
{
    const QString path = QDir(directory()).filePath(fileName);
    if (!QFileInfo::exists(path))
        return Result<QObject *>::failure(
            QCoreApplication::translate("modules", "Cannot load %1: %2 is missing. Rollcage's "
                                                   "installation is incomplete; reinstall it.")
                .arg(what, QDir::toNativeSeparators(path)));
    // Never unloaded (QPluginLoader's destructor leaves it loaded): objects and
    // metaobjects from it live until the process ends.
    QPluginLoader loader(path);
    QObject *root = loader.instance();
    if (!root) {
        qCWarning(lcApp) << "cannot load" << path << loader.errorString();
        return Result<QObject *>::failure(
            QCoreApplication::translate("modules", "Cannot load %1 from %2: %3. Rollcage's "
                                                   "installation is incomplete; reinstall it.")
                .arg(what, QDir::toNativeSeparators(path), loader.errorString()));
    }
    qCDebug(lcApp) << "loaded" << path;
    return Result<QObject *>::success(root);
}

QString wrongInterface(const QString &fileName, const char *iid)
{
    return QCoreApplication::translate("modules", "%1 does not provide %2: it belongs to another "
                                                  "version of Rollcage; reinstall Rollcage.")
        .arg(QDir::toNativeSeparators(QDir(directory()).filePath(fileName)), QString::fromLatin1(iid));
}

} // namespace rollcage::plugins
