#include "integrations/CredentialIndex.h"

#include "core/SettingsKeys.h"

#include <QSettings>

#include <algorithm>

namespace rollcage::integrations {

CredentialIndex::CredentialIndex(const QString &settingsFile)
    : m_settings(settingsFile.isEmpty()
                     ? std::make_unique<QSettings>()
                     : std::make_unique<QSettings>(settingsFile, QSettings::IniFormat))
{
}

CredentialIndex::~CredentialIndex() = default;

QList<CredentialIndex::Entry> CredentialIndex::load() const
{
    // Another process (the CLI, a second window) may have changed the file.
    m_settings->sync();
    QList<Entry> entries;
    const int size = m_settings->beginReadArray(settings::kCredentials);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        Entry e{m_settings->value(settings::kCredentialScope).toString(), m_settings->value(settings::kCredentialName).toString()};
        if (!e.scope.isEmpty() && !e.name.isEmpty() && !entries.contains(e))
            entries.append(e);
    }
    m_settings->endArray();
    return entries;
}

void CredentialIndex::save(const QList<Entry> &entries)
{
    m_settings->remove(settings::kCredentials);
    m_settings->beginWriteArray(settings::kCredentials, int(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(settings::kCredentialScope, entries.at(i).scope);
        m_settings->setValue(settings::kCredentialName, entries.at(i).name);
    }
    m_settings->endArray();
    m_settings->sync();
}

QStringList CredentialIndex::scopes() const
{
    QStringList result;
    for (const Entry &e : load()) {
        if (!result.contains(e.scope))
            result.append(e.scope);
    }
    std::sort(result.begin(), result.end());
    return result;
}

QStringList CredentialIndex::names(const QString &scope) const
{
    QStringList result;
    for (const Entry &e : load()) {
        if (e.scope == scope)
            result.append(e.name);
    }
    std::sort(result.begin(), result.end());
    return result;
}

bool CredentialIndex::contains(const QString &scope, const QString &name) const
{
    return load().contains(Entry{scope, name});
}

bool CredentialIndex::add(const QString &scope, const QString &name)
{
    QList<Entry> entries = load();
    const Entry e{scope, name};
    if (entries.contains(e))
        return false;
    entries.append(e);
    save(entries);
    return true;
}

bool CredentialIndex::remove(const QString &scope, const QString &name)
{
    QList<Entry> entries = load();
    if (!entries.removeAll(Entry{scope, name}))
        return false;
    save(entries);
    return true;
}

} // namespace rollcage::integrations
