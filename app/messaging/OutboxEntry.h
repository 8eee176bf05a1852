#pragma once

#include "incident/Event.h"
#include "messaging/Channel.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <chrono>

namespace rollcage::messaging {

// Rejected: the service refused the message for good (a 4xx other than 408/425/429);
// only a fixed channel and a new send can help.
enum class DeliveryState { Waiting, Sending, Delivered, Abandoned, Rejected };
// "waiting", "sending", "delivered", "abandoned", "rejected"
QString deliveryStateName(DeliveryState state);

// Whether an HTTP answer means the same request can never succeed: a 4xx except
// 408 (timeout), 425 (too early) and 429 (rate limited), which are worth retrying.
bool isPermanentRefusal(int httpStatus);

// One message in the outbox, as its journal events add up.
struct OutboxEntry
{
    QString key; // idempotency key
    QString channel;
    ChannelKind kind = ChannelKind::Webhook;
    QString title;
    QString text;
    DeliveryState state = DeliveryState::Waiting;
    qint64 queuedMs = 0;      // waiting since (UTC ms)
    int attempts = 0;         // failed attempts so far, plus the delivering one
    qint64 lastAttemptMs = 0; // when the last failure was recorded
    QString lastError;
    int lastHttpStatus = 0;
    qint64 nextAttemptMs = 0; // when the outbox tries again; queuedMs before the first try
    qint64 deliveredMs = 0;
    QString abandonReason;
    // Set by the outbox, not from the journal: the earlier message to the same channel
    // this one waits behind (messages to a channel leave in order); empty at the head.
    QString waitsFor;

    bool isOpen() const
    {
        return state == DeliveryState::Waiting || state == DeliveryState::Sending;
    }
};

// Folds the journal into the outbox, in the order messages were queued. Pure: the same
// events, the same outbox; this is how a restarted Rollcage finds what still waits.
QList<OutboxEntry> deriveOutbox(const QList<incident::Event> &events);

// Where a message stands, for people: "Waiting since 03:12:05 — 2 failed attempts, last:
// HTTP 500 — next try at 03:15:10 (in 3 min)". Times in local time.
QString describeEntry(const OutboxEntry &entry, const QDateTime &now);

// For a rejected message: what happened and what the operator can do about it.
QString rejectionAdvice(const OutboxEntry &entry);

// How long to wait before the next try: `first` after the first failure, doubling up to
// `max`. Small values make tests fast.
struct RetryPolicy
{
    std::chrono::milliseconds first{5000};
    std::chrono::milliseconds max{300000};
    std::chrono::milliseconds timeout{20000}; // per request

    std::chrono::milliseconds delayAfter(int failedAttempts) const;
};

} // namespace rollcage::messaging
