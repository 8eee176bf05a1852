#include "gui/ConsoleModule.h"

#include "core/PluginLoader.h"

#include <QCoreApplication>

namespace rollcage::gui {

Result<ConsoleModule *> loadConsoleModule()
{
    static const Result<ConsoleModule *> loaded = plugins::load<ConsoleModule>(
        QStringLiteral(ROLLCAGE_CONSOLE_PLUGIN),
        QCoreApplication::translate("modules", "the incident console"));
    return loaded;
}

} // namespace rollcage::gui
