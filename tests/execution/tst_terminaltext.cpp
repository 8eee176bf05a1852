// What a terminal transcript keeps as text: escape sequences, carriage returns, bells and
// erased characters go, whatever read boundary falls inside them.
#include "execution/TerminalText.h"

#include <QTest>

using rollcage::execution::TerminalText;

class TestTerminalText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void strips_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("plain") << QByteArray("hello\r\n") << QByteArray("hello\n");
        QTest::newRow("colour") << QByteArray("\033[1;31mred\033[0m\r\n") << QByteArray("red\n");
        QTest::newRow("bracketed paste") << QByteArray("\033[?2004hdb=> \033[?2004l") << QByteArray("db=> ");
        QTest::newRow("title (OSC, BEL)") << QByteArray("\033]0;user@host\007$ ") << QByteArray("$ ");
        QTest::newRow("title (OSC, ST)") << QByteArray("\033]2;x\033\\ok") << QByteArray("ok");
        QTest::newRow("charset") << QByteArray("\033(Bline") << QByteArray("line");
        QTest::newRow("backspace") << QByteArray("lsx\b \bl\r\n") << QByteArray("lsl\n");
        QTest::newRow("bell") << QByteArray("a\007b") << QByteArray("ab");
        QTest::newRow("utf-8 kept") << QByteArray("\xe2\x80\xa2\xe2\x80\xa2") << QByteArray("\xe2\x80\xa2\xe2\x80\xa2");
    }
    void strips()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, text);
        QCOMPARE(TerminalText().feed(raw), text);
        // Split at every byte: the same text.
        TerminalText split;
        QByteArray out;
        for (const char c : raw)
            out += split.feed(QByteArray(1, c));
        if (!raw.contains('\b')) // an erase reaches back only within one read
            QCOMPARE(out, text);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
