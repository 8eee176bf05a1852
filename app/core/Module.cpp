#include "core/Module.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibrary>

#include <dlfcn.h>

namespace rollcage::modules {

QString libraryDirectory()
{
    // Our own address tells where this library is: the same answer from an installed
    // tree, the build tree, a test or the executable, without trusting argv[0].
    Dl_info info{};
    if (dladdr(reinterpret_cast<const void *>(&libraryDirectory), &info) == 0 || !info.dli_fname)
        return QCoreApplication::applicationDirPath();
    return QFileInfo(QString::fromLocal8Bit(info.dli_fname)).canonicalPath();
}

Result<QFunctionPointer> resolve(const QString &fileName, const char *symbol, const QString &what)
{
    const QString path = QDir(libraryDirectory()).filePath(fileName);
    if (!QFileInfo::exists(path))
        return Result<QFunctionPointer>::failure(
            QCoreApplication::translate("modules", "Cannot load %1: %2 is missing. Rollcage's "
                                                   "installation is incomplete; reinstall it.")
                .arg(what, QDir::toNativeSeparators(path)));
    // Never unloaded: objects and metaobjects from it live until the process ends.
    QLibrary library(path);
    if (!library.load()) {
        qCWarning(lcApp) << "cannot load" << path << library.errorString();
        return Result<QFunctionPointer>::failure(
            QCoreApplication::translate("modules", "Cannot load %1 from %2: %3. Rollcage's "
                                                   "installation is incomplete; reinstall it.")
                .arg(what, QDir::toNativeSeparators(path), library.errorString()));
    }
    const QFunctionPointer function = library.resolve(symbol);
    if (!function)
        return Result<QFunctionPointer>::failure(
            QCoreApplication::translate("modules", "%1 does not provide %2: it belongs to another "
                                                   "version of Rollcage; reinstall Rollcage.")
                .arg(QDir::toNativeSeparators(path), QString::fromLatin1(symbol)));
    qCDebug(lcApp) << "loaded" << path;
    return Result<QFunctionPointer>::success(function);
}

} // namespace rollcage::modules
