#include "gui/RecentRunbooks.h"

#include "core/SettingsKeys.h"

#include <QFileInfo>
#include <QSettings>

namespace rollcage::gui {

RecentRunbooks::RecentRunbooks(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentRunbooks::files() const
{
    QStringList result;
    const QStringList stored = QSettings().value(settings::kRecentRunbooks).toStringList();
    for (const QString &file : stored) {
        if (QFileInfo::exists(file))
            result << file;
    }
    return result;
}

void RecentRunbooks::add(const QString &path)
{
    // Resources (the bundled example) are not files a user can find again.
    if (path.startsWith(QLatin1Char(':')))
        return;
    QStringList list = QSettings().value(settings::kRecentRunbooks).toStringList();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxEntries)
        list.removeLast();
    store(list);
}

void RecentRunbooks::remove(const QString &path)
{
    QStringList list = QSettings().value(settings::kRecentRunbooks).toStringList();
    if (list.removeAll(path) > 0)
        store(list);
}

void RecentRunbooks::clear() { store({}); }

void RecentRunbooks::store(const QStringList &list)
{
    QSettings().setValue(settings::kRecentRunbooks, list);
    Q_EMIT changed();
}

} // namespace rollcage::gui
