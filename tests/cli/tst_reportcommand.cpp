// `rollcage report ID --set NAME=TEXT`: the real binary writing the human parts of the
// report into a real SQLite journal.
#include "common/RollcageCli.h"
#include "incident/IncidentStore.h"
#include "report/ReportFields.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

namespace {
using Outcome = test::CliOutcome;
} // namespace

class TestReportCommand : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void setFillsTheFieldsAndTheLatestWins();
    void badSetIsAUsageErrorAndWritesNothing_data();
    void badSetIsAUsageErrorAndWritesNothing();
    void aSecretTheKeychainKeepsIsMaskedInAField();
    void aDamagedDatabaseIsSaidOnce_data();
    void aDamagedDatabaseIsSaidOnce();
    void readingAStoreThatIsNotThereCreatesNothing_data();
    void readingAStoreThatIsNotThereCreatesNothing();

private:
    Outcome rollcage(const QStringList &arguments, const QByteArray &input = {});
    QTemporaryDir m_dir;
    QString m_db;
};

void TestReportCommand::init()
{
    m_db = m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) +
                          QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".sqlite"));
    auto store = incident::IncidentStore::open(m_db);
    QVERIFY2(store, qPrintable(store.error));
    incident::IncidentRecord r;
    r.title = QStringLiteral("Search latency after deploy");
    r.service = QStringLiteral("search");
    r.environment = QStringLiteral("staging");
    r.procedure = QStringLiteral("Index rollback");
    r.runbookSource = QStringLiteral("/runbooks/search.md");
    r.runbookText = QStringLiteral("# Search rollback\n\n## Index rollback\n\n"
                                   "1. Restore the previous index\n\n"
                                   "   ```bash\n"
                                   "   curl -H \"Authorization: Bearer <search-api-token>\" "
                                   "https://search.internal/restore\n"
                                   "   ```\n");
    QVERIFY((*store)->createIncident(r));
}

Outcome TestReportCommand::rollcage(const QStringList &arguments, const QByteArray &input)
{
    return test::runRollcage(arguments + QStringList{QStringLiteral("--database"), m_db},
                             test::CliCall().withInput(input));
}

void TestReportCommand::setFillsTheFieldsAndTheLatestWins()
{
    const Outcome first = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                    QStringLiteral("--set"), QStringLiteral("root_cause=a guess"),
                                    QStringLiteral("--set"),
                                    QStringLiteral("prevention=- Alert on p95 = 300 ms (kim)")});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(QLatin1String("## Root cause\n\na guess\n")), qPrintable(first.out));
    // Only the first '=' separates name and text.
    QVERIFY(first.out.contains(QLatin1String("\n\n- Alert on p95 = 300 ms (kim)\n")));

    const Outcome second = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                     QStringLiteral("--set"),
                                     QStringLiteral("root_cause=The new analyzer doubled the index")});
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));
    QVERIFY(second.out.contains(QLatin1String("## Root cause\n\nThe new analyzer doubled the index\n")));
    QVERIFY(!second.out.contains(QLatin1String("a guess")));
    QCOMPARE(second.out.count(QLatin1String("**To be filled in.**")), 2); // users, resolution

    // Fields also show in the formats made from the Markdown.
    const Outcome html = rollcage({QStringLiteral("report"), QStringLiteral("1"),
                                   QStringLiteral("--format"), QStringLiteral("html")});
    QVERIFY(html.out.contains(QLatin1String("The new analyzer doubled the index")));
}

void TestReportCommand::badSetIsAUsageErrorAndWritesNothing_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown field")
        << QStringList{QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("resolution=ok"),
                       QStringLiteral("--set"), QStringLiteral("rootcause=x")}
        << QStringLiteral("--set rootcause=x: give NAME=TEXT where NAME is one of users_affected, "
                          "root_cause, resolution, prevention");
    QTest::newRow("no equals sign")
        << QStringList{QStringLiteral("1"), QStringLiteral("--set"), QStringLiteral("root_cause")}
        << QStringLiteral("--set root_cause: give NAME=TEXT");
    QTest::newRow("no such incident")
        << QStringList{QStringLiteral("9"), QStringLiteral("--set"), QStringLiteral("root_cause=x")}
        << QStringLiteral("9");
}

void TestReportCommand::badSetIsAUsageErrorAndWritesNothing()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, error);
    const Outcome o = rollcage(QStringList{QStringLiteral("report")} + arguments);
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(error), qPrintable(o.err));
    QVERIFY(o.out.isEmpty());
    auto store = incident::IncidentStore::open(m_db);
    QVERIFY(store);
    QVERIFY(report::reportFieldValues(*(*store)->events(1)).isEmpty());
}

void TestReportCommand::aSecretTheKeychainKeepsIsMaskedInAField()
{
    // Stored the way an operator does, then pasted into the root cause by someone else.
    const QString token = QStringLiteral("sk-live-4f9e-Qx");
    const Outcome stored = rollcage({QStringLiteral("secret"), QStringLiteral("set"),
                                     QStringLiteral("search/staging"),
                                     QStringLiteral("search-api-token")},
                                    token.toUtf8() + '\n');
    QVERIFY2(stored.exitCode == 0, qPrintable(stored.err));

    const Outcome o = rollcage({QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--set"),
                                QStringLiteral("root_cause=token %1 was revoked upstream").arg(token)});
    QVERIFY2(o.exitCode == 0, qPrintable(o.err));
    QVERIFY2(o.out.contains(QStringLiteral("token •••• was revoked upstream")), qPrintable(o.out));
    QVERIFY(!o.out.contains(token));
    QVERIFY(!o.err.contains(token));
    const auto store = incident::IncidentStore::open(m_db);
    QVERIFY2(store, qPrintable(store.error));
    const auto events = (*store)->events(1);
    QVERIFY(events);
    QCOMPARE(events->last().data.value(QStringLiteral("text")).toString(),
             QStringLiteral("token •••• was revoked upstream"));
}

void TestReportCommand::aDamagedDatabaseIsSaidOnce_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("incidents") << QStringList{QStringLiteral("incidents")};
    QTest::newRow("report") << QStringList{QStringLiteral("report"), QStringLiteral("1")};
    QTest::newRow("run") << QStringList{QStringLiteral("run"),
                                        QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/drill.md"),
                                        QStringLiteral("--procedure"), QStringLiteral("Failing Path")};
}

// The command says what is wrong with the database, where, and what to do, once: the
// store's own log line for the same failure is not printed beside it.
void TestReportCommand::aDamagedDatabaseIsSaidOnce()
{
    QFETCH(QStringList, arguments);
    QFile damaged(m_db);
    QVERIFY(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write(QByteArray(4096, 'x'));
    damaged.close();
    const Outcome o = rollcage(arguments);
    QVERIFY(o.exitCode != 0);
    QVERIFY2(o.err.contains(m_db), qPrintable(o.err));
    QVERIFY2(o.err.contains(QLatin1String("not a Rollcage database")), qPrintable(o.err));
    QCOMPARE(o.err.count(QLatin1String("not a Rollcage database")), 1);
    QVERIFY2(!o.err.contains(QLatin1String("rollcage.incident:")), qPrintable(o.err));
}

void TestReportCommand::readingAStoreThatIsNotThereCreatesNothing_data()
{
    aDamagedDatabaseIsSaidOnce_data();
}

// A mistyped --database must not become an empty store that answers "no incidents";
// reading commands say there is none there, `run` creates one as before.
void TestReportCommand::readingAStoreThatIsNotThereCreatesNothing()
{
    QFETCH(QStringList, arguments);
    const QString missing = m_dir.filePath(QStringLiteral("typo/incidents.sqlite"));
    QVERIFY(QDir().mkpath(QFileInfo(missing).path()));
    const Outcome o = test::runRollcage(
        arguments + QStringList{QStringLiteral("--database"), missing}, test::CliCall());
    if (arguments.first() == QLatin1String("run")) {
        QVERIFY2(QFileInfo::exists(missing), qPrintable(o.err));
        return;
    }
    QCOMPARE(o.exitCode, 2);
    QVERIFY2(o.err.contains(QLatin1String("there is no incident store at ") + missing),
             qPrintable(o.err));
    QVERIFY(!QFileInfo::exists(missing));
}

QTEST_GUILESS_MAIN(TestReportCommand)
#include "tst_reportcommand.moc"
