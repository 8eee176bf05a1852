// Disk full, end to end: the incident database on a 3 MB tmpfs (mounted in the test's own
// mount namespace, tests/mount-namespace.sh) that a step of the run fills. The operator is
// told at once what was lost and why; the step whose end could not be journalled is
// outcome unknown, never offered again as if it had not run; `incidents` and `report`
// still read the incident on the full disk; once space is freed the run resumes.
#include "common/RollcageCli.h"
#include "common/Tmpfs.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>


using namespace rollcage;

namespace {

const QString kRunbook = QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/survive/fulldisk.md");

} // namespace

class TestDiskFull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void stepThatFillsTheDiskIsOutcomeUnknown();

private:
    test::CliOutcome rollcage(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_disk;
    QString m_db;
    test::Tmpfs m_tmpfs;
};

void TestDiskFull::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_disk = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(m_disk));
    if (!m_tmpfs.mount(m_disk, QStringLiteral("3m")))
        QSKIP("needs root to mount a 3 MB tmpfs (run through tests/mount-namespace.sh)");
    m_db = m_disk + QStringLiteral("/incidents.sqlite");
}

void TestDiskFull::cleanupTestCase()
{
    m_tmpfs.unmount();
}

test::CliOutcome TestDiskFull::rollcage(const QStringList &arguments)
{
    return test::runRollcage(arguments + QStringList{QStringLiteral("--database"), m_db},
                             test::CliCall().in(m_dir.path()));
}

void TestDiskFull::stepThatFillsTheDiskIsOutcomeUnknown()
{
    const QStringList run{QStringLiteral("run"),   kRunbook,
                          QStringLiteral("--procedure"), QStringLiteral("Fill Up"),
                          QStringLiteral("--var"), QStringLiteral("FILL_DIR=") + m_disk,
                          QStringLiteral("--directory"), m_dir.path()};
    const test::CliOutcome full = rollcage(run);
    QCOMPARE(full.exitCode, 1);
    // The step's output still reaches the terminal; the third step never starts.
    QVERIFY2(full.out.contains(QLatin1String("[1] recorded before the fill")), qPrintable(full.out));
    QVERIFY2(full.out.contains(QLatin1String("[2] said after the fill 2000")), qPrintable(full.out));
    QVERIFY2(!full.out.contains(QLatin1String("must not run")), qPrintable(full.out));
    // Told at once, and once: what is lost (the output from then on, the step's end), why.
    QVERIFY2(full.err.contains(QLatin1String("disk is full")), qPrintable(full.err));
    QVERIFY2(full.err.contains(QLatin1String("no longer recorded")), qPrintable(full.err));
    QCOMPARE(full.err.count(QLatin1String("no longer recorded")), 1);
    QVERIFY2(full.err.contains(QLatin1String("outcome unknown")), qPrintable(full.err));
    QVERIFY2(!full.err.contains(QLatin1String("==> [3/3]")), qPrintable(full.err));
    QCOMPARE(full.err.count(QLatin1String("==> [1/3]")), 1); // never back to step 1

    // On the full disk, the incident is still listed and reported.
    const test::CliOutcome list = rollcage({QStringLiteral("incidents")});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QLatin1String("Small Disk Drill")), qPrintable(list.out));
    const test::CliOutcome report = rollcage(
        {QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--format"),
         QStringLiteral("md")});
    QVERIFY2(report.exitCode == 0, qPrintable(report.err));
    QVERIFY2(report.out.contains(QLatin1String("recorded before the fill")), qPrintable(report.out));

    // Resuming on the full disk does not run step 2 again, nor step 1.
    const test::CliOutcome stillFull = rollcage(run + QStringList{QStringLiteral("--incident"),
                                                                  QStringLiteral("1")});
    QVERIFY(stillFull.exitCode != 0);
    QVERIFY2(!stillFull.out.contains(QLatin1String("recorded before the fill")),
             qPrintable(stillFull.out));
    QVERIFY2(!stillFull.out.contains(QLatin1String("said after the fill")), qPrintable(stillFull.out));

    // Space freed: the journal says step 2's outcome is unknown, and the operator decides.
    QVERIFY(QFile::remove(m_disk + QStringLiteral("/filler")));
    {
        auto store = incident::IncidentStore::open(m_db);
        QVERIFY2(store, qPrintable(store.error));
        QVERIFY((*store)->recoverInterrupted());
        const auto journal = (*store)->events(1);
        QVERIFY(journal);
        const auto state = incident::deriveState(*journal);
        QCOMPARE(state.step(0).state, incident::StepState::Succeeded);
        QCOMPARE(state.step(1).state, incident::StepState::OutcomeUnknown);
        QCOMPARE(state.step(2).state, incident::StepState::Pending);
    }
    const test::CliOutcome undecided = rollcage(run + QStringList{QStringLiteral("--incident"),
                                                                  QStringLiteral("1")});
    QCOMPARE(undecided.exitCode, 1);
    QVERIFY2(undecided.err.contains(QLatin1String("--resolve")), qPrintable(undecided.err));
    const test::CliOutcome resumed =
        rollcage(run + QStringList{QStringLiteral("--incident"), QStringLiteral("1"),
                                   QStringLiteral("--resolve"), QStringLiteral("done")});
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
    QVERIFY2(resumed.out.contains(QLatin1String("[3] must not run before the operator decides")),
             qPrintable(resumed.out));
    QVERIFY2(!resumed.out.contains(QLatin1String("said after the fill")), qPrintable(resumed.out));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
