// TypedLines: keys as a terminal's keyboard sends them, lines as the journal keeps them.
#include "execution/TypedLines.h"

#include <QTest>

using rollcage::execution::TypedLines;
using namespace Qt::StringLiterals;

class TestTypedLines : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void lines_data()
    {
        QTest::addColumn<QList<QByteArray>>("writes"); // one write each, echo on
        QTest::addColumn<QStringList>("lines");        // what feed()s and flush() return
        const auto row = [](const char *name, QList<QByteArray> writes, QStringList lines) {
            QTest::newRow(name) << writes << lines;
        };
        row("a key at a time", {"l", "s", "\r"}, {u"ls"_s});
        row("a paste of lines", {"cd /srv\r\nls -l\nexit\r"}, {u"cd /srv"_s, u"ls -l"_s, u"exit"_s});
        row("backspace", {"ech", "\x7f", "o hi\r"}, {u"ec" "o hi"_s});
        row("backspace over a character of two bytes", {"caf\xc3\xa9\x7f" "e\r"}, {u"cafe"_s});
        row("ctrl+u", {"rm -rf /\x15" "ls\r"}, {u"ls"_s});
        row("ctrl+w", {"git push --force\x17--dry-run\r"}, {u"git push --dry-run"_s});
        row("arrow keys and keypad", {"\x1b[A", "\x1bOB", "date\r"}, {u"date"_s});
        row("escape split across writes", {"\x1b", "[", "1;5", "C", "x\r"}, {u"x"_s});
        row("bracketed paste", {"\x1b[200~SELECT 1;\x1b[201~\r"}, {u"SELECT 1;"_s});
        row("ctrl+c ends the line", {"sleep 100\x03"}, {u"sleep 100^C"_s});
        row("ctrl+d alone", {"\x04"}, {u"^D"_s});
        row("an empty line", {"\r"}, {QString()});
        row("unfinished at the end", {"q"}, {u"q"_s});
        row("nothing", {}, {});
    }
    void lines()
    {
        QFETCH(QList<QByteArray>, writes);
        QFETCH(QStringList, lines);
        TypedLines typed;
        QStringList got;
        QList<TypedLines::Line> all;
        for (const QByteArray &w : writes)
            all += typed.feed(w, true);
        all += typed.flush();
        for (const TypedLines::Line &l : all) {
            QVERIFY(!l.hidden);
            got.append(l.text);
        }
        QCOMPARE(got, lines);
    }

    void aLinePartlyTypedWithoutEchoIsHidden()
    {
        TypedLines typed;
        QVERIFY(typed.feed("user\r", true).constFirst().text == u"user"_s);
        QVERIFY(typed.feed("hunt", false).isEmpty());
        const auto lines = typed.feed("er2\r", true); // echo back on before Enter
        QCOMPARE(lines.size(), 1);
        QVERIFY(lines.first().hidden);
        QVERIFY(lines.first().text.isEmpty());
        QCOMPARE(lines.first().secret, u"hunter2"_s);
        // The next line starts visible again.
        QCOMPARE(typed.feed("ls\r", true).constFirst().text, u"ls"_s);
    }
};

QTEST_GUILESS_MAIN(TestTypedLines)
#include "tst_typedlines.moc"
