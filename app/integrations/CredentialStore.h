#pragma once

#include "core/Result.h"
#include "integrations/CredentialIndex.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <chrono>

namespace rollcage::integrations {

enum class CredentialOperation { Read, Write, Remove };

// What became of one keychain request. `message` is for people (what failed, which
// secret, what to do) and never contains the value.
struct CredentialResult
{
    enum class Error { None, NotFound, NoBackend, AccessDenied, InvalidKey, Failed, Locked };

    CredentialOperation operation = CredentialOperation::Read;
    QString scope;
    QString name;
    Error error = Error::None;
    QString message;
    QString value; // the secret, after a successful read only
    int attempts = 0;

    bool ok() const { return error == Error::None; }
};

// Secrets in the OS keychain (Secret Service / KWallet through QtKeychain), under the
// service "rollcage", one entry per scope ("<service>/<environment>") and name. Every
// call returns at once with an id; finished() reports later, never from inside the
// call. There is no plaintext fallback: without a keychain nothing is stored at all.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    static QString serviceName() { return QStringLiteral("rollcage"); }

    // `settingsFile` (an INI file) keeps the list of names; default: the app's settings.
    explicit CredentialStore(QObject *parent = nullptr, const QString &settingsFile = {});
    ~CredentialStore() override;

    quint64 read(const QString &scope, const QString &name);
    quint64 write(const QString &scope, const QString &name, const QString &value);
    quint64 remove(const QString &scope, const QString &name);

    // The names known to be stored, from settings: no keychain access, nothing unlocked.
    QStringList scopes() const { return m_index.scopes(); }
    QStringList names(const QString &scope) const { return m_index.names(scope); }

    // A scope is "<service>/<environment>"-like text without control characters; a
    // name is a placeholder name (letters, digits, '_', '-', '.').
    static Status validate(const QString &scope, const QString &name);

    // A keychain that is not up yet (the desktop session is still starting) gets one
    // more try after this delay.
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }

Q_SIGNALS:
    void finished(quint64 id, const rollcage::integrations::CredentialResult &result);
    // The list of known names changed (a write or a delete went through).
    void namesChanged();

private:
    struct Request
    {
        quint64 id = 0;
        CredentialResult result;
        QString value;        // to write
        bool probed = false;  // a delete first checks there is something to delete
        bool retried = false; // the one retry for a keychain that is not up yet
    };
    quint64 submit(CredentialOperation operation, const QString &scope, const QString &name,
                   const QString &value);
    void start(Request request);
    void finishJob(Request request, bool probe, int jobError, const QString &detail);
    // A locked Secret Service answers lookups with "not found"; ask it before saying so.
    void concludeMissing(Request request);
    void conclude(Request request);

    CredentialIndex m_index;
    quint64 m_nextId = 1;
    std::chrono::milliseconds m_retryDelay{1500};
};

} // namespace rollcage::integrations

Q_DECLARE_METATYPE(rollcage::integrations::CredentialOperation)
