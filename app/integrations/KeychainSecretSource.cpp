#include "integrations/KeychainSecretSource.h"

#include "core/Logging.h"
#include "integrations/SecretPrompter.h"

#include <QTimer>

namespace rollcage::integrations {

KeychainSecretSource::KeychainSecretSource(CredentialStore *store, SecretPrompter *prompter,
                                           QObject *parent)
    : SecretSource(parent)
    , m_store(store)
    , m_noPrompterReason(tr("nobody can be asked for it here"))
{
    connect(m_store, &CredentialStore::finished, this, &KeychainSecretSource::onStoreFinished);
    setPrompter(prompter);
}

void KeychainSecretSource::setPrompter(SecretPrompter *prompter)
{
    if (m_prompter)
        disconnect(m_prompter, nullptr, this, nullptr);
    m_prompter = prompter;
    if (!prompter)
        return;
    connect(prompter, &SecretPrompter::answered, this, &KeychainSecretSource::onAnswered);
    connect(prompter, &SecretPrompter::declined, this, &KeychainSecretSource::onDeclined);
}

void KeychainSecretSource::request(quint64 id, const QString &scope, const QStringList &names)
{
    Pending pending;
    pending.scope = scope;
    pending.names = names;
    pending.names.removeDuplicates();
    pending.reading = int(pending.names.size());
    m_pending.insert(id, pending);
    if (pending.names.isEmpty()) {
        QTimer::singleShot(0, this, [this, id] {
            m_pending.remove(id);
            Q_EMIT provided(id, {});
        });
        return;
    }
    for (const QString &name : std::as_const(pending.names))
        m_reads.insert(m_store->read(scope, name), id);
}

void KeychainSecretSource::peek(quint64 id, const QString &scope, const QStringList &names)
{
    // Only names known to be stored: a runbook with nothing in the keychain never makes
    // it unlock, start or complain before a step actually needs a secret.
    const QStringList stored = m_store->names(scope);
    QStringList unique = names;
    unique.removeDuplicates();
    unique.removeIf([&stored](const QString &name) { return !stored.contains(name); });
    Peek peek;
    peek.reading = int(unique.size());
    m_peeks.insert(id, peek);
    if (unique.isEmpty()) {
        QTimer::singleShot(0, this, [this, id] {
            m_peeks.remove(id);
            Q_EMIT kept(id, {});
        });
        return;
    }
    for (const QString &name : std::as_const(unique))
        m_peekReads.insert(m_store->read(scope, name), id);
}

void KeychainSecretSource::onStoreFinished(quint64 storeId, const CredentialResult &result)
{
    if (const auto it = m_peekReads.constFind(storeId); it != m_peekReads.constEnd()) {
        const quint64 id = *it;
        m_peekReads.erase(it);
        onPeekRead(id, result);
        return;
    }
    if (const auto it = m_remembers.constFind(storeId); it != m_remembers.constEnd()) {
        m_remembers.erase(it);
        if (!result.ok())
            qCWarning(lcKeychain).noquote()
                << tr("%1 was used but not remembered: %2").arg(result.name, result.message);
        return;
    }
    const auto it = m_reads.constFind(storeId);
    if (it == m_reads.constEnd())
        return; // someone else's request on the shared store
    const quint64 id = *it;
    m_reads.erase(it);
    auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    if (result.ok())
        pending->values.insert(result.name, result.value);
    else if (result.error == CredentialResult::Error::InvalidKey)
        pending->invalid = result.message;
    else {
        pending->missing.append(result.name);
        pending->whyMissing.insert(result.name, result.message);
    }
    if (--pending->reading > 0)
        return;
    if (!pending->invalid.isEmpty()) {
        fail(id, pending->invalid);
        return;
    }
    // Keep the order the step asked in, whatever order the keychain answered in.
    QStringList ordered;
    for (const QString &name : std::as_const(pending->names)) {
        if (pending->missing.contains(name))
            ordered.append(name);
    }
    pending->missing = ordered;
    if (!pending->missing.isEmpty() && !m_prompter) {
        QStringList lines;
        for (const QString &name : std::as_const(pending->missing)) {
            QString why = pending->whyMissing.value(name);
            const QString command =
                QStringLiteral("rollcage secret set %1 %2").arg(pending->scope, name);
            if (!why.contains(command))
                why +=
                    QLatin1Char(' ') + tr("Once a keychain works, store it with: %1").arg(command);
            lines.append(QStringLiteral("  ") + why);
        }
        fail(id, tr("Missing %n secret(s) for %1 and %2:\n", nullptr, int(pending->missing.size()))
                         .arg(pending->scope, m_noPrompterReason) +
                     lines.join(QLatin1Char('\n')));
        return;
    }
    askNext(id);
}

void KeychainSecretSource::onPeekRead(quint64 id, const CredentialResult &result)
{
    auto peek = m_peeks.find(id);
    if (peek == m_peeks.end())
        return;
    // Not kept, locked, no keychain: nothing to mask yet; the step that needs it will
    // ask and say why.
    if (result.ok())
        peek->values.insert(result.name, result.value);
    if (--peek->reading > 0)
        return;
    const QHash<QString, QString> values = peek->values;
    m_peeks.erase(peek);
    Q_EMIT kept(id, values);
}

void KeychainSecretSource::askNext(quint64 id)
{
    auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    if (pending->missing.isEmpty()) {
        const QHash<QString, QString> values = pending->values;
        m_pending.erase(pending);
        Q_EMIT provided(id, values);
        return;
    }
    const QString name = pending->missing.constFirst();
    const quint64 promptId = m_nextPrompt++;
    m_prompts.insert(promptId, id);
    m_prompter->ask(promptId, pending->scope, name, pending->whyMissing.value(name));
}

void KeychainSecretSource::onAnswered(quint64 promptId, const QString &value, bool remember)
{
    const quint64 id = m_prompts.take(promptId);
    auto pending = m_pending.find(id);
    if (pending == m_pending.end())
        return;
    const QString name = pending->missing.takeFirst();
    pending->values.insert(name, value);
    if (remember)
        m_remembers.insert(m_store->write(pending->scope, name, value), id);
    askNext(id);
}

void KeychainSecretSource::onDeclined(quint64 promptId, const QString &reason)
{
    const quint64 id = m_prompts.take(promptId);
    const auto pending = m_pending.constFind(id);
    if (pending == m_pending.constEnd())
        return;
    fail(id, tr("The secret %1 for %2 was not given (%3). Store it with: rollcage secret set "
                "%2 %1")
                 .arg(pending->missing.constFirst(), pending->scope, reason));
}

void KeychainSecretSource::fail(quint64 id, const QString &error)
{
    m_pending.remove(id);
    Q_EMIT failed(id, error);
}

} // namespace rollcage::integrations
