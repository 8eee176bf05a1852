#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace rollcage::messaging {

// How a channel wants its messages: each kind of incoming webhook reads a different
// JSON shape.
enum class ChannelKind { Slack, Teams, Webhook };

QString channelKindName(ChannelKind kind);  // "slack", "teams", "webhook" (as stored)
QString channelKindLabel(ChannelKind kind); // "Slack", "Microsoft Teams", "JSON webhook"
std::optional<ChannelKind> channelKindFromName(const QString &name);

// One message as the outbox hands it to a channel.
struct OutgoingMessage
{
    QString key; // idempotency key, the same on every attempt
    qint64 incidentId = 0;
    QString incidentTitle;
    QString title;
    QString text;
};

// The request body for a channel of `kind`, compact JSON:
// Slack {"text"} ending in a footer line, Teams an Adaptive Card message with a subtle
// footer block, the generic webhook {"idempotency_key", "incident", "title", "text",
// "sent_at"}. The footer names the incident and the idempotency key.
QByteArray webhookPayload(ChannelKind kind, const OutgoingMessage &message,
                          const QDateTime &sentAt);

// Webhook URLs carry their own credential, so they only travel over TLS; plain http is
// allowed to this machine alone (a local relay, tests).
Status checkWebhookUrl(const QUrl &url);

} // namespace rollcage::messaging
