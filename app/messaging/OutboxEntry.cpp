#include "messaging/OutboxEntry.h"

#include "core/Tr.h"

#include <QCoreApplication>
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
    case DeliveryState::Rejected:
        return QStringLiteral("rejected");
    case DeliveryState::Abandoned:
        break;
    }
    return QStringLiteral("abandoned");
}

bool isPermanentRefusal(int httpStatus)
{
    return httpStatus >= 400 && httpStatus < 500 && httpStatus != 408 && httpStatus != 425 &&
           httpStatus != 429;
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
        } else if (e.type == events::MessageRejected) {
            entry.state = DeliveryState::Rejected;
            entry.attempts =
                qMax(entry.attempts + 1, e.data.value(QLatin1String("attempt")).toInt());
            entry.lastAttemptMs = e.atMs;
            entry.lastError = str(e.data, "error");
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

namespace rollcage::messaging {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::messaging")

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss"));
}

// The count goes in as a plain variable: lupdate (6.8) loops forever on a numerus argument
// of QCoreApplication::translate written as a call with arithmetic inside, int(a + b).
QString inAbout(qint64 ms)
{
    if (ms < 60000) {
        const int seconds = static_cast<int>((qMax<qint64>(ms, 0) + 999) / 1000);
        return QCoreApplication::translate("rollcage::messaging", "in %n s", nullptr, seconds);
    }
    const int minutes = static_cast<int>((ms + 59999) / 60000);
    return QCoreApplication::translate("rollcage::messaging", "in %n min", nullptr, minutes);
}

} // namespace

QString rejectionAdvice(const OutboxEntry &e)
{
    const QString answer =
        e.lastError.startsWith(QLatin1String("HTTP "))
            ? e.lastError
            : QStringLiteral("HTTP %1: %2").arg(e.lastHttpStatus).arg(e.lastError);
    return tr("Refused by %1 (%2), not retried: the same message would be refused again. "
              "Fix the webhook URL of channel %1 in Tools → Credentials, then resend.")
        .arg(e.channel, answer);
}

QString describeEntry(const OutboxEntry &e, const QDateTime &now)
{
    switch (e.state) {
    case DeliveryState::Delivered:
        return tr("Delivered at %1 (attempt %2)").arg(clock(e.deliveredMs)).arg(e.attempts);
    case DeliveryState::Abandoned:
        return tr("Given up: %1").arg(e.abandonReason);
    case DeliveryState::Rejected:
        return rejectionAdvice(e);
    case DeliveryState::Sending:
        return tr("Sending (attempt %1)…").arg(e.attempts + 1);
    case DeliveryState::Waiting:
        break;
    }
    QString text = tr("Waiting since %1").arg(clock(e.queuedMs));
    if (e.attempts > 0)
        text += QStringLiteral(" — ") +
                QCoreApplication::translate("rollcage::messaging",
                                            "%n failed attempt(s), last: ", nullptr, e.attempts) +
                e.lastError;
    if (!e.waitsFor.isEmpty())
        text += QStringLiteral(" — ") + tr("behind an earlier message to %1").arg(e.channel);
    else if (e.nextAttemptMs > now.toMSecsSinceEpoch())
        text +=
            QStringLiteral(" — ") +
            tr("next try at %1 (%2)")
                .arg(clock(e.nextAttemptMs), inAbout(e.nextAttemptMs - now.toMSecsSinceEpoch()));
    return text;
}

} // namespace rollcage::messaging
