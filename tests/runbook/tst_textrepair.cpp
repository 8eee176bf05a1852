#include "runbook/TextRepair.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

namespace {
// How an editor garbles UTF-8: read the bytes in a legacy codec, save as UTF-8.
QString garble(const QString &text, const char *codec)
{
    const QByteArray bytes = text.toUtf8();
    if (qstrcmp(codec, "latin1") == 0)
        return QString::fromLatin1(bytes);
    return {};
}
} // namespace

class TestTextRepair : public QObject
{
    Q_OBJECT

private slots:
    void repair_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("codec");
        QTest::newRow("cp1252 check mark")
            << u"- âœ… Confirm"_s << u"- ✅ Confirm"_s << "Windows-1252";
        QTest::newRow("cp1252 emoji") << u"ðŸš« No code"_s << u"🚫 No code"_s << "Windows-1252";
        QTest::newRow("cp1252 trademark") << u"HoneyLinkâ„¢"_s << u"HoneyLink™"_s << "Windows-1252";
        QTest::newRow("cp1254 variant")
            << u"\"ğŸ”´ ROLLBACK\""_s << u"\"🔴 ROLLBACK\""_s << "Windows-1252";
        QTest::newRow("dropped undefined byte")
            << u"**âŒ Breaking**"_s << u"**❌ Breaking**"_s << "Windows-1252";
        QTest::newRow("mac roman warning")
            << u"**‚ö†Ô∏è Warning:**"_s << u"**⚠️ Warning:**"_s << "Mac Roman";
        QTest::newRow("mac roman siren")
            << u"\uF8FFüö® Production"_s << u"🚨 Production"_s << "Mac Roman";
        QTest::newRow("latin-1 round trip")
            << garble(u"Größe café ✓"_s, "latin1") << u"Größe café ✓"_s << "Windows-1252";
        QTest::newRow("correct text untouched")
            << u"Größe — café ⚠️ naïve – “quoted”"_s
            << u"Größe — café ⚠️ naïve – “quoted”"_s << "";
        QTest::newRow("ascii untouched") << u"plain [x] text"_s << u"plain [x] text"_s << "";
    }
    void repair()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, codec);
        const TextRepair r = TextRepair::repair(input);
        QCOMPARE(r.text, expected);
        QCOMPARE(r.codecName, codec);
        QCOMPARE(r.repaired > 0, !codec.isEmpty());
    }

    void firstLineIsReported()
    {
        const TextRepair r = TextRepair::repair(u"# Title\n\nok\n- âœ… item\n- âœ… item"_s);
        QCOMPARE(r.repaired, 2);
        QCOMPARE(r.firstLine, 4);
        QVERIFY(r.text.count(QStringLiteral("✅")) == 2);
    }
};

QTEST_GUILESS_MAIN(TestTextRepair)
#include "tst_textrepair.moc"
