#include "gui/LogHighlighter.h"
#include "gui/LogLineDelegate.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace rollcage::gui;

namespace {

// The formatted stretch of `line` that covers `part`, if any.
const QTextLayout::FormatRange *covering(const QList<QTextLayout::FormatRange> &ranges, const QString &line,
                                         const QString &part)
{
    const int at = int(line.indexOf(part));
    for (const QTextLayout::FormatRange &r : ranges) {
        if (at >= 0 && r.start <= at && r.start + r.length >= at + part.size())
            return &r;
    }
    return nullptr;
}

} // namespace

class TestLogHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void usesTheLogDefinition()
    {
        LogHighlighter h(QApplication::palette());
        QVERIFY(h.isValid());
        QCOMPARE(h.definition().name(), QStringLiteral("Log File (simplified)"));
    }

    void standsOut_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("formatted");
        QTest::newRow("error level") << QStringLiteral("2026-11-22 03:14:07 ERROR checkout: upstream 502")
                                     << QStringLiteral("ERROR") << true;
        QTest::newRow("warning level") << QStringLiteral("03:14:07 WARNING pool nearly exhausted")
                                       << QStringLiteral("WARNING") << true;
        QTest::newRow("date") << QStringLiteral("2026-11-22 03:14:07 INFO switched current")
                              << QStringLiteral("2026-11-22") << true;
        QTest::newRow("plain words") << QStringLiteral("switched current to the previous release")
                                     << QStringLiteral("switched") << false;
    }

    void standsOut()
    {
        QFETCH(QString, line);
        QFETCH(QString, part);
        QFETCH(bool, formatted);
        LogHighlighter h(QApplication::palette());
        const auto ranges = h.formats(line);
        QCOMPARE(covering(ranges, line, part) != nullptr, formatted);
        // Asking again gives the same answer (from the cache).
        QCOMPARE(h.formats(line).size(), ranges.size());
    }

    void delegateHighlightsOnlyWhenAsked()
    {
        LogLineDelegate d;
        const QString line = QStringLiteral("2026-11-22 03:14:07 ERROR checkout: upstream 502");
        QVERIFY(!d.formatsFor(line, QApplication::palette()).isEmpty());
        d.setHighlighting(false);
        QVERIFY(d.formatsFor(line, QApplication::palette()).isEmpty());
    }
};

QTEST_MAIN(TestLogHighlighter)
#include "tst_loghighlighter.moc"
