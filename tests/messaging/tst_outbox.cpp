// The Outbox sending: what each kind of channel receives, what it refuses, and that no
// secret or webhook URL leaks. Retries, restarts and errors: tst_outboxretry.
// Runs inside tests/keyring-session.sh.
#include "OutboxTestBase.h"
#include "incident/Events.h"

using namespace rollcage::outboxtest;

class TestOutbox : public OutboxTestBase
{
    Q_OBJECT

private Q_SLOTS:
    void init() { openIncident(); }
    void cleanup() { closeIncident(); }

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
        QCOMPARE(typesAtRequest, QStringList{events::MessageQueued::Name});
        QCOMPARE(journalTypes(*key),
                 (QStringList{events::MessageQueued::Name, events::MessageSent::Name}));
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
            return e.type == events::MessageRejected::Name &&
                   e.data.value(QLatin1String("http_status")).toInt() == 404 &&
                   e.data.value(QLatin1String("reason"))
                       .toString()
                       .contains(QLatin1String("resend"));
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
