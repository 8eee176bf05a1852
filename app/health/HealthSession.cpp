#include "health/HealthSession.h"

#include "core/Logging.h"
#include "core/SettingsKeys.h"
#include "execution/Engine.h"
#include "health/BaseUrls.h"

#include <QSettings>

#include <algorithm>

namespace rollcage::health {

using incident::Phase;

HealthSession::HealthSession(execution::Engine *engine, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_monitor(new HealthMonitor(this))
{
    if (const QVariant remembered = QSettings().value(settings::kProbeInterval); remembered.isValid())
        useInterval(std::chrono::seconds(remembered.toInt()));
    connect(m_engine, &execution::Engine::stateChanged, this, &HealthSession::follow);
    connect(m_monitor, &HealthMonitor::resultRecorded, this, [this](const HealthResult &r) {
        incident::events::HealthResult result;
        result.check = r.name;
        result.ok = r.ok;
        result.detail = r.ok ? QString() : r.error;
        result.url = r.url.toString();
        result.status = r.httpStatus;
        if (r.latencyMs >= 0)
            result.latencyMs = r.latencyMs;
        // A write that fails is said by the engine (storeError) to the operator.
        (void)m_engine->recordHealthResult(result);
    });
    connect(m_monitor, &HealthMonitor::alertRaised, this, [this](const HealthAlert &a) {
        (void)m_engine->recordHealthAlert(a.check, a.rule, a.message); // said on failure
    });
    connect(m_monitor, &HealthMonitor::alertCleared, this,
            [this](const QString &check, const QString &rule) {
                (void)m_engine->recordHealthAlertCleared(check, rule); // said on failure
            });
}

void HealthSession::attach(const runbook::Runbook &runbook)
{
    m_runbookTitle = runbook.title;
    const auto record = m_engine->store()->incident(m_engine->incidentId());
    m_environment = record ? record->environment : QString();
    m_endpoints = findEndpoints(runbook);
    m_monitor->setRules(rulesFromTriggers(runbook.triggers));
    m_baseUrls = baseUrlsFromJournal(m_engine->journal());
    m_attached = true;
    if (m_baseUrls.isEmpty()) {
        // A new incident starts with last time's base URLs; journalled so the report
        // and a resumed incident know what the checks were aimed at.
        const BaseUrls remembered = loadBaseUrls(m_runbookTitle, m_environment);
        if (!remembered.isEmpty())
            (void)setBaseUrls(remembered); // unrecorded, they are offered again next time
    }
    resolve();
    follow();
}

Status HealthSession::setBaseUrls(const BaseUrls &urls)
{
    if (Status s = m_engine->recordHealthTargets(baseUrlsToJson(urls)); !s)
        return s;
    saveBaseUrls(m_runbookTitle, m_environment, urls);
    m_baseUrls = urls;
    resolve();
    follow();
    return Status::success();
}

void HealthSession::resolve()
{
    m_variables = m_engine->state().variables;
    const ResolvedChecks resolved = resolveEndpoints(m_endpoints, m_variables, m_baseUrls);
    m_unresolved = resolved.unresolved;
    for (const QString &u : std::as_const(m_unresolved))
        qCInfo(lcHealth) << "not checked:" << u;
    const bool running = m_monitor->isRunning();
    m_monitor->stop();
    m_monitor->setChecks(resolved.checks);
    if (running && !resolved.checks.isEmpty())
        m_monitor->start();
    Q_EMIT checksChanged();
}

std::chrono::seconds HealthSession::useInterval(std::chrono::seconds interval)
{
    interval = std::clamp(interval, std::chrono::seconds(5), std::chrono::seconds(3600));
    m_monitor->setInterval(int(std::chrono::milliseconds(interval).count()));
    return interval;
}

void HealthSession::setProbeInterval(std::chrono::seconds interval)
{
    interval = useInterval(interval);
    QSettings().setValue(settings::kProbeInterval, qlonglong(interval.count()));
    Q_EMIT probeIntervalChanged(interval);
}

std::chrono::seconds HealthSession::probeInterval() const
{
    return std::chrono::duration_cast<std::chrono::seconds>(
        std::chrono::milliseconds(m_monitor->interval()));
}

void HealthSession::setPaused(bool paused)
{
    m_paused = paused;
    follow();
}

void HealthSession::follow()
{
    if (!m_attached)
        return;
    if (m_engine->state().variables != m_variables)
        resolve();
    const Phase phase = m_engine->state().phase;
    const bool wanted = !m_paused && !m_monitor->checks().isEmpty() &&
                        (phase == Phase::Prepared || phase == Phase::RollingBack ||
                         phase == Phase::Verifying);
    if (wanted == m_monitor->isRunning())
        return;
    if (wanted)
        m_monitor->start();
    else
        m_monitor->stop();
    qCDebug(lcHealth) << "monitor" << (wanted ? "on" : "off") << "in" << incident::phaseName(phase);
    Q_EMIT runningChanged(wanted);
}

} // namespace rollcage::health
