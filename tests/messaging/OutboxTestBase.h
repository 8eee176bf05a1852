#pragma once

// What the Outbox tests share: a real SQLite incident, channels whose URLs go through the
// real keychain, and a real HTTP server on 127.0.0.1. tst_outbox (what is sent, and what
// never leaks) and tst_outboxretry (retries, restarts, errors) derive from OutboxTestBase.
#include "common/HttpTestServer.h"
#include "common/PortHold.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "integrations/CredentialStore.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/Outbox.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage::messaging;
using namespace std::chrono_literals;
using rollcage::incident::IncidentStore;
using rollcage::integrations::CredentialStore;
using rollcage::test::HttpTestServer;
using rollcage::test::PortHold;
namespace events = rollcage::incident::events;

namespace rollcage::outboxtest {

using namespace rollcage::messaging;
using namespace std::chrono_literals;
using rollcage::incident::IncidentStore;
using rollcage::integrations::CredentialStore;
using rollcage::test::HttpTestServer;
using rollcage::test::PortHold;
namespace events = rollcage::incident::events;

// Stands for the secret part of a real webhook URL.
inline const QByteArray kPath = "/services/T0001/B0002/s3cr3tT0ken";
inline const QString kChannel = QStringLiteral("ops-room");

inline const HttpTestServer::Response kOk{200, "ok", "text/plain", 0, false, {}};
inline HttpTestServer::Response status(int code)
{
    return {code, "{}", "application/json", 0, false, {}};
}

inline QString g_log; // what the message handler below captured

inline void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message + QLatin1Char('\n');
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

class OutboxTestBase : public QObject
{
protected:

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<IncidentStore> m_store;
    std::vector<std::unique_ptr<rollcage::incident::Journal>> m_journals;
    std::unique_ptr<CredentialStore> m_credentials;
    std::unique_ptr<ChannelDirectory> m_channels;
    qint64 m_incident = 0;

    QString databasePath() const { return m_dir->filePath(QStringLiteral("incidents.db")); }
    QString settingsPath() const { return m_dir->filePath(QStringLiteral("settings.ini")); }

    static RetryPolicy fastRetries() { return {10ms, 40ms, 2000ms}; }

    // Stores the channel's URL in the keychain; false (with a test failure) if it did not.
    bool addChannel(const QString &name, ChannelKind kind, const QUrl &url)
    {
        QSignalSpy finished(m_channels.get(), &ChannelDirectory::finished);
        const quint64 id = m_channels->save(name, kind, url);
        if (!finished.wait(10000))
            return false;
        const auto result = finished.first().at(1).value<rollcage::Status>();
        return finished.first().at(0).toULongLong() == id && result.ok;
    }

    // Over a journal of its own, as a console that opens the incident again would have.
    std::unique_ptr<Outbox> newOutbox(IncidentStore &store)
    {
        m_journals.push_back(std::make_unique<rollcage::incident::Journal>(&store, m_incident));
        if (!m_journals.back()->load())
            return nullptr;
        auto outbox = std::make_unique<Outbox>(*m_journals.back(), *m_channels);
        outbox->setRetryPolicy(fastRetries());
        return outbox;
    }

    QStringList journalTypes(const QString &key) const
    {
        QStringList types;
        const auto journal = m_store->events(m_incident);
        for (const auto &e : *journal) {
            if (e.data.value(QLatin1String("key")).toString() == key)
                types.append(e.type);
        }
        return types;
    }

    static int requestsWithKey(const HttpTestServer &server, const QString &key)
    {
        const auto &all = server.requests();
        return int(std::count_if(all.cbegin(), all.cend(), [&](const HttpTestServer::Request &r) {
            return r.headers.value("idempotency-key") == key.toUtf8();
        }));
    }

    static bool isDelivered(const Outbox &outbox, const QString &key)
    {
        const auto e = outbox.entry(key);
        return e && e->state == DeliveryState::Delivered;
    }

    // Derived classes call these from init() and cleanup().
    void openIncident()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto store = IncidentStore::open(databasePath());
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
        rollcage::incident::IncidentRecord record;
        record.title = QStringLiteral("checkout-api 2.14.0 rollback");
        record.service = QStringLiteral("checkout-api");
        record.environment = QStringLiteral("production");
        const auto id = m_store->createIncident(record);
        QVERIFY2(id.ok(), qPrintable(id.error));
        m_incident = *id;
        m_credentials = std::make_unique<CredentialStore>(nullptr, settingsPath());
        m_channels = std::make_unique<ChannelDirectory>(*m_credentials, settingsPath());
    }

    void closeIncident()
    {
        m_journals.clear();
        m_channels.reset();
        m_credentials.reset();
        m_store.reset();
        m_dir.reset();
    }
};

} // namespace rollcage::outboxtest
