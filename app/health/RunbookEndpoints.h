#pragma once

#include "core/HealthCheck.h"
#include "runbook/Runbook.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace rollcage::health {

// An endpoint a runbook names, before the incident's values and base URLs are known:
// "curl -f https://${API_HOST}/health" in a code block, or "`/status`" in prose.
struct RunbookEndpoint
{
    QString address;   // a URL as written (may hold ${VAR}), or a path ("/health") when relative
    bool relative = false;
    QString target;    // relative only: whose base URL ("frontend", "api"); empty: the service
    bool headOnly = false;
    int line = 0;
};

// Every health endpoint the runbook names, in document order, once each. Looks at curl
// commands that only read (`curl -f`, `-I`, `-fsS`; a plain `curl` only on a health-like
// path) in every code block, with variables the block assigns itself filled in, and at
// endpoint paths in prose and checklist items (`/health`, `/status`, frontend `HEAD /`).
QList<RunbookEndpoint> findEndpoints(const runbook::Runbook &runbook);

// Base URLs per target, e.g. {"" : https://shop.example.com, "frontend": https://www…}.
// The empty target is the service's own base URL and the fallback for every target.
using BaseUrls = QMap<QString, QUrl>;

struct ResolvedChecks
{
    QList<HealthCheckSpec> checks;
    QStringList unresolved; // "line 12: /health needs a base URL for frontend"
};

// Turns endpoints into checks: ${VAR}/$VAR from the incident's variables, relative
// paths against the base URLs. What cannot be completed is listed, never guessed.
ResolvedChecks resolveEndpoints(const QList<RunbookEndpoint> &endpoints,
                                const QHash<QString, QString> &variables, const BaseUrls &baseUrls);

// The targets relative endpoints need a base URL for ("" first when present).
QStringList targetsNeeded(const QList<RunbookEndpoint> &endpoints);

} // namespace rollcage::health
