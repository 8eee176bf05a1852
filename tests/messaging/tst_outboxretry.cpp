// The Outbox when delivery does not simply work: retries with the same key, rate limits,
// timeouts, a server that comes back, restarts, abandoned and rejected messages.
// Runs inside tests/keyring-session.sh.
#include "OutboxTestBase.h"
#include "incident/Events.h"

using namespace rollcage::outboxtest;

class TestOutboxRetry : public OutboxTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openIncident(); }
    void cleanup() { closeIncident(); }

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
                 (QStringList{events::MessageQueued::Name, events::MessageAttemptFailed::Name,
                              events::MessageAttemptFailed::Name,
                              events::MessageAttemptFailed::Name, events::MessageSent::Name}));
        // The pauses grow: 10, 20, 40 ms after the first, second and third failure.
        qint64 previousGap = 0;
        const auto journal = m_store->events(m_incident);
        for (const auto &e : *journal) {
            if (e.type != events::MessageAttemptFailed::Name)
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
                 (QStringList{events::MessageQueued::Name, events::MessageAttemptFailed::Name,
                              events::MessageSent::Name}));
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
        QCOMPARE(journalTypes(key), QStringList{events::MessageQueued::Name});
        auto outbox = newOutbox(*m_store);
        QSignalSpy delivered(outbox.get(), &Outbox::delivered);
        QVERIFY(outbox->start().ok);
        QVERIFY(delivered.wait(10000));
        QCOMPARE(requestsWithKey(server, key), 2);
        QCOMPARE(journalTypes(key),
                 (QStringList{events::MessageQueued::Name, events::MessageSent::Name}));
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
        QCOMPARE(journalTypes(*doomed).constLast(), events::MessageAbandoned::Name);
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
        QCOMPARE(journalTypes(*key),
                 (QStringList{events::MessageQueued::Name, events::MessageRejected::Name}));
        QCOMPARE(requestsWithKey(server, *key), 1);
    }
};

QTEST_GUILESS_MAIN(TestOutboxRetry)

#include "tst_outboxretry.moc"
