#pragma once

#include "core/Result.h"
#include "core/HealthCheck.h"

#include <QList>
#include <QObject>

namespace rollcage::execution {

// Probes a health gate's checks with retries. The Engine only sees this interface; the
// implementation (health::HealthGate, QtNetwork) lives in librollcage_net, which the health
// gate plugin brings in the first time a gate step runs, so commands and windows without
// one never load QtNetwork.
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

// Makes the runners: the interface of the health gate plugin (health/HealthGatePlugin.cpp),
// which links librollcage_net and with it QtNetwork.
class GateRunnerFactory
{
public:
    virtual ~GateRunnerFactory() = default;
    virtual GateRunner *create(const QList<health::HealthCheckSpec> &specs, int attempts,
                               int retryDelayMs, QObject *parent) = 0;
};

// A runner for `specs` from the health gate plugin, or why there is none (the plugin is
// missing or broken: the gate step must fail with that reason, never pass).
Result<GateRunner *> createGateRunner(const QList<health::HealthCheckSpec> &specs, int attempts,
                                      int retryDelayMs, QObject *parent);

} // namespace rollcage::execution

// Versioned: a plugin built against another GateRunner is refused by name.
Q_DECLARE_INTERFACE(rollcage::execution::GateRunnerFactory,
                    "io.github.rollcage.Rollcage.GateRunnerFactory/1")
