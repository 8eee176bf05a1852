#include "gui/ConsoleModule.h"

#include "core/Module.h"

#include <QCoreApplication>

namespace rollcage::gui {

Result<ConsoleModule *> loadConsoleModule()
{
    static const Result<ConsoleModule *> loaded = []() -> Result<ConsoleModule *> {
        const auto entry = modules::resolve(QStringLiteral(ROLLCAGE_CONSOLE_LIBRARY), "rollcage_console_module",
                                            QCoreApplication::translate("modules", "the incident console"));
        if (!entry)
            return Result<ConsoleModule *>::failure(entry.error);
        return Result<ConsoleModule *>::success(reinterpret_cast<RollcageConsoleModuleEntry>(*entry)());
    }();
    return loaded;
}

} // namespace rollcage::gui
