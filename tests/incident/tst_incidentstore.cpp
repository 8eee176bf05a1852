#include "common/Tmpfs.h"
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>


using namespace rollcage::incident;

// The same suite runs on a SQLite file and, through tests/pg-session.sh, on a real
// PostgreSQL server (ROLLCAGE_TEST_DATABASE=postgresql://…).
class TestIncidentStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void createsSchemaAndReopens();
    void sqliteIsInWalModeWithForeignKeys();
    void eventsRoundTrip();
    void awkwardValuesComeBackAsWritten();
    void journalIsAppendOnly();
    void foreignKeysAreEnforced();
    void outputPagesByLine();
    void walIsCheckpointedOffTheWritingThread();
    void recoversInterruptedSteps();
    void refusesNewerSchema();
    void corruptFileGivesClearError();
    void lockedDatabaseGivesClearErrorAndLosesNothing();
    void fullDiskGivesClearErrorAndLosesNothing();
    void readOnlyDatabaseGivesClearError();

private:
    bool postgres() const { return m_location.startsWith(QLatin1String("postgres")); }
    std::unique_ptr<IncidentStore> openStore();
    QSqlDatabase raw(const QString &name);
    qint64 declare(IncidentStore &store, const QString &title = QStringLiteral("Checkout 5xx"));

    QTemporaryDir m_dir;
    QString m_location;
};

void TestIncidentStore::init()
{
    const QString url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    m_location = url.isEmpty()
                     ? m_dir.filePath(QStringLiteral("%1.sqlite")
                                          .arg(QString::fromLatin1(QTest::currentTestFunction())))
                     : url;
}

void TestIncidentStore::cleanup()
{
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.startsWith(QLatin1String("raw-"))) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

std::unique_ptr<IncidentStore> TestIncidentStore::openStore()
{
    auto store = IncidentStore::open(m_location);
    if (!store) {
        qWarning().noquote() << store.error;
        return {};
    }
    return std::move(*store);
}

// A second, plain connection to the same database, to poke at it behind the store's back.
QSqlDatabase TestIncidentStore::raw(const QString &name)
{
    QSqlDatabase db;
    if (postgres()) {
        const QUrl url(m_location);
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("raw-") + name);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
    } else {
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw-") + name);
        db.setDatabaseName(m_location);
    }
    if (!db.open())
        qWarning() << db.lastError().text();
    return db;
}

qint64 TestIncidentStore::declare(IncidentStore &store, const QString &title)
{
    IncidentRecord r;
    r.title = title;
    r.service = QStringLiteral("checkout");
    r.environment = QStringLiteral("production");
    r.procedure = QStringLiteral("Application rollback");
    r.runbookTitle = QStringLiteral("Checkout rollback");
    r.runbookSource = QStringLiteral("/runbooks/checkout.md");
    r.runbookText = QStringLiteral("# Checkout rollback\n");
    r.runbookSha256 = QStringLiteral("ab12");
    const auto id = store.createIncident(r);
    if (!id)
        qWarning().noquote() << id.error;
    return id ? *id : 0;
}

void TestIncidentStore::createsSchemaAndReopens()
{
    qint64 id = 0;
    {
        auto store = openStore();
        QVERIFY(store);
        QCOMPARE(store->isPostgres(), postgres());
        QVERIFY(!store->displayName().contains(QLatin1String("secretpw")));
        id = declare(*store);
        QVERIFY(id > 0);
    }
    auto again = openStore();
    QVERIFY(again);
    const auto incident = again->incident(id);
    QVERIFY2(incident, qPrintable(incident.error));
    QCOMPARE(incident->title, QStringLiteral("Checkout 5xx"));
    QCOMPARE(incident->runbookText, QStringLiteral("# Checkout rollback\n"));
    QSqlQuery q(raw(QStringLiteral("version")));
    QVERIFY(q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) && q.next());
    QCOMPARE(q.value(0).toInt(), IncidentStore::schemaVersion());
}

void TestIncidentStore::sqliteIsInWalModeWithForeignKeys()
{
    if (postgres())
        QSKIP("SQLite pragmas");
    auto store = openStore();
    QVERIFY(store);
    QSqlQuery q(raw(QStringLiteral("wal")));
    QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
}

void TestIncidentStore::eventsRoundTrip()
{
    auto store = openStore();
    QVERIFY(store);
    store->setOperatorName(QStringLiteral("dana"));
    const qint64 id = declare(*store);
    QVERIFY(id > 0);
    QVERIFY(store->append(id, events::StateChanged::Name,
                          {{QStringLiteral("to"), QStringLiteral("rolling_back")}}));
    const auto step = store->append(id, events::StepStarted::Name,
                                    {{QStringLiteral("title"), QStringLiteral("Swap slots")}}, 2);
    QVERIFY2(step, qPrintable(step.error));
    const auto journal = store->events(id);
    QVERIFY2(journal, qPrintable(journal.error));
    QCOMPARE(journal->size(), 3);
    QCOMPARE(journal->at(0).type, events::Declared::Name);
    QCOMPARE(journal->at(2).id, step->id);
    QCOMPARE(journal->at(2).stepIndex, 2);
    QCOMPARE(journal->at(2).operatorName, QStringLiteral("dana"));
    QCOMPARE(journal->at(2).data.value(QLatin1String("title")).toString(),
             QStringLiteral("Swap slots"));
    const IncidentState state = deriveState(*journal);
    QCOMPARE(state.phase, Phase::RollingBack);
    QCOMPARE(state.step(2).state, StepState::Running);
    const auto listed = store->incidents();
    QVERIFY(listed);
    QVERIFY(std::any_of(listed->cbegin(), listed->cend(),
                        [id](const IncidentRecord &r) { return r.id == id; }));
}

// On PostgreSQL the store writes values into its statements (SqlExec.h): what an operator
// or a step's output holds comes back byte for byte, quotes, placeholders and all, and
// is never read as SQL.
void TestIncidentStore::awkwardValuesComeBackAsWritten()
{
    auto store = openStore();
    QVERIFY(store);
    const QString who = QStringLiteral("O'Brien \\ ? $1 \u00e9\u4e2d");
    store->setOperatorName(who);
    const qint64 id = declare(*store, QStringLiteral("it's ? 100% \\n"));
    QVERIFY(id > 0);
    const QString note = QStringLiteral("'); DELETE FROM events; -- ? ?? \\' E'\\x00' $$ \n");
    const auto added =
        store->append(id, events::NoteAdded::Name, {{QStringLiteral("text"), note}}, 0);
    QVERIFY2(added, qPrintable(added.error));
    const auto journal = store->events(id);
    QVERIFY2(journal, qPrintable(journal.error));
    QCOMPARE(journal->size(), 2);
    QCOMPARE(journal->at(1).operatorName, who);
    QCOMPARE(journal->at(1).data.value(QLatin1String("text")).toString(), note);
    QCOMPARE(store->incident(id)->title, QStringLiteral("it's ? 100% \\n"));

    QByteArray every;
    for (int b = 0; b < 256; ++b) {
        if (b != '\n')
            every += char(b);
    }
    const QByteArray data = "quote ' and ? and \\x41\n" + every + "\n";
    QVERIFY(store->appendOutput(added->id, {{1, 1000, 0, 2, data}, {2, 1001, 2, 1, "'?'\n"}}));
    QCOMPARE(*store->outputLineCount(added->id), 3);
    const auto lines = store->outputLines(added->id, 0, 3);
    QVERIFY2(lines, qPrintable(lines.error));
    QCOMPARE(lines->size(), 3);
    QCOMPARE(lines->at(0).text, QStringLiteral("quote ' and ? and \\x41"));
    QCOMPARE(lines->at(2).text, QStringLiteral("'?'"));
    QCOMPARE(lines->at(2).stream, 2);
    QSqlQuery q(raw(QStringLiteral("read")));
    QVERIFY(q.exec(QStringLiteral("SELECT data FROM output WHERE run_event_id = %1 AND stream = 1")
                       .arg(added->id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toByteArray(), data);
}

void TestIncidentStore::journalIsAppendOnly()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = declare(*store);
    QSqlQuery q(raw(QStringLiteral("tamper")));
    QVERIFY(!q.exec(
        QStringLiteral("UPDATE events SET type = 'forged' WHERE incident_id = %1").arg(id)));
    QVERIFY2(q.lastError().text().contains(QLatin1String("append-only")),
             qPrintable(q.lastError().text()));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM events WHERE incident_id = %1").arg(id)));
    QCOMPARE(store->events(id)->size(), 1);
}

void TestIncidentStore::foreignKeysAreEnforced()
{
    auto store = openStore();
    QVERIFY(store);
    const auto orphan = store->append(987654321, events::NoteAdded::Name,
                                      {{QStringLiteral("text"), QStringLiteral("x")}});
    QVERIFY(!orphan);
    QVERIFY2(orphan.error.contains(store->displayName()), qPrintable(orphan.error));
    QVERIFY(!store->appendOutput(987654321, {{1, 0, 0, 1, "line\n"}}));
}

void TestIncidentStore::outputPagesByLine()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = declare(*store);
    const auto run = store->append(id, events::StepStarted::Name, {}, 0);
    QVERIFY(run);
    QList<OutputRecord> records;
    for (int r = 0; r < 10; ++r) {
        OutputRecord rec;
        rec.stream = r % 3 == 2 ? 2 : 1;
        rec.atMs = 1000 + r;
        rec.firstLine = r * 100;
        rec.lineCount = 100;
        for (int l = 0; l < 100; ++l)
            rec.data += "line " + QByteArray::number(r * 100 + l) + "\n";
        records.append(rec);
    }
    QVERIFY(store->appendOutput(run->id, records.mid(0, 5)));
    QVERIFY(store->appendOutput(run->id, records.mid(5)));
    QCOMPARE(*store->outputLineCount(run->id), 1000);

    const auto page = store->outputLines(run->id, 195, 10); // crosses a record boundary
    QVERIFY2(page, qPrintable(page.error));
    QCOMPARE(page->size(), 10);
    QCOMPARE(page->first().text, QStringLiteral("line 195"));
    QCOMPARE(page->last().text, QStringLiteral("line 204"));
    QCOMPARE(page->at(4).stream, 1);
    QCOMPARE(page->at(5).stream, 2); // line 200 is in record 2 (stderr)
    QCOMPARE(page->at(5).atMs, 1002);
    QCOMPARE(store->outputLines(run->id, 995, 50)->size(), 5);
    QVERIFY(store->outputLines(run->id, 5000, 10)->isEmpty());
}

void TestIncidentStore::walIsCheckpointedOffTheWritingThread()
{
    if (postgres())
        QSKIP("SQLite WAL");
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = declare(*store);
    const auto run = store->append(id, events::StepStarted::Name, {}, 0);
    QVERIFY(run);
    const qint64 before = QFileInfo(m_location).size();
    OutputRecord rec;
    rec.lineCount = 40000;
    for (int l = 0; l < rec.lineCount; ++l)
        rec.data += "some output line that takes room " + QByteArray::number(l) + "\n";
    QVERIFY(store->appendOutput(run->id, {rec}));
    // The writing connection never checkpoints (no fsync waits for the GUI thread); the
    // checkpoint thread moves the pages into the database file shortly after.
    QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(m_location).size() > before + rec.data.size() / 2, 5000);
    QCOMPARE(store->outputLines(run->id, 39999, 1)->constFirst().text,
             QStringLiteral("some output line that takes room 39999"));
}

void TestIncidentStore::recoversInterruptedSteps()
{
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = declare(*store);
    QVERIFY(store->append(id, events::StateChanged::Name,
                          {{QStringLiteral("to"), QStringLiteral("rolling_back")}}));
    // A pid that certainly belonged to a process that has ended.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForFinished());
    const qint64 deadPid = gone.processId() > 0 ? gone.processId() : 999999;
    const QString host = QSysInfo::machineHostName();
    QVERIFY(store->append(id, events::StepStarted::Name,
                          {{QStringLiteral("title"), QStringLiteral("Done")}}, 0));
    QVERIFY(store->append(id, events::StepFinished::Name,
                          {{QStringLiteral("status"), QStringLiteral("succeeded")}}, 0));
    QVERIFY(store->append(id, events::StepStarted::Name,
                          {{QStringLiteral("title"), QStringLiteral("Swap")},
                           {QStringLiteral("host"), host},
                           {QStringLiteral("pid"), deadPid}},
                          1));
    // The operator had moved on to another procedure before the crash: the cut-off step
    // is found in the procedure it belongs to, and marked there.
    QVERIFY(store->append(id, events::ProcedureChosen::Name,
                          {{QStringLiteral("procedure"), QStringLiteral("Verify")}}));
    // Still running in a live process (this one): left alone.
    const qint64 other = declare(*store, QStringLiteral("Live one"));
    QVERIFY(store->append(other, events::StepStarted::Name,
                          {{QStringLiteral("host"), host},
                           {QStringLiteral("pid"), QCoreApplication::applicationPid()}},
                          0));

    const auto touched = store->recoverInterrupted();
    QVERIFY2(touched, qPrintable(touched.error));
    QVERIFY(touched->contains(id));
    QVERIFY(!touched->contains(other));
    const IncidentState state = deriveState(*store->events(id));
    QCOMPARE(state.phase, Phase::RollingBack);
    QCOMPARE(state.procedure, QStringLiteral("Verify"));
    QVERIFY(state.procedures.size() == 1 && state.procedures.first().title != QStringLiteral("Verify"));
    const QString first = state.procedures.first().title;
    QCOMPARE(state.step(first, 0).state, StepState::Succeeded);
    QCOMPARE(state.step(first, 1).state, StepState::OutcomeUnknown);
    QCOMPARE(state.unresolved()->procedure, first);
    QCOMPARE(state.unresolved()->index, 1);
    QCOMPARE(deriveState(*store->events(other)).step(0).state, StepState::Running);
    // Recovery is idempotent.
    QVERIFY(!store->recoverInterrupted()->contains(id));
}

void TestIncidentStore::refusesNewerSchema()
{
    if (postgres())
        QSKIP("would change the shared server's schema table");
    QVERIFY(openStore());
    {
        QSqlQuery q(raw(QStringLiteral("future")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_version (version) VALUES (999)")));
    }
    cleanup();
    const auto store = IncidentStore::open(m_location);
    QVERIFY(!store);
    QVERIFY2(store.error.contains(QLatin1String("newer Rollcage")), qPrintable(store.error));
}

void TestIncidentStore::corruptFileGivesClearError()
{
    if (postgres())
        QSKIP("SQLite file");
    QFile file(m_location);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(8192, 'x'));
    file.close();
    const auto store = IncidentStore::open(m_location);
    QVERIFY(!store);
    QVERIFY2(store.error.contains(m_location), qPrintable(store.error));
    QVERIFY2(store.error.contains(QLatin1String("damaged")), qPrintable(store.error));
    QCOMPARE(QFile(m_location).size(), 8192); // nothing overwritten
}

void TestIncidentStore::lockedDatabaseGivesClearErrorAndLosesNothing()
{
    if (postgres())
        QSKIP("SQLite file locking");
    auto store = openStore();
    QVERIFY(store);
    const qint64 id = declare(*store);
    QSqlDatabase other = raw(QStringLiteral("locker"));
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));
    const auto blocked = store->append(id, events::NoteAdded::Name,
                                       {{QStringLiteral("text"), QStringLiteral("one")}});
    QVERIFY(!blocked);
    QVERIFY2(blocked.error.contains(QLatin1String("locked")), qPrintable(blocked.error));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QVERIFY(store->append(id, events::NoteAdded::Name,
                          {{QStringLiteral("text"), QStringLiteral("two")}}));
    QCOMPARE(store->events(id)->size(), 2);
}


void TestIncidentStore::fullDiskGivesClearErrorAndLosesNothing()
{
    if (postgres())
        QSKIP("SQLite file");
    const QString dir = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(dir));
    rollcage::test::Tmpfs disk; // declared before the store: unmounted after it closes
    if (!disk.mount(dir, QStringLiteral("2m")))
        QSKIP("needs root to mount a 2 MB tmpfs");
    m_location = dir + QStringLiteral("/incidents.sqlite");
    {
        auto store = openStore();
        QVERIFY(store);
        const qint64 id = declare(*store);
        QVERIFY(id > 0);
        const QString bulk(20000, QLatin1Char('n'));
        int recorded = 1; // "declared"
        rollcage::Result<Event> last;
        for (int i = 0; i < 1000; ++i) {
            last = store->append(id, events::NoteAdded::Name, {{QStringLiteral("text"), bulk}});
            if (!last)
                break;
            ++recorded;
        }
        QVERIFY2(!last, "the disk never filled up");
        QVERIFY2(last.error.contains(QLatin1String("free some space")), qPrintable(last.error));
        QVERIFY2(last.error.contains(m_location), qPrintable(last.error));
        // Everything that was reported as recorded is there.
        const auto journal = store->events(id);
        QVERIFY2(journal, qPrintable(journal.error));
        QCOMPARE(journal->size(), recorded);
    }
}

void TestIncidentStore::readOnlyDatabaseGivesClearError()
{
    if (postgres())
        QSKIP("SQLite file");
    const QString dir = m_dir.filePath(QStringLiteral("ro-disk"));
    QVERIFY(QDir().mkpath(dir));
    rollcage::test::Tmpfs disk; // declared before the store: unmounted after it closes
    if (!disk.mount(dir, QStringLiteral("4m")))
        QSKIP("needs root to mount a tmpfs");
    m_location = dir + QStringLiteral("/incidents.sqlite");
    qint64 id = 0;
    {
        auto store = openStore();
        QVERIFY(store);
        id = declare(*store);
    }
    QVERIFY(disk.remount(QStringLiteral("ro")));
    const auto store = IncidentStore::open(m_location);
    if (store) {
        // Opened for reading: reads work, a write is refused with a clear message.
        QCOMPARE((*store)->events(id)->size(), 1);
        const auto write = (*store)->append(id, events::NoteAdded::Name, {});
        QVERIFY(!write);
        QVERIFY2(write.error.contains(QLatin1String("read-only")), qPrintable(write.error));
    } else {
        QVERIFY2(store.error.contains(m_location), qPrintable(store.error));
        QVERIFY2(store.error.contains(QLatin1String("read-only")) ||
                     store.error.contains(QLatin1String("writable")),
                 qPrintable(store.error));
    }
}

QTEST_GUILESS_MAIN(TestIncidentStore)
#include "tst_incidentstore.moc"
