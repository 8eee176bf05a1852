#pragma once

#include "core/Result.h"

#include <QtPlugin>

class QWidget;

namespace rollcage::execution {
class SecretSource;
}
namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

class HealthPanel;
class IncidentView;

// The console plugin (gui/ConsolePlugin.cpp, linking librollcage_console): the incident
// console and the health dock. Loading it brings QtNetwork and KF6 SyntaxHighlighting,
// which cost as much as the rest of start-up, so the main window loads it only once it has
// painted (or when the user needs it first). This is the plugin's interface.
class ConsoleModule
{
public:
    virtual ~ConsoleModule() = default;
    virtual IncidentView *createConsole(incident::IncidentStore *store,
                                        execution::SecretSource *secrets, QWidget *parent) = 0;
    virtual HealthPanel *createHealthPanel(QWidget *parent) = 0;
};

// Loads the module once; later calls return the same instance, or the same error.
Result<ConsoleModule *> loadConsoleModule();

} // namespace rollcage::gui

// Versioned: a plugin built against another ConsoleModule is refused by name.
Q_DECLARE_INTERFACE(rollcage::gui::ConsoleModule, "io.github.rollcage.Rollcage.ConsoleModule/1")
