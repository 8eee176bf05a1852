// Desktop notifications over a private D-Bus session (tests/keyring-session.sh): the test
// itself plays the desktop's notification service, then leaves the bus without one.
#include "gui/DesktopNotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QTest>

using rollcage::gui::DesktopNotifier;

namespace {
const QString kService = QStringLiteral("org.freedesktop.Notifications");
const QString kPath = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

// The part of the freedesktop notification server Rollcage talks to.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")
public:
    struct Received
    {
        QString app;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Received> received;

public Q_SLOTS:
    uint Notify(const QString &app, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints,
                int timeoutMs)
    {
        Q_UNUSED(replacesId)
        Q_UNUSED(icon)
        Q_UNUSED(actions)
        Q_UNUSED(timeoutMs)
        received.append({app, summary, body, hints});
        return uint(received.size());
    }
};

class TestDesktopNotifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!QDBusConnection::sessionBus().isConnected())
            QSKIP("no session bus: run through tests/keyring-session.sh (ctest does)");
    }

    void notificationReachesTheDesktopService()
    {
        FakeNotificationServer server;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.registerObject(kPath, &server, QDBusConnection::ExportAllSlots));
        QVERIFY2(bus.registerService(kService), qPrintable(bus.lastError().message()));

        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        const quint64 id = notifier.notify(QStringLiteral("Status update due"),
                                           QStringLiteral("The next update on checkout/production was due at 03:45."));
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().at(0).toULongLong(), id);
        QCOMPARE(unavailable.size(), 0);
        QCOMPARE(server.received.size(), 1);
        QCOMPARE(server.received.first().app, QStringLiteral("Rollcage"));
        QCOMPARE(server.received.first().summary, QStringLiteral("Status update due"));
        QVERIFY(server.received.first().body.contains(QStringLiteral("checkout/production")));
        QCOMPARE(server.received.first().hints.value(QStringLiteral("urgency")).toInt(), 1);

        bus.unregisterService(kService);
        bus.unregisterObject(kPath);
    }

    void withoutAServiceTheCallerIsToldSoItCanShowABanner()
    {
        QVERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(kService).value());
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        const quint64 id = notifier.notify(QStringLiteral("Overdue: tell Support"), QStringLiteral("body"));
        QVERIFY(unavailable.wait(10000));
        QCOMPARE(unavailable.first().at(0).toULongLong(), id);
        QCOMPARE(unavailable.first().at(1).toString(), QStringLiteral("Overdue: tell Support"));
        QVERIFY(!unavailable.first().at(3).toString().isEmpty());
        QCOMPARE(shown.size(), 0);
    }

    void withoutABusTheCallerIsToldToo()
    {
        DesktopNotifier notifier(QDBusConnection(QStringLiteral("never-connected")));
        QSignalSpy unavailable(&notifier, &DesktopNotifier::unavailable);
        notifier.notify(QStringLiteral("Status update due"), QStringLiteral("body"));
        QCOMPARE(unavailable.size(), 0); // reported from the event loop, never re-entrantly
        QVERIFY(unavailable.wait(10000));
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
