#pragma once

#include "core/HealthCheck.h"

#include <QHash>
#include <QObject>

class QNetworkAccessManager;
class QNetworkReply;

namespace rollcage::health {

// Runs probes asynchronously over Qt Network and reports each by finished().
// TLS errors fail the probe (never ignored); redirects are limited per check and never
// downgrade from https to http; proxies come from the system configuration.
class HealthChecker : public QObject
{
    Q_OBJECT
public:
    explicit HealthChecker(QObject *parent = nullptr);

    // Starts a probe; the returned id comes back with finished().
    quint64 check(const HealthCheckSpec &spec);
    void abortAll();

Q_SIGNALS:
    void finished(quint64 id, const rollcage::health::HealthResult &result);

private:
    void complete(QNetworkReply *reply);

    struct Pending
    {
        quint64 id = 0;
        HealthCheckSpec spec;
        qint64 startedMs = 0;
        bool timedOut = false;
    };
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, Pending> m_pending;
    quint64 m_nextId = 1;
};

// Judges a finished HTTP exchange against a spec (pure, so the rules are testable
// without a network): status rule, then the JSON field rule.
HealthResult evaluateResponse(const HealthCheckSpec &spec, int httpStatus, const QByteArray &body);

} // namespace rollcage::health
