#include "messaging/OutboxEntry.h"

#include <QHash>

namespace rollcage::messaging {

namespace events = incident::events;

namespace {

QString str(const QJsonObject &data, const char *key)
{
    return data.value(QLatin1String(key)).toString();
}

} // namespace

QString deliveryStateName(DeliveryState state)
{
    switch (state) {
    case DeliveryState::Waiting:
        return QStringLiteral("waiting");
    case DeliveryState::Sending:
        return QStringLiteral("sending");
    case DeliveryState::Delivered:
        return QStringLiteral("delivered");
    case DeliveryState::Abandoned:
        break;
    }
    return QStringLiteral("abandoned");
}

QList<OutboxEntry> deriveOutbox(const QList<incident::Event> &journal)
{
    QList<OutboxEntry> entries;
    QHash<QString, qsizetype> byKey;
    for (const incident::Event &e : journal) {
        const QString key = str(e.data, "key");
        if (e.type == events::MessageQueued) {
            if (key.isEmpty() || byKey.contains(key))
                continue;
            OutboxEntry entry;
            entry.key = key;
            entry.channel = str(e.data, "channel");
            entry.kind = channelKindFromName(str(e.data, "kind")).value_or(ChannelKind::Webhook);
            entry.title = str(e.data, "title");
            entry.text = str(e.data, "text");
            entry.queuedMs = e.atMs;
            entry.nextAttemptMs = e.atMs;
            byKey.insert(key, entries.size());
            entries.append(entry);
            continue;
        }
        // message_sent without a key was recorded by hand (copied, mailed): not ours.
        if (key.isEmpty() || !byKey.contains(key))
            continue;
        OutboxEntry &entry = entries[byKey.value(key)];
        if (!entry.isOpen())
            continue; // the first outcome stands
        if (e.type == events::MessageAttemptFailed) {
            entry.attempts =
                qMax(entry.attempts + 1, e.data.value(QLatin1String("attempt")).toInt());
            entry.lastAttemptMs = e.atMs;
            entry.lastError = str(e.data, "error");
            entry.lastHttpStatus = e.data.value(QLatin1String("http_status")).toInt();
            entry.nextAttemptMs = e.data.value(QLatin1String("next_attempt_ms")).toInteger(e.atMs);
        } else if (e.type == events::MessageSent) {
            entry.state = DeliveryState::Delivered;
            entry.attempts =
                qMax(entry.attempts + 1, e.data.value(QLatin1String("attempt")).toInt());
            entry.deliveredMs = e.atMs;
            entry.lastHttpStatus = e.data.value(QLatin1String("http_status")).toInt();
        } else if (e.type == events::MessageAbandoned) {
            entry.state = DeliveryState::Abandoned;
            entry.abandonReason = str(e.data, "reason");
        }
    }
    return entries;
}

std::chrono::milliseconds RetryPolicy::delayAfter(int failedAttempts) const
{
    std::chrono::milliseconds delay = first;
    for (int i = 1; i < failedAttempts && delay < max; ++i)
        delay *= 2;
    return qMin(delay, max);
}

} // namespace rollcage::messaging
