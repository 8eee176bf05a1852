// Runs inside tests/keyring-session.sh: a private D-Bus session with a throwaway,
// unlocked gnome-keyring.
#include "integrations/CredentialStore.h"
#include "messaging/ChannelDirectory.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage::messaging;
using rollcage::Status;
using rollcage::integrations::CredentialStore;

namespace {

struct Outcome
{
    Status status = Status::failure(QStringLiteral("no answer"));
    QUrl url;
};

} // namespace

class TestChannelDirectory : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString settingsFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // Runs one request and returns its outcome; every request reports exactly once.
    template<typename Call> static Outcome await(ChannelDirectory &directory, Call call)
    {
        QSignalSpy finished(&directory, &ChannelDirectory::finished);
        const quint64 id = call();
        if (finished.isEmpty() && !finished.wait(10000))
            return {};
        if (finished.size() != 1 || finished.first().at(0).toULongLong() != id)
            return {Status::failure(QStringLiteral("wrong or repeated answer")), {}};
        return {finished.first().at(1).value<Status>(), finished.first().at(2).toUrl()};
    }

private Q_SLOTS:
    void init() { QFile::remove(settingsFile()); }

    void savesListsReadsAndRemoves()
    {
        CredentialStore credentials(nullptr, settingsFile());
        ChannelDirectory directory(credentials, settingsFile());
        QSignalSpy changed(&directory, &ChannelDirectory::channelsChanged);
        const QUrl slack(QStringLiteral("https://hooks.slack.com/services/T01/B02/s3cr3tT0ken"));
        const QUrl teams(
            QStringLiteral("https://example.webhook.office.com/webhookb2/abc%2Fdef?sig=s3cr3tSig"));
        QVERIFY(await(directory, [&] {
                    return directory.save(QStringLiteral("ops-slack"), ChannelKind::Slack, slack);
                }).status.ok);
        QVERIFY(await(directory, [&] {
                    return directory.save(QStringLiteral("exec.teams"), ChannelKind::Teams, teams);
                }).status.ok);
        QCOMPARE(changed.size(), 2);

        const auto channels = directory.channels();
        QCOMPARE(channels.size(), 2);
        QCOMPARE(channels.at(0).name, QStringLiteral("exec.teams"));
        QCOMPARE(channels.at(0).kind, ChannelKind::Teams);
        QCOMPARE(channels.at(1).kind, ChannelKind::Slack);

        // A fresh directory (another session) knows them and finds the exact URLs.
        ChannelDirectory again(credentials, settingsFile());
        QCOMPARE(again.channels().size(), 2);
        QCOMPARE(await(again, [&] { return again.lookupUrl(QStringLiteral("ops-slack")); }).url,
                 slack);
        QCOMPARE(await(again, [&] { return again.lookupUrl(QStringLiteral("exec.teams")); }).url,
                 teams);

        // Only names and kinds are in the settings file.
        QFile settings(settingsFile());
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QByteArray text = settings.readAll();
        QVERIFY(text.contains("ops-slack"));
        QVERIFY2(!text.contains("s3cr3t") && !text.contains("hooks.slack.com"), text.constData());

        QVERIFY(await(again, [&] { return again.remove(QStringLiteral("ops-slack")); }).status.ok);
        QCOMPARE(again.channels().size(), 1);
        QVERIFY(!again.channel(QStringLiteral("ops-slack")));
        const Outcome gone =
            await(again, [&] { return again.lookupUrl(QStringLiteral("ops-slack")); });
        QVERIFY(!gone.status.ok);
        QVERIFY2(gone.status.error.contains(QLatin1String("ops-slack")),
                 qPrintable(gone.status.error));
    }

    void rejectsBadInputAndStoresNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("error");
        QTest::newRow("plain http to the internet")
            << QStringLiteral("ops") << QStringLiteral("http://hooks.example.com/x")
            << QStringLiteral("https://");
        QTest::newRow("not a URL") << QStringLiteral("ops") << QStringLiteral("hooks")
                                   << QStringLiteral("not a webhook URL");
        QTest::newRow("name with spaces")
            << QStringLiteral("ops room") << QStringLiteral("https://hooks.example.com/x")
            << QStringLiteral("'ops room' cannot be a channel name");
    }

    void rejectsBadInputAndStoresNothing()
    {
        QFETCH(QString, name);
        QFETCH(QString, url);
        QFETCH(QString, error);
        CredentialStore credentials(nullptr, settingsFile());
        ChannelDirectory directory(credentials, settingsFile());
        const Outcome outcome =
            await(directory, [&] { return directory.save(name, ChannelKind::Webhook, QUrl(url)); });
        QVERIFY(!outcome.status.ok);
        QVERIFY2(outcome.status.error.contains(error), qPrintable(outcome.status.error));
        QVERIFY(directory.channels().isEmpty());
        QVERIFY(credentials.names(ChannelDirectory::credentialScope()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChannelDirectory)
#include "tst_channeldirectory.moc"
