#pragma once

#include "health/RunbookEndpoints.h"
#include "incident/Event.h"

#include <QJsonObject>
#include <QList>

namespace rollcage::health {

// Base URLs are not secrets: they are remembered per runbook and environment in the
// user's settings, so the next incident on the same runbook starts with them, and
// journalled in the incident (a health_targets event) so a resumed one has them.
BaseUrls loadBaseUrls(const QString &runbookTitle, const QString &environment);
void saveBaseUrls(const QString &runbookTitle, const QString &environment, const BaseUrls &urls);

QJsonObject baseUrlsToJson(const BaseUrls &urls);
BaseUrls baseUrlsFromJson(const QJsonObject &json);
// The base URLs the journal last recorded; empty when it never did.
BaseUrls baseUrlsFromJournal(const QList<incident::Event> &journal);

// Reads "https://api.staging.example.com" as a base URL: http(s), a host, nothing after
// the path. Returns an error for a human, or empty.
QString checkBaseUrl(const QString &text, QUrl *url);

} // namespace rollcage::health
