// The real `rollcage` binary under a German locale: what people read from the headless
// commands is German; what scripts read (`check --json`) is the same English as anywhere.
#include "common/RollcageCli.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Outcome = rollcage::test::CliOutcome;

Outcome runLocalised(const QStringList &arguments, const QString &language,
                     const QString &workDir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // The test runs under LC_ALL=C.UTF-8, which would win over LANG.
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    if (language == QLatin1String("de")) {
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    } else {
        env.remove(QStringLiteral("LANGUAGE"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    }
    return rollcage::test::runRollcage(
        arguments, rollcage::test::CliCall().withEnvironment(env).in(workDir));
}

QString fixture(const char *name)
{
    return QStringLiteral(ROLLCAGE_FIXTURES_DIR "/") + QLatin1String(name);
}

} // namespace

class TestCliTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString database() const { return m_dir.filePath(QStringLiteral("incidents.sqlite")); }

private Q_SLOTS:
    void commandsSpeakGerman_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("german");

        QTest::newRow("check: an error")
            << QStringList{QStringLiteral("check"), fixture("no-procedure.md")} << 1
            << QStringLiteral("no-procedure.md:1: error: Keine Rollback-Prozedur gefunden.");
        QTest::newRow("check: an importer note")
            << QStringList{QStringLiteral("check"), fixture("mojibake-cp1252.md")} << 0
            << QStringLiteral("Zeichen repariert, die ein Editor verstümmelt hatte");
        QTest::newRow("run: a headless run")
            << QStringList{QStringLiteral("run"),
                           QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/cli/runbooks/drill.md"),
                           QStringLiteral("--procedure"),
                           QStringLiteral("happy path"),
                           QStringLiteral("--var"),
                           QStringLiteral("GREETING=Moin"),
                           QStringLiteral("--yes"),
                           QStringLiteral("--database"),
                           database()}
            << 0 << QStringLiteral("rollcage run: jeder Schritt von „Happy Path“ ist erledigt (2 erfolgreich, 1 erlassen)");
        QTest::newRow("incidents: no store there")
            << QStringList{QStringLiteral("incidents"), QStringLiteral("--database"),
                           m_dir.filePath(QStringLiteral("typo.sqlite"))}
            << 2 << QStringLiteral("es gibt keinen Incident-Speicher unter");
        QTest::newRow("report: usage")
            << QStringList{QStringLiteral("report"), QStringLiteral("--database"), database()} << 2
            << QStringLiteral("rollcage report: Geben Sie eine Incident-Nummer an");
        QTest::newRow("secret: usage")
            << QStringList{QStringLiteral("secret"), QStringLiteral("rotate")} << 2
            << QStringLiteral("rollcage secret: erwartet");
    }
    void commandsSpeakGerman()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, german);
        const Outcome o = runLocalised(arguments, QStringLiteral("de"), m_dir.path());
        const QString all = o.out + o.err;
        QVERIFY2(o.exitCode == exitCode, qPrintable(all));
        QVERIFY2(all.contains(german), qPrintable(all));
    }

    void jsonStaysEnglish()
    {
        const QStringList arguments{QStringLiteral("check"), fixture("no-procedure.md"),
                                    QStringLiteral("--json")};
        const Outcome german = runLocalised(arguments, QStringLiteral("de"), m_dir.path());
        const Outcome english = runLocalised(arguments, QStringLiteral("C"), m_dir.path());
        QCOMPARE(german.exitCode, 1);
        QVERIFY2(german.out.contains(QLatin1String("No rollback procedure found.")),
                 qPrintable(german.out));
        QCOMPARE(german.out, english.out);
    }
};

QTEST_GUILESS_MAIN(TestCliTranslation)
#include "tst_clitranslation.moc"
