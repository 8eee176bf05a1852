#pragma once

#include "core/Result.h"
#include "incident/Journal.h"
#include "messaging/OutboxEntry.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>
#include <QUrl>

#include <optional>

namespace rollcage::messaging {

class ChannelDirectory;
class WebhookSender;
struct WebhookResult;

// The incident's persisted outbox. Every message is recorded in the journal
// (message_queued) before anything is sent, then tried until the channel answers 2xx
// (message_sent), with a growing pause after each failure (message_attempt_failed: error
// and next attempt), so that nothing is lost when the network is down or Rollcage
// restarts: a new Outbox over the same store picks up where the last one stopped. The
// idempotency key goes out in the Idempotency-Key header (and in the generic webhook's
// body) on every attempt, so a receiver can drop the repeat a crash between "answered"
// and "recorded" would cause. Messages to one channel leave in the order they were
// queued.
class Outbox : public QObject
{
    Q_OBJECT
public:
    // Records through the incident's `journal` (the engine's: one writer, one masking,
    // one state). `journal` and `channels` must outlive the outbox.
    Outbox(incident::Journal &journal, ChannelDirectory &channels, QObject *parent = nullptr);
    ~Outbox() override;

    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    const RetryPolicy &retryPolicy() const { return m_policy; }

    // Reads the journal and resumes what still waits, trying it at once: a new session is
    // a fresh chance, not the end of a pause begun before. send() starts it when needed.
    Status start();

    // Records the message, then sends it; returns its idempotency key. Fails (and records
    // nothing) for an unknown channel, an empty text or a journal that cannot be written.
    Result<QString> send(const QString &channel, const QString &title, const QString &text);
    // Stops retrying a waiting message, with the operator's reason. Not while it is on
    // the wire: its outcome would be unknown.
    Status abandon(const QString &key, const QString &reason);
    // Queues a rejected or abandoned message again, as a new message with a new key (the
    // old one stays in the record as it ended). Returns the new key.
    Result<QString> resend(const QString &key);
    // Tries every waiting message now instead of at its next attempt (e.g. "back online").
    void retryNow();

    QList<OutboxEntry> entries() const { return m_entries; }
    std::optional<OutboxEntry> entry(const QString &key) const;
    int openCount() const; // waiting or sending

Q_SIGNALS:
    void entryChanged(const QString &key);
    void delivered(const QString &key);
    void attemptFailed(const QString &key, const QString &error);
    // The service refused the message for good (see isPermanentRefusal); `advice` says
    // what happened and what to do. It is recorded as message_rejected, never retried.
    void rejected(const QString &key, const QString &advice);
    // Recording in the journal failed; the message itself keeps its course.
    void journalFailed(const QString &error);

private:
    void schedule();
    void attempt(qsizetype index);
    void urlLookedUp(quint64 id, const Status &status, const QUrl &url);
    void post(const QString &key, const QUrl &url);
    void posted(quint64 id, const WebhookResult &result);
    void reject(const QString &key, const WebhookResult &result);
    void recordFailure(const QString &key, const QString &error, int httpStatus,
                       std::chrono::milliseconds serverAsked = {});
    // Journals `event`; a failed write is said (journalFailed), the delivery goes on.
    template<class E> void record(const E &event) { said(m_journal.append(event)); }
    void said(const Result<incident::Event> &recorded);
    qsizetype indexOf(const QString &key) const;

    incident::Journal &m_journal;
    qint64 m_incidentId = 0;
    QString m_incidentTitle;
    ChannelDirectory &m_channels;
    WebhookSender *m_sender;
    RetryPolicy m_policy;
    bool m_started = false;
    QList<OutboxEntry> m_entries;
    QHash<QString, QUrl> m_urls;       // by channel; memory only, never logged
    QHash<quint64, QString> m_lookups; // ChannelDirectory request -> message key
    QHash<quint64, QString> m_posts;   // WebhookSender request -> message key
    QTimer m_timer;
};

} // namespace rollcage::messaging
