// The incident's secrets: fetched when a step needs them or all at once before step 1,
// and remembered by the journal so what people type is masked.
#include "execution/Engine.h"

#include "core/SecretSource.h"
#include "execution/StepScript.h"
#include "incident/Journal.h"

#include <atomic>

namespace rollcage::execution {

quint64 Engine::nextRequestId()
{
    // Unique in the process: the window shares one SecretSource between the consoles it
    // opens, and one engine must never take another's answer (or its secrets).
    static std::atomic<quint64> last{0};
    return ++last;
}

QString secretScope(const incident::IncidentRecord &record)
{
    return record.service + QLatin1Char('/') + record.environment;
}

QString Engine::maskKnownSecrets(const QString &text) const
{
    return m_journal ? m_journal->mask(text) : text;
}

void Engine::rememberSecrets(const QStringList &values)
{
    if (m_journal)
        m_journal->addSecrets(values);
}

void Engine::learnKeptSecrets()
{
    if (!m_secrets || m_secretPlaceholders.isEmpty())
        return;
    m_peekRequest = nextRequestId();
    m_secrets->peek(m_peekRequest, scope(), m_secretPlaceholders);
}

void Engine::onSecretsProvided(quint64 id, const QHash<QString, QString> &values)
{
    if (id == m_prefetchRequest) {
        m_prefetchRequest = 0;
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            m_secretCache.insert(it.key(), it.value());
        rememberSecrets(values.values());
        Q_EMIT secretsPrefetched(true, {});
        return;
    }
    if (id != m_secretRequest || m_waitingForSecrets < 0)
        return;
    const int index = m_waitingForSecrets;
    m_waitingForSecrets = -1;
    m_runningStep = index;
    startWithSecrets(index, values);
}

void Engine::onSecretsFailed(quint64 id, const QString &error)
{
    if (id == m_prefetchRequest) {
        m_prefetchRequest = 0;
        Q_EMIT secretsPrefetched(false, error);
        return;
    }
    if (id != m_secretRequest || m_waitingForSecrets < 0)
        return;
    const int index = m_waitingForSecrets;
    m_waitingForSecrets = -1;
    failBeforeStart(index, error);
}

QStringList Engine::secretsNeeded(const QStringList &procedures) const
{
    QStringList names;
    for (const runbook::Procedure &p : m_runbook.procedures) {
        if (!procedures.isEmpty() && !procedures.contains(p.title))
            continue;
        for (const runbook::Step &step : p.steps) {
            for (const QString &name : secretNames(step)) {
                if (!names.contains(name))
                    names.append(name);
            }
        }
    }
    return names;
}

bool Engine::prefetchSecrets(const QStringList &procedures)
{
    const QStringList names = secretsNeeded(procedures);
    QStringList missing;
    for (const QString &name : names) {
        if (!m_secretCache.contains(name))
            missing.append(name);
    }
    if (missing.isEmpty() || !m_secrets)
        return false;
    m_prefetchRequest = nextRequestId();
    m_secrets->request(m_prefetchRequest, scope(), missing);
    return true;
}

} // namespace rollcage::execution
