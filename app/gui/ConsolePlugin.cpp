// The console plugin the main window loads (gui::loadConsoleModule): the incident console
// and the health dock, with the KF6 and QtNetwork libraries they bring.
#include "gui/ConsoleModule.h"
#include "gui/HealthDock.h"
#include "gui/IncidentConsole.h"

#include <QObject>

namespace rollcage::gui {

class ConsolePlugin : public QObject, public ConsoleModule
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.github.rollcage.Rollcage.ConsoleModule/1")
    Q_INTERFACES(rollcage::gui::ConsoleModule)

public:
    IncidentView *createConsole(incident::IncidentStore *store, execution::SecretSource *secrets,
                                QWidget *parent) override
    {
        return new IncidentConsole(store, secrets, parent);
    }
    HealthPanel *createHealthPanel(QWidget *parent) override { return new HealthDock(parent); }
};

} // namespace rollcage::gui

#include "ConsolePlugin.moc"
