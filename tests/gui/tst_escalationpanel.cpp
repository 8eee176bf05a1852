// The Escalate panel on runbooks with more than one escalation list: headings, one number
// per contact, and the journal as the record of whom was called.

#include "execution/Engine.h"
#include "gui/EscalationModel.h"
#include "gui/EscalationPanel.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QDir>
#include <QFont>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

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
};

QTEST_MAIN(TestEscalationPanel)
#include "tst_escalationpanel.moc"
