#pragma once

#include "core/Result.h"
#include "health/HealthMonitor.h"
#include "health/RunbookEndpoints.h"

#include <QObject>

#include <chrono>

namespace rollcage::execution {
class Engine;
}

namespace rollcage::health {

// The health side of one incident: the runbook's endpoints resolved with the incident's
// values and base URLs, a monitor that runs while the incident is being rolled back or
// verified, and every result and alert written to the incident's journal.
class HealthSession : public QObject
{
    Q_OBJECT
public:
    explicit HealthSession(execution::Engine *engine, QObject *parent = nullptr);

    // Call after the engine declared or resumed the incident. Base URLs come from the
    // journal, else from what was used last time for this runbook and environment.
    void attach(const runbook::Runbook &runbook);
    // Journals the new base URLs, remembers them for next time, and re-resolves.
    Status setBaseUrls(const BaseUrls &urls);
    BaseUrls baseUrls() const { return m_baseUrls; }
    QString environment() const { return m_environment; }
    QStringList targetsNeeded() const { return health::targetsNeeded(m_endpoints); }
    QStringList unresolved() const { return m_unresolved; }
    QList<HealthCheckSpec> checks() const { return m_monitor->checks(); }
    HealthMonitor *monitor() const { return m_monitor; }

    // How often the checks are probed while the monitor runs; remembered as the operator's
    // choice for the incidents after this one. Clamped to 5 s … 1 h.
    void setProbeInterval(std::chrono::seconds interval);
    std::chrono::seconds probeInterval() const;

    // The operator can pause probing (e.g. during a planned restart).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    bool isRunning() const { return m_monitor->isRunning(); }

Q_SIGNALS:
    void checksChanged();
    void probeIntervalChanged(std::chrono::seconds interval);
    void runningChanged(bool running);

private:
    void resolve();
    void follow(); // starts or stops the monitor with the incident's phase
    std::chrono::seconds useInterval(std::chrono::seconds interval); // clamped, as used

    execution::Engine *m_engine;
    HealthMonitor *m_monitor;
    QString m_runbookTitle;
    QString m_environment;
    QList<RunbookEndpoint> m_endpoints;
    BaseUrls m_baseUrls;
    QHash<QString, QString> m_variables; // the values the checks were resolved with
    QStringList m_unresolved;
    bool m_paused = false;
    bool m_attached = false;
};

} // namespace rollcage::health
