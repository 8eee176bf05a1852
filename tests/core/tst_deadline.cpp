#include "core/Deadline.h"

#include <QTest>

using rollcage::Deadline;

class TestDeadline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void levels_data()
    {
        QTest::addColumn<int>("elapsedSeconds");
        QTest::addColumn<int>("level");
        // 15 minutes allowed: amber from 12:00 (the last 20 %), red after 15:00.
        QTest::newRow("start") << 0 << int(Deadline::Level::Normal);
        QTest::newRow("11:59") << 719 << int(Deadline::Level::Normal);
        QTest::newRow("12:00") << 720 << int(Deadline::Level::Warning);
        QTest::newRow("15:00") << 900 << int(Deadline::Level::Warning);
        QTest::newRow("15:01") << 901 << int(Deadline::Level::Passed);
    }
    void levels()
    {
        QFETCH(int, elapsedSeconds);
        const QDateTime start(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::UTC);
        const Deadline deadline(start, start.addSecs(900));
        QTEST(int(deadline.level(start.addSecs(elapsedSeconds))), "level");
    }
    void unsetDeadlineHasNoLevel() { QCOMPARE(Deadline().level(QDateTime::currentDateTimeUtc()), Deadline::Level::None); }
    void formatsSpans_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("minutes") << qint64(724) << "12:04";
        QTest::newRow("negative") << qint64(-190) << "3:10";
        QTest::newRow("hours") << qint64(3725) << "1:02:05";
    }
    void formatsSpans()
    {
        QFETCH(qint64, seconds);
        QTEST(Deadline::formatSpan(seconds), "text");
    }
};

QTEST_GUILESS_MAIN(TestDeadline)
#include "tst_deadline.moc"
