#include "execution/GateRunner.h"

#include "core/Module.h"

#include <QCoreApplication>

namespace rollcage::execution {

Result<GateRunner *> createGateRunner(const QList<health::HealthCheckSpec> &specs, int attempts,
                                      int retryDelayMs, QObject *parent)
{
    const auto factory = modules::resolve(QStringLiteral(ROLLCAGE_NET_LIBRARY), "rollcage_create_gate_runner",
                                          QCoreApplication::translate("modules", "the health checks"));
    if (!factory)
        return Result<GateRunner *>::failure(factory.error);
    const auto create = reinterpret_cast<RollcageGateRunnerFactory>(*factory);
    return Result<GateRunner *>::success(create(specs, attempts, retryDelayMs, parent));
}

} // namespace rollcage::execution
