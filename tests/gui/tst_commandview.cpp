#include "gui/CommandView.h"

#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using rollcage::gui::CommandView;

class TestCommandView : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void picksADefinitionForTheBlockLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("definition");
        QTest::newRow("bash") << "bash"
                              << "Bash";
        QTest::newRow("sh") << "sh"
                            << "Bash";
        QTest::newRow("upper-case") << "BASH"
                                    << "Bash";
        QTest::newRow("sql") << "sql"
                             << "SQL";
        QTest::newRow("python") << "python"
                                << "Python";
        QTest::newRow("yaml") << "yaml"
                              << "YAML";
        QTest::newRow("health gate") << "health"
                                     << "Rollcage Health Gate";
        QTest::newRow("none") << ""
                              << "";
        QTest::newRow("unknown") << "no-such-language"
                                 << "";
    }
    void picksADefinitionForTheBlockLanguage()
    {
        QFETCH(QString, language);
        CommandView view;
        view.setCode(QStringLiteral("echo hi\n"), language);
        QTEST(view.definitionName(), "definition");
    }

    void highlightsHealthGateChecks()
    {
        CommandView view;
        view.setCode(QStringLiteral("HEAD ${API_URL}/health -> 204\n"
                                    "https://api.example.com/ready status == healthy\n"),
                     QStringLiteral("health"));
        if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.resize(520, 80);
            view.grab().save(dir + QStringLiteral("/health-gate.png"));
        }
        const QList<QTextLayout::FormatRange> formats =
            view.document()->firstBlock().layout()->formats();
        // The method, the variable, the path, the arrow and the status each get a format.
        auto formatAt = [&formats](int position) {
            for (const QTextLayout::FormatRange &range : formats) {
                if (position >= range.start && position < range.start + range.length)
                    return range.format;
            }
            return QTextCharFormat();
        };
        const QString line = view.document()->firstBlock().text();
        QVERIFY(formats.size() >= 4);
        QVERIFY(formatAt(0) != formatAt(int(line.indexOf(QLatin1String("${")))));
        QVERIFY(formatAt(int(line.indexOf(QLatin1String("/health")))) !=
                formatAt(int(line.indexOf(QLatin1String("204")))));
    }

    void marksTheExecutingLine()
    {
        CommandView view;
        view.setCode(QStringLiteral("one\ntwo\nthree\n"), QStringLiteral("bash"));
        view.setCurrentLine(2);
        QCOMPARE(view.extraSelections().size(), 1);
        QCOMPARE(view.extraSelections().first().cursor.block().text(), QStringLiteral("two"));
        view.setCurrentLine(0);
        QVERIFY(view.extraSelections().isEmpty());
        view.setCurrentLine(99); // past the end: no mark, no crash
        QVERIFY(view.extraSelections().isEmpty());
    }

    void isReadOnly()
    {
        CommandView view;
        view.setCode(QStringLiteral("rm -rf /srv/x\n"), QStringLiteral("bash"));
        view.show();
        QTest::keyClicks(&view, QStringLiteral("zzz"));
        QCOMPARE(view.toPlainText(), QStringLiteral("rm -rf /srv/x\n"));
    }
};

QTEST_MAIN(TestCommandView)
#include "tst_commandview.moc"
