#pragma once

#include "execution/GateRunner.h"
#include "core/HealthCheck.h"
#include "runbook/Runbook.h"

#include <QHash>
#include <QList>
#include <QObject>

class QTimer;

namespace rollcage::health {

class HealthChecker;

// When the monitor raises an alert. Taken from the runbook's trigger table when it
// names them ("3 consecutive failures", "p95 > 1000ms"), else these defaults.
struct HealthRules
{
    int consecutiveFailures = 3;
    int latencyPercentile = 0; // 0: no latency rule
    int latencyLimitMs = 0;
    int window = 20;           // results per check kept for the percentile and the sparkline
};
HealthRules rulesFromTriggers(const QList<runbook::Trigger> &triggers);

struct HealthAlert
{
    QString check;
    QString rule;    // "3 consecutive failures", "p95 latency > 1000 ms"
    QString message; // what the operator sees
    QDateTime at;
};

// Probes every check on an interval during Roll back and Verify, keeps a short
// history per check, and raises an alert when a rule starts to hold (once, until it
// clears again).
class HealthMonitor : public QObject
{
    Q_OBJECT
public:
    explicit HealthMonitor(QObject *parent = nullptr);

    void setChecks(const QList<HealthCheckSpec> &checks);
    void setRules(const HealthRules &rules) { m_rules = rules; }
    void setInterval(int ms);
    int interval() const;
    void start();
    void stop();
    bool isRunning() const;
    void probeNow();

    QList<HealthResult> history(const QString &check) const { return m_history.value(check); }
    QList<HealthCheckSpec> checks() const { return m_checks; }

Q_SIGNALS:
    void resultRecorded(const rollcage::health::HealthResult &result);
    void alertRaised(const rollcage::health::HealthAlert &alert);
    void alertCleared(const QString &check, const QString &rule);

private:
    void record(const HealthResult &result);
    void evaluate(const QString &check);

    HealthChecker *m_checker;
    QTimer *m_timer;
    HealthRules m_rules;
    QList<HealthCheckSpec> m_checks;
    QHash<quint64, QString> m_inFlight; // probe id -> check name
    QHash<QString, QList<HealthResult>> m_history;
    QHash<QString, QStringList> m_activeAlerts; // check -> rules currently alerting
};

// A procedure step that only lets the procedure continue once its checks pass: every
// check is probed per attempt, up to `attempts` attempts, `retryDelayMs` apart.
class HealthGate : public execution::GateRunner
{
    Q_OBJECT
public:
    HealthGate(const HealthCheckSpec &spec, int attempts, int retryDelayMs, QObject *parent = nullptr);
    HealthGate(const QList<HealthCheckSpec> &specs, int attempts, int retryDelayMs,
               QObject *parent = nullptr);
    void start() override;
    void cancel() override;

private:
    void probe();
    void onResult(quint64 id, const HealthResult &result);

    HealthChecker *m_checker;
    QTimer *m_retry;
    QList<HealthCheckSpec> m_specs;
    int m_attempts;
    int m_attempt = 0;
    QHash<quint64, int> m_waiting; // probe id -> check index, this attempt
    QList<HealthResult> m_results; // this attempt's, in check order
    bool m_cancelled = false;
};

} // namespace rollcage::health
Q_DECLARE_METATYPE(rollcage::health::HealthAlert)
