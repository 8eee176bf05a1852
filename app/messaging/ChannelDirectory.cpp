#include "messaging/ChannelDirectory.h"

#include "core/Logging.h"
#include "core/SettingsKeys.h"
#include "integrations/CredentialStore.h"

#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace rollcage::messaging {

using integrations::CredentialResult;
using integrations::CredentialStore;

ChannelDirectory::ChannelDirectory(CredentialStore &credentials, const QString &settingsFile,
                                   QObject *parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
    connect(&m_credentials, &CredentialStore::finished, this,
            &ChannelDirectory::credentialFinished);
}

ChannelDirectory::~ChannelDirectory() = default;

QList<ChannelInfo> ChannelDirectory::channels() const
{
    QList<ChannelInfo> list;
    m_settings->beginGroup(settings::kChannels);
    const QStringList names = m_settings->childKeys();
    for (const QString &name : names) {
        const auto kind = channelKindFromName(m_settings->value(name).toString());
        if (kind)
            list.append({name, *kind});
        else
            qCWarning(lcMessaging)
                << "ignoring channel" << name << "of unknown kind in" << m_settings->fileName();
    }
    m_settings->endGroup();
    std::sort(list.begin(), list.end(),
              [](const ChannelInfo &a, const ChannelInfo &b) { return a.name < b.name; });
    return list;
}

std::optional<ChannelInfo> ChannelDirectory::channel(const QString &name) const
{
    const QList<ChannelInfo> all = channels();
    for (const ChannelInfo &info : all) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

quint64 ChannelDirectory::failLater(const QString &error)
{
    const quint64 id = m_nextId++;
    // Reported from the event loop like every other outcome, never from inside the call.
    QTimer::singleShot(0, this,
                       [this, id, error] { Q_EMIT finished(id, Status::failure(error), {}); });
    return id;
}

quint64 ChannelDirectory::save(const QString &name, ChannelKind kind, const QUrl &url)
{
    if (Status valid = CredentialStore::validate(credentialScope(), name); !valid)
        return failLater(tr("'%1' cannot be a channel name: use letters, digits, '_', '-' and "
                            "'.', for example ops-slack.")
                             .arg(name));
    if (Status valid = checkWebhookUrl(url); !valid)
        return failLater(valid.error);
    const quint64 credentialId =
        m_credentials.write(credentialScope(), name, url.toString(QUrl::FullyEncoded));
    const Request request{m_nextId++, Op::Save, name, kind};
    m_requests.insert(credentialId, request);
    return request.id;
}

quint64 ChannelDirectory::remove(const QString &name)
{
    const quint64 credentialId = m_credentials.remove(credentialScope(), name);
    const Request request{m_nextId++, Op::Remove, name, ChannelKind::Webhook};
    m_requests.insert(credentialId, request);
    return request.id;
}

quint64 ChannelDirectory::lookupUrl(const QString &name)
{
    const quint64 credentialId = m_credentials.read(credentialScope(), name);
    const Request request{m_nextId++, Op::Lookup, name, ChannelKind::Webhook};
    m_requests.insert(credentialId, request);
    return request.id;
}

void ChannelDirectory::credentialFinished(quint64 credentialId, const CredentialResult &result)
{
    if (!m_requests.contains(credentialId))
        return; // someone else's keychain request
    const Request request = m_requests.take(credentialId);
    const QString key = settings::kChannels + QLatin1Char('/') + request.name;
    switch (request.op) {
    case Op::Save:
        if (result.ok()) {
            m_settings->setValue(key, channelKindName(request.kind));
            m_settings->sync();
            Q_EMIT channelsChanged();
        }
        Q_EMIT finished(request.id,
                        result.ok() ? Status::success() : Status::failure(result.message), {});
        return;
    case Op::Remove: {
        // Gone from the keychain, or never there: either way the channel is no more.
        const bool gone = result.ok() || result.error == CredentialResult::Error::NotFound;
        if (gone && m_settings->contains(key)) {
            m_settings->remove(key);
            m_settings->sync();
            Q_EMIT channelsChanged();
        }
        Q_EMIT finished(request.id, gone ? Status::success() : Status::failure(result.message), {});
        return;
    }
    case Op::Lookup:
        if (!result.ok()) {
            Q_EMIT finished(request.id,
                            Status::failure(tr("The webhook URL of channel %1 could not be read "
                                               "from the keychain: %2")
                                                .arg(request.name, result.message)),
                            {});
            return;
        }
        Q_EMIT finished(request.id, Status::success(), QUrl::fromEncoded(result.value.toUtf8()));
        return;
    }
}

} // namespace rollcage::messaging
