// The incident's journal, its only writer: what is typed is masked before the store sees
// it (checked in the SQLite file and its WAL), and every reader sees every event.
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::incident;

namespace {
constexpr char kSecret[] = "tok-9f3Kq7-prod";
constexpr char kUrlPassword[] = "hunter22pw";

QByteArray filesUnder(const QString &dir)
{
    QByteArray all;
    for (const QString &name : QDir(dir).entryList(QDir::Files | QDir::Hidden)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}
} // namespace

class TestJournal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void typedTextIsMaskedBeforeTheStore();
    void everyReaderSeesEveryEvent();
    void aFailedWriteIsSaid();
};

void TestJournal::typedTextIsMaskedBeforeTheStore()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(QStringLiteral("journal.sqlite"));
    qint64 id = 0;
    {
        auto store = IncidentStore::open(db);
        QVERIFY2(store, qPrintable(store.error));
        IncidentRecord r;
        r.title = QStringLiteral("Checkout down");
        r.service = QStringLiteral("checkout");
        r.environment = QStringLiteral("production");
        r.procedure = QStringLiteral("Roll back");
        const auto created = (*store)->createIncident(r);
        QVERIFY(created);
        id = *created;
        Journal journal(store->get(), id);
        QVERIFY(journal.load());
        journal.addSecrets({QString::fromLatin1(kSecret)});
        const QString secret = QString::fromLatin1(kSecret);
        const QString url = QStringLiteral("https://ops:%1@api.example.com/health")
                                .arg(QString::fromLatin1(kUrlPassword));
        QVERIFY(journal.append(events::NoteAdded{{}, QStringLiteral("pasted ") + secret}));
        QVERIFY(
            journal.append(events::StepSkipped{QStringLiteral("Roll back"), QStringLiteral("Drain"),
                                               QStringLiteral("token %1 expired").arg(secret)},
                           0));
        QVERIFY(journal.append(events::MessageQueued{QStringLiteral("k1"),
                                                     QStringLiteral("ops"),
                                                     {},
                                                     QStringLiteral("Update"),
                                                     QStringLiteral("use ") + secret}));
        QVERIFY(journal.append(events::ReportFieldSet{QStringLiteral("root_cause"),
                                                      QStringLiteral("leaked ") + secret}));
        QVERIFY(journal.append(events::HealthTargets{QJsonObject{{QStringLiteral("prod"), url}}}));
        events::HealthResult health;
        health.check = QStringLiteral("api");
        health.url = url;
        health.detail = QStringLiteral("GET ") + url + QStringLiteral(" failed");
        const auto result = journal.append(health);
        QVERIFY(result);
        // Masked, not dropped: the reader still sees where it went.
        QCOMPARE(result->data.value(QStringLiteral("url")).toString(),
                 QStringLiteral("https://ops:••••@api.example.com/health"));
        QCOMPARE(journal.state().step(0).reason, QStringLiteral("token •••• expired"));
        QCOMPARE(journal.mask(QStringLiteral("x ") + secret), QStringLiteral("x ••••"));
        // Before the database is closed: the WAL holds what was just written.
        const QByteArray bytes = filesUnder(dir.path());
        QVERIFY(!bytes.isEmpty());
        QVERIFY(!bytes.contains(kSecret));
        QVERIFY(!bytes.contains(kUrlPassword));
    }
    const QByteArray after = filesUnder(dir.path());
    QVERIFY(!after.contains(kSecret));
    QVERIFY(!after.contains(kUrlPassword));
}

void TestJournal::everyReaderSeesEveryEvent()
{
    QTemporaryDir dir;
    auto store = IncidentStore::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(store);
    IncidentRecord r;
    r.title = QStringLiteral("t");
    r.service = QStringLiteral("s");
    r.environment = QStringLiteral("e");
    r.procedure = QStringLiteral("p");
    const auto id = (*store)->createIncident(r);
    QVERIFY(id);
    Journal journal(store->get(), *id);
    QVERIFY(journal.load());
    QSignalSpy appended(&journal, &Journal::appended);
    // The outbox and the engine append through the same journal: the state counts both.
    events::MessageSent sent;
    sent.channel = QStringLiteral("ops");
    QVERIFY(journal.append(sent));
    QVERIFY(journal.append(events::VariableSet{QStringLiteral("A"), QStringLiteral("1")}));
    QCOMPARE(appended.size(), 2);
    QCOMPARE(journal.state().messagesSent, 1);
    QCOMPARE(journal.state().variables.value(QStringLiteral("A")), QStringLiteral("1"));
    QCOMPARE(journal.events().size(), 3); // declared, and the two
}

void TestJournal::aFailedWriteIsSaid()
{
    QTemporaryDir dir;
    auto store = IncidentStore::open(dir.filePath(QStringLiteral("j.sqlite")));
    QVERIFY(store);
    Journal journal(store->get(), 4242); // no such incident
    QSignalSpy failed(&journal, &Journal::writeFailed);
    const auto e = journal.append(events::NoteAdded{{}, QStringLiteral("x")});
    QVERIFY(!e);
    QCOMPARE(failed.size(), 1);
    QVERIFY(journal.events().isEmpty());
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
