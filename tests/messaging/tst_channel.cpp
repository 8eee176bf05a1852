#include "messaging/Channel.h"

#include <QDir>
#include <QFile>
#include <QTest>
#include <QTimeZone>

using namespace rollcage::messaging;

namespace {

OutgoingMessage sample()
{
    OutgoingMessage m;
    m.key = QStringLiteral("5f0c2a1e-7b7d-4c39-9a51-2f4e0c9d8b11");
    m.incidentId = 42;
    m.incidentTitle = QStringLiteral("checkout-api 2.14.0 rollback");
    m.title = QStringLiteral("Rollback started");
    m.text = QStringLiteral("We are rolling back checkout-api from 2.14.0 to 2.13.2.\n"
                            "Reason: error rate 4 % \"since\" 02:55 UTC — ünïcode & <tags>");
    return m;
}

} // namespace

class TestChannel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kindNamesRoundTrip()
    {
        for (ChannelKind kind : {ChannelKind::Slack, ChannelKind::Teams, ChannelKind::Webhook})
            QCOMPARE(channelKindFromName(channelKindName(kind)), kind);
        QVERIFY(!channelKindFromName(QStringLiteral("pager")));
    }

    // The exact bytes each kind of webhook receives. Set ROLLCAGE_UPDATE_GOLDEN=1 to
    // rewrite the files after an intended change.
    void payloadMatchesGolden_data()
    {
        QTest::addColumn<ChannelKind>("kind");
        QTest::addColumn<bool>("withTitle");
        QTest::addColumn<QString>("golden");
        QTest::newRow("slack") << ChannelKind::Slack << true
                               << QStringLiteral("payload-slack.json");
        QTest::newRow("slack untitled")
            << ChannelKind::Slack << false << QStringLiteral("payload-slack-untitled.json");
        QTest::newRow("teams") << ChannelKind::Teams << true
                               << QStringLiteral("payload-teams.json");
        QTest::newRow("teams untitled")
            << ChannelKind::Teams << false << QStringLiteral("payload-teams-untitled.json");
        QTest::newRow("webhook") << ChannelKind::Webhook << true
                                 << QStringLiteral("payload-webhook.json");
    }

    void payloadMatchesGolden()
    {
        QFETCH(ChannelKind, kind);
        QFETCH(bool, withTitle);
        QFETCH(QString, golden);
        OutgoingMessage message = sample();
        if (!withTitle)
            message.title.clear();
        const QDateTime sentAt(QDate(2026, 3, 14), QTime(3, 27, 5, 120), QTimeZone::UTC);
        const QByteArray payload = webhookPayload(kind, message, sentAt) + '\n';
        const QString path = QDir(QStringLiteral(GOLDEN_DIR)).filePath(golden);
        if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(payload);
        }
        QFile expected(path);
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(payload, expected.readAll());
    }

    void webhookUrlRules_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << QStringLiteral("https://hooks.slack.com/services/T0/B0/x")
                               << true;
        QTest::newRow("http loopback") << QStringLiteral("http://127.0.0.1:8080/hook") << true;
        QTest::newRow("http localhost") << QStringLiteral("http://localhost/hook") << true;
        QTest::newRow("http ipv6 loopback") << QStringLiteral("http://[::1]:9/hook") << true;
        QTest::newRow("http loopback /8") << QStringLiteral("http://127.20.0.3/hook") << true;
        QTest::newRow("http loopback lookalike") << QStringLiteral("http://127.0.0.1.example.com/hook") << false;
        QTest::newRow("http private address") << QStringLiteral("http://10.0.0.1/hook") << false;
        QTest::newRow("http remote") << QStringLiteral("http://hooks.example.com/x") << false;
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com/x") << false;
        QTest::newRow("no host") << QStringLiteral("https:///path") << false;
        QTest::newRow("not a url") << QStringLiteral("paste here") << false;
    }

    void webhookUrlRules()
    {
        QFETCH(QString, url);
        QFETCH(bool, ok);
        const auto status = checkWebhookUrl(QUrl(url));
        QCOMPARE(status.ok, ok);
        if (!ok)
            QVERIFY(!status.error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChannel)
#include "tst_channel.moc"
