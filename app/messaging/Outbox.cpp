#include "messaging/Outbox.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/WebhookSender.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUuid>

namespace rollcage::messaging {

namespace events = incident::events;

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

Outbox::Outbox(incident::Journal &journal, ChannelDirectory &channels, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_incidentId(journal.incidentId())
    , m_channels(channels)
    , m_sender(new WebhookSender(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Outbox::schedule);
    connect(&m_channels, &ChannelDirectory::finished, this, &Outbox::urlLookedUp);
    connect(m_sender, &WebhookSender::finished, this, &Outbox::posted);
}

Outbox::~Outbox()
{
    // A request cut off here has an unknown outcome: it stays "waiting" in the journal
    // and goes out again, with the same key, when the incident is next opened.
    disconnect(m_sender, nullptr, this, nullptr);
}

Status Outbox::start()
{
    if (m_started)
        return Status::success();
    const auto incident = m_journal.store()->incident(m_incidentId);
    if (!incident)
        return Status::failure(incident.error);
    m_incidentTitle = incident->title;
    m_entries = deriveOutbox(m_journal.events());
    m_started = true;
    // A new session is a fresh chance: what waited is tried at once, not at the end of
    // a pause that began before the restart.
    const qint64 now = nowMs();
    for (OutboxEntry &e : m_entries) {
        if (e.state == DeliveryState::Waiting)
            e.nextAttemptMs = qMin(e.nextAttemptMs, now);
    }
    if (const int open = openCount())
        qCInfo(lcMessaging) << "incident" << m_incidentId << "has" << open
                            << "message(s) waiting to be sent; resuming";
    schedule();
    return Status::success();
}

Result<QString> Outbox::send(const QString &channel, const QString &title, const QString &text)
{
    using R = Result<QString>;
    if (Status s = start(); !s)
        return R::failure(s.error);
    const auto info = m_channels.channel(channel);
    if (!info)
        return R::failure(tr("There is no channel called '%1': add it with its webhook URL "
                             "first, or pick one of the channels set up.")
                              .arg(channel));
    if (text.trimmed().isEmpty())
        return R::failure(tr("The message is empty; write something before sending."));
    OutboxEntry entry;
    entry.key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    entry.channel = channel;
    entry.kind = info->kind;
    entry.title = title;
    entry.text = text;
    // Recorded first: from here on the message survives a crash and cannot be lost.
    // Through the incident's journal: a secret typed into the message is masked there,
    // and what goes out is what was recorded (a resend after a restart sends the same).
    const auto queued = m_journal.append(
        events::MessageQueued{entry.key, channel, channelKindName(info->kind), title, text});
    if (!queued)
        return R::failure(tr("The message was not sent because it could not be recorded "
                             "first: %1")
                              .arg(queued.error));
    const auto recorded = events::read<events::MessageQueued>(*queued);
    entry.title = recorded.title;
    entry.text = recorded.text;
    entry.queuedMs = queued->atMs;
    entry.nextAttemptMs = queued->atMs;
    m_entries.append(entry);
    Q_EMIT entryChanged(entry.key);
    schedule();
    return R::success(entry.key);
}

Status Outbox::abandon(const QString &key, const QString &reason)
{
    const qsizetype i = indexOf(key);
    if (i < 0 || !m_entries[i].isOpen())
        return Status::failure(tr("There is no waiting message %1 to give up on.").arg(key));
    if (m_entries[i].state == DeliveryState::Sending)
        return Status::failure(tr("The message is being sent right now; wait for the answer, "
                                  "then decide."));
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why the message is given up; the reason goes into the "
                                  "incident record."));
    const auto recorded = m_journal.append(events::MessageAbandoned{key, reason});
    if (!recorded)
        return Status::failure(recorded.error);
    m_entries[i].state = DeliveryState::Abandoned;
    m_entries[i].abandonReason = reason;
    Q_EMIT entryChanged(key);
    schedule(); // the next message in that channel may go now
    return Status::success();
}

Result<QString> Outbox::resend(const QString &key)
{
    const qsizetype i = indexOf(key);
    if (i < 0 || m_entries[i].isOpen() || m_entries[i].state == DeliveryState::Delivered)
        return Result<QString>::failure(
            tr("Only a refused or given-up message can be sent again; %1 is not one.").arg(key));
    const OutboxEntry old = m_entries[i];
    return send(old.channel, old.title, old.text);
}

void Outbox::retryNow()
{
    const qint64 now = nowMs();
    for (OutboxEntry &e : m_entries) {
        if (e.state == DeliveryState::Waiting && e.nextAttemptMs > now)
            e.nextAttemptMs = now;
    }
    schedule();
}

std::optional<OutboxEntry> Outbox::entry(const QString &key) const
{
    const qsizetype i = indexOf(key);
    return i < 0 ? std::nullopt : std::optional<OutboxEntry>(m_entries[i]);
}

int Outbox::openCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
                             [](const OutboxEntry &e) { return e.isOpen(); }));
}

qsizetype Outbox::indexOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            return i;
    }
    return -1;
}

void Outbox::schedule()
{
    m_timer.stop();
    const qint64 now = nowMs();
    // Messages to one channel leave in order: only the oldest open one may go.
    QHash<QString, qsizetype> heads;
    QList<qsizetype> order;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        OutboxEntry &e = m_entries[i];
        e.waitsFor.clear();
        if (!e.isOpen())
            continue;
        if (const auto head = heads.constFind(e.channel); head != heads.cend()) {
            e.waitsFor = m_entries[*head].key;
            continue;
        }
        heads.insert(e.channel, i);
        order.append(i);
    }
    std::optional<qint64> soonest;
    for (const qsizetype i : std::as_const(order)) {
        const OutboxEntry &e = m_entries[i];
        if (e.state != DeliveryState::Waiting)
            continue;
        if (e.nextAttemptMs <= now)
            attempt(i);
        else if (!soonest || e.nextAttemptMs < *soonest)
            soonest = e.nextAttemptMs;
    }
    if (soonest)
        m_timer.start(std::chrono::milliseconds(*soonest - now));
}

void Outbox::attempt(qsizetype index)
{
    OutboxEntry &e = m_entries[index];
    e.state = DeliveryState::Sending;
    const QString key = e.key;
    if (m_urls.contains(e.channel))
        post(key, m_urls.value(e.channel));
    else
        m_lookups.insert(m_channels.lookupUrl(e.channel), key);
    Q_EMIT entryChanged(key);
}

void Outbox::urlLookedUp(quint64 id, const Status &status, const QUrl &url)
{
    if (!m_lookups.contains(id))
        return; // a request of the settings page, not ours
    const QString key = m_lookups.take(id);
    const qsizetype i = indexOf(key);
    if (i < 0)
        return;
    if (!status) {
        recordFailure(key, status.error, 0);
        return;
    }
    if (Status usable = checkWebhookUrl(url); !usable) {
        recordFailure(key,
                      tr("The webhook URL of channel %1 is not usable: %2")
                          .arg(m_entries[i].channel, usable.error),
                      0);
        return;
    }
    m_urls.insert(m_entries[i].channel, url);
    post(key, url);
}

void Outbox::post(const QString &key, const QUrl &url)
{
    const OutboxEntry &e = m_entries[indexOf(key)];
    const OutgoingMessage message{e.key, m_incidentId, m_incidentTitle, e.title, e.text};
    const QByteArray payload = webhookPayload(e.kind, message, QDateTime::currentDateTimeUtc());
    qCDebug(lcMessaging) << "sending message" << key << "to channel" << e.channel << "attempt"
                         << e.attempts + 1;
    m_posts.insert(m_sender->post(url, payload, key, m_policy.timeout), key);
}

void Outbox::posted(quint64 id, const WebhookResult &result)
{
    const QString key = m_posts.take(id);
    const qsizetype i = indexOf(key);
    if (i < 0)
        return;
    OutboxEntry &e = m_entries[i];
    if (!result.ok) {
        // The URL may have been corrected in the meantime: read it again next time.
        m_urls.remove(e.channel);
        if (isPermanentRefusal(result.httpStatus)) {
            reject(key, result);
            return;
        }
        recordFailure(key, result.error, result.httpStatus, result.retryAfter);
        return;
    }
    e.state = DeliveryState::Delivered;
    ++e.attempts;
    e.lastHttpStatus = result.httpStatus;
    e.deliveredMs = nowMs();
    qCInfo(lcMessaging) << "message" << key << "delivered to channel" << e.channel << "on attempt"
                        << e.attempts;
    record(events::MessageSent{key,
                               e.channel,
                               channelKindName(e.kind),
                               {},
                               e.title,
                               e.text,
                               e.attempts,
                               result.httpStatus});
    Q_EMIT entryChanged(key);
    Q_EMIT delivered(key);
    schedule();
}

void Outbox::reject(const QString &key, const WebhookResult &result)
{
    OutboxEntry &e = m_entries[indexOf(key)];
    e.state = DeliveryState::Rejected;
    ++e.attempts;
    e.lastAttemptMs = nowMs();
    e.lastError = result.error;
    e.lastHttpStatus = result.httpStatus;
    const QString advice = rejectionAdvice(e);
    qCWarning(lcMessaging).noquote() << "message" << key << "to channel" << e.channel
                                     << "refused with HTTP" << result.httpStatus
                                     << "- not retried";
    record(events::MessageRejected{key, e.channel, e.attempts, result.error, result.httpStatus,
                                   advice});
    Q_EMIT entryChanged(key);
    Q_EMIT rejected(key, advice);
    schedule(); // the next message to that channel may try; it will likely be told the same
}

void Outbox::recordFailure(const QString &key, const QString &error, int httpStatus,
                           std::chrono::milliseconds serverAsked)
{
    OutboxEntry &e = m_entries[indexOf(key)];
    const qint64 now = nowMs();
    e.state = DeliveryState::Waiting;
    ++e.attempts;
    e.lastAttemptMs = now;
    e.lastError = error;
    e.lastHttpStatus = httpStatus;
    // A server that says when to come back (rate limits) is listened to, within the cap.
    const auto delay = qMin(qMax(m_policy.delayAfter(e.attempts), serverAsked),
                            qMax(m_policy.max, m_policy.first));
    e.nextAttemptMs = now + delay.count();
    qCInfo(lcMessaging).noquote() << "message" << key << "to channel" << e.channel << "attempt"
                                  << e.attempts << "failed:" << error << "- next try in"
                                  << (e.nextAttemptMs - now) << "ms";
    record(events::MessageAttemptFailed{key, e.channel, e.attempts, error, httpStatus,
                                        e.nextAttemptMs});
    Q_EMIT entryChanged(key);
    Q_EMIT attemptFailed(key, error);
    schedule();
}

void Outbox::said(const Result<incident::Event> &recorded)
{
    if (!recorded)
        Q_EMIT journalFailed(recorded.error);
}

} // namespace rollcage::messaging
