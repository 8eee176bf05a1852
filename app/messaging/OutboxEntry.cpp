#include "messaging/OutboxEntry.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include <QCoreApplication>
#include <QHash>

namespace rollcage::messaging {

namespace events = incident::events;

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
    using events::is;
    using events::read;
    QList<OutboxEntry> entries;
    QHash<QString, qsizetype> byKey;
    for (const incident::Event &e : journal) {
        if (is<events::MessageQueued>(e)) {
            const auto queued = read<events::MessageQueued>(e);
            if (queued.key.isEmpty() || byKey.contains(queued.key))
                continue;
            OutboxEntry entry;
            entry.key = queued.key;
            entry.channel = queued.channel;
            entry.kind = channelKindFromName(queued.kind).value_or(ChannelKind::Webhook);
            entry.title = queued.title;
            entry.text = queued.text;
            entry.queuedMs = e.atMs;
            entry.nextAttemptMs = e.atMs;
            byKey.insert(queued.key, entries.size());
            entries.append(entry);
            continue;
        }
        // message_sent without a key was recorded by hand (copied, mailed): not ours.
        const QString key = read<events::OfMessage>(e).key;
        if (key.isEmpty() || !byKey.contains(key))
            continue;
        OutboxEntry &entry = entries[byKey.value(key)];
        if (!entry.isOpen())
            continue; // the first outcome stands
        if (is<events::MessageAttemptFailed>(e)) {
            const auto failed = read<events::MessageAttemptFailed>(e);
            entry.attempts = qMax(entry.attempts + 1, failed.attempt);
            entry.lastAttemptMs = e.atMs;
            entry.lastError = failed.error;
            entry.lastHttpStatus = failed.httpStatus;
            entry.nextAttemptMs = failed.nextAttemptMs > 0 ? failed.nextAttemptMs : e.atMs;
        } else if (is<events::MessageSent>(e)) {
            const auto sent = read<events::MessageSent>(e);
            entry.state = DeliveryState::Delivered;
            entry.attempts = qMax(entry.attempts + 1, sent.attempt);
            entry.deliveredMs = e.atMs;
            entry.lastHttpStatus = sent.httpStatus;
        } else if (is<events::MessageRejected>(e)) {
            const auto rejected = read<events::MessageRejected>(e);
            entry.state = DeliveryState::Rejected;
            entry.attempts = qMax(entry.attempts + 1, rejected.attempt);
            entry.lastAttemptMs = e.atMs;
            entry.lastError = rejected.error;
            entry.lastHttpStatus = rejected.httpStatus;
        } else if (is<events::MessageAbandoned>(e)) {
            entry.state = DeliveryState::Abandoned;
            entry.abandonReason = read<events::MessageAbandoned>(e).reason;
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
