#include "health/HealthChecker.h"

#include "core/Logging.h"
#include "core/NetworkDeadline.h"
#include "net/ProxyPolicy.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace rollcage::health {

namespace {

qint64 monotonicMs()
{
    static QElapsedTimer clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return clock.elapsed();
}

// Follows a dotted path ("checks.database") through nested JSON objects.
QJsonValue lookup(const QJsonObject &root, const QString &path)
{
    QJsonValue value = root;
    const QStringList parts = path.split(QLatin1Char('.'));
    for (const QString &part : parts) {
        if (!value.isObject())
            return QJsonValue(QJsonValue::Undefined);
        value = value.toObject().value(part);
    }
    return value;
}

QString jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
}

} // namespace

HealthResult evaluateResponse(const HealthCheckSpec &spec, int httpStatus, const QByteArray &body)
{
    HealthResult result;
    result.name = spec.name;
    result.url = spec.url;
    result.httpStatus = httpStatus;
    if (spec.expectedStatus ? httpStatus != *spec.expectedStatus : httpStatus >= 400) {
        result.error = spec.expectedStatus
                           ? QStringLiteral("HTTP %1, expected %2").arg(httpStatus).arg(*spec.expectedStatus)
                           : QStringLiteral("HTTP %1").arg(httpStatus);
        return result;
    }
    if (!spec.jsonField.isEmpty()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            result.error = QStringLiteral("HTTP %1 but the body is not a JSON object (%2 at byte %3)")
                               .arg(httpStatus)
                               .arg(parseError.errorString())
                               .arg(parseError.offset);
            return result;
        }
        const QJsonValue value = lookup(doc.object(), spec.jsonField);
        if (value.isUndefined()) {
            result.error = QStringLiteral("the JSON body has no field \"%1\"").arg(spec.jsonField);
            return result;
        }
        if (jsonText(value) != spec.jsonExpected) {
            result.error = QStringLiteral("%1 is \"%2\", expected \"%3\"")
                               .arg(spec.jsonField, jsonText(value), spec.jsonExpected);
            return result;
        }
    }
    result.ok = true;
    return result;
}

HealthChecker::HealthChecker(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    // Proxies from the system when the application asked for them (core/NetworkPolicy.h);
    // the cache must never answer a health probe.
    net::applyProxyPolicy();
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

quint64 HealthChecker::check(const HealthCheckSpec &spec)
{
    QNetworkRequest request(spec.url);
    request.setMaximumRedirectsAllowed(spec.maxRedirects);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(spec.timeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("Rollcage health check"));

    Pending pending;
    pending.id = m_nextId++;
    pending.spec = spec;
    pending.startedMs = monotonicMs();
    QNetworkReply *reply = spec.headOnly ? m_network->head(request) : m_network->get(request);
    m_pending.insert(reply, pending);

    abortAtDeadline(reply, spec.timeoutMs, [this, reply] { m_pending[reply].timedOut = true; });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { complete(reply); });
    return pending.id;
}

void HealthChecker::abortAll()
{
    const auto replies = m_pending.keys();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void HealthChecker::complete(QNetworkReply *reply)
{
    reply->deleteLater();
    const Pending pending = m_pending.take(reply);
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    HealthResult result;
    if (pending.timedOut || reply->error() == QNetworkReply::OperationCanceledError) {
        result.name = pending.spec.name;
        result.url = pending.spec.url;
        result.error = QStringLiteral("no answer within %1 ms").arg(pending.spec.timeoutMs);
    } else if (status == 0 || (reply->error() != QNetworkReply::NoError &&
                               reply->error() < QNetworkReply::ContentAccessDenied)) {
        // Connection-level failures (refused, DNS, TLS, too many redirects): no HTTP
        // status to judge, so the network's own explanation is the most useful one.
        result.name = pending.spec.name;
        result.url = pending.spec.url;
        result.error = reply->errorString();
    } else {
        result = evaluateResponse(pending.spec, status, reply->readAll());
        result.latencyMs = monotonicMs() - pending.startedMs;
    }
    result.at = QDateTime::currentDateTimeUtc();
    qCDebug(lcHealth) << result.name << (result.ok ? "ok" : "failed") << result.httpStatus
                      << result.latencyMs << result.error;
    Q_EMIT finished(pending.id, result);
}

} // namespace rollcage::health
