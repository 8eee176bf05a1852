#include "incident/Journal.h"

#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"

#include <QDateTime>
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

void Journal::fold(const QString &type, QJsonObject payload, int stepIndex)
{
    Event e;
    e.incidentId = m_incidentId;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.operatorName = m_store->operatorName();
    e.type = type;
    e.stepIndex = stepIndex;
    payload.insert(QStringLiteral("unrecorded"), true);
    e.data = payload;
    m_events.append(e);
    m_state.apply(e);
    Q_EMIT appended(e);
}

bool Journal::defer(const QString &type, const QJsonObject &payload, int stepIndex)
{
    StoreLink *link = m_store->link();
    if (!link)
        return false;
    fold(type, payload, stepIndex);
    m_deferred.append({type, payload, stepIndex});
    connect(link, &StoreLink::restored, this, &Journal::writeDeferred, Qt::UniqueConnection);
    return true;
}

void Journal::writeDeferred()
{
    while (!m_deferred.isEmpty()) {
        const Deferred d = m_deferred.constFirst();
        auto e = m_store->append(m_incidentId, d.type, d.payload, d.stepIndex);
        if (!e) { // away again: the rest waits for the next return
            Q_EMIT writeFailed(e.error);
            return;
        }
        m_deferred.removeFirst();
        // The stand-in becomes the recorded event; the state already holds it.
        const auto standIn = std::find_if(m_events.begin(), m_events.end(), [&](const Event &x) {
            return x.id == 0 && x.type == d.type && x.stepIndex == d.stepIndex &&
                   x.data.value(QLatin1String("unrecorded")).toBool();
        });
        if (standIn != m_events.end())
            *standIn = *e;
        else
            m_events.append(*e);
        m_ids.insert(e->id);
        Q_EMIT appended(*e);
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
