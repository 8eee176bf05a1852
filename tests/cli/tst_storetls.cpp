// A shared store over TLS: a real PostgreSQL with ssl on and a certificate for
// "localhost" signed by a throwaway CA (tests/pg-session.sh with ROLLCAGE_PG_SSL), asking
// for a password kept in a throwaway keyring (tests/keyring-session.sh). The real rollcage
// executable connects with sslmode=verify-full; the wrong CA and the wrong host name are
// refused saying what to do; the store's own connection is encrypted, and stays so when
// it reconnects after losing the server.
#include "common/RollcageCli.h"
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace rollcage;

class TestStoreTls : public QObject
{
    Q_OBJECT

    static test::CliOutcome rollcage(const QStringList &arguments, const QByteArray &input = {})
    {
        return test::runRollcage(arguments, test::CliCall().withInput(input));
    }

    // The test server's URL with `host`, verify-full and `ca`.
    static QString tlsUrl(const QString &host, const QString &ca,
                          const QString &mode = QStringLiteral("verify-full"))
    {
        QUrl url(qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"));
        url.setHost(host);
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("sslmode"), mode);
        query.addQueryItem(QStringLiteral("sslrootcert"), ca);
        url.setQuery(query);
        return url.toString();
    }

    static bool encrypted(const incident::IncidentStore &store)
    {
        QSqlQuery q(QSqlDatabase::database(store.connectionName(), false));
        return q.exec(QStringLiteral("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) &&
               q.next() && q.value(0).toBool();
    }

    QString m_ca, m_otherCa, m_password;

private Q_SLOTS:
    void initTestCase()
    {
        m_ca = qEnvironmentVariable("ROLLCAGE_TEST_CA");
        m_otherCa = qEnvironmentVariable("ROLLCAGE_TEST_OTHER_CA");
        m_password = qEnvironmentVariable("ROLLCAGE_PG_PASSWORD");
        if (qEnvironmentVariableIsEmpty("ROLLCAGE_TEST_DATABASE") || m_ca.isEmpty() ||
            m_password.isEmpty())
            QSKIP("needs tests/pg-session.sh with ROLLCAGE_PG_SSL and ROLLCAGE_PG_PASSWORD "
                  "(tst_storetls_postgresql)");
        // The password, as a user keeps it: in the keychain, under the store's entry.
        const QUrl url(qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"));
        const QString scope =
            QStringLiteral("store/localhost:%1/%2").arg(url.port()).arg(url.path().mid(1));
        const auto r = rollcage(
            {QStringLiteral("secret"), QStringLiteral("set"), scope, QStringLiteral("rollcage")},
            m_password.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void consoleConnectsWithVerifyFull()
    {
        const auto r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                                tlsUrl(QStringLiteral("localhost"), m_ca)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(!r.out.contains(m_password) && !r.err.contains(m_password));
    }

    void theStoreConnectionIsEncryptedAndStaysSo()
    {
        auto store =
            incident::IncidentStore::open(tlsUrl(QStringLiteral("localhost"), m_ca), m_password);
        QVERIFY2(store, qPrintable(store.error));
        QVERIFY(encrypted(**store));
        incident::IncidentRecord record;
        record.title = QStringLiteral("Over TLS");
        const auto id = (*store)->createIncident(record);
        QVERIFY2(id, qPrintable(id.error));
        // The server drops the connection: the link reconnects with the same TLS options.
        incident::StoreLink *link = (*store)->link();
        link->watch();
        QSignalSpy restored(link, &incident::StoreLink::restored);
        {
            auto admin = incident::IncidentStore::open(tlsUrl(QStringLiteral("localhost"), m_ca),
                                                       m_password);
            QVERIFY2(admin, qPrintable(admin.error));
            QSqlQuery q(QSqlDatabase::database((*admin)->connectionName(), false));
            QVERIFY(q.exec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM "
                                          "pg_stat_activity WHERE pid <> pg_backend_pid() AND "
                                          "datname = current_database()")));
        }
        // The probe has a connection of its own and finds the server answering; the store's
        // connection is found dropped by the next statement on it, as a console's next
        // heartbeat or action would.
        (void)(*store)->incident(*id);
        QVERIFY(restored.count() > 0 || restored.wait(15000));
        QVERIFY(encrypted(**store));
        QVERIFY((*store)->incident(*id));
    }

    void aWrongCaIsRefusedSayingWhatToDo()
    {
        const auto r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                                tlsUrl(QStringLiteral("localhost"), m_otherCa)});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(
                QStringLiteral("not signed by the certificate authority in %1").arg(m_otherCa)),
            qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("sslrootcert=PATH")), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_password));
    }

    void aWrongHostNameIsRefusedSayingWhatToDo()
    {
        // The certificate names localhost; the same server by its address is not it.
        const auto r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                                tlsUrl(QStringLiteral("127.0.0.1"), m_ca)});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("not made out to the host name 127.0.0.1")),
                 qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Do not lower sslmode")), qPrintable(r.err));
    }

    void aMistypedUrlIsRefusedBeforeConnecting()
    {
        auto r =
            rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                      tlsUrl(QStringLiteral("localhost"), m_ca, QStringLiteral("verify_full"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("sslmode=verify_full is not one libpq knows")),
                 qPrintable(r.err));
        r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                      tlsUrl(QStringLiteral("localhost"), QStringLiteral("/nowhere/ca.crt"))});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(
            r.err.contains(QStringLiteral("sslrootcert=/nowhere/ca.crt names no readable file")),
            qPrintable(r.err));
        // A password in the query is refused like one in the user part, and not repeated.
        r = rollcage({QStringLiteral("incidents"), QStringLiteral("--database"),
                      tlsUrl(QStringLiteral("localhost"), m_ca) + QStringLiteral("&password=") +
                          m_password});
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains(QStringLiteral("password=…")), qPrintable(r.err));
        QVERIFY(!r.err.contains(m_password));
    }
};

QTEST_MAIN(TestStoreTls)
#include "tst_storetls.moc"
