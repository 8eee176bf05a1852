#include "incident/Journal.h"

#include "incident/IncidentStore.h"

#include <QDateTime>
#include <QRegularExpression>

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

const QStringList &Journal::freeTextKeys()
{
    static const QStringList keys = {
        QStringLiteral("note"),    QStringLiteral("reason"),  QStringLiteral("justification"),
        QStringLiteral("text"),    QStringLiteral("message"), QStringLiteral("detail"),
        QStringLiteral("error"),   QStringLiteral("value"),   QStringLiteral("command"),
        QStringLiteral("who"),     QStringLiteral("title"),   QStringLiteral("failed_command"),
        QStringLiteral("url")};
    return keys;
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

QJsonObject Journal::maskFreeText(const QJsonObject &data) const
{
    QJsonObject masked = data;
    const auto maskText = [this](const QString &text) {
        return maskUrlPasswords(m_masker.isActive() ? m_masker.mask(text) : text);
    };
    for (const QString &key : freeTextKeys()) {
        const auto it = masked.find(key);
        if (it != masked.end() && it->isString())
            *it = maskText(it->toString());
    }
    // Base URLs per target ({name: url}) are typed by people too.
    if (const auto targets = masked.find(QLatin1String("targets"));
        targets != masked.end() && targets->isObject()) {
        QJsonObject inner = targets->toObject();
        for (auto it = inner.begin(); it != inner.end(); ++it) {
            if (it->isString())
                *it = maskText(it->toString());
        }
        *targets = inner;
    }
    return masked;
}

Result<Event> Journal::append(const QString &type, const QJsonObject &data, int stepIndex)
{
    auto e = m_store->append(m_incidentId, type, maskFreeText(data), stepIndex);
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

void Journal::assumeUnrecorded(const QString &type, const QJsonObject &data, int stepIndex)
{
    Event e;
    e.incidentId = m_incidentId;
    e.atMs = QDateTime::currentMSecsSinceEpoch();
    e.operatorName = m_store->operatorName();
    e.type = type;
    e.stepIndex = stepIndex;
    e.data = maskFreeText(data);
    e.data.insert(QStringLiteral("unrecorded"), true);
    m_events.append(e);
    m_state.apply(e);
    Q_EMIT appended(e);
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
