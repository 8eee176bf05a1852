#include "incident/Journal.h"

#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>

namespace rollcage::incident {

Journal::Journal(IncidentStore *store, qint64 incidentId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_incidentId(incidentId)
{
}

Status Journal::load()
{
    const auto events = m_store->events(m_incidentId);
    if (!events)
        return Status::failure(events.error);
    m_events = *events;
    m_ids.clear();
    for (const Event &e : m_events)
        m_ids.insert(e.id);
    m_state = deriveState(m_events);
    return Status::success();
}

QString maskUrlPasswords(const QString &text)
{
    // https://user:pass@host: the password in a URL someone typed or pasted is a secret
    // whether or not the keychain knows it.
    static const QRegularExpression userinfo(
        QStringLiteral(R"(\b([A-Za-z][A-Za-z0-9+.-]*://[^/\s:@]+:)[^@\s/]+@)"));
    if (!text.contains(QLatin1Char('@')))
        return text;
    QString out = text;
    out.replace(userinfo, QStringLiteral("\\1") + QString::fromUtf8(SecretMasker::replacement()) +
                              QLatin1Char('@'));
    return out;
}

Result<Event> Journal::write(const QString &type, const QJsonObject &payload, int stepIndex)
{
    auto e = m_store->append(m_incidentId, type, payload, stepIndex);
    if (!e) {
        Q_EMIT writeFailed(e.error);
        return e;
    }
    m_events.append(*e);
    m_ids.insert(e->id);
    m_state.apply(*e);
    Q_EMIT appended(*e);
    return e;
}

qint64 Journal::fold(const QString &type, QJsonObject payload, int stepIndex, qint64 atMs)
{
    Event e;
    e.incidentId = m_incidentId;
    e.atMs = atMs > 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
    e.operatorName = m_store->operatorName();
    e.type = type;
    e.stepIndex = stepIndex;
    payload.insert(QStringLiteral("unrecorded"), true);
    e.data = payload;
    m_events.append(e);
    m_state.apply(e);
    Q_EMIT appended(e);
    return e.atMs;
}

bool Journal::defer(const QString &type, const QJsonObject &payload, int stepIndex, qint64 atMs)
{
    StoreLink *link = m_store->link();
    if (!link)
        return false;
    const qint64 at = fold(type, payload, stepIndex, atMs);
    m_deferred.append({type, payload, stepIndex, at});
    connect(link, &StoreLink::restored, this, &Journal::writeDeferred, Qt::UniqueConnection);
    return true;
}

namespace {
QByteArray compact(const QJsonObject &data)
{
    return QJsonDocument(data).toJson(QJsonDocument::Compact);
}
} // namespace

bool Journal::adoptRecorded(const Event &e)
{
    if (m_deferred.isEmpty() || e.operatorName != m_store->operatorName())
        return false;
    const Deferred &d = m_deferred.constFirst();
    if (e.type != d.type || e.stepIndex != d.stepIndex || compact(e.data) != compact(d.payload))
        return false;
    recordDeferred(e);
    return true;
}

void Journal::recordDeferred(const Event &e)
{
    const Deferred d = m_deferred.takeFirst();
    // The stand-in becomes the recorded event; the state already holds it.
    const auto standIn = std::find_if(m_events.begin(), m_events.end(), [&](const Event &x) {
        return x.id == 0 && x.type == d.type && x.stepIndex == d.stepIndex &&
               x.data.value(QLatin1String("unrecorded")).toBool();
    });
    if (standIn != m_events.end())
        *standIn = e;
    else
        m_events.append(e);
    m_ids.insert(e.id);
    Q_EMIT appended(e);
}

void Journal::releaseDeferred()
{
    if (m_holds > 0 && --m_holds == 0 && m_store->reachable())
        writeDeferred();
}

void Journal::writeDeferred()
{
    if (m_deferred.isEmpty() || m_holds > 0)
        return;
    // A write cut off by the loss may have been committed all the same (the server got
    // the COMMIT, its answer never came back): what the store already holds of ours is
    // adopted, not written twice. It can only be after the last event recorded here.
    qint64 last = 0;
    for (const qint64 id : std::as_const(m_ids))
        last = std::max(last, id);
    const auto since = m_store->eventsSince(m_incidentId, last);
    if (!since) { // away again: everything waits for the next return
        Q_EMIT writeFailed(since.error);
        return;
    }
    for (const Event &e : *since) {
        if (!m_ids.contains(e.id))
            (void)adoptRecorded(e);
    }
    while (!m_deferred.isEmpty()) {
        const Deferred d = m_deferred.constFirst();
        auto e = m_store->append(m_incidentId, d.type, d.payload, d.stepIndex, d.atMs);
        if (!e) { // away again: the rest waits for the next return
            Q_EMIT writeFailed(e.error);
            return;
        }
        recordDeferred(*e);
    }
}

void Journal::addSecrets(const QStringList &values)
{
    bool added = false;
    for (const QString &value : values) {
        if (!value.isEmpty() && !m_secrets.contains(value)) {
            m_secrets.append(value);
            added = true;
        }
    }
    if (added)
        m_masker.setSecrets(m_secrets);
}

QString Journal::mask(const QString &text) const
{
    return maskUrlPasswords(m_masker.isActive() ? m_masker.mask(text) : text);
}

} // namespace rollcage::incident
