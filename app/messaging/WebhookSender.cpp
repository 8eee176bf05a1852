#include "messaging/WebhookSender.h"

#include "core/Logging.h"
#include "core/NetworkDeadline.h"
#include "core/Tr.h"
#include "net/ProxyPolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace rollcage::messaging {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::messaging")

// Qt's own error strings quote the URL, and a webhook URL is a credential: describe the
// failure without it.
QString networkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("the server refused the connection");
    case QNetworkReply::RemoteHostClosedError:
        return tr("the server closed the connection before answering");
    case QNetworkReply::HostNotFoundError:
        return tr("the host was not found (offline, or DNS is down)");
    case QNetworkReply::TimeoutError:
        return tr("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("the TLS handshake failed (the certificate is not trusted or does not "
                  "match)");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return tr("the network is not available");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return tr("the proxy failed (check the system proxy settings)");
    default:
        return tr("network error %1").arg(int(error));
    }
}

// A server may quote the request back in its error page; the secret parts of the URL
// (path and query) must not travel on into the journal with it.
// Retry-After is either a number of seconds or an HTTP date.
std::chrono::milliseconds retryAfter(const QByteArray &header)
{
    bool isNumber = false;
    const qint64 seconds = header.trimmed().toLongLong(&isNumber);
    if (isNumber)
        return std::chrono::milliseconds(qMax<qint64>(seconds, 0) * 1000);
    const QDateTime at =
        QDateTime::fromString(QString::fromLatin1(header.trimmed()), Qt::RFC2822Date);
    if (!at.isValid())
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(qMax<qint64>(QDateTime::currentDateTimeUtc().msecsTo(at), 0));
}

QString scrubbed(QString text, const QUrl &url)
{
    // A whole URL cannot be FullyDecoded (Qt refuses and warns): the pretty form instead.
    for (const QString &part : {url.toString(QUrl::FullyEncoded), url.toString(QUrl::PrettyDecoded),
                                url.path(QUrl::FullyEncoded), url.path(QUrl::FullyDecoded),
                                url.query(QUrl::FullyEncoded), url.query(QUrl::FullyDecoded)}) {
        if (part.size() > 1)
            text.replace(part, QStringLiteral("…"));
    }
    return text;
}

} // namespace

WebhookSender::WebhookSender(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    net::applyProxyPolicy();
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

quint64 WebhookSender::post(const QUrl &url, const QByteArray &json, const QString &idempotencyKey,
                            std::chrono::milliseconds timeout)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Rollcage"));
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(timeout);

    const Pending pending{m_nextId++, timeout, false, url};
    QNetworkReply *reply = m_network->post(request, json);
    m_pending.insert(reply, pending);
    abortAtDeadline(reply, int(timeout.count()),
                    [this, reply] { m_pending[reply].timedOut = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { complete(reply); });
    return pending.id;
}

void WebhookSender::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void WebhookSender::complete(QNetworkReply *reply)
{
    reply->deleteLater();
    const Pending pending = m_pending.take(reply);
    WebhookResult result;
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (pending.timedOut || reply->error() == QNetworkReply::OperationCanceledError ||
        (reply->error() == QNetworkReply::TimeoutError && result.httpStatus == 0)) {
        result.httpStatus = 0;
        result.error = tr("no answer within %1 s").arg(double(pending.timeout.count()) / 1000.0);
    } else if (result.httpStatus == 0) {
        result.error = networkError(reply->error());
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        result.ok = true;
    } else {
        // What the service says is often the useful part ("invalid_payload",
        // "channel_is_archived"); bounded so a whole HTML page does not land in the journal.
        const QString body =
            scrubbed(QString::fromUtf8(reply->read(300)).simplified(), pending.url);
        result.error = body.isEmpty() ? tr("HTTP %1").arg(result.httpStatus)
                                      : tr("HTTP %1: %2").arg(result.httpStatus).arg(body);
        if (reply->hasRawHeader("Retry-After"))
            result.retryAfter = retryAfter(reply->rawHeader("Retry-After"));
        if (result.httpStatus >= 300 && result.httpStatus < 400)
            result.error += tr(" (redirects are not followed: update the webhook URL)");
    }
    qCDebug(lcMessaging) << "webhook request" << pending.id << (result.ok ? "delivered" : "failed")
                         << result.httpStatus << result.error;
    Q_EMIT finished(pending.id, result);
}

} // namespace rollcage::messaging
