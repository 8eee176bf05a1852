// The preview of an opened runbook shows where the importer guessed, each with its line and
// the annotation that settles it, as `rollcage check` does (issue 16, "Nothing silent").
#include "gui/RunbookPreviewPage.h"
#include "runbook/Importer.h"

#include <QLabel>
#include <QListWidget>
#include <QTest>
#include <QTextBrowser>

using namespace rollcage;
using namespace rollcage::gui;
using namespace Qt::StringLiterals;

class TestRunbookPreviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsTheImportersGuesses_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<int>("guesses");
        QTest::addColumn<QString>("firstLine"); // the first guess's text starts with it
        QTest::newRow("guesses") << u"guesses.md"_s << 6
                                 << u"line 3: \"Flush the edge cache\" is read as a procedure"_s;
        QTest::newRow("bold stages")
            << u"bold-stages.md"_s << 4 << u"line 9: \"Investigation\" names a stage of the work"_s;
        QTest::newRow("none") << u"heading-steps.md"_s << 0 << QString();
    }
    void listsTheImportersGuesses()
    {
        QFETCH(QString, fixture);
        QFETCH(int, guesses);
        QFETCH(QString, firstLine);
        const auto rb =
            runbook::Importer::importFile(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/") + fixture);
        QVERIFY2(rb.ok(), qPrintable(rb.error));
        QCOMPARE(int(rb->guesses.size()), guesses);
        RunbookPreviewPage page;
        page.resize(900, 700);
        page.show();
        page.showRunbook(*rb);
        auto *list = page.findChild<QListWidget *>(QStringLiteral("guessesView"));
        auto *label = page.findChild<QLabel *>(QStringLiteral("guessesLabel"));
        QVERIFY(list && label);
        QCOMPARE(list->count(), guesses);
        QCOMPARE(list->isVisible(), guesses > 0);
        QCOMPARE(label->isVisible(), guesses > 0);
        if (guesses == 0)
            return;
        QVERIFY2(label->text().contains(QString::number(guesses)), qPrintable(label->text()));
        const QString first = list->item(0)->text();
        QVERIFY2(first.startsWith(firstLine), qPrintable(first));
        // The annotation that settles it, on the same item.
        QVERIFY2(first.contains(u"\nTo settle it: "_s + rb->guesses.first().annotation),
                 qPrintable(first));
    }

    // Another runbook opened after one with guesses leaves none of them behind.
    void reopeningReplacesTheGuesses()
    {
        RunbookPreviewPage page;
        page.show();
        const auto with =
            runbook::Importer::importFile(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/guesses.md"));
        const auto without = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_FIXTURES_DIR "/heading-steps.md"));
        QVERIFY(with.ok() && without.ok());
        page.showRunbook(*with);
        page.showRunbook(*without);
        auto *list = page.findChild<QListWidget *>(QStringLiteral("guessesView"));
        QVERIFY(list);
        QCOMPARE(list->count(), 0);
        QVERIFY(!list->isVisible());
    }

    // The preview reads as the document does on its host: an annotation comment is not
    // seen, while markup inside a code block stays the text it is.
    void showsTheDocumentAsItsHostRendersIt()
    {
        const QByteArray text =
            "# Rollback\n\n## Roll back\n\n"
            "<!-- rollcage: confirm=typed -->\n"
            "1. Restore the previous build\n\n"
            "   ```bash\n   echo '<b>restored</b>' && ls <!-- kept -->\n   ```\n";
        const runbook::Runbook rb = runbook::Importer::importText(text, u"inline.md"_s);
        RunbookPreviewPage page;
        page.show();
        page.showRunbook(rb);
        auto *browser = page.findChild<QTextBrowser *>();
        QVERIFY(browser);
        const QString shown = browser->toPlainText();
        QVERIFY2(!shown.contains(u"rollcage:"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"Restore the previous build"_s), qPrintable(shown));
        QVERIFY2(shown.contains(u"echo '<b>restored</b>' && ls <!-- kept -->"_s),
                 qPrintable(shown));
    }
};

QTEST_MAIN(TestRunbookPreviewPage)
#include "tst_runbookpreviewpage.moc"
