// The store's reading thread (StoreThread, used by the log panes of a shared store) over a
// real PostgreSQL (tests/pg-session.sh). Its connection is made once and kept; when that
// connection has died since (its server process ended: a restart, an idle timeout), the
// next read must still answer, on a new connection, instead of failing once and sending
// the log pane to read on the window's thread for the rest of the run.
#include "common/PgAdmin.h"
#include "incident/IncidentStore.h"
#include "incident/StoreThread.h"

#include <QSqlQuery>
#include <QTest>

using namespace rollcage;
using incident::StoreThread;

namespace {

// The server process that answers on `connection`.
bool backendPid(const QString &connection, qint64 *pid, QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!q.exec(QStringLiteral("SELECT pg_backend_pid()")) || !q.next()) {
        *error = q.lastError();
        return false;
    }
    *pid = q.value(0).toLongLong();
    return true;
}

Result<qint64> readPid(StoreThread &thread)
{
    QFuture<Result<qint64>> future = thread.read<qint64>(backendPid);
    future.waitForFinished(); // the test's own thread waits; no window here
    return future.result();
}

} // namespace

class TestStoreThread : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aReadOnAConnectionThatDiedIsAskedAgain()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_storethread_postgresql)");
        const QString admin = test::openPgAdmin(db);
        QVERIFY2(admin.isEmpty(), qPrintable(admin));
        auto store = incident::IncidentStore::open(db);
        QVERIFY2(store, qPrintable(store.error));
        StoreThread *reader = (*store)->outputReader();
        QVERIFY(reader);

        const Result<qint64> first = readPid(*reader);
        QVERIFY2(first, qPrintable(first.error));
        test::adminSql(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(*first));

        const Result<qint64> again = readPid(*reader);
        QVERIFY2(again, qPrintable(again.error));
        QVERIFY(*again != *first); // a new server process answered
        const Result<qint64> kept = readPid(*reader);
        QVERIFY2(kept, qPrintable(kept.error));
        QCOMPARE(*kept, *again); // and that connection is kept
    }
};

QTEST_GUILESS_MAIN(TestStoreThread)
#include "tst_storethread.moc"
