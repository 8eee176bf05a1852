#include "execution/GateRunner.h"

#include "core/PluginLoader.h"

#include <QCoreApplication>

namespace rollcage::execution {

Result<GateRunner *> createGateRunner(const QList<health::HealthCheckSpec> &specs, int attempts,
                                      int retryDelayMs, QObject *parent)
{
    const auto factory = plugins::load<GateRunnerFactory>(
        QStringLiteral(ROLLCAGE_GATE_PLUGIN),
        QCoreApplication::translate("modules", "the health checks"));
    if (!factory)
        return Result<GateRunner *>::failure(factory.error);
    return Result<GateRunner *>::success((*factory)->create(specs, attempts, retryDelayMs, parent));
}

} // namespace rollcage::execution
