#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

namespace rollcage::messaging {

struct WebhookResult
{
    bool ok = false;    // a 2xx answer: delivered
    int httpStatus = 0; // 0 when no answer came
    // For people and for the journal; never contains the URL, which is a credential.
    QString error;
    // How long the server asked us to wait (429/503 with Retry-After); 0 when it did not.
    std::chrono::milliseconds retryAfter{0};
};

// POSTs JSON to incoming webhooks over Qt Network and reports each by finished().
// Redirects are not followed (a webhook that moved is a configuration error to fix),
// TLS errors fail the request, proxies come from the system.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(QObject *parent = nullptr);

    // `idempotencyKey` goes out as the Idempotency-Key header, so a receiver can drop a
    // repeat. The returned id comes back with finished().
    quint64 post(const QUrl &url, const QByteArray &json, const QString &idempotencyKey,
                 std::chrono::milliseconds timeout);
    void abortAll();

Q_SIGNALS:
    void finished(quint64 id, const rollcage::messaging::WebhookResult &result);

private:
    void complete(QNetworkReply *reply);

    struct Pending
    {
        quint64 id = 0;
        std::chrono::milliseconds timeout{0};
        bool timedOut = false;
        QUrl url; // to scrub from what the server says
    };
    QNetworkAccessManager *m_network;
    QHash<QNetworkReply *, Pending> m_pending;
    quint64 m_nextId = 1;
};

} // namespace rollcage::messaging
