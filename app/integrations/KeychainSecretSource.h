#pragma once

#include "core/SecretSource.h"
#include "integrations/CredentialStore.h"

#include <QHash>
#include <QPointer>

namespace rollcage::integrations {

class SecretPrompter;

// The runner's SecretSource: every name is looked up in the keychain; the ones it does
// not have are asked of a person through the SecretPrompter, one at a time, and stored
// when the person asks to remember them. Without a prompter the request fails with a
// message naming each missing secret and the command that stores it.
class KeychainSecretSource : public execution::SecretSource
{
    Q_OBJECT
public:
    // `store` must outlive this object; `prompter` may be null and is not owned.
    KeychainSecretSource(CredentialStore *store, SecretPrompter *prompter,
                         QObject *parent = nullptr);

    void setPrompter(SecretPrompter *prompter);
    // Why nobody can be asked, for the failure message (e.g. "stdin is not a terminal").
    void setNoPrompterReason(const QString &reason) { m_noPrompterReason = reason; }

    void request(quint64 id, const QString &scope, const QStringList &names) override;
    // Reads the names the store's index lists for the scope; the prompter is never asked.
    void peek(quint64 id, const QString &scope, const QStringList &names) override;

private:
    struct Pending
    {
        QString scope;
        QStringList names;
        int reading = 0;
        QHash<QString, QString> values;
        QStringList missing;                // in request order
        QHash<QString, QString> whyMissing; // name -> the keychain's message
        QString invalid;
    };

    void onStoreFinished(quint64 storeId, const CredentialResult &result);
    void onPeekRead(quint64 id, const CredentialResult &result);
    void onAnswered(quint64 promptId, const QString &value, bool remember);
    void onDeclined(quint64 promptId, const QString &reason);
    void askNext(quint64 id);
    void fail(quint64 id, const QString &error);

    CredentialStore *m_store;
    QPointer<SecretPrompter> m_prompter;
    QString m_noPrompterReason;
    QHash<quint64, Pending> m_pending;
    QHash<quint64, quint64> m_reads;     // store request -> our request
    QHash<quint64, quint64> m_remembers; // store write -> our request (for the log)
    quint64 m_nextPrompt = 1;
    QHash<quint64, quint64> m_prompts; // prompt -> our request
    struct Peek
    {
        int reading = 0;
        QHash<QString, QString> values;
    };
    QHash<quint64, Peek> m_peeks;
    QHash<quint64, quint64> m_peekReads; // store read -> our peek
};

} // namespace rollcage::integrations
