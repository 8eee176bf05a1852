#include "health/HealthMonitor.h"

#include "core/Logging.h"
#include "core/Milliseconds.h"
#include "health/HealthChecker.h"

#include <QRegularExpression>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace rollcage::health {

HealthRules rulesFromTriggers(const QList<runbook::Trigger> &triggers)
{
    HealthRules rules;
    static const QRegularExpression consecutive(
        QStringLiteral(R"((\d+)\s+(?:consecutive\s+failures|(?:failures|times)\s+in\s+a\s+row))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression latency(QStringLiteral(R"(\bp(\d{2})\s*>\s*(\d+)\s*(ms|s)\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    for (const runbook::Trigger &trigger : triggers) {
        const QString text = trigger.condition + QLatin1Char(' ') + trigger.threshold;
        if (const auto m = consecutive.match(text); m.hasMatch())
            rules.consecutiveFailures = m.captured(1).toInt();
        if (const auto m = latency.match(text); m.hasMatch()) {
            rules.latencyPercentile = m.captured(1).toInt();
            const qint64 unitMs =
                m.captured(3).compare(QLatin1String("s"), Qt::CaseInsensitive) == 0 ? 1000 : 1;
            rules.latencyLimitMs = timerMilliseconds(m.captured(2).toInt(), unitMs);
        }
    }
    return rules;
}

HealthMonitor::HealthMonitor(QObject *parent)
    : QObject(parent)
    , m_checker(new HealthChecker(this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(30'000);
    connect(m_timer, &QTimer::timeout, this, &HealthMonitor::probeNow);
    connect(m_checker, &HealthChecker::finished, this,
            [this](quint64 id, const HealthResult &result) {
                if (m_inFlight.remove(id))
                    record(result);
            });
}

void HealthMonitor::setChecks(const QList<HealthCheckSpec> &checks)
{
    m_checks = checks;
    m_history.clear();
    m_activeAlerts.clear();
}

void HealthMonitor::setInterval(int ms) { m_timer->setInterval(ms); }

int HealthMonitor::interval() const { return m_timer->interval(); }

void HealthMonitor::start()
{
    m_timer->start();
    probeNow();
}

void HealthMonitor::stop() { m_timer->stop(); }

bool HealthMonitor::isRunning() const { return m_timer->isActive(); }

void HealthMonitor::probeNow()
{
    const QList<QString> busy = m_inFlight.values();
    for (const HealthCheckSpec &spec : std::as_const(m_checks)) {
        // A probe still waiting for its answer is not doubled up by the next tick.
        if (busy.contains(spec.name))
            continue;
        m_inFlight.insert(m_checker->check(spec), spec.name);
    }
}

void HealthMonitor::record(const HealthResult &result)
{
    QList<HealthResult> &history = m_history[result.name];
    history.append(result);
    while (history.size() > m_rules.window)
        history.removeFirst();
    Q_EMIT resultRecorded(result);
    evaluate(result.name);
}

void HealthMonitor::evaluate(const QString &check)
{
    const QList<HealthResult> &history = m_history[check];
    QHash<QString, QString> holding; // rule -> message

    int failures = 0;
    for (auto it = history.crbegin(); it != history.crend() && !it->ok; ++it)
        ++failures;
    if (m_rules.consecutiveFailures > 0 && failures >= m_rules.consecutiveFailures) {
        holding.insert(QStringLiteral("%1 consecutive failures").arg(m_rules.consecutiveFailures),
                       QStringLiteral("%1 failed %2 times in a row (last: %3)")
                           .arg(check)
                           .arg(failures)
                           .arg(history.last().error));
    }

    if (m_rules.latencyPercentile > 0) {
        QList<qint64> latencies;
        for (const HealthResult &r : history) {
            if (r.latencyMs >= 0)
                latencies.append(r.latencyMs);
        }
        // Needs a few samples before a percentile means anything.
        if (latencies.size() >= 5) {
            std::sort(latencies.begin(), latencies.end());
            const auto rank = static_cast<qsizetype>(
                std::ceil(m_rules.latencyPercentile / 100.0 * double(latencies.size())));
            const qint64 value = latencies.at(std::clamp<qsizetype>(rank - 1, 0, latencies.size() - 1));
            if (value > m_rules.latencyLimitMs) {
                holding.insert(QStringLiteral("p%1 latency > %2 ms")
                                   .arg(m_rules.latencyPercentile)
                                   .arg(m_rules.latencyLimitMs),
                               QStringLiteral("%1: p%2 latency is %3 ms (limit %4 ms)")
                                   .arg(check)
                                   .arg(m_rules.latencyPercentile)
                                   .arg(value)
                                   .arg(m_rules.latencyLimitMs));
            }
        }
    }

    QStringList &active = m_activeAlerts[check];
    for (auto it = holding.cbegin(); it != holding.cend(); ++it) {
        if (active.contains(it.key()))
            continue;
        active.append(it.key());
        qCWarning(lcHealth) << "alert:" << it.value();
        Q_EMIT alertRaised({check, it.key(), it.value(), QDateTime::currentDateTimeUtc()});
    }
    const QStringList previously = active;
    for (const QString &rule : previously) {
        if (!holding.contains(rule)) {
            active.removeAll(rule);
            Q_EMIT alertCleared(check, rule);
        }
    }
}

HealthGate::HealthGate(const HealthCheckSpec &spec, int attempts, int retryDelayMs, QObject *parent)
    : HealthGate(QList<HealthCheckSpec>{spec}, attempts, retryDelayMs, parent)
{
}

HealthGate::HealthGate(const QList<HealthCheckSpec> &specs, int attempts, int retryDelayMs,
                       QObject *parent)
    : GateRunner(parent)
    , m_checker(new HealthChecker(this))
    , m_retry(new QTimer(this))
    , m_specs(specs)
    , m_attempts(std::max(1, attempts))
{
    m_retry->setSingleShot(true);
    m_retry->setInterval(retryDelayMs);
    connect(m_retry, &QTimer::timeout, this, [this] {
        ++m_attempt;
        probe();
    });
    connect(m_checker, &HealthChecker::finished, this, &HealthGate::onResult);
}

void HealthGate::start()
{
    m_attempt = 1;
    m_cancelled = false;
    probe();
}

void HealthGate::cancel()
{
    m_cancelled = true;
    m_retry->stop();
    m_waiting.clear();
    m_checker->abortAll();
}

void HealthGate::probe()
{
    m_results = QList<HealthResult>(m_specs.size());
    m_waiting.clear();
    for (int i = 0; i < m_specs.size(); ++i)
        m_waiting.insert(m_checker->check(m_specs.at(i)), i);
}

void HealthGate::onResult(quint64 id, const HealthResult &result)
{
    if (m_cancelled || !m_waiting.contains(id))
        return;
    m_results[m_waiting.take(id)] = result;
    Q_EMIT attempted(m_attempt, result);
    if (!m_waiting.isEmpty())
        return;
    const auto failedCheck = std::find_if(m_results.cbegin(), m_results.cend(),
                                          [](const HealthResult &r) { return !r.ok; });
    if (failedCheck == m_results.cend())
        Q_EMIT passed(result);
    else if (m_attempt >= m_attempts)
        Q_EMIT failed(*failedCheck, m_attempt);
    else
        m_retry->start();
}

} // namespace rollcage::health
