#include "messaging/TemplateFiller.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace rollcage::messaging;

namespace {

// One incident, fixed in time, that every golden file is filled from.
MessageContext sampleIncident()
{
    MessageContext c;
    c.service = QStringLiteral("larkspur-checkout");
    c.environment = QStringLiteral("production");
    c.component = QStringLiteral("Checkout");
    c.reason = QStringLiteral("5xx rate above 2% after v2.5.0");
    c.status = QStringLiteral("In progress");
    c.startedAt = QDateTime(QDate(2026, 11, 22), QTime(3, 12), QTimeZone::UTC);
    c.expectedAt = c.startedAt.addSecs(15 * 60);
    c.nextUpdateAt = c.startedAt.addSecs(30 * 60);
    c.now = c.startedAt.addSecs(9 * 60);
    c.stepsTaken = {QStringLiteral("Record what is live now — done (0:02)"),
                    QStringLiteral("Switch current back to the previous release — done (0:01)")};
    c.health = {{QStringLiteral("Checkout"), QStringLiteral("Healthy")},
                {QStringLiteral("Payments"), QStringLiteral("Unhealthy")}};
    c.variables = {{QStringLiteral("BAD_VERSION"), QStringLiteral("v2.5.0")},
                   {QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.4.0")}};
    return c;
}

QString readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

// The golden form: the filled text, then what is still unfilled.
QString render(const FilledMessage &m)
{
    QStringList unfilled;
    for (const TemplateSlot &s : m.unfilled)
        unfilled << s.raw;
    return m.text + QStringLiteral("\n--- unfilled: ") + unfilled.join(QStringLiteral(", ")) +
           QLatin1Char('\n');
}

} // namespace

class TestTemplateFiller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesGoldenFiles_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList templates = QDir(QStringLiteral(GOLDEN_DIR))
                                          .entryList({QStringLiteral("*.template")}, QDir::Files);
        QVERIFY(!templates.isEmpty());
        for (const QString &t : templates)
            QTest::newRow(qPrintable(t)) << t.chopped(int(qstrlen(".template")));
    }

    // Set ROLLCAGE_UPDATE_GOLDEN=1 to rewrite the .expected files after an intended change.
    void matchesGoldenFiles()
    {
        QFETCH(QString, name);
        const QDir dir(QStringLiteral(GOLDEN_DIR));
        const QString body = readFile(dir.filePath(name + QStringLiteral(".template")));
        const QString actual = render(fillTemplate(body, sampleIncident()));
        const QString expectedPath = dir.filePath(name + QStringLiteral(".expected"));
        if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
            QFile out(expectedPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(actual.toUtf8());
        }
        QCOMPARE(actual, readFile(expectedPath));
    }

    void unfilledPlaceholdersBlockSending()
    {
        const FilledMessage m = fillTemplate(QStringLiteral("Owner: [On-call engineer]\nETA: [time]"),
                                             MessageContext{});
        QVERIFY(!m.readyToSend());
        QCOMPARE(m.unfilled.size(), 2);
        QCOMPARE(m.unfilled.first().raw, QStringLiteral("[On-call engineer]"));
        QCOMPARE(m.unfilled.first().label, QStringLiteral("Owner"));
    }

    void operatorValuesAndKeptPlaceholdersUnblock()
    {
        const QString body = QStringLiteral("Owner: [On-call engineer]\nETA: [time]");
        const FilledMessage m = fillTemplate(body, MessageContext{},
                                             {{QStringLiteral("[On-call engineer]"), QStringLiteral("Dana")}},
                                             {QStringLiteral("[time]")});
        QVERIFY(m.readyToSend());
        QCOMPARE(m.text, QStringLiteral("Owner: Dana\nETA: [time]"));
    }

    void labelBeatsPlaceholderName()
    {
        // "[Timestamp]" after "Started:" is the start time, not the time of sending.
        const MessageContext c = sampleIncident();
        const FilledMessage m = fillTemplate(QStringLiteral("Started: [Timestamp]\nSent: [Timestamp]"), c);
        QCOMPARE(m.text, QStringLiteral("Started: 2026-11-22 03:12 UTC\nSent: 2026-11-22 03:21 UTC"));
    }

    void knownLabelWithoutValueStaysUnfilled()
    {
        // The next update is unknown: "[Time]" must not quietly become "now".
        MessageContext c = sampleIncident();
        c.nextUpdateAt = {};
        const FilledMessage m = fillTemplate(QStringLiteral("Next update: [Time]"), c);
        QCOMPARE(m.text, QStringLiteral("Next update: [Time]"));
        QCOMPARE(m.unfilled.size(), 1);
    }

    void stepBulletsExpandToTheStepsTaken_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("unfilled");
        const QString one = QStringLiteral("Record what is live now — done (0:02)");
        const QString two = QStringLiteral("Switch current back to the previous release — done (0:01)");
        QTest::newRow("dash bullets") << "Steps:\n- [Step 1]\n- [Step 2]\nEnd"
                                      << "Steps:\n- " + one + "\n- " + two + "\nEnd" << QStringList{};
        QTest::newRow("indented numbered") << "  1. [Action 1]\n  2. [Action 2]"
                                           << "  1. " + one + "\n  1. " + two << QStringList{};
        QTest::newRow("trailing blanks") << "* [Step 1]  \r\n* [Step 2]"
                                         << "* " + one + "\n* " + two << QStringList{};
        // A step slot inside other text is not a bullet: the line, and any other slot on
        // it, stays as written for the operator to fill.
        QTest::newRow("inline step")
            << "Done: [Step 1] then [Yes/No]" << "Done: [Step 1] then [Yes/No]"
            << QStringList{QStringLiteral("[Step 1]"), QStringLiteral("[Yes/No]")};
        QTest::newRow("two on one line")
            << "- [Step 1] [Step 2]\nLoss: [Yes/No]" << "- [Step 1] [Step 2]\nLoss: [Yes/No]"
            << QStringList{QStringLiteral("[Step 1]"), QStringLiteral("[Step 2]"),
                           QStringLiteral("[Yes/No]")};
        QTest::newRow("bullet beside inline")
            << "x[Step 2]y\n- [Step 1]\n- [Step 2]"
            << "x[Step 2]y\n- " + one + "\n- " + two << QStringList{QStringLiteral("[Step 2]")};
    }

    void stepBulletsExpandToTheStepsTaken()
    {
        QFETCH(QString, body);
        const FilledMessage m = fillTemplate(body, sampleIncident());
        QTEST(m.text, "text");
        QStringList unfilled;
        for (const TemplateSlot &s : m.unfilled) {
            unfilled << s.raw;
            QVERIFY2(m.text.contains(s.raw), qPrintable(s.raw));
        }
        QTEST(unfilled, "unfilled");
    }

    void choiceListTakesHealthOfItsComponent_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("filled");
        QTest::newRow("as written") << "- Payments: [Healthy/Unhealthy]" << "- Payments: Unhealthy";
        QTest::newRow("healthy") << "- Checkout: [Healthy/Unhealthy]" << "- Checkout: Healthy";
        QTest::newRow("own words") << "- Payments: [OK/Down]" << "- Payments: Down";
        QTest::newRow("other case") << "- checkout: [Up/Down]" << "- checkout: Up";
        QTest::newRow("no such component") << "- Search: [Up/Down]" << "- Search: [Up/Down]";
    }

    void choiceListTakesHealthOfItsComponent()
    {
        QFETCH(QString, line);
        QFETCH(QString, filled);
        QCOMPARE(fillTemplate(line, sampleIncident()).text, filled);
    }

    void scansEveryPlaceholderStyle_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("brace") << "to ${PREVIOUS_VERSION}" << QStringList{QStringLiteral("PREVIOUS_VERSION")};
        QTest::newRow("dollar") << "on $SERVICE now" << QStringList{QStringLiteral("SERVICE")};
        QTest::newRow("angle") << "host <db-host>" << QStringList{QStringLiteral("db-host")};
        QTest::newRow("bracket") << "at [Timestamp]" << QStringList{QStringLiteral("Timestamp")};
        QTest::newRow("markdown link is text") << "see [the docs](x.md)" << QStringList{};
        QTest::newRow("task box is text") << "- [x] done" << QStringList{};
        QTest::newRow("lower-case $var is shell") << "echo $i" << QStringList{};
    }

    void scansEveryPlaceholderStyle()
    {
        QFETCH(QString, line);
        QStringList names;
        for (const TemplateSlot &s : scanSlots(line))
            names << s.name;
        QTEST(names, "names");
    }
};

QTEST_GUILESS_MAIN(TestTemplateFiller)
#include "tst_templatefiller.moc"
