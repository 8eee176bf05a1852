#include "gui/DesktopNotifier.h"

#include "core/Logging.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QTimer>
#include <QVariantMap>

namespace rollcage::gui {

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
constexpr int kCallTimeoutMs = 5000; // a hung service must not hold the reminder back long
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : DesktopNotifier(QDBusConnection::sessionBus(), parent)
{
}

DesktopNotifier::DesktopNotifier(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
}

quint64 DesktopNotifier::notify(const QString &summary, const QString &body)
{
    const quint64 id = m_nextId++;
    if (!m_bus.isConnected()) {
        const QString why = tr("there is no D-Bus session bus");
        // Reported from the event loop, like an answer from the bus would be.
        QTimer::singleShot(0, this, [this, id, summary, body, why] {
            Q_EMIT unavailable(id, summary, body, why);
        });
        return id;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(kService, kPath, kService,
                                                       QStringLiteral("Notify"));
    // A reminder that an update is due is worth more than a passing toast: urgency
    // "normal" (1), and the server's default expiry.
    const QVariantMap hints{{QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
                            {QStringLiteral("category"), QStringLiteral("im")}};
    call << QStringLiteral("Rollcage") << uint(0) << QStringLiteral("rollcage") << summary << body
         << QStringList() << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(m_bus.asyncCall(call, kCallTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, id, summary, body](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<uint> reply = *w;
                if (reply.isError()) {
                    qCInfo(lcGui).noquote() << "desktop notification not shown:"
                                            << reply.error().name();
                    Q_EMIT unavailable(id, summary, body, reply.error().message());
                    return;
                }
                Q_EMIT shown(id);
            });
    return id;
}

} // namespace rollcage::gui
