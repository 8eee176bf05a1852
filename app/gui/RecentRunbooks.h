#pragma once

#include <QObject>
#include <QStringList>

namespace rollcage::gui {

// The most recently opened runbooks, newest first, kept in QSettings so they survive
// restarts. Files that vanished are dropped when the list is read.
class RecentRunbooks : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxEntries = 10;

    explicit RecentRunbooks(QObject *parent = nullptr);

    QStringList files() const;
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

Q_SIGNALS:
    void changed();

private:
    void store(const QStringList &files);
};

} // namespace rollcage::gui
