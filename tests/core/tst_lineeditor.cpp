// LineEditor: the one terminal line editor behind the journal of what is typed into a
// session (TypedLines) and the secret prompt of the command line (TerminalPrompter).
#include "core/LineEditor.h"

#include <QTest>

using rollcage::LineEditor;
using Key = LineEditor::Key;

class TestLineEditor : public QObject
{
    Q_OBJECT

    static QList<Key> feed(LineEditor &editor, QByteArrayView bytes)
    {
        QList<Key> keys;
        for (const char c : bytes)
            keys.append(editor.feed(c));
        return keys;
    }

private Q_SLOTS:
    void whatEachKeyIs()
    {
        LineEditor e;
        QCOMPARE(feed(e, "ab"), (QList<Key>{Key::Text, Key::Text}));
        QCOMPARE(feed(e, "\x7f"), QList<Key>{Key::Edit});
        QCOMPARE(e.line(), QByteArray("a"));
        QCOMPARE(feed(e, "\x1b[D"), (QList<Key>{Key::Ignored, Key::Ignored, Key::Ignored}));
        QCOMPARE(feed(e, "\x03\x04\x1a"),
                 (QList<Key>{Key::Interrupt, Key::EndOfInput, Key::Control}));
        QCOMPARE(e.line(), QByteArray("a")); // control keys are the caller's to show
        QCOMPARE(feed(e, "\r\n"), (QList<Key>{Key::Enter, Key::Ignored}));
        QCOMPARE(feed(e, "\n"), QList<Key>{Key::Enter}); // a "\n" of its own is Enter
        QCOMPARE(e.line(), QByteArray("a"));             // Enter leaves the line to be taken
        QCOMPARE(LineEditor::caret('\x03'), QByteArray("^C"));
    }

    void editsAsATerminalWould()
    {
        LineEditor e;
        feed(e, "git push --force\x17--dry-run");
        QCOMPARE(e.line(), QByteArray("git push --dry-run"));
        feed(e, "\x15pa\xc3\xa9\x7f"
                "ss\tword");
        QCOMPARE(e.line(), QByteArray("pass\tword"));
        feed(e, "\x1bOB\x1b"
                "b!"); // a keypad key, Alt+b
        QCOMPARE(e.line(), QByteArray("pass\tword!"));
    }

    void anEscapeSequenceGoesOnAcrossReadsUntilReset()
    {
        LineEditor e;
        feed(e, "x\x1b[1;");
        e.clear();
        feed(e, "5Cy");
        QCOMPARE(e.line(), QByteArray("y"));
        feed(e, "\x1b[");
        e.reset();
        feed(e, "z");
        QCOMPARE(e.line(), QByteArray("z"));
        QVERIFY(!e.isEmpty());
        e.clear();
        QVERIFY(e.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestLineEditor)
#include "tst_lineeditor.moc"
