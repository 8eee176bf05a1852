// The entry point the main window resolves in this library (gui::loadConsoleModule).
#include "gui/ConsoleModule.h"
#include "gui/HealthDock.h"
#include "gui/IncidentConsole.h"

namespace {

class Module final : public rollcage::gui::ConsoleModule
{
public:
    rollcage::gui::IncidentView *createConsole(rollcage::incident::IncidentStore *store,
                                               rollcage::execution::SecretSource *secrets,
                                               QWidget *parent) override
    {
        return new rollcage::gui::IncidentConsole(store, secrets, parent);
    }
    rollcage::gui::HealthPanel *createHealthPanel(QWidget *parent) override
    {
        return new rollcage::gui::HealthDock(parent);
    }
};

} // namespace

extern "C" Q_DECL_EXPORT rollcage::gui::ConsoleModule *rollcage_console_module()
{
    static Module module;
    return &module;
}
