#pragma once

#include "core/Result.h"

#include <QObject>
#include <QString>

namespace rollcage::plugins {

// Rollcage's parts that are slow to load (QtNetwork, KF6) are Qt plugins, loaded with
// QPluginLoader when first needed, so that a window or a command that needs neither does
// not pay for them. They sit beside librollcage_core.so (build/lib, or
// ${CMAKE_INSTALL_LIBDIR}/rollcage once installed), so no search path or environment
// variable is involved.

// The directory librollcage_core.so was loaded from: where the plugins are.
QString directory();

// The root object of the plugin `fileName` in directory() (loaded once; it stays loaded),
// or a sentence saying what is wrong. `what` names the part for the error ("the health
// checks").
Result<QObject *> instance(const QString &fileName, const QString &what);

// Why the plugin `fileName` does not provide `iid`: it belongs to another version of Rollcage.
QString wrongInterface(const QString &fileName, const char *iid);

// instance(), cast to the plugin's interface `Interface` (declared with Q_DECLARE_INTERFACE).
template<typename Interface> Result<Interface *> load(const QString &fileName, const QString &what)
{
    const auto root = instance(fileName, what);
    if (!root)
        return Result<Interface *>::failure(root.error);
    if (auto *object = qobject_cast<Interface *>(*root))
        return Result<Interface *>::success(object);
    return Result<Interface *>::failure(
        wrongInterface(fileName, qobject_interface_iid<Interface *>()));
}

} // namespace rollcage::plugins
