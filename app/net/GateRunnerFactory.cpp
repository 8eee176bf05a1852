// The entry point the Engine resolves in this library (execution::createGateRunner).
#include "execution/GateRunner.h"
#include "health/HealthMonitor.h"

extern "C" Q_DECL_EXPORT rollcage::execution::GateRunner *
rollcage_create_gate_runner(const QList<rollcage::health::HealthCheckSpec> &specs, int attempts,
                            int retryDelayMs, QObject *parent)
{
    return new rollcage::health::HealthGate(specs, attempts, retryDelayMs, parent);
}
