#pragma once

#include <QDateTime>
#include <QHash>
#include <QMetaType>
#include <QString>
#include <QUrl>

#include <optional>

// What a health check is, apart from probing it: the execution layer builds these for a
// health gate step and the health layer probes them. It lives in core so that neither of
// the two includes the other's headers for it (tests/core/tst_includecycles.sh).
namespace rollcage::health {

// One HTTP probe: "is the service answering the way a healthy one does?"
struct HealthCheckSpec
{
    QString name;                 // shown to the operator: "Backend /health"
    QUrl url;
    bool headOnly = false;        // HEAD instead of GET (a frontend's "curl -I /")
    int timeoutMs = 5000;
    std::optional<int> expectedStatus; // unset: curl -f semantics, any status below 400 passes
    QString jsonField;            // dotted path into a JSON body, e.g. "status" or "checks.database"
    QString jsonExpected;         // the value that field must have, e.g. "healthy"
    int maxRedirects = 3;
    int line = 0;                 // the runbook line it was found on; 0 when not from a runbook
};

struct HealthResult
{
    QString name;
    QUrl url;
    bool ok = false;
    int httpStatus = 0;     // 0 when no response arrived
    qint64 latencyMs = -1;  // time to the complete response; -1 when none
    QString error;          // why it failed, in words an operator can act on
    QDateTime at;           // when the probe finished (UTC)
};

// Parses a check written as in runbooks and on the command line:
//   "https://api.example.com/health"                      plain GET, curl -f semantics
//   "HEAD https://web.example.com/"                       HEAD
//   "https://api.example.com/health status == healthy"    JSON field test
//   "https://api.example.com/status -> 204"               an exact expected status
QString parseHealthCheck(const QString &text, HealthCheckSpec *spec);

// Fills $NAME and ${NAME} from `values`; names without a value stay as written.
QString substituteVariables(const QString &text, const QHash<QString, QString> &values);

} // namespace rollcage::health

Q_DECLARE_METATYPE(rollcage::health::HealthResult)
