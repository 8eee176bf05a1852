// The Roll back page as the 3 a.m. operator meets it (issue 19): a finished step stays on
// screen with its output until Next; Ctrl+Enter works wherever the focus is; the
// destructive confirmation asks for the target and takes the focus; values missing or
// wrong are given on the page, not with "--var".
#include "ExampleDrill.h"
#include "common/NamedTarget.h"
#include "core/SecretSource.h"
#include "core/SettingsKeys.h"
#include "gui/AssessPage.h"
#include "gui/ChecklistPage.h"
#include "gui/CommandView.h"
#include "gui/EscalationPanel.h"
#include "gui/IncidentConsole.h"
#include "gui/LogModel.h"
#include "gui/LogView.h"
#include "gui/PhaseBar.h"
#include "gui/RollbackPage.h"
#include "gui/ValuesDialog.h"
#include "gui/ValuesForm.h"
#include "incident/Events.h"
#include "runbook/Importer.h"

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

using namespace rollcage;
using namespace rollcage::gui;

namespace {
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

template<typename T>
T *child(QObject *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

void pressCtrlEnter(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Return, Qt::ControlModifier);
}
} // namespace

class TestRollbackPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    FixedSecrets m_secrets;
    runbook::Runbook m_example;

    QString sandbox(const QString &name) { return test::exampleSandbox(m_dir.filePath(name), true); }
    static execution::DeclareOptions options(const QString &releases) { return test::exampleOptions(releases); }
    static void tickAll(ChecklistPage *page) { test::tickAll(page); }

    // A window like the main one: the console, and beside it a widget outside the
    // console (as the health dock is) that can hold the focus.
    struct Window
    {
        QWidget top;
        IncidentConsole *console;
        QLineEdit *outside;
        Window(incident::IncidentStore *store, execution::SecretSource *secrets)
        {
            auto *layout = new QVBoxLayout(&top);
            console = new IncidentConsole(store, secrets, &top);
            outside = new QLineEdit(&top);
            outside->setObjectName(QStringLiteral("outside"));
            layout->addWidget(console, 1);
            layout->addWidget(outside);
            top.resize(1100, 720);
        }
        bool show()
        {
            top.show();
            top.activateWindow();
            return QTest::qWaitForWindowActive(&top);
        }
    };

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("rollback.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
        auto example = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(example.ok(), qPrintable(example.error));
        m_example = *example;
        QSettings().remove(rollcage::settings::kGuided); // a first run: guided
    }

    // Guided (the default for a first run): the step that passed stays, with the output
    // that proves it, until the operator presses Next; a compact step list is beside it.
    void finishedStepStaysUntilNext()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("stay")))).ok);
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        QVERIFY(w.show());
        RollbackPage *page = console.rollbackPage();
        QVERIFY(page->isGuided());
        auto *list = child<QListView>(page, "stepList");
        QVERIFY(list->isVisible());
        QVERIFY(list->width() <= 240);

        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        pressCtrlEnter(page->commandView());
        QVERIFY(finished.wait(20000));
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Succeeded);
        QCOMPARE(page->selectedStep(), 0);
        QTRY_VERIFY(page->logView()->model()->rowCount() >= 1);
        QCOMPARE(page->logView()->model()->index(0).data().toString(), QStringLiteral("live release: v2.5.0"));
        QVERIFY2(page->nextActionHint().contains(QStringLiteral("review the output")), qPrintable(page->nextActionHint()));
        QVERIFY2(page->message().startsWith(QStringLiteral("Step 1 succeeded")), qPrintable(page->message()));
        QVERIFY(!page->message().contains(QStringLiteral("review"))); // said once, in the hint
        QVERIFY(page->defaultButton());
        QCOMPARE(page->defaultButton()->objectName(), QStringLiteral("nextButton"));

        pressCtrlEnter(page->commandView());
        QCOMPARE(page->selectedStep(), 1);
        QCOMPARE(page->defaultButton()->objectName(), QStringLiteral("runButton"));
    }

    // After the last step the page does not jump to Verify: the operator reads, then
    // "Continue to Verify" (Ctrl+Enter) moves on and the incident is verifying.
    void lastStepWaitsForContinue()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        const QString releases = sandbox(QStringLiteral("last"));
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(releases)).ok);
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        QVERIFY(w.show());
        RollbackPage *page = console.rollbackPage();
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        for (int step = 0; step < 4; ++step) {
            page->selectStep(step);
            page->runSelected();
            // Step 3 switches the live link (ln -sfn): a click that names it.
            QCOMPARE(test::acceptNamedTarget(page), step == 2);
            QVERIFY(finished.wait(20000));
            QCOMPARE(console.currentPhase(), Phase::RollBack);
        }
        // The confirmation box of step 3 was the active window; once it closed, the window
        // manager gives the focus back to the main window (offscreen, the test does).
        QVERIFY(w.show());
        page->selectStep(4);
        page->completeSelected(QStringLiteral("graph turned"));
        QCOMPARE(console.currentPhase(), Phase::RollBack);
        QVERIFY(page->defaultButton());
        QCOMPARE(page->defaultButton()->text().remove(QLatin1Char('&')), QStringLiteral("Continue to Verify"));
        pressCtrlEnter(w.outside); // even with the focus outside the console
        QCOMPARE(console.currentPhase(), Phase::Verify);
        QCOMPARE(console.engine()->state().phase, incident::Phase::Verifying);
        QVERIFY(QFile::symLinkTarget(releases + QStringLiteral("/current")).endsWith(QStringLiteral("v2.4.0")));
    }

    // Ctrl+Enter after Alt+3 (the focus on the phase bar), with the focus outside the
    // console, and on Assess, where it records the decision.
    void ctrlEnterFromAnywhere()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("keys")))).ok);
        QVERIFY(w.show());
        console.assessPage()->selectDecision(0);
        console.assessPage()->setJustification(QStringLiteral("5xx at 4%"));
        pressCtrlEnter(w.outside);
        QCOMPARE(console.engine()->state().decision.isEmpty(), false);
        QCOMPARE(console.currentPhase(), Phase::Prepare);
        // On Prepare with items open, Ctrl+Enter goes to the first open one, not on.
        QVERIFY(!console.nextAction());
        QCOMPARE(console.currentPhase(), Phase::Prepare);
        tickAll(console.preparePage());
        pressCtrlEnter(w.outside);
        QCOMPARE(console.currentPhase(), Phase::RollBack);

        QTest::keyClick(&w.top, Qt::Key_3, Qt::AltModifier); // the phase bar's button
        QVERIFY(QApplication::focusWidget());
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        pressCtrlEnter(QApplication::focusWidget());
        QVERIFY(finished.wait(20000));
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Succeeded);
    }

    // A split remembered from a taller window (or the health dock coming in below) left
    // empty space above a 70 px log: whatever the step's text does not need goes to the log.
    void surplusAboveTheLogGoesToTheLog()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("split")))).ok);
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        QVERIFY(w.show());
        auto *split = child<QSplitter>(console.rollbackPage(), "rightSplit");
        QWidget *detail = split->widget(0);
        const int total = split->sizes().at(0) + split->sizes().at(1);
        split->setSizes({total - 80, 80});
        QVERIFY(split->sizes().at(0) > detail->heightForWidth(detail->width()) + 20);
        w.top.resize(1100, 600); // a smaller window, as when the dock takes its rows
        QTRY_VERIFY2(split->sizes().at(0) <= detail->heightForWidth(detail->width()) + 1,
                     qPrintable(QStringLiteral("%1 for %2").arg(split->sizes().at(0)).arg(detail->heightForWidth(detail->width()))));
        QVERIFY(console.rollbackPage()->logView()->height() > 120);
        RollbackPage *page = console.rollbackPage();

        // Who to call gets its width back when shown, whatever split was remembered.
        auto *columns = child<QSplitter>(page, "mainSplit");
        QList<int> widths = columns->sizes();
        widths[1] += widths[2] - 40;
        widths[2] = 40;
        columns->setSizes(widths);
        QVERIFY(page->escalationPanel()->width() < page->escalationPanel()->maximumWidth() - 100);
        page->setGuided(false);
        page->setGuided(true);
        QTRY_COMPARE(page->escalationPanel()->width(), page->escalationPanel()->maximumWidth());

        // Each step's commands box is as tall as its lines, and never under the buttons
        // (a one-line step once had Run drawn over the box's bottom edge).
        auto *run = child<QPushButton>(page, "runButton");
        for (int i = 0; i < console.engine()->procedure().steps.size(); ++i) {
            page->selectStep(i);
            QWidget *box = page->commandView();
            QTRY_VERIFY2(box->mapTo(&w.top, QPoint(0, box->height())).y() <= run->mapTo(&w.top, QPoint(0, 0)).y(),
                         qPrintable(QStringLiteral("step %1: box bottom %2, Run top %3")
                                        .arg(i + 1)
                                        .arg(box->mapTo(&w.top, QPoint(0, box->height())).y())
                                        .arg(run->mapTo(&w.top, QPoint(0, 0)).y())));
        }
    }

    // The phrase to type is the target (the release it deletes), the field has the
    // focus, the warning is said once, and the preview shows no variable unfilled.
    void destructiveConfirmationAsksForTheTarget()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        const QString releases = sandbox(QStringLiteral("remove"));
        QFile::remove(releases + QStringLiteral("/current"));
        QFile::link(releases + QStringLiteral("/v2.4.0"), releases + QStringLiteral("/current"));
        QVERIFY(console.start(m_example, QStringLiteral("Remove the Bad Release"), options(releases)).ok);
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        QVERIFY(w.show());
        RollbackPage *page = console.rollbackPage();
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        page->runSelected();
        QVERIFY(finished.wait(20000));
        QVERIFY(child<QWidget>(page, "whyFrame")->isVisible()); // step 1 is not destructive
        page->goNext();
        QCOMPARE(page->selectedStep(), 1);
        QCOMPARE(console.engine()->expectedConfirmation(1), QStringLiteral("v2.5.0"));
        auto *confirm = child<QLineEdit>(page, "confirmEdit");
        QTRY_VERIFY(confirm->hasFocus());
        const QString danger = child<QLabel>(page, "dangerText")->text();
        QCOMPARE(danger.count(QStringLiteral("⚠")), 1);
        QVERIFY2(!danger.contains(QStringLiteral("Warning"), Qt::CaseInsensitive), qPrintable(danger));
        QVERIFY2(danger.contains(QStringLiteral("<b>v2.5.0</b>")), qPrintable(danger));
        // The step's description is only that warning: not said a second time above it.
        QVERIFY(!child<QWidget>(page, "whyFrame")->isVisible());
        const QString preview = page->commandView()->toPlainText();
        QVERIFY2(!preview.contains(QStringLiteral("${")), qPrintable(preview));
        QVERIFY2(preview.contains(releases), qPrintable(preview));
        // Ctrl+Enter without the phrase runs nothing; typing it (as a person would) does.
        QVERIFY(!page->triggerNextAction());
        QCOMPARE(console.engine()->state().step(1).attempts, 0);
        QTest::keyClicks(confirm, QStringLiteral("v2.5.0"));
        QVERIFY(page->canRun());
        QTest::keyClick(confirm, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(finished.wait(20000));
        QVERIFY(!QFile::exists(releases + QStringLiteral("/v2.5.0")));
        QTRY_VERIFY(!confirm->isEnabled()); // done: nothing left to confirm
    }

    // Declared without values (from an older Rollcage, or the command line): Run does
    // not dead-end on "--var"; it opens the values, which are journalled, and then runs.
    void missingValuesAreGivenOnThePage()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        execution::DeclareOptions o = options(sandbox(QStringLiteral("values")));
        const QString releases = o.variables.take(QStringLiteral("RELEASES_DIR"));
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), o).ok);
        tickAll(console.preparePage());
        QVERIFY(console.goTo(Phase::RollBack));
        QVERIFY(w.show());
        RollbackPage *page = console.rollbackPage();
        page->runSelected();
        QVERIFY2(page->message().contains(QStringLiteral("RELEASES_DIR")), qPrintable(page->message()));
        QVERIFY2(!page->message().contains(QStringLiteral("--var")), qPrintable(page->message()));
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Pending); // nothing blocked
        auto *dialog = page->findChild<ValuesDialog *>();
        QVERIFY(dialog);
        QLineEdit *field = dialog->form()->field(QStringLiteral("RELEASES_DIR"));
        QVERIFY(field);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, releases);
        dialog->accept();
        QCOMPARE(console.engine()->state().variables.value(QStringLiteral("RELEASES_DIR")), releases);
        QVERIFY(page->commandView()->toPlainText().contains(releases));
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        page->runSelected();
        QVERIFY(finished.wait(20000));
        QCOMPARE(console.engine()->state().step(0).state, incident::StepState::Succeeded);

        // Changed later, on purpose: recorded, and the next step uses it.
        page->editValues(QStringLiteral("PREVIOUS_VERSION"));
        dialog = page->findChild<ValuesDialog *>();
        QVERIFY(dialog);
        dialog->form()->setValue(QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.3.9"));
        dialog->accept();
        int sets = 0;
        for (const incident::Event &e : console.engine()->journal())
            sets += e.type == incident::events::VariableSet::Name ? 1 : 0;
        QCOMPARE(sets, 4); // PREVIOUS_VERSION and BAD_VERSION at declaration, two changes
    }

    // Runbook titles keep their Markdown marks; the page shows them as code, the list
    // without them.
    void titlesShowNoRawBackticks()
    {
        Window w(m_store.get(), &m_secrets);
        IncidentConsole &console = *w.console;
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), options(sandbox(QStringLiteral("ticks")))).ok);
        RollbackPage *page = console.rollbackPage();
        page->selectStep(2); // "Switch `current` back to the previous release"
        const QString title = child<QLabel>(page, "titleLabel")->text();
        QVERIFY2(title.contains(QStringLiteral("<code>current</code>")), qPrintable(title));
        auto *list = child<QListView>(page, "stepList");
        for (int row = 0; row < list->model()->rowCount(); ++row)
            QVERIFY(!list->model()->index(row, 0).data().toString().contains(QLatin1Char('`')));
        QVERIFY(!title.contains(QLatin1Char('`')));
    }

    // Retry on a destructive step whose outcome is unknown asks for the typed target like
    // any run of it, and the retry is journalled only when the step really starts again.
    void retryOfAnUnknownStepIsRecordedWhenItRuns()
    {
        const QString releases =
            test::exampleSandbox(m_dir.filePath(QStringLiteral("retry-unknown")), false);
        qint64 id = 0;
        QString title;
        {
            IncidentConsole console(m_store.get(), &m_secrets);
            QVERIFY(
                console
                    .start(m_example, QStringLiteral("Remove the Bad Release"), options(releases))
                    .ok);
            for (const incident::OpenItem &item : console.engine()->openPrerequisites())
                QVERIFY(console.engine()->waiveChecklistItem(
                    item.checklist, item.item, QStringLiteral("not what this test is about")));
            QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
            console.rollbackPage()->selectStep(0);
            console.rollbackPage()->runSelected();
            QVERIFY(finished.wait(20000));
            id = console.engine()->incidentId();
            title = console.engine()->procedure().title;
        }
        // The console that ran step 2 died while it ran (a pid no process has).
        incident::events::StepStarted started;
        started.procedure = title;
        started.title = QStringLiteral("interrupted");
        started.host = QStringLiteral("elsewhere");
        const auto run = m_store->append(id, incident::events::StepStarted::Name,
                                         incident::events::toJson(started), 1);
        QVERIFY2(run.ok(), qPrintable(run.error));
        QVERIFY(m_store
                    ->append(id, incident::events::StepOutcomeUnknown::Name,
                             incident::events::toJson(incident::events::StepOutcomeUnknown{
                                 title, started.title, run->id}),
                             1)
                    .ok());

        IncidentConsole console(m_store.get(), &m_secrets);
        const Status resumed = console.resume(id, m_example);
        QVERIFY2(resumed.ok, qPrintable(resumed.error));
        RollbackPage *page = console.rollbackPage();
        QVERIFY(console.goTo(Phase::RollBack));
        page->selectStep(1);
        QCOMPARE(console.engine()->state().step(1).state, incident::StepState::OutcomeUnknown);
        const auto resolutions = [&] {
            qsizetype n = 0;
            for (const incident::Event &e : console.engine()->journal())
                n += e.type == incident::events::StepResolved::Name;
            return n;
        };
        const qsizetype before = resolutions();
        page->runSelected(); // Retry, nothing typed
        QVERIFY2(page->message().contains(QStringLiteral("Type the confirmation")),
                 qPrintable(page->message()));
        QCOMPARE(resolutions(), before);
        QCOMPARE(console.engine()->state().step(1).state, incident::StepState::OutcomeUnknown);

        page->setConfirmation(console.engine()->expectedConfirmation(1));
        QSignalSpy finished(console.engine(), &execution::Engine::stepFinished);
        page->runSelected();
        test::acceptNamedTarget(page);
        QVERIFY(finished.wait(20000));
        QCOMPARE(resolutions(), before + 1);
        QCOMPARE(console.engine()->state().step(1).state, incident::StepState::Succeeded);
        QVERIFY(!QFile::exists(releases + QStringLiteral("/v2.5.0")));
    }
};

QTEST_MAIN(TestRollbackPage)
#include "tst_rollbackpage.moc"
