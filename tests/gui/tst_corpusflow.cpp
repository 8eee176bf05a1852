// The incident console over a real alert runbook of ../shared/corpus (skipped where it is
// not checked out): declared on its diagnosis, the diagnosis run from the Roll back page,
// the mitigation picked there and run, the verification (when the document has one), then
// Verify and resolved, all in one incident. The programs the steps call are STUBS on PATH
// (tests/common/CorpusFlow.h): nothing reaches a cluster or the network.
#include "common/CorpusFlow.h"
#include "common/NamedTarget.h"
#include "execution/Confirmation.h"
#include "gui/ChecklistPage.h"
#include "gui/IncidentConsole.h"
#include "gui/RollbackPage.h"

#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

namespace {

// With ROLLCAGE_SCREENSHOT_DIR set, a PNG per phase, for people to look at.
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

int procedureIndex(const runbook::Runbook &rb, const QString &title)
{
    for (int i = 0; i < rb.procedures.size(); ++i) {
        if (rb.procedures.at(i).title == title)
            return i;
    }
    return -1;
}

} // namespace

class TestCorpusFlow : public QObject
{
    Q_OBJECT

    // Every step of the page's procedure, as an operator would: Run (with the typed
    // target when it is destructive) or Done with a note for a step done by hand.
    static void runProcedure(IncidentConsole &console)
    {
        RollbackPage *page = console.rollbackPage();
        execution::Engine *engine = console.engine();
        const runbook::Procedure procedure = engine->procedure();
        for (int i = 0; i < procedure.steps.size(); ++i) {
            page->selectStep(i);
            if (procedure.steps.at(i).kind == runbook::StepKind::Manual) {
                page->completeSelected(QStringLiteral("done by hand in the drill"));
            } else {
                page->setConfirmation(engine->expectedConfirmation(i));
                QSignalSpy finished(engine, &execution::Engine::stepFinished);
                page->runSelected();
                if (procedure.steps.at(i).confirmation == runbook::Confirmation::NameTarget) {
                    // helm rollback: a click on the box that names the release.
                    auto *box =
                        page->findChild<QMessageBox *>(QStringLiteral("nameTargetConfirmation"));
                    QVERIFY2(box, qPrintable(procedure.steps.at(i).title));
                    QVERIFY2(box->text().contains(execution::namedTarget(
                                 procedure.steps.at(i), engine->state().variables)),
                             qPrintable(box->text()));
                    QVERIFY(test::acceptNamedTarget(page));
                }
                QVERIFY2(finished.wait(20000), qPrintable(page->message()));
            }
            QVERIFY2(incident::isSettled(engine->state().step(i).state),
                     qPrintable(QStringLiteral("%1, step %2: %3").arg(procedure.title).arg(i + 1).arg(page->message())));
        }
    }

private Q_SLOTS:
    void diagnoseMitigateVerify()
    {
        QString why;
        const auto flow = test::findCorpusFlow(&why);
        if (!flow)
            QSKIP(qPrintable(why));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString stubs = dir.filePath(QStringLiteral("stubs"));
        QVERIFY(QDir().mkpath(stubs));
        QVERIFY(test::writeStubs(stubs, flow->stubbed));
        // The steps get Rollcage's own environment: the stubs go first on its PATH.
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", QByteArray(stubs.toLocal8Bit()).append(':').append(path));
        const auto restore = qScopeGuard([path] { qputenv("PATH", path); });
        auto store = incident::IncidentStore::open(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY2(store, qPrintable(store.error));

        IncidentConsole console(store->get(), nullptr);
        execution::DeclareOptions options;
        options.variables = flow->values;
        options.workingDirectory = dir.path();
        QVERIFY(console.start(flow->runbook, flow->procedures.first(), options).ok);
        // Diagnosis first, before any decision: it changes nothing.
        QVERIFY(console.goTo(Phase::RollBack));
        runProcedure(console);
        shoot(&console, QStringLiteral("corpus-1-diagnosed"));

        // The mitigation, picked on the Roll back page; whatever the document asks to check
        // before production changes is waived (the gate is tested in tst_incidentconsole).
        for (const incident::OpenItem &item : console.engine()->openPrerequisites())
            QVERIFY(console.engine()->waiveChecklistItem(item.checklist, item.item, QStringLiteral("a drill with stubs")));
        for (int i = 1; i < flow->procedures.size(); ++i) {
            QVERIFY(console.rollbackPage()->chooseProcedure(procedureIndex(flow->runbook, flow->procedures.at(i))));
            QCOMPARE(console.engine()->procedure().title, flow->procedures.at(i));
            runProcedure(console);
            shoot(&console, QStringLiteral("corpus-%1-%2").arg(i + 1).arg(i == 1 ? QStringLiteral("mitigated")
                                                                                : QStringLiteral("verified")));
        }
        QCOMPARE(console.engine()->state().phase, incident::Phase::RollingBack);
        console.rollbackPage()->goNext();
        QCOMPARE(console.currentPhase(), Phase::Verify);
        QCOMPARE(console.engine()->state().phase, incident::Phase::Verifying);
        for (const runbook::Checklist &list : flow->runbook.checklists) {
            if (list.phase == runbook::ChecklistPhase::Pre)
                continue;
            for (const runbook::ChecklistItem &item : list.items)
                QVERIFY(console.engine()->waiveChecklistItem(list.title, item.text, QStringLiteral("a drill with stubs")));
        }
        Q_EMIT console.verifyPage()->continueRequested();
        QCOMPARE(console.engine()->state().phase, incident::Phase::Resolved);
        shoot(&console, QStringLiteral("corpus-4-resolved"));

        const QString calls = test::stubCalls(stubs);
        for (const QString &program : flow->stubbed)
            QVERIFY2(calls.contains(program + QStringLiteral(" (stub) ")), qPrintable(program + QLatin1Char('\n') + calls));
        // One incident: each procedure ran once, in the order chosen.
        QStringList ran;
        for (const incident::ProcedureRun &run : console.engine()->state().procedures)
            ran << run.title;
        QCOMPARE(ran, flow->procedures);
    }
};

QTEST_MAIN(TestCorpusFlow)
#include "tst_corpusflow.moc"
