#pragma once

#include <QDBusConnection>
#include <QObject>
#include <QString>

namespace rollcage::gui {

// Desktop notifications over the freedesktop org.freedesktop.Notifications D-Bus
// interface, asynchronously: notify() returns at once and the outcome comes back by
// signal. When no notification service answers (no desktop, a bare session bus, a
// headless laptop dock), unavailable() tells the caller to show the news itself.
class DesktopNotifier : public QObject
{
    Q_OBJECT
public:
    // On the session bus unless another connection is given.
    explicit DesktopNotifier(QObject *parent = nullptr);
    DesktopNotifier(const QDBusConnection &bus, QObject *parent = nullptr);

    // Returns an id that comes back with shown() or unavailable().
    quint64 notify(const QString &summary, const QString &body);

Q_SIGNALS:
    void shown(quint64 id);
    void unavailable(quint64 id, const QString &summary, const QString &body, const QString &why);

private:
    QDBusConnection m_bus;
    quint64 m_nextId = 1;
};

} // namespace rollcage::gui
