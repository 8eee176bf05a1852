// A read-only or locked incident database under the real binary: a clear message naming
// the file and what to do, nothing lost, nothing run or recorded twice; reading commands
// still read. The read-only disk is a tmpfs remounted read-only in the test's own mount
// namespace (tests/mount-namespace.sh); the lock is another connection's write
// transaction, as a second Rollcage holding the file would have.
#include "common/RollcageCli.h"
#include "common/Tmpfs.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>


using namespace rollcage;

namespace {

const QString kRunbook = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/drill.md");

} // namespace

class TestDbFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void readOnlyDatabaseIsReadAndRefusesToRun();
    void lockedDatabaseIsSaidAndNothingRunsTwice();

private:
    test::CliOutcome rollcage(const QStringList &arguments, const QString &db);
    int events(const QString &db, qint64 incident);
    QTemporaryDir m_dir;
    QString m_disk;
    test::Tmpfs m_tmpfs;
};

void TestDbFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_disk = m_dir.filePath(QStringLiteral("ro-disk"));
    QVERIFY(QDir().mkpath(m_disk));
    (void)m_tmpfs.mount(m_disk, QStringLiteral("8m")); // the read-only test skips without it
}

void TestDbFaults::cleanupTestCase()
{
    m_tmpfs.unmount();
}

test::CliOutcome TestDbFaults::rollcage(const QStringList &arguments, const QString &db)
{
    return test::runRollcage(arguments + QStringList{QStringLiteral("--database"), db},
                             test::CliCall().in(m_dir.path()));
}

int TestDbFaults::events(const QString &db, qint64 incident)
{
    auto store = incident::IncidentStore::open(db);
    if (!store)
        return -1;
    const auto journal = (*store)->events(incident);
    return journal ? int(journal->size()) : -1;
}

void TestDbFaults::readOnlyDatabaseIsReadAndRefusesToRun()
{
    if (!m_tmpfs.mounted())
        QSKIP("needs root to mount a tmpfs (run through tests/mount-namespace.sh)");
    const QString db = m_disk + QStringLiteral("/incidents.sqlite");
    const QStringList failing{QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                              QStringLiteral("Failing Path")};
    const test::CliOutcome first = rollcage(failing, db);
    QCOMPARE(first.exitCode, 1); // stops at "Breaks", to be resumed
    const int recorded = events(db, 1);
    QVERIFY(recorded > 0);
    QVERIFY(m_tmpfs.remount(QStringLiteral("ro")));

    const test::CliOutcome list = rollcage({QStringLiteral("incidents")}, db);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QLatin1String("Harbor Queue")), qPrintable(list.out));
    const test::CliOutcome report = rollcage(
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--format"),
         QStringLiteral("md")},
        db);
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(QLatin1String("about to fail")), qPrintable(report.out));

    // Resuming must write: refused before any step runs, saying why and what to do.
    const test::CliOutcome resume = rollcage(
        failing + QStringList{QStringLiteral("--incident"), QStringLiteral("1")}, db);
    QVERIFY(resume.exitCode != 0);
    QVERIFY2(resume.err.contains(db), qPrintable(resume.err));
    QVERIFY2(resume.err.contains(QLatin1String("read-only")) ||
                 resume.err.contains(QLatin1String("writable")),
             qPrintable(resume.err));
    QVERIFY2(!resume.out.contains(QLatin1String("first is fine")), qPrintable(resume.out));
    QVERIFY2(!resume.out.contains(QLatin1String("about to fail")), qPrintable(resume.out));

    QVERIFY(m_tmpfs.remount(QStringLiteral("rw")));
    QCOMPARE(events(db, 1), recorded); // nothing lost, nothing added
}

void TestDbFaults::lockedDatabaseIsSaidAndNothingRunsTwice()
{
    const QString db = m_dir.filePath(QStringLiteral("locked.sqlite"));
    const QStringList happy{QStringLiteral("run"), kRunbook, QStringLiteral("--procedure"),
                            QStringLiteral("happy path"), QStringLiteral("--var"),
                            QStringLiteral("GREETING=the drill"), QStringLiteral("--yes")};
    QCOMPARE(rollcage(happy, db).exitCode, 0);
    const int recorded = events(db, 1);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                       QStringLiteral("locker"));
        other.setDatabaseName(db);
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY(lock.exec(QStringLiteral("BEGIN IMMEDIATE")));

        // Reading is not blocked by a writer (WAL).
        const test::CliOutcome list = rollcage({QStringLiteral("incidents")}, db);
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        QVERIFY2(list.out.contains(QLatin1String("Harbor Queue")), qPrintable(list.out));

        // A new incident cannot be declared: said, nothing run.
        const test::CliOutcome blocked = rollcage(happy, db);
        QVERIFY(blocked.exitCode != 0);
        QVERIFY2(blocked.err.contains(QLatin1String("locked")), qPrintable(blocked.err));
        QVERIFY2(blocked.err.contains(db), qPrintable(blocked.err));
        QVERIFY2(!blocked.out.contains(QLatin1String("hello from")), qPrintable(blocked.out));
        QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    QCOMPARE(events(db, 1), recorded);
    QCOMPARE(events(db, 2), 0); // no half-declared incident 2
    // Released: the next run declares incident 2 and runs each step once.
    const test::CliOutcome after = rollcage(happy, db);
    QVERIFY2(after.exitCode == 0, qPrintable(after.err));
    QVERIFY2(after.err.contains(QLatin1String("incident 2 declared")), qPrintable(after.err));
    QCOMPARE(after.out.count(QLatin1String("hello from the drill")), 1);
}

QTEST_GUILESS_MAIN(TestDbFaults)
#include "tst_dbfaults.moc"
