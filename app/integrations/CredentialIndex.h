#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace rollcage::integrations {

// The names of the credentials Rollcage has stored, by scope, kept in QSettings so a
// list can be shown without unlocking the keychain. Values never come here.
class CredentialIndex
{
public:
    // The application's settings, or `settingsFile` (an INI file) when given.
    explicit CredentialIndex(const QString &settingsFile = {});
    ~CredentialIndex();
    CredentialIndex(const CredentialIndex &) = delete;
    CredentialIndex &operator=(const CredentialIndex &) = delete;

    QStringList scopes() const;                    // sorted
    QStringList names(const QString &scope) const; // sorted
    bool contains(const QString &scope, const QString &name) const;

    // Both return true when the list changed.
    bool add(const QString &scope, const QString &name);
    bool remove(const QString &scope, const QString &name);

private:
    struct Entry
    {
        QString scope;
        QString name;
        bool operator==(const Entry &) const = default;
    };
    QList<Entry> load() const;
    void save(const QList<Entry> &entries);

    std::unique_ptr<QSettings> m_settings;
};

} // namespace rollcage::integrations
