// Two people tick the same checklist item at the same moment, each in their own console
// on one incident in a shared PostgreSQL store (tests/pg-session.sh): both ticks are
// issued before either console has read the other's back. Each journal ends with both
// ticks recorded; each console shows one tick, the first one's, and names the second
// person beside it. And the presence list keeps where each is readable beside a long name.
#include "TeamConsoles.h"
#include "gui/ChecklistModel.h"
#include "gui/ChecklistPage.h"
#include "gui/IncidentConsole.h"
#include "gui/PresenceModel.h"
#include "incident/IncidentStore.h"
#include "incident/TeamSession.h"
#include "runbook/Importer.h"

#include <QHeaderView>
#include <QTest>
#include <QTreeView>

using namespace rollcage;
using gui::IncidentConsole;

namespace {
// The row of `item` in the console's pre-rollback checklist.
QModelIndex itemRow(const IncidentConsole &console, const QString &item)
{
    const gui::ChecklistModel *model = console.preparePage()->model();
    for (int list = 0; list < model->rowCount(); ++list) {
        const QModelIndex parent = model->index(list, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            if (model->itemText(model->index(row, 0, parent)) == item)
                return model->index(row, 0, parent);
        }
    }
    return {};
}

int countOf(const QList<incident::Event> &events, const QString &type)
{
    int n = 0;
    for (const incident::Event &e : events)
        n += e.type == type ? 1 : 0;
    return n;
}
} // namespace

class TestTeamChecklist : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("ROLLCAGE_TEST_DATABASE"))
            QSKIP("needs a PostgreSQL server (run as tst_teamchecklist_postgresql)");
        qputenv("ROLLCAGE_TEAM_TTL_MS", "3000"); // a beat a second: the lists follow quickly
        auto runbook = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/gui/fixtures/team-checklist-drill.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        m_runbook = *runbook;
    }

    void twoTicksAtOnceAreOneTick()
    {
        const test::TwoConsoles team =
            test::declareAndJoin(qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"), m_runbook,
                                 QStringLiteral("Drain Rollback"));
        QVERIFY(team.ana && team.ben);
        IncidentConsole &ana = *team.ana;
        IncidentConsole &ben = *team.ben;
        QVERIFY(ana.goTo(gui::Phase::Prepare));
        QVERIFY(ben.goTo(gui::Phase::Prepare));
        const QString item = QStringLiteral("Backups verified");
        const QModelIndex atAna = itemRow(ana, item);
        const QModelIndex atBen = itemRow(ben, item);
        QVERIFY(atAna.isValid() && atBen.isValid());

        // Both tick it (as a click on its box does) before either reads the other's back:
        // nothing runs the event loop between the two, so neither console has seen the
        // other's tick when it records its own.
        gui::ChecklistModel *anaModel = ana.preparePage()->model();
        gui::ChecklistModel *benModel = ben.preparePage()->model();
        anaModel->setData(atAna, Qt::Checked, Qt::CheckStateRole);
        benModel->setData(atBen, Qt::Checked, Qt::CheckStateRole);
        const qint64 id = ana.incidentId();
        const auto stored = team.anaStore->events(id);
        QVERIFY(stored);
        QCOMPARE(countOf(*stored, QStringLiteral("checklist_ticked")), 2); // both recorded

        // Each console, once it has read the other's: one tick, Ana's (hers came first),
        // with Ben named beside it — the same words on both screens.
        for (const IncidentConsole *console : {&ana, &ben}) {
            QTRY_COMPARE(countOf(console->engine()->journal(), QStringLiteral("checklist_ticked")),
                         2);
            const auto &marks = console->engine()->state().checklist;
            QCOMPARE(marks.size(), qsizetype(1));
            QCOMPARE(marks.constFirst().by, QStringLiteral("Ana"));
            QCOMPARE(marks.constFirst().alsoBy, QStringList{QStringLiteral("Ben")});
        }
        // The lists are redrawn once per burst of others' events (a few ms after the journal
        // has them), so what they show is waited for too.
        QTRY_VERIFY2(atAna.data().toString().contains(QStringLiteral("ticked by Ana")) &&
                         atAna.data().toString().contains(QStringLiteral("(Ben ticked it too)")),
                     qPrintable(atAna.data().toString()));
        const QString shownToAna = atAna.data().toString();
        QTRY_COMPARE(atBen.data().toString(), shownToAna);
        QCOMPARE(atAna.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QCOMPARE(atBen.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        // One item of two is done, not two: the other is still the one to do.
        QCOMPARE(anaModel->openItems(), 1);
        QCOMPARE(benModel->openItems(), 1);
    }

    // The presence list at 3 a.m.: where someone is (a page, "running step 12") is read
    // whole; a long name gives way instead (elided, in full in the row's tooltip).
    void whereIsNeverCut()
    {
        const test::TwoConsoles team = test::declareAndJoin(
            qEnvironmentVariable("ROLLCAGE_TEST_DATABASE"), m_runbook,
            QStringLiteral("Drain Rollback"), QStringLiteral("Maximiliane Oberhuber-Lindqvist"));
        QVERIFY(team.ana && team.ben);
        QVERIFY(team.ben->goTo(gui::Phase::Communicate));
        team.ana->show();
        auto *tree = team.ana->teamPanel()->findChild<QTreeView *>(QStringLiteral("presenceView"));
        QVERIFY(tree);
        QHeaderView *header = tree->header();
        const QAbstractItemView *view = tree; // where sizeHintForColumn is public
        const auto where = [&] {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QModelIndex name = view->model()->index(row, gui::PresenceModel::Name);
                if (name.data().toString().startsWith(QLatin1String("Maximiliane")))
                    return view->model()->index(row, gui::PresenceModel::Where).data().toString();
            }
            return QString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(where(), QStringLiteral("Communicate"), 15000);
        QTRY_VERIFY(header->sectionSize(gui::PresenceModel::Where) >=
                    view->sizeHintForColumn(gui::PresenceModel::Where));
        QVERIFY(header->sectionSize(gui::PresenceModel::Name) <
                view->sizeHintForColumn(gui::PresenceModel::Name));
    }

private:
    runbook::Runbook m_runbook;
};

QTEST_MAIN(TestTeamChecklist)
#include "tst_teamchecklist.moc"
