// The health gate plugin: the runners the Engine asks for (execution::createGateRunner)
// probe over QtNetwork, which only this plugin brings into the process.
#include "execution/GateRunner.h"
#include "health/HealthMonitor.h"

#include <QObject>

namespace rollcage::health {

class HealthGatePlugin : public QObject, public execution::GateRunnerFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID "io.github.rollcage.Rollcage.GateRunnerFactory/1")
    Q_INTERFACES(rollcage::execution::GateRunnerFactory)

public:
    execution::GateRunner *create(const QList<HealthCheckSpec> &specs, int attempts,
                                  int retryDelayMs, QObject *parent) override
    {
        return new HealthGate(specs, attempts, retryDelayMs, parent);
    }
};

} // namespace rollcage::health

#include "HealthGatePlugin.moc"
