// The Escalate panel on runbooks with more than one escalation list: headings, one number
// per contact, and the journal as the record of whom was called.

#include "execution/Engine.h"
#include "gui/EscalationModel.h"
#include "gui/EscalationPanel.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QDir>
#include <QFont>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace rollcage;
using namespace rollcage::gui;
using namespace Qt::StringLiterals;

class TestEscalationPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;

    // A panel on a freshly declared incident of `path`.
    struct Fixture
    {
        runbook::Runbook runbook;
        std::unique_ptr<execution::Engine> engine;
        std::unique_ptr<EscalationPanel> panel;
    };
    bool open(const QString &path, Fixture &f)
    {
        const auto rb = runbook::Importer::importFile(path);
        if (!rb.ok() || rb->procedures.isEmpty())
            return false;
        f.runbook = *rb;
        f.engine = std::make_unique<execution::Engine>(m_store.get(), nullptr);
        if (!f.engine->declare(f.runbook, f.runbook.procedures.first().title).ok())
            return false;
        f.panel = std::make_unique<EscalationPanel>();
        f.panel->setEngine(f.engine.get());
        f.panel->setLevels(f.runbook.escalation);
        return true;
    }
    static QString current(const EscalationPanel &panel)
    {
        return panel.findChild<QLabel *>(QStringLiteral("currentLabel"))->text();
    }
    static QListView *view(const EscalationPanel &panel)
    {
        return panel.findChild<QListView *>(QStringLiteral("levelsView"));
    }
    static QLabel *dueLine(const EscalationPanel &panel)
    {
        return panel.findChild<QLabel *>(QStringLiteral("dueLabel"));
    }
    static QTimer *dueTimer(const EscalationPanel &panel)
    {
        return panel.findChild<QTimer *>(QStringLiteral("dueTimer"));
    }
    // A clock standing `minutes` after the incident was declared.
    static std::function<QDateTime()> minutesIn(const Fixture &f, qint64 minutes)
    {
        const qint64 at = f.engine->state().declaredMs + minutes * 60'000;
        return [at] { return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC); };
    }
    bool recordLevels(Fixture &f, const QList<int> &levels)
    {
        for (const int level : levels) {
            if (!f.panel->recordCall(f.panel->model()->rowOfLevel(level), QStringLiteral("called")).ok)
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("escalation.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
    }

    void callingAPartnerFirstLeavesInHouseLevelsUncalled()
    {
        Fixture f;
        QVERIFY(open(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/escalation-groups.md"), f));
        EscalationModel *model = f.panel->model();
        QCOMPARE(model->rowCount(), 10); // 3 headings, 7 levels
        // The level to call first is preselected, never a heading.
        QCOMPARE(view(*f.panel)->currentIndex().row(), model->rowOfLevel(1));
        QVERIFY(current(*f.panel).contains(QStringLiteral("level 1, Payments on-call engineer (In-house)")));
        QVERIFY(!f.panel->recordCall(0, QStringLiteral("a heading is nobody")).ok);

        QVERIFY(f.panel->recordCall(model->rowOfLevel(4), QStringLiteral("ticket 4411")).ok);
        QCOMPARE(f.engine->state().escalationLevel, 4);
        QCOMPARE(f.engine->state().escalatedTo, QStringLiteral("Card processor support desk"));
        QCOMPARE(f.engine->state().escalatedLevels, QList<int>{4});
        QVERIFY(!model->index(model->rowOfLevel(1)).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(model->index(model->rowOfLevel(4)).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(model->index(model->rowOfLevel(5)).data(EscalationModel::NextRole).toBool());
        QCOMPARE(view(*f.panel)->currentIndex().row(), model->rowOfLevel(5)); // moved on
        QVERIFY2(current(*f.panel).contains(
                     QStringLiteral("Next: level 5, Card processor account manager (Partner escalation)")),
                 qPrintable(current(*f.panel)));
    }

    // Seed 002 keeps an internal and an external list; pictured for people to look at with
    // ROLLCAGE_SCREENSHOT_DIR set.
    void seed002ShowsBothListsUnderTheirHeadings()
    {
        const QDir seeds(QStringLiteral(ROLLCAGE_SEEDS_DIR));
        const QStringList found = seeds.entryList({QStringLiteral("002_*")}, QDir::Files);
        if (found.isEmpty())
            QSKIP("the seed runbooks (../shared/seeds) are not present");
        Fixture f;
        QVERIFY(open(seeds.filePath(found.first()), f));
        EscalationModel *model = f.panel->model();
        QCOMPARE(model->rowCount(), 8);
        QCOMPARE(model->index(0).data().toString(), QStringLiteral("Internal Escalation"));
        QCOMPARE(model->index(4).data().toString(), QStringLiteral("External Escalation"));
        QCOMPARE(model->index(5).data(EscalationModel::LevelRole).toInt(), 4);
        QVERIFY(f.panel->recordCall(model->rowOfLevel(1), QStringLiteral("paged")).ok);
        QVERIFY(model->index(model->rowOfLevel(2)).data(Qt::FontRole).value<QFont>().bold());

        if (const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR"); !dir.isEmpty()) {
            f.panel->resize(340, 560);
            f.panel->show();
            QVERIFY(QTest::qWaitForWindowExposed(f.panel.get()));
            QVERIFY(f.panel->grab().save(QDir(dir).filePath(QStringLiteral("escalation-seed002.png"))));
        }
    }

    // The journal keeps the level's list and rank beside its number; the panel lists the
    // calls; a journal from before those were kept (number and who only) still loads.
    void journalSaysWhomAndOldJournalsLoad()
    {
        Fixture f;
        QVERIFY(open(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/escalation-groups.md"), f));
        QLabel *history = f.panel->findChild<QLabel *>(QStringLiteral("historyLabel"));
        QVERIFY(!history->isVisibleTo(f.panel.get()));
        QVERIFY(f.panel->recordCall(f.panel->model()->rowOfLevel(4), QStringLiteral("ticket 4411")).ok);
        const qint64 id = f.engine->incidentId();
        const auto events = m_store->events(id);
        QVERIFY2(events.ok(), qPrintable(events.error));
        const incident::Event &e = events->last();
        QCOMPARE(e.type, incident::events::Escalated::Name);
        QCOMPARE(e.data.value(u"level"_s).toInt(), 4);
        QCOMPARE(e.data.value(u"who"_s).toString(), u"Card processor support desk"_s);
        QCOMPARE(e.data.value(u"group"_s).toString(), u"Partner escalation"_s);
        QCOMPARE(e.data.value(u"label"_s).toString(), u"Level 1"_s);
        QVERIFY(history->isVisibleTo(f.panel.get()));
        QVERIFY2(history->text().endsWith(
                     u"Level 4 — Partner escalation: Level 1 (Card processor support desk): ticket 4411"_s),
                 qPrintable(history->text()));

        // As an older Rollcage wrote it, then the incident picked up again.
        QVERIFY(m_store
                    ->append(id, incident::events::Escalated::Name,
                             {{u"level"_s, 2},
                              {u"who"_s, u"Payments engineering manager"_s},
                              {u"note"_s, u"paged"_s}})
                    .ok());
        execution::Engine resumed(m_store.get(), nullptr);
        QVERIFY(resumed.resume(id, f.runbook).ok);
        EscalationPanel panel;
        panel.setEngine(&resumed);
        panel.setLevels(f.runbook.escalation);
        QCOMPARE(resumed.state().escalatedLevels, (QList<int>{4, 2}));
        QCOMPARE(resumed.state().escalations.last().group, QString());
        const QString text = panel.findChild<QLabel *>(QStringLiteral("historyLabel"))->text();
        QVERIFY2(text.contains(u"Level 4 — Partner escalation: Level 1 (Card processor support desk)"_s) &&
                     text.endsWith(u"Level 2 (Payments engineering manager): paged"_s),
                 qPrintable(text));
        QVERIFY(panel.model()->index(panel.model()->rowOfLevel(2)).data(EscalationModel::ReachedRole).toBool());
        shoot(panel, u"escalation-history.png"_s);
    }

    // escalation-timed.md: on-call immediately, the team lead after 15 minutes, the VP
    // after 45 minutes, the CTO within 2 hours; minutes count from the declaration.
    void dueLevelIsShownUntilCalled_data()
    {
        QTest::addColumn<qint64>("minutes");
        QTest::addColumn<QList<int>>("calledBefore");
        QTest::addColumn<QList<int>>("due");
        QTest::addColumn<QString>("line");
        QTest::addColumn<QList<int>>("calledAfter");
        QTest::newRow("just declared")
            << qint64(0) << QList<int>{} << QList<int>{1}
            << u"Level 1 (Page the scheduler on-call, immediately) is due: the incident has lasted 0 min."_s
            << QList<int>{};
        QTest::newRow("not due") << qint64(10) << QList<int>{1} << QList<int>{} << QString() << QList<int>{};
        QTest::newRow("due") << qint64(17) << QList<int>{1} << QList<int>{2}
                             << u"Level 2 (Platform team lead, After 15 minutes) is due: the incident has lasted 17 min."_s
                             << QList<int>{};
        QTest::newRow("two due")
            << qint64(50) << QList<int>{1} << QList<int>{2, 3}
            << u"Level 2 (Platform team lead, After 15 minutes) is due: the incident has lasted 50 min. Also due: level 3."_s
            << QList<int>{};
        QTest::newRow("called after due")
            << qint64(17) << QList<int>{1} << QList<int>{2}
            << u"Level 2 (Platform team lead, After 15 minutes) is due: the incident has lasted 17 min."_s
            << QList<int>{2};
    }
    void dueLevelIsShownUntilCalled()
    {
        QFETCH(qint64, minutes);
        QFETCH(QList<int>, calledBefore);
        QFETCH(QList<int>, due);
        QFETCH(QString, line);
        QFETCH(QList<int>, calledAfter);
        Fixture f;
        QVERIFY(open(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/escalation-timed.md"), f));
        QVERIFY(recordLevels(f, calledBefore));
        f.panel->setClock(minutesIn(f, minutes));
        EscalationModel *model = f.panel->model();
        QCOMPARE(model->dueLevels(), due);
        QCOMPARE(dueLine(*f.panel)->text(), line);
        QCOMPARE(dueLine(*f.panel)->isVisibleTo(f.panel.get()), !line.isEmpty());
        for (const int level : due)
            QVERIFY(model->index(model->rowOfLevel(level)).data(EscalationModel::DueRole).toBool());
        // Woken again no later than the next minute while a level is due; otherwise when
        // the next level falls due (level 2 at 15 min, level 3 at 45 min).
        QVERIFY(dueTimer(*f.panel)->isActive());
        const qint64 expected = due.isEmpty() ? (15 - minutes) * 60'000 : 60'000;
        QVERIFY2(dueTimer(*f.panel)->remainingTime() <= expected, qPrintable(QString::number(dueTimer(*f.panel)->remainingTime())));

        if (!calledAfter.isEmpty()) {
            QVERIFY(recordLevels(f, calledAfter));
            QCOMPARE(model->dueLevels(), QList<int>{});
            QVERIFY(!dueLine(*f.panel)->isVisibleTo(f.panel.get()));
            // Nothing due: asleep until the VP's 45 minutes, no per-minute ticking.
            QVERIFY(dueTimer(*f.panel)->remainingTime() > (44 - minutes) * 60'000);
        }
        shoot(*f.panel, u"escalation-due-%1.png"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    }

    // The real timer marks the level when its minute comes, and a closed incident has
    // nothing due and no timer running.
    void timerMarksTheLevelWhenItsTimeComes()
    {
        Fixture f;
        QVERIFY(open(QStringLiteral(ROLLCAGE_FIXTURES_DIR "/escalation-timed.md"), f));
        QVERIFY(recordLevels(f, {1}));
        const qint64 dueAt = f.engine->state().declaredMs + 15 * 60'000;
        const qint64 shift = dueAt - 300 - QDateTime::currentMSecsSinceEpoch();
        f.panel->setClock([shift] { return QDateTime::currentDateTimeUtc().addMSecs(shift); });
        QCOMPARE(f.panel->model()->dueLevels(), QList<int>{});
        QVERIFY(dueTimer(*f.panel)->remainingTime() <= 300);
        QTRY_COMPARE_WITH_TIMEOUT(f.panel->model()->dueLevels(), QList<int>{2}, 5000);
        QVERIFY(dueLine(*f.panel)->text().startsWith(u"Level 2 (Platform team lead"_s));

        QVERIFY(f.engine->transition(incident::Phase::Resolved, QStringLiteral("fixed")).ok);
        QCOMPARE(f.panel->model()->dueLevels(), QList<int>{});
        QVERIFY(!dueTimer(*f.panel)->isActive());
        QVERIFY(!dueLine(*f.panel)->isVisibleTo(f.panel.get()));
    }

private:
    // Pictured for people to look at when ROLLCAGE_SCREENSHOT_DIR is set.
    static void shoot(EscalationPanel &panel, const QString &name)
    {
        const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        panel.resize(340, 560);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        // Every level in sight, wrapped and due rows included: no scrolling to find one.
        QTRY_VERIFY(!view(panel)->verticalScrollBar()->isVisible());
        QVERIFY(panel.grab().save(QDir(dir).filePath(name)));
    }
};

QTEST_MAIN(TestEscalationPanel)
#include "tst_escalationpanel.moc"
