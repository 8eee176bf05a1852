// Runs inside tests/keyring-session.sh: webhook URLs go through a real gnome-keyring,
// messages through a real HTTP server on 127.0.0.1 and a real SQLite journal.
#include "common/PortHold.h"
#include "common/HttpTestServer.h"
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

namespace {

// Stands for the secret part of a real webhook URL.
const QByteArray kPath = "/services/T0001/B0002/s3cr3tT0ken";
const QString kChannel = QStringLiteral("ops-room");

const HttpTestServer::Response kOk{200, "ok", "text/plain", 0, false, {}};
HttpTestServer::Response status(int code)
{
    return {code, "{}", "application/json", 0, false, {}};
}

QString g_log; // what the message handler below captured

void captureMessage(QtMsgType, const QMessageLogContext &, const QString &message)
{
    g_log += message + QLatin1Char('\n');
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestOutbox : public QObject
{
    Q_OBJECT

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

private Q_SLOTS:
    void init()
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

    void cleanup()
    {
        m_journals.clear();
        m_channels.reset();
        m_credentials.reset();
        m_store.reset();
        m_dir.reset();
    }

    // What each kind of channel receives, byte for byte, apart from the two values that
    // differ per send. Set ROLLCAGE_UPDATE_GOLDEN=1 to rewrite the files.
    void deliversToEachKind_data()
    {
        QTest::addColumn<ChannelKind>("kind");
        QTest::newRow("slack") << ChannelKind::Slack;
        QTest::newRow("teams") << ChannelKind::Teams;
        QTest::newRow("webhook") << ChannelKind::Webhook;
    }

    void deliversToEachKind()
    {
        QFETCH(ChannelKind, kind);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, kind, server.url(QString::fromLatin1(kPath))));
        // What the journal held at the moment the request arrived.
        QStringList typesAtRequest;
        connect(&server, &HttpTestServer::requestReceived, this, [&] {
            typesAtRequest = journalTypes(
                QString::fromUtf8(server.requests().constLast().headers.value("idempotency-key")));
        });
        auto outbox = newOutbox(*m_store);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto key = outbox->send(
            kChannel, QStringLiteral("Rollback started"),
            QStringLiteral("Rolling back checkout-api to 2.13.2.\nNext update 03:45 UTC."));
        QVERIFY2(key.ok(), qPrintable(key.error));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().at(0).toString(), *key);

        QCOMPARE(server.requests().size(), 1);
        const auto &request = server.requests().first();
        QCOMPARE(request.path, kPath);
        QCOMPARE(request.headers.value("idempotency-key"), key->toUtf8());
        QByteArray body = request.body;
        if (kind == ChannelKind::Webhook) {
            const QJsonObject json = QJsonDocument::fromJson(body).object();
            QCOMPARE(json.value(QLatin1String("idempotency_key")).toString(), *key);
            const QString sentAt = json.value(QLatin1String("sent_at")).toString();
            const QDateTime at = QDateTime::fromString(sentAt, Qt::ISODateWithMs);
            QVERIFY2(at >= before.addMSecs(-1) && at <= QDateTime::currentDateTimeUtc(),
                     qPrintable(sentAt));
            body.replace(sentAt.toUtf8(), "<sent_at>");
        }
        body.replace(key->toUtf8(), "<key>");
        const QString golden =
            QDir(QStringLiteral(GOLDEN_DIR))
                .filePath(QStringLiteral("delivered-%1.json").arg(channelKindName(kind)));
        if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
            QFile out(golden);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(body + '\n');
        }
        QCOMPARE(body + '\n', readFile(golden));

        // Recorded before it was tried, then recorded as sent.
        QCOMPARE(typesAtRequest, QStringList{events::MessageQueued});
        QCOMPARE(journalTypes(*key), (QStringList{events::MessageQueued, events::MessageSent}));
        const auto entry = outbox->entry(*key);
        QCOMPARE(entry->attempts, 1);
        QCOMPARE(entry->lastHttpStatus, 200);
        QCOMPARE(outbox->openCount(), 0);
    }

    // A secret typed into a message (the incident's journal knows it: a step used it, or
    // the keychain keeps it) is masked in the journal and in what reaches the channel.
    void aSecretTypedIntoAMessageIsNeverSent()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, ChannelKind::Webhook, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        m_journals.back()->addSecrets({QStringLiteral("pg-Secret-4411")});
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto key = outbox->send(kChannel, QStringLiteral("Update"),
                                      QStringLiteral("Connect with pg-Secret-4411 if it hangs."));
        QVERIFY2(key.ok(), qPrintable(key.error));
        QVERIFY(delivered.wait(10000));
        QVERIFY(!server.requests().first().body.contains("pg-Secret-4411"));
        QVERIFY(server.requests().first().body.contains("Connect with \u2022\u2022\u2022\u2022") ||
                server.requests().first().body.contains("Connect with ••••"));
        const auto journal = m_store->events(m_incident);
        for (const auto &e : *journal)
            QVERIFY(!QJsonDocument(e.data).toJson().contains("pg-Secret-4411"));
    }

    void retriesServerErrorsWithTheSameKey()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        server.queueResponses(kPath, {status(500), status(503), status(500)});
        QVERIFY(addChannel(kChannel, ChannelKind::Webhook, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto key =
            outbox->send(kChannel, QStringLiteral("Update"), QStringLiteral("Still rolling back."));
        QVERIFY(key.ok());
        QVERIFY(delivered.wait(10000));
        QCOMPARE(failed.size(), 3);
        QCOMPARE(failed.at(1).at(1).toString(), QStringLiteral("HTTP 503: {}"));

        QCOMPARE(server.requests().size(), 4);
        for (const auto &request : server.requests()) {
            QCOMPARE(request.headers.value("idempotency-key"), key->toUtf8());
            QCOMPARE(QJsonDocument::fromJson(request.body)
                         .object()
                         .value(QLatin1String("idempotency_key"))
                         .toString(),
                     *key);
        }
        QCOMPARE(journalTypes(*key),
                 (QStringList{events::MessageQueued, events::MessageAttemptFailed,
                              events::MessageAttemptFailed, events::MessageAttemptFailed,
                              events::MessageSent}));
        // The pauses grow: 10, 20, 40 ms after the first, second and third failure.
        qint64 previousGap = 0;
        const auto journal = m_store->events(m_incident);
        for (const auto &e : *journal) {
            if (e.type != events::MessageAttemptFailed)
                continue;
            const qint64 gap = e.data.value(QLatin1String("next_attempt_ms")).toInteger() - e.atMs;
            QVERIFY2(gap > previousGap, qPrintable(QString::number(gap)));
            previousGap = gap;
        }
        QCOMPARE(outbox->entry(*key)->attempts, 4);
    }

    void rateLimitIsRespected()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        // The test server has no field for extra headers: the line rides on the content type.
        const HttpTestServer::Response limited{429, "{}",  "text/plain\r\nRetry-After: 1",
                                               0,   false, {}};
        server.queueResponses(kPath, {limited});
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        outbox->setRetryPolicy({10ms, 5s, 2s}); // the cap still bounds what a server may ask
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto key = outbox->send(kChannel, {}, QStringLiteral("Update"));
        QVERIFY(failed.wait(10000));
        // The server asked for a second: more than the 10 ms the policy would wait.
        const OutboxEntry waiting = *outbox->entry(*key);
        QCOMPARE(waiting.nextAttemptMs - waiting.lastAttemptMs, 1000);
        QCOMPARE(waiting.lastHttpStatus, 429);
        outbox->retryNow(); // the user insists
        QVERIFY(delivered.wait(10000));
        QCOMPARE(requestsWithKey(server, *key), 2);
    }

    void slowAnswerTimesOutAndIsRetried()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        server.queueResponses(kPath, {{200, "late", "text/plain", 5000, false, {}}});
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        outbox->setRetryPolicy({10ms, 40ms, 300ms});
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto key = outbox->send(kChannel, {}, QStringLiteral("Rollback complete."));
        QVERIFY(key.ok());
        QVERIFY(delivered.wait(10000));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("no answer within 0.3 s"));
        // The first request may have been acted on: the receiver sees the same key twice.
        QCOMPARE(requestsWithKey(server, *key), 2);
    }

    // Offline, then back: every message waits visibly, then goes exactly once, in order.
    void serverThatComesBackGetsEachMessageOnce()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.rememberPort();
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, ChannelKind::Webhook, server.url(QString::fromLatin1(kPath))));
        const quint16 port = server.port();
        server.close();
        PortHold down(port);
        QVERIFY(down.isHeld());

        auto outbox = newOutbox(*m_store);
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto first = outbox->send(kChannel, QStringLiteral("1"), QStringLiteral("first"));
        const auto second = outbox->send(kChannel, QStringLiteral("2"), QStringLiteral("second"));
        QVERIFY(first.ok() && second.ok());
        QTRY_VERIFY_WITH_TIMEOUT(failed.size() >= 3, 10000);

        const OutboxEntry waiting = *outbox->entry(*first);
        QCOMPARE(waiting.state == DeliveryState::Waiting || waiting.state == DeliveryState::Sending,
                 true);
        QCOMPARE(waiting.lastError, QStringLiteral("the server refused the connection"));
        QVERIFY(waiting.queuedMs > 0 && waiting.lastAttemptMs >= waiting.queuedMs);
        QVERIFY(waiting.nextAttemptMs > waiting.lastAttemptMs);
        QCOMPARE(outbox->entry(*second)->attempts, 0); // waits behind the first
        QCOMPARE(outbox->entry(*second)->waitsFor, *first);
        QVERIFY(outbox->entry(*first)->waitsFor.isEmpty());
        QCOMPARE(outbox->openCount(), 2);

        down.release();
        QVERIFY(server.listen());
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 2, 10000);
        // A third message after both: once it has arrived, nothing else can still be on
        // its way, so the counts below are final.
        const auto third = outbox->send(kChannel, QStringLiteral("3"), QStringLiteral("third"));
        QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 3, 10000);
        QCOMPARE(requestsWithKey(server, *first), 1);
        QCOMPARE(requestsWithKey(server, *second), 1);
        QCOMPARE(requestsWithKey(server, *third), 1);
        QCOMPARE(server.requests().size(), 3);
        QCOMPARE(server.requests().at(0).headers.value("idempotency-key"), first->toUtf8());
        QCOMPARE(server.requests().at(1).headers.value("idempotency-key"), second->toUtf8());
    }

    void restartResumesWaitingAndNeverResends()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.rememberPort();
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        const quint16 port = server.port();
        server.close();
        PortHold down(port);
        QVERIFY(down.isHeld());

        QString pending;
        {
            auto outbox = newOutbox(*m_store);
            outbox->setRetryPolicy({1h, 1h, 2s}); // it would wait an hour in this session
            QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
            const auto key = outbox->send(kChannel, {}, QStringLiteral("Rollback started."));
            QVERIFY(key.ok());
            QVERIFY(failed.wait(10000));
            pending = *key;
        }
        down.release();
        QVERIFY(server.listen());

        // Rollcage restarts: a new store connection on the same file, a new outbox.
        auto reopened = IncidentStore::open(databasePath());
        QVERIFY(reopened.ok());
        {
            auto outbox = newOutbox(**reopened);
            QSignalSpy delivered(outbox.get(), &Outbox::delivered);
            QVERIFY(outbox->start().ok);
            QCOMPARE(outbox->entries().size(), 1);
            QVERIFY(delivered.wait(10000));
            QCOMPARE(delivered.first().at(0).toString(), pending);
        }
        {
            auto outbox = newOutbox(**reopened);
            QSignalSpy delivered(outbox.get(), &Outbox::delivered);
            QVERIFY(outbox->start().ok);
            QCOMPARE(outbox->openCount(), 0);
            QVERIFY(isDelivered(*outbox, pending));
            const auto later = outbox->send(kChannel, {}, QStringLiteral("Rollback complete."));
            QVERIFY(delivered.wait(10000));
            QCOMPARE(delivered.first().at(0).toString(), *later);
        }
        QCOMPARE(requestsWithKey(server, pending), 1);
        QCOMPARE(server.requests().size(), 2);
        QCOMPARE(journalTypes(pending),
                 (QStringList{events::MessageQueued, events::MessageAttemptFailed,
                              events::MessageSent}));
    }

    // Quitting while a request is on the wire: its outcome is unknown, so the next session
    // sends it again with the same key for the receiver to recognise.
    void closingMidRequestResendsWithTheSameKey()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        server.queueResponses(kPath, {{200, {}, "text/plain", 0, true, {}}}); // never answers
        QVERIFY(addChannel(kChannel, ChannelKind::Webhook, server.url(QString::fromLatin1(kPath))));
        QString key;
        {
            auto outbox = newOutbox(*m_store);
            QSignalSpy arrived(&server, &HttpTestServer::requestReceived);
            const auto sent = outbox->send(kChannel, {}, QStringLiteral("Rollback started."));
            QVERIFY(sent.ok());
            key = *sent;
            QVERIFY(arrived.wait(10000));
            QCOMPARE(outbox->entry(key)->state, DeliveryState::Sending);
        }
        QCOMPARE(journalTypes(key), QStringList{events::MessageQueued});
        auto outbox = newOutbox(*m_store);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        QVERIFY(outbox->start().ok);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(requestsWithKey(server, key), 2);
        QCOMPARE(journalTypes(key), (QStringList{events::MessageQueued, events::MessageSent}));
    }

    void abandonedMessageIsNotRetried()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, status(500));
        QVERIFY(addChannel(kChannel, ChannelKind::Teams, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        outbox->setRetryPolicy({1h, 1h, 2s});
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto doomed = outbox->send(kChannel, {}, QStringLiteral("first"));
        QVERIFY(failed.wait(10000));
        QVERIFY(!outbox->abandon(*doomed, QStringLiteral("  ")).ok); // a reason is required
        QVERIFY2(outbox->abandon(*doomed, QStringLiteral("told them by phone")).ok,
                 "abandon failed");
        QCOMPARE(outbox->entry(*doomed)->state, DeliveryState::Abandoned);
        QVERIFY(!outbox->abandon(*doomed, QStringLiteral("again")).ok);

        server.setResponse(kPath, kOk);
        outbox->retryNow();
        const auto next = outbox->send(kChannel, {}, QStringLiteral("second"));
        QVERIFY(delivered.wait(10000));
        QCOMPARE(delivered.first().at(0).toString(), *next);
        QCOMPARE(requestsWithKey(server, *doomed), 1);
        QCOMPARE(journalTypes(*doomed).constLast(), events::MessageAbandoned);
    }

    // A 4xx that says "this request is wrong" stops at once; 408/425/429 say "later".
    void clientErrorsArePermanentExceptTheRetryableOnes_data()
    {
        QTest::addColumn<int>("httpStatus");
        QTest::addColumn<bool>("permanent");
        QTest::newRow("400 bad request") << 400 << true;
        QTest::newRow("403 forbidden (revoked hook)") << 403 << true;
        QTest::newRow("404 not found (deleted hook)") << 404 << true;
        QTest::newRow("410 gone") << 410 << true;
        QTest::newRow("408 request timeout") << 408 << false;
        QTest::newRow("425 too early") << 425 << false;
        QTest::newRow("429 rate limited") << 429 << false;
    }

    void clientErrorsArePermanentExceptTheRetryableOnes()
    {
        QFETCH(int, httpStatus);
        QFETCH(bool, permanent);
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        server.queueResponses(kPath, {status(httpStatus)});
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        QSignalSpy rejected(outbox.get(), &Outbox::rejected);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto key = outbox->send(kChannel, {}, QStringLiteral("Update"));
        QVERIFY(key.ok());
        if (!permanent) {
            QVERIFY(delivered.wait(10000));
            QCOMPARE(rejected.size(), 0);
            QCOMPARE(requestsWithKey(server, *key), 2);
            return;
        }
        QVERIFY(rejected.wait(10000));
        QCOMPARE(outbox->entry(*key)->state, DeliveryState::Rejected);
        QCOMPARE(outbox->openCount(), 0);
        QCOMPARE(journalTypes(*key), (QStringList{events::MessageQueued, events::MessageRejected}));
        QCOMPARE(requestsWithKey(server, *key), 1);
    }

    void rejectedMessageTellsWhatToDoSurvivesARestartAndCanBeResent()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse("/revoked", status(404));
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, ChannelKind::Teams, server.url(QStringLiteral("/revoked"))));
        QString key;
        {
            auto outbox = newOutbox(*m_store);
            QSignalSpy rejected(outbox.get(), &Outbox::rejected);
            key = *outbox->send(kChannel, QStringLiteral("Rollback done"), QStringLiteral("All green."));
            QVERIFY(rejected.wait(10000));
            const QString advice = rejected.first().at(1).toString();
            QVERIFY2(advice.contains(QLatin1String("HTTP 404")), qPrintable(advice));
            QVERIFY2(advice.contains(QStringLiteral("Tools → Credentials")), qPrintable(advice));
            QCOMPARE(describeEntry(*outbox->entry(key), QDateTime::currentDateTime()), advice);
        }
        // The journal says why, for the report and for the next session.
        const auto journal = m_store->events(m_incident);
        QVERIFY(std::any_of(journal->cbegin(), journal->cend(), [](const auto &e) {
            return e.type == events::MessageRejected &&
                   e.data.value(QLatin1String("http_status")).toInt() == 404 &&
                   e.data.value(QLatin1String("reason")).toString().contains(QLatin1String("resend"));
        }));

        // A restart does not try it again.
        auto outbox = newOutbox(*m_store);
        QVERIFY(outbox->start().ok);
        QCOMPARE(outbox->entry(key)->state, DeliveryState::Rejected);
        QCOMPARE(outbox->openCount(), 0);

        // The operator fixes the URL, then resends: a new message, delivered once.
        QVERIFY(addChannel(kChannel, ChannelKind::Teams, server.url(QString::fromLatin1(kPath))));
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        const auto again = outbox->resend(key);
        QVERIFY2(again.ok(), qPrintable(again.error));
        QVERIFY(*again != key);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(requestsWithKey(server, key), 1);
        QCOMPARE(requestsWithKey(server, *again), 1);
        QVERIFY(!outbox->resend(*again).ok()); // delivered: nothing to resend
    }

    void refusesWhatItCannotSendAndRecordsNothing()
    {
        auto outbox = newOutbox(*m_store);
        const qsizetype before = m_store->events(m_incident)->size();
        const auto unknown = outbox->send(QStringLiteral("nowhere"), {}, QStringLiteral("text"));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error.contains(QLatin1String("nowhere")), qPrintable(unknown.error));
        QVERIFY(addChannel(kChannel, ChannelKind::Slack,
                           QUrl(QStringLiteral("https://hooks.example.com/x"))));
        QVERIFY(!outbox->send(kChannel, QStringLiteral("title"), QStringLiteral(" \n")).ok());
        QCOMPARE(m_store->events(m_incident)->size(), before);
    }

    void missingUrlWaitsWithAReason()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        {
            // Someone deletes the entry in the keychain behind Rollcage's back.
            QSignalSpy removed(m_credentials.get(), &CredentialStore::finished);
            m_credentials->remove(ChannelDirectory::credentialScope(), kChannel);
            QVERIFY(removed.wait(10000));
        }
        auto outbox = newOutbox(*m_store);
        outbox->setRetryPolicy({1h, 1h, 2s});
        QSignalSpy failed(outbox.get(), &Outbox::attemptFailed);
        const auto key = outbox->send(kChannel, {}, QStringLiteral("text"));
        QVERIFY(key.ok());
        QVERIFY(failed.wait(10000));
        QVERIFY2(failed.first().at(1).toString().contains(QLatin1String("keychain")),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(outbox->entry(*key)->state, DeliveryState::Waiting);
        QVERIFY(server.requests().isEmpty());

        // Put back, then "Retry now": it goes.
        QVERIFY(addChannel(kChannel, ChannelKind::Slack, server.url(QString::fromLatin1(kPath))));
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        outbox->retryNow();
        QVERIFY(delivered.wait(10000));
    }

    void webhookUrlNeverLeavesTheKeychain()
    {
        HttpTestServer server;
        QVERIFY(server.listen());
        server.setResponse(kPath, kOk);
        // The log, every subsystem at debug level, is searched too.
        QLoggingCategory::setFilterRules(QStringLiteral("rollcage.*.debug=true"));
        g_log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(captureMessage);
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        server.queueResponses(kPath, {status(404)});
        QVERIFY(addChannel(kChannel, ChannelKind::Webhook, server.url(QString::fromLatin1(kPath))));
        auto outbox = newOutbox(*m_store);
        // A 404 is refused for good: the refusal, its reason and its advice are journalled
        // and logged, and none of them may carry the URL either.
        QSignalSpy rejected(outbox.get(), &Outbox::rejected);
        QVERIFY(outbox->send(kChannel, {}, QStringLiteral("text")).ok());
        QVERIFY(rejected.wait(10000));
        for (const QString &file :
             QStringList{databasePath(), databasePath() + QStringLiteral("-wal"), settingsPath()}) {
            const QByteArray bytes = readFile(file);
            QVERIFY2(!bytes.contains("s3cr3t") && !bytes.contains("B0002"), qPrintable(file));
        }
        QVERIFY(readFile(settingsPath()).contains(kChannel.toUtf8())); // but the name is listed
        QVERIFY2(g_log.contains(QLatin1String("HTTP 404")), qPrintable(g_log)); // it did log
        QVERIFY2(!g_log.contains(QLatin1String("s3cr3t")) &&
                     !g_log.contains(QLatin1String("B0002")),
                 qPrintable(g_log));
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
