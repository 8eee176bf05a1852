#pragma once

#include "core/Result.h"
#include "messaging/Channel.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

class QSettings;

namespace rollcage::integrations {
class CredentialStore;
struct CredentialResult;
} // namespace rollcage::integrations

namespace rollcage::messaging {

struct ChannelInfo
{
    QString name;
    ChannelKind kind = ChannelKind::Webhook;
};

// The message channels the user has set up. Names and kinds live in QSettings; each
// webhook URL is a credential and lives only in the keychain (CredentialStore, scope
// credentialScope(), the channel's name as the entry's name). Keychain work is
// asynchronous: every call returns an id that comes back with finished().
class ChannelDirectory : public QObject
{
    Q_OBJECT
public:
    static QString credentialScope() { return QStringLiteral("rollcage/channels"); }

    // `settingsFile` (an INI file): where the names and kinds are kept; default: the
    // application's settings. `credentials` must outlive the directory.
    explicit ChannelDirectory(integrations::CredentialStore &credentials,
                              const QString &settingsFile = {}, QObject *parent = nullptr);
    ~ChannelDirectory() override;

    QList<ChannelInfo> channels() const; // sorted by name
    std::optional<ChannelInfo> channel(const QString &name) const;

    // Stores the URL in the keychain, then lists the channel. A channel of that name is
    // replaced.
    quint64 save(const QString &name, ChannelKind kind, const QUrl &url);
    quint64 remove(const QString &name);
    // Reads a channel's URL from the keychain (it may ask the user to unlock it).
    quint64 lookupUrl(const QString &name);

Q_SIGNALS:
    // `url` is set for a successful lookup only.
    void finished(quint64 id, const rollcage::Status &status, const QUrl &url);
    void channelsChanged();

private:
    enum class Op { Save, Remove, Lookup };
    struct Request
    {
        quint64 id = 0;
        Op op = Op::Lookup;
        QString name;
        ChannelKind kind = ChannelKind::Webhook;
    };
    quint64 failLater(const QString &error);
    void credentialFinished(quint64 credentialId, const integrations::CredentialResult &result);

    integrations::CredentialStore &m_credentials;
    std::unique_ptr<QSettings> m_settings;
    QHash<quint64, Request> m_requests; // by CredentialStore request id
    quint64 m_nextId = 1;
};

} // namespace rollcage::messaging
