#include "ExampleDrill.h"
#include "common/NamedTarget.h"
#include "core/SecretSource.h"
#include "core/SettingsKeys.h"
#include "gui/AssessPage.h"
#include "gui/ChecklistPage.h"
#include "gui/CommandView.h"
#include "gui/CommunicatePage.h"
#include "gui/DesktopNotifier.h"
#include "gui/EscalationModel.h"
#include "gui/EscalationPanel.h"
#include "gui/IncidentConsole.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "gui/PhaseBar.h"
#include "gui/RollbackPage.h"
#include "incident/Events.h"
#include "runbook/Importer.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rollcage;
using namespace rollcage::gui;

namespace {

// The deploy token the example's fourth step needs, handed over the way the keychain
// would: later, by signal.
class FixedSecrets : public execution::SecretSource
{
public:
    using SecretSource::SecretSource;
    void request(quint64 id, const QString &, const QStringList &names) override
    {
        QHash<QString, QString> values;
        for (const QString &n : names)
            values.insert(n, QStringLiteral("tok-%1").arg(n.size()));
        QTimer::singleShot(0, this, [this, id, values] { Q_EMIT provided(id, values); });
    }
};

// With ROLLCAGE_SCREENSHOT_DIR set (scripts/screenshots), the flow test leaves a PNG of
// each phase there, for people to look at.
void shoot(QWidget *window, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROLLCAGE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    window->resize(1280, 800);
    window->show();
    QCoreApplication::processEvents();
    window->grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

QStringList eventTypes(const execution::Engine *engine)
{
    QStringList types;
    for (const incident::Event &e : engine->journal())
        types << e.type;
    return types;
}

} // namespace

class TestIncidentConsole : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    FixedSecrets m_secrets;
    runbook::Runbook m_example;

    QString sandbox(const QString &name, bool badIsLive)
    {
        return test::exampleSandbox(m_dir.filePath(name), badIsLive);
    }
    static execution::DeclareOptions options(const QString &releases) { return test::exampleOptions(releases); }
    static void tickAll(ChecklistPage *page) { test::tickAll(page); }

    // The pre-rollback checklist waived through the engine, for the tests that are about
    // something else: the core's gate holds every rollback step until it is settled.
    static void settleChecklist(IncidentConsole &console)
    {
        for (const incident::OpenItem &item : console.engine()->openPrerequisites())
            QVERIFY(console.engine()->waiveChecklistItem(item.checklist, item.item,
                                                         QStringLiteral("not what this test is about")));
    }

    static bool runAndWait(IncidentConsole &console, int step)
    {
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        console.rollbackPage()->selectStep(step);
        console.rollbackPage()->runSelected();
        test::acceptNamedTarget(console.rollbackPage()); // when the step asks for it
        return finished.wait(20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("console.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
        auto example = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(example.ok(), qPrintable(example.error));
        m_example = *example;
        QVERIFY(!m_example.hasErrors());
        QSettings().remove(rollcage::settings::kGuided); // a first run
    }

    // Guided mode (on for a first run): one step at a time, its why up front, the next
    // action as the only default (Ctrl+Enter presses it), and who to call beside it.
    void guidedModeLeadsOneStepAtATime()
    {
        const QString releases = sandbox(QStringLiteral("guided"), true);
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(releases)).ok);
        RollbackPage *page = console.rollbackPage();
        QVERIFY(page->isGuided());
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        console.resize(1280, 800);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        console.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&console));

        // A compact list of the steps stays beside the one to do.
        QVERIFY(page->findChild<QListView *>(QStringLiteral("stepList"))->isVisible());
        QVERIFY(page->findChild<QListView *>(QStringLiteral("stepList"))->width() <= 240);
        QVERIFY(page->escalationPanel()->isVisible());
        QCOMPARE(page->escalationPanel()->model()->rowCount(), 3);
        QCOMPARE(page->selectedStep(), 0);
        QVERIFY(page->defaultButton());
        QCOMPARE(page->defaultButton()->objectName(), QStringLiteral("runButton"));
        int defaults = 0;
        for (QPushButton *b : page->findChildren<QPushButton *>())
            defaults += b->isDefault() ? 1 : 0;
        QCOMPARE(defaults, 1);
        QVERIFY2(page->nextActionHint().contains(QStringLiteral("Run")), qPrintable(page->nextActionHint()));
        shoot(&console, QStringLiteral("3-rollback-guided"));

        // The keyboard alone walks the procedure: Ctrl+Enter runs the step shown.
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        page->commandView()->setFocus();
        QTest::keyClick(page->commandView(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Succeeded);
        QCOMPARE(page->selectedStep(), 0); // its output stays until the operator moves on
        QTest::keyClick(page->commandView(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(page->selectedStep(), 1); // Next: on to the next one, nothing to pick

        // Escalating is recorded, and the panel then names the next level.
        QVERIFY(page->escalationPanel()->recordCall(0, QStringLiteral("paged via phone")));
        QCOMPARE(console.engine()->state().escalationLevel, 1);
        QVERIFY(page->escalationPanel()->model()->index(0).data(EscalationModel::ReachedRole).toBool());
        QVERIFY(!page->escalationPanel()->model()->index(1).data(EscalationModel::ReachedRole).toBool());
        QCOMPARE(eventTypes(console.engine()).count(incident::events::Escalated::Name), 1);

        // Off: the whole list is back, and the choice is remembered for next time.
        QTest::keyClick(page->commandView(), Qt::Key_G, Qt::ControlModifier);
        QVERIFY(!page->isGuided());
        QVERIFY(page->findChild<QListView *>(QStringLiteral("stepList"))->isVisible());
        QVERIFY(!page->escalationPanel()->isVisible());
        QCOMPARE(QSettings().value(rollcage::settings::kGuided).toBool(), false);
        page->setGuided(true);
        QCOMPARE(QSettings().value(rollcage::settings::kGuided).toBool(), true);
    }

    // The procedure is picked on the Roll back page, with its time and risk, until a
    // step has run; the choice is journalled.
    void procedureIsPickedOnTheRollbackPage()
    {
        const QString releases = sandbox(QStringLiteral("pick"), false);
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(releases)).ok);
        RollbackPage *page = console.rollbackPage();
        auto *combo = page->findChild<QComboBox *>(QStringLiteral("procedureCombo"));
        QCOMPARE(combo->count(), int(m_example.procedures.size()));
        QVERIFY(combo->itemText(combo->currentIndex()).startsWith(QStringLiteral("Release Link Rollback")));
        QVERIFY(combo->itemText(combo->currentIndex()).contains(QStringLiteral("step")));
        QVERIFY(combo->isEnabled());
        int remove = -1;
        for (int i = 0; i < m_example.procedures.size(); ++i)
            remove = m_example.procedures.at(i).title.startsWith(QStringLiteral("Remove")) ? i : remove;
        QVERIFY(page->chooseProcedure(remove));
        QCOMPARE(console.engine()->procedure().title, m_example.procedures.at(remove).title);
        QCOMPARE(eventTypes(console.engine()).count(incident::events::ProcedureChosen::Name), 1);
        QCOMPARE(page->selectedStep(), 0);
        settleChecklist(console);
        QVERIFY(runAndWait(console, 0));
        // Another procedure can follow in the same incident; the list says which have run.
        QVERIFY(combo->isEnabled());
        QVERIFY2(combo->itemText(remove).contains(QStringLiteral("1 of")), qPrintable(combo->itemText(remove)));
        QVERIFY(page->chooseProcedure(0));
        QCOMPARE(console.engine()->procedure().title, m_example.procedures.at(0).title);
        QCOMPARE(combo->currentIndex(), 0);
        QVERIFY(page->chooseProcedure(remove));
        QCOMPARE(console.engine()->nextStep(), 1); // back where it was
    }

    // New incident → decision → checklist → every step → verify → resolved, on the
    // bundled example, with the journal telling the same story.
    void wholeFlowOnTheExample()
    {
        const QString releases = sandbox(QStringLiteral("flow"), true);
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link Rollback"), options(releases)).ok);
        QCOMPARE(console.currentPhase(), Phase::Assess);
        console.assessPage()->selectDecision(0);
        console.assessPage()->setJustification(QStringLiteral("5xx at 4% since the 02:58 deploy; v2.4.0 still on disk."));
        shoot(&console, QStringLiteral("1-assess"));

        console.assessPage()->selectDecision(0);
        console.assessPage()->setJustification(QStringLiteral("5xx at 4% since the deploy"));
        QVERIFY(console.assessPage()->record());
        QCOMPARE(console.currentPhase(), Phase::Prepare);
        QVERIFY(console.phaseBar()->deadlineLevel() == Deadline::Level::Normal); // 15 minutes from now

        {
            ChecklistModel *m = console.preparePage()->model();
            m->setData(m->index(0, 0, m->index(0, 0)), Qt::Checked, Qt::CheckStateRole);
            m->setData(m->index(1, 0, m->index(0, 0)), Qt::Checked, Qt::CheckStateRole);
            shoot(&console, QStringLiteral("2-prepare"));
        }
        tickAll(console.preparePage());
        QVERIFY(console.preparePage()->allSettled());
        QVERIFY(console.goTo(Phase::RollBack));

        for (int step = 0; step < 4; ++step) {
            QVERIFY2(runAndWait(console, step), qPrintable(console.rollbackPage()->message()));
            if (step == 2) {
                console.rollbackPage()->selectStep(2);
                shoot(&console, QStringLiteral("3-rollback"));
            }
        }
        QCOMPARE(console.engine()->state().step(3).state, incident::StepState::Succeeded);
        console.rollbackPage()->goNext();
        // Step 5 is manual: Done with a note.
        QCOMPARE(console.rollbackPage()->selectedStep(), 4);
        console.rollbackPage()->completeSelected(QStringLiteral("error graph turned at 03:20"));
        QCOMPARE(console.currentPhase(), Phase::RollBack); // the operator reads first
        console.rollbackPage()->goNext();
        QCOMPARE(console.currentPhase(), Phase::Verify);
        QCOMPARE(QFile::symLinkTarget(releases + QStringLiteral("/current")), releases + QStringLiteral("/v2.4.0"));

        shoot(&console, QStringLiteral("4-verify"));
        console.goTo(Phase::Communicate);
        shoot(&console, QStringLiteral("5-communicate"));
        console.goTo(Phase::Verify);
        tickAll(console.verifyPage());
        QVERIFY(console.verifyPage()->allSettled());
        Q_EMIT console.verifyPage()->continueRequested();
        QCOMPARE(console.currentPhase(), Phase::Report);
        shoot(&console, QStringLiteral("6-report"));
        QCOMPARE(console.engine()->state().phase, incident::Phase::Resolved);

        const QStringList types = eventTypes(console.engine());
        QCOMPARE(types.first(), incident::events::Declared::Name);
        QVERIFY(types.contains(incident::events::DecisionTaken::Name));
        QCOMPARE(types.count(incident::events::ChecklistTicked::Name), 10); // 5 pre + 5 post
        QCOMPARE(types.count(incident::events::StepStarted::Name), 4);
        QCOMPARE(types.count(incident::events::StepFinished::Name), 4);
        QCOMPARE(types.count(incident::events::StepResolved::Name),
                 1); // the manual step, done with a note
        QCOMPARE(types.last(), incident::events::StateChanged::Name);
        // The decision came before any tick, every tick before the first step.
        QVERIFY(types.indexOf(incident::events::DecisionTaken::Name) <
                types.indexOf(incident::events::ChecklistTicked::Name));
        QVERIFY(types.lastIndexOf(incident::events::ChecklistTicked::Name,
                                  types.indexOf(incident::events::StepStarted::Name)) >= 0);
        // The token reached the step but never the journal.
        for (const incident::Event &e : console.engine()->journal())
            QVERIFY(!e.data.toVariantMap().values().contains(QStringLiteral("tok-20")));
    }

    void rollBackIsLockedUntilTheChecklistIsSettled()
    {
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("lock"), true))).ok);
        QVERIFY(!console.goTo(Phase::RollBack));
        QVERIFY(console.message().contains(QStringLiteral("locked")));
        QCOMPARE(console.currentPhase(), Phase::Assess);

        ChecklistPage *prepare = console.preparePage();
        ChecklistModel *m = prepare->model();
        const QModelIndex list = m->index(0, 0);
        for (int i = 0; i < m->rowCount(list) - 1; ++i)
            m->setData(m->index(i, 0, list), Qt::Checked, Qt::CheckStateRole);
        QVERIFY(!prepare->allSettled());
        QVERIFY(!console.goTo(Phase::RollBack));
        // The last item is waived: allowed only with a reason, and recorded with it.
        const QModelIndex last = m->index(m->rowCount(list) - 1, 0, list);
        Q_EMIT prepare->waiveRequested(m->checklistTitle(last), m->itemText(last), QStringLiteral("pipeline owner asleep"));
        QVERIFY(prepare->allSettled());
        QVERIFY(m->index(last.row(), 0, list).data().toString().startsWith(QStringLiteral("Waived: ")));
        QVERIFY(console.goTo(Phase::RollBack));
        QCOMPARE(eventTypes(console.engine()).count(incident::events::ChecklistWaived::Name), 1);
    }

    void destructiveStepNeedsTheTypedTarget()
    {
        const QString releases = sandbox(QStringLiteral("destructive"), false);
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Remove the Bad Release"), options(releases)).ok);
        RollbackPage *page = console.rollbackPage();
        settleChecklist(console);
        QVERIFY(runAndWait(console, 0));
        page->goNext();
        QCOMPARE(page->selectedStep(), 1);
        const QString target = console.engine()->expectedConfirmation(1);
        QVERIFY(!target.isEmpty());
        QVERIFY(!page->canRun());
        page->runSelected();
        QVERIFY(page->message().contains(QStringLiteral("Type the confirmation")));
        QCOMPARE(console.engine()->state().step(1).attempts, 0);
        page->setConfirmation(target + QStringLiteral("x"));
        QVERIFY(!page->canRun());
        page->setConfirmation(target);
        QVERIFY(page->canRun());
        QVERIFY(runAndWait(console, 1));
        QVERIFY(!QFile::exists(releases + QStringLiteral("/v2.5.0")));
    }

    void cancelStopsTheRunningStep()
    {
        auto slow = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/gui/fixtures/slow-drill.md"));
        QVERIFY2(slow.ok(), qPrintable(slow.error));
        IncidentConsole console(m_store.get(), &m_secrets);
        console.engine()->setGracePeriod(500);
        QVERIFY(console.start(*slow, QStringLiteral("Long Wait"), {}).ok);
        settleChecklist(console);
        QSignalSpy started(console.engine(), &execution::Engine::stepStarted);
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        console.rollbackPage()->selectStep(0);
        console.rollbackPage()->runSelected();
        QVERIFY(started.wait(10000));
        // Its output reaches the live log pane before we cancel.
        QTRY_VERIFY_WITH_TIMEOUT(console.rollbackPage()->logView()->model()->rowCount() >= 1, 5000);
        QCOMPARE(console.rollbackPage()->logView()->model()->index(0).data().toString(), QStringLiteral("waiting"));
        console.rollbackPage()->cancelRunning();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(1).value<execution::StepResult>().status, execution::StepStatus::Cancelled);
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Cancelled);
    }

    // Templates are filled from the incident; what is left unfilled blocks sending until
    // filled or explicitly left; a copy is recorded as a message sent.
    void communicateFillsAndBlocks()
    {
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("talk"), true))).ok);
        console.assessPage()->selectDecision(0);
        console.assessPage()->setJustification(QStringLiteral("5xx at 4%"));
        QVERIFY(console.assessPage()->record());
        console.goTo(Phase::Communicate);
        CommunicatePage *page = console.communicatePage();
        QVERIFY(page->messageText().contains(QStringLiteral("Reason: 5xx at 4%")));
        QVERIFY(page->messageText().contains(QStringLiteral("v2.5.0 -> v2.4.0")));
        QCOMPARE(page->unfilled().size(), 1); // the component: the operator picks it
        QVERIFY(!page->canSend());
        QVERIFY(!page->sendTo(QStringLiteral("copy")));
        page->leaveUnfilledAsWritten();
        QVERIFY(page->canSend());
        QVERIFY(page->sendTo(QStringLiteral("copy")));
        QCOMPARE(QApplication::clipboard()->text(), page->messageText());
        QCOMPARE(eventTypes(console.engine()).count(incident::events::MessageSent::Name), 1);
    }

    // Messages speak of each component's current health, from the latest checks.
    void messagesKnowCurrentHealth()
    {
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("health"), true))).ok);
        execution::Engine *engine = console.engine();
        QVERIFY(engine->recordHealthResult(QStringLiteral("checkout /health"), false, QStringLiteral("HTTP 502")));
        QVERIFY(engine->recordHealthResult(QStringLiteral("checkout /status"), true, QStringLiteral("OK")));
        QVERIFY(engine->recordHealthResult(QStringLiteral("payments /health"), false, QStringLiteral("timeout")));
        QVERIFY(engine->recordHealthResult(QStringLiteral("payments /health"), true, QStringLiteral("OK")));
        const messaging::MessageContext c = console.communicatePage()->context();
        QCOMPARE(c.health.value(QStringLiteral("checkout")), QStringLiteral("Unhealthy")); // one check still failing
        QCOMPARE(c.health.value(QStringLiteral("payments")), QStringLiteral("Healthy"));   // recovered
        QCOMPARE(messaging::fillTemplate(QStringLiteral("Payments: [Up/Down]"), c).text, QStringLiteral("Payments: Up"));
    }

    // A status update falling due, or a stakeholder left untold past their deadline,
    // reaches the operator once: as a desktop notification, or as a banner on the page
    // when no notification service answers.
    void remindsWhenAnUpdateIsDue()
    {
        IncidentConsole console(m_store.get(), &m_secrets);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("remind"), true))).ok);
        console.goTo(Phase::Communicate);
        CommunicatePage *page = console.communicatePage();
        QVERIFY(page->bannerText().isEmpty());
        QSignalSpy shown(page->notifier(), &DesktopNotifier::shown);
        QSignalSpy unavailable(page->notifier(), &DesktopNotifier::unavailable);
        QCOMPARE(shown.size() + unavailable.size(), 0); // nothing is due at the start

        // Two hours on: every stakeholder is overdue and a status update is due.
        page->setClock([] { return QDateTime::currentDateTimeUtc().addSecs(2 * 3600); });
        page->refreshFromIncident();
        const int stakeholders = 4; // the example's communication plan
        QTRY_COMPARE(shown.size() + unavailable.size(), stakeholders + 1);
        if (!unavailable.isEmpty()) {
            QStringList summaries;
            for (const auto &call : unavailable)
                summaries << call.at(1).toString();
            QVERIFY2(summaries.contains(QStringLiteral("Status update due")), qPrintable(summaries.join(QLatin1Char('|'))));
            QVERIFY(page->bannerText().contains(summaries.constLast()));
        }
        // Once each: refreshing again does not repeat them.
        page->refreshFromIncident();
        QCoreApplication::processEvents();
        QCOMPARE(shown.size() + unavailable.size(), stakeholders + 1);
    }

    // Closing the window (or a crash) loses nothing: a new console picks up the incident
    // where it stood.
    void resumesAfterRestart()
    {
        qint64 id = 0;
        {
            IncidentConsole console(m_store.get(), &m_secrets);
            QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("resume"), true))).ok);
            console.assessPage()->selectDecision(1);
            console.assessPage()->setJustification(QStringLiteral("card payments failing"));
            QVERIFY(console.assessPage()->record());
            ChecklistModel *m = console.preparePage()->model();
            m->setData(m->index(0, 0, m->index(0, 0)), Qt::Checked, Qt::CheckStateRole);
            id = console.engine()->incidentId();
        }
        IncidentConsole again(m_store.get(), &m_secrets);
        const Status s = again.resume(id, m_example);
        QVERIFY2(s.ok, qPrintable(s.error));
        QCOMPARE(again.currentPhase(), Phase::Prepare);
        QCOMPARE(again.preparePage()->model()->openItems(), 4);
        QCOMPARE(again.engine()->state().justification, QStringLiteral("card payments failing"));
    }
};

QTEST_MAIN(TestIncidentConsole)
#include "tst_incidentconsole.moc"
