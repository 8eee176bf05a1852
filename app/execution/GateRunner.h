#pragma once

#include "core/Result.h"
#include "health/HealthCheck.h"

#include <QList>
#include <QObject>

namespace rollcage::execution {

// Probes a health gate's checks with retries. The Engine only sees this interface; the
// implementation (health::HealthGate, QtNetwork) lives in librollcage_net, loaded the
// first time a gate step runs, so commands and windows without one never load QtNetwork.
class GateRunner : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void start() = 0;
    // Stops probing; no signal follows.
    virtual void cancel() = 0;

Q_SIGNALS:
    // One per check and attempt.
    void attempted(int attempt, const rollcage::health::HealthResult &result);
    void passed(const rollcage::health::HealthResult &result);
    // `last`: the first check that failed in the last attempt.
    void failed(const rollcage::health::HealthResult &last, int attempts);
};

// A runner for `specs` from librollcage_net, or why there is none (the library is
// missing or broken: the gate step must fail with that reason, never pass).
Result<GateRunner *> createGateRunner(const QList<health::HealthCheckSpec> &specs, int attempts,
                                      int retryDelayMs, QObject *parent);

} // namespace rollcage::execution

// The factory librollcage_net exports under this name.
extern "C" {
using RollcageGateRunnerFactory = rollcage::execution::GateRunner *(*)(
    const QList<rollcage::health::HealthCheckSpec> &specs, int attempts, int retryDelayMs,
    QObject *parent);
}
