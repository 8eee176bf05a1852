#include "gui/PhaseBar.h"

#include <QAbstractButton>
#include <QSignalSpy>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

class TestPhaseBar : public QObject
{
    Q_OBJECT
    const QDateTime start = QDateTime(QDate(2026, 11, 22), QTime(3, 0), QTimeZone::UTC);

private Q_SLOTS:
    void countdownTurnsAmberThenRed_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("early") << 2 << int(Deadline::Level::Normal) << "13:00 left";
        QTest::newRow("last 20%") << 13 << int(Deadline::Level::Warning) << "2:00 left";
        QTest::newRow("passed") << 18 << int(Deadline::Level::Passed) << "3:00 over";
    }
    void countdownTurnsAmberThenRed()
    {
        QFETCH(int, minutes);
        QFETCH(QString, text);
        PhaseBar bar;
        bar.setStartedAt(start);
        bar.setDeadline(Deadline(start, start.addSecs(15 * 60)));
        bar.refresh(start.addSecs(minutes * 60));
        QTEST(int(bar.deadlineLevel()), "level");
        QVERIFY2(bar.deadlineText().endsWith(text), qPrintable(bar.deadlineText()));
        QCOMPARE(bar.elapsedText(), QStringLiteral("Elapsed %1:00").arg(minutes));
    }

    // A resolved incident's clock stops at its end; it does not count on.
    void elapsedStopsWhenTheIncidentEnds()
    {
        PhaseBar bar;
        bar.setStartedAt(start);
        bar.setEndedAt(start.addSecs(9 * 60));
        bar.refresh(start.addSecs(60 * 60));
        QCOMPARE(bar.elapsedText(), QStringLiteral("Took 9:00"));
    }

    void noDeadlineShowsNoCountdown()
    {
        PhaseBar bar;
        bar.refresh(start);
        QCOMPARE(bar.deadlineLevel(), Deadline::Level::None);
        QVERIFY(bar.deadlineText().isEmpty());
    }

    void clickingAPhaseRequestsIt()
    {
        PhaseBar bar;
        QSignalSpy requested(&bar, &PhaseBar::phaseRequested);
        const auto buttons = bar.findChildren<QAbstractButton *>();
        QCOMPARE(buttons.size(), kPhaseCount);
        QTest::mouseClick(buttons.at(2), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<Phase>(), Phase::RollBack);
    }

    void disabledPhaseCannotBeChosen()
    {
        PhaseBar bar;
        bar.setPhaseEnabled(Phase::RollBack, false);
        QSignalSpy requested(&bar, &PhaseBar::phaseRequested);
        QTest::mouseClick(bar.findChildren<QAbstractButton *>().at(2), Qt::LeftButton);
        QCOMPARE(requested.size(), 0);
    }
};

QTEST_MAIN(TestPhaseBar)
#include "tst_phasebar.moc"
