#pragma once

// The events of communicating and watching (included by incident/Events.h): the outbox's
// messages and the health checks.

#include "incident/EventCodec.h"

#include <QString>

namespace rollcage::incident::events {

inline constexpr char kMessageKey[] = "key";
inline constexpr char kChannel[] = "channel";

// What every outbox event has, read without knowing which one it is: the message's key
// and, on most, its channel.
struct OfMessage
{
    QString key, channel;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kMessageKey, &OfMessage::key),
                          field<Optional>(kChannel, &OfMessage::channel)};
    }
};

// The outbox: queued before the first attempt, then failed attempts, then sent (or
// abandoned by the operator, or rejected). The key ties them together and is the
// idempotency key.
struct MessageQueued
{
    ROLLCAGE_EVENT("message_queued");
    QString key, channel, kind, title, text;
    static constexpr auto fields()
    {
        return std::tuple{
            field(kMessageKey, &MessageQueued::key), field(kChannel, &MessageQueued::channel),
            field("kind", &MessageQueued::kind), field<Text>("title", &MessageQueued::title),
            field<Text>("text", &MessageQueued::text)};
    }
};

struct MessageAttemptFailed
{
    ROLLCAGE_EVENT("message_attempt_failed");
    QString key, channel;
    int attempt = 0;
    QString error;
    int httpStatus = 0;
    qint64 nextAttemptMs = 0;
    static constexpr auto fields()
    {
        return std::tuple{field(kMessageKey, &MessageAttemptFailed::key),
                          field(kChannel, &MessageAttemptFailed::channel),
                          field("attempt", &MessageAttemptFailed::attempt),
                          field<Text>("error", &MessageAttemptFailed::error),
                          field("http_status", &MessageAttemptFailed::httpStatus),
                          field("next_attempt_ms", &MessageAttemptFailed::nextAttemptMs)};
    }
};

// Sent through the outbox (key, attempt, HTTP status), or by the operator's own means
// (copied, mailed: `audience` is whom it was for).
struct MessageSent
{
    ROLLCAGE_EVENT("message_sent");
    QString key, channel, kind, audience, title, text;
    int attempt = 0;
    int httpStatus = 0;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kMessageKey, &MessageSent::key),
                          field(kChannel, &MessageSent::channel),
                          field<Optional>("kind", &MessageSent::kind),
                          field<Text | Optional>("audience", &MessageSent::audience),
                          field<Text | Optional>("title", &MessageSent::title),
                          field<Text>("text", &MessageSent::text),
                          field<Optional>("attempt", &MessageSent::attempt),
                          field<Optional>("http_status", &MessageSent::httpStatus)};
    }
};

// A permanent refusal (4xx other than 408/425/429): retrying cannot help, the operator
// must fix the channel and send again.
struct MessageRejected
{
    ROLLCAGE_EVENT("message_rejected");
    QString key, channel;
    int attempt = 0;
    QString error;
    int httpStatus = 0;
    QString reason; // what to do about it
    static constexpr auto fields()
    {
        return std::tuple{field(kMessageKey, &MessageRejected::key),
                          field(kChannel, &MessageRejected::channel),
                          field("attempt", &MessageRejected::attempt),
                          field<Text>("error", &MessageRejected::error),
                          field("http_status", &MessageRejected::httpStatus),
                          field<Text>("reason", &MessageRejected::reason)};
    }
};

struct MessageAbandoned
{
    ROLLCAGE_EVENT("message_abandoned");
    QString key, reason;
    static constexpr auto fields()
    {
        return std::tuple{field(kMessageKey, &MessageAbandoned::key),
                          field<Text>("reason", &MessageAbandoned::reason)};
    }
};

// The operator says a stakeholder of the plan was told by other means (a call, a chat):
// no message left Rollcage, so the status-update cadence does not restart.
struct StakeholderNotified
{
    ROLLCAGE_EVENT("stakeholder_notified");
    QString who, note;
    static constexpr auto fields()
    {
        return std::tuple{field<Text>("who", &StakeholderNotified::who),
                          field<Text | Optional>("note", &StakeholderNotified::note)};
    }
};

// One probe of a health check, by the monitor or by a health-gate step (`attempt`).
struct HealthResult
{
    ROLLCAGE_EVENT("health_result");
    QString check;
    bool ok = false;
    QString detail;
    int status = 0; // HTTP status, 0 when there was no response
    std::optional<qint64> latencyMs;
    QString url;
    int attempt = 0;
    static constexpr auto fields()
    {
        return std::tuple{field("check", &HealthResult::check),
                          field("ok", &HealthResult::ok),
                          field<Text>("detail", &HealthResult::detail),
                          field<Optional>("status", &HealthResult::status),
                          field("latency_ms", &HealthResult::latencyMs),
                          field<Text | Optional>("url", &HealthResult::url),
                          field<Optional>("attempt", &HealthResult::attempt)};
    }
};

// The base URL each target's checks go to ({name: URL}; typed by people, so masked).
struct HealthTargets
{
    ROLLCAGE_EVENT("health_targets");
    QJsonObject targets;
    static constexpr auto fields()
    {
        return std::tuple{field<Text>("targets", &HealthTargets::targets)};
    }
};

struct HealthAlert
{
    ROLLCAGE_EVENT("health_alert");
    QString check, rule, message;
    static constexpr auto fields()
    {
        return std::tuple{field("check", &HealthAlert::check), field("rule", &HealthAlert::rule),
                          field<Text>("message", &HealthAlert::message)};
    }
};

struct HealthAlertCleared
{
    ROLLCAGE_EVENT("health_alert_cleared");
    QString check, rule;
    static constexpr auto fields()
    {
        return std::tuple{field("check", &HealthAlertCleared::check),
                          field("rule", &HealthAlertCleared::rule)};
    }
};

} // namespace rollcage::incident::events
