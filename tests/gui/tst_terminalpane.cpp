// The embedded terminal of a terminal step (TerminalPane) with a real session in a real
// pty: what the session prints first is on screen from the start — not pushed into the
// scroll-back by a screen that had no size yet when it arrived — and the session is told
// the view's size.
//
// The first lines used to be lost: the pty could be read before QProcess said the
// session had started, and the pane starts at stepStarted. Then they came after the
// prompt (half the runs): the runner's first read handed newer bytes out before its own.
#include "execution/Engine.h"
#include "gui/TerminalPane.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <qtermwidget.h>

#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

using namespace rollcage;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kRunbook = R"(# Pane drill

## Work in a shell

1. **Open a shell**
   ```bash
   printf 'banner line one\nbanner line two\n'
   PS1='pane$ ' sh -i
   stty size
   exit
   ```
)";

// Everything the view holds, scroll-back and screen, as text.
QString allText(QTermWidget *term)
{
    term->setSelectionStart(0, 0);
    // The last row is history + screen lines - 1: one more is outside the image.
    term->setSelectionEnd(term->historyLinesCount() + term->screenLinesCount() - 1,
                          term->screenColumnsCount() - 1);
    return term->selectedText(true);
}

// A session whose lines ask for each of the three levels before they are typed.
const QByteArray kLevelsRunbook = R"(# Levels drill

## Clean up on the box

1. **Open a shell**
   ```bash
   PS1='levels$ ' sh -i
   echo just-looking
   rm -rf ./no-such-scratch-dir
   kubectl rollout restart deployment/web
   exit
   ```
)";

// A pane of its own window on screen, showing each step of `engine` as it starts.
std::unique_ptr<gui::TerminalPane> shownPane(execution::Engine &engine)
{
    auto pane = std::make_unique<gui::TerminalPane>(&engine);
    pane->resize(900, 600);
    pane->show();
    gui::TerminalPane *shown = pane.get();
    QObject::connect(&engine, &execution::Engine::stepStarted, shown,
                     [shown](int index) { shown->start(index); });
    return pane;
}

// The dialog the pane opened for a line, once it is there.
template<typename Dialog> Dialog *openDialog(QWidget *pane)
{
    Dialog *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            for (Dialog *d : pane->findChildren<Dialog *>())
                found = d->isVisible() ? d : found;
            return found != nullptr;
        },
        5000);
    return found;
}

} // namespace

class TestTerminalPane : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void firstLinesStayOnScreen()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(u"pane.sqlite"_s));
        QVERIFY2(store, qPrintable(store.error));
        execution::Engine engine(store->get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(
            engine.declare(runbook::Importer::importText(kRunbook, m_dir.filePath(u"pane.md"_s)),
                           u"Work in a shell"_s));
        QVERIFY(engine.isTerminalStep(0));

        // As on the Roll back page: the pane is hidden in the log's place until the step
        // starts, then shown.
        QWidget window;
        auto *layout = new QVBoxLayout(&window);
        auto *pane = new gui::TerminalPane(&engine, &window);
        layout->addWidget(pane);
        pane->hide();
        window.resize(900, 600);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        connect(&engine, &execution::Engine::stepStarted, pane, [pane](int index) {
            pane->start(index);
            pane->show();
        });

        QByteArray screen;
        connect(&engine, &execution::Engine::terminalData, this,
                [&screen](int, const QByteArray &b) { screen += b; });
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("pane$ "), 20000);
        QTermWidget *term = pane->terminal();
        QTRY_VERIFY2_WITH_TIMEOUT(allText(term).contains(u"pane$"_s), qPrintable(allText(term)),
                                  20000);
        QVERIFY2(term->screenLinesCount() > 10,
                 qPrintable(QString::number(term->screenLinesCount())));
        // Nothing went into the scroll-back: the banner is on the screen, at its top.
        QCOMPARE(term->historyLinesCount(), 0);
        QVERIFY2(allText(term).startsWith(u"banner line one"_s), qPrintable(allText(term)));

        // The session has the view's size.
        QVERIFY(engine.typeSessionLine(0));
        const QByteArray size = QByteArray("\r\n") + QByteArray::number(term->screenLinesCount()) +
                                ' ' + QByteArray::number(term->screenColumnsCount()) + "\r\n";
        QTRY_VERIFY2_WITH_TIMEOUT(screen.contains(size), screen.constData(), 20000);

        // The pane changes size under the operator (the status above it grows a line when
        // the session ends, a dock opens): no "Size: 54 x 23" box over the transcript.
        // (qtermwidget shows no box at the first change of size it sees: two changes.)
        for (const QSize windowSize : {QSize(700, 450), QSize(800, 520)}) {
            const QSize before(term->screenColumnsCount(), term->screenLinesCount());
            window.resize(windowSize);
            QTRY_VERIFY(QSize(term->screenColumnsCount(), term->screenLinesCount()) != before);
            QCoreApplication::processEvents();
            for (const QLabel *label : term->findChildren<QLabel *>())
                QVERIFY2(!label->isVisible() || !label->text().startsWith(u"Size:"_s),
                         qPrintable(label->text()));
        }
        QSignalSpy finished(&engine, &execution::Engine::stepFinished);
        QVERIFY(engine.typeSessionLine(1));
        QVERIFY(finished.wait(20000));
    }

    // Each session line's button asks what its level asks before anything reaches the
    // session: a destructive line is typed only after its word is typed, a line that changes
    // production only after the box naming its target is answered; a wrong word or Cancel
    // types nothing.
    void sessionLinesAskTheirLevel()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(u"levels.sqlite"_s));
        QVERIFY2(store, qPrintable(store.error));
        execution::Engine engine(store->get(), nullptr);
        engine.setTerminalAttached(true);
        QVERIFY(engine.declare(
            runbook::Importer::importText(kLevelsRunbook, m_dir.filePath(u"levels.md"_s)),
            u"Clean up on the box"_s));
        const runbook::Step &step = engine.procedure().steps.at(0);
        QCOMPARE(step.sessionLines.size(), 4);
        QCOMPARE(step.sessionLines.at(0).confirmation, runbook::Confirmation::OneClick);
        QCOMPARE(step.sessionLines.at(1).confirmation, runbook::Confirmation::Typed);
        QCOMPARE(step.sessionLines.at(2).confirmation, runbook::Confirmation::NameTarget);
        const QString word = step.sessionLines.at(1).confirmTarget;

        const std::unique_ptr<gui::TerminalPane> owner = shownPane(engine);
        gui::TerminalPane *pane = owner.get();
        QVERIFY(QTest::qWaitForWindowExposed(pane));
        QByteArray screen;
        connect(&engine, &execution::Engine::terminalData, this,
                [&screen](int, const QByteArray &b) { screen += b; });
        QStringList typed;
        connect(&engine, &execution::Engine::typedIntoSession, this,
                [&typed](int, const QString &text, bool, int) { typed << text; });
        QStringList problems;
        connect(pane, &gui::TerminalPane::message, this,
                [&problems](const QString &text, bool problem) {
                    if (problem)
                        problems << text;
                });
        QVERIFY(engine.runStep(0));
        QTRY_VERIFY_WITH_TIMEOUT(screen.contains("levels$ "), 20000);
        auto button = [pane](int line) {
            return pane->findChild<QPushButton *>(u"sessionLine%1"_s.arg(line));
        };
        QVERIFY(button(0) && button(1) && button(2) && button(3));
        QVERIFY2(button(1)->text().contains(u"typed confirmation"_s),
                 qPrintable(button(1)->text()));

        // One click: typed at once.
        button(0)->click();
        QTRY_COMPARE(typed, QStringList{u"echo just-looking"_s});

        // Typed level: a wrong word types nothing and says why; the right word types it.
        button(1)->click();
        auto *ask = openDialog<QInputDialog>(pane);
        QVERIFY(ask);
        QVERIFY2(ask->labelText().contains(u"rm -rf ./no-such-scratch-dir"_s),
                 qPrintable(ask->labelText()));
        ask->setTextValue(u"yes"_s);
        ask->accept();
        QTRY_COMPARE(problems.size(), 1);
        QVERIFY2(problems.constFirst().contains(word), qPrintable(problems.constFirst()));
        QCOMPARE(typed.size(), 1);
        button(1)->click();
        ask = openDialog<QInputDialog>(pane);
        QVERIFY(ask);
        ask->setTextValue(word);
        ask->accept();
        QTRY_COMPARE(typed.size(), 2);
        QCOMPARE(typed.at(1), u"rm -rf ./no-such-scratch-dir"_s);

        // Confirm the target: Cancel types nothing; "Type it" types the line.
        button(2)->click();
        auto *box = openDialog<QMessageBox>(pane);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"deployment/web"_s), qPrintable(box->text()));
        box->reject();
        QTRY_VERIFY(!box->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(typed.size(), 2);
        button(2)->click();
        box = openDialog<QMessageBox>(pane);
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(typed.size(), 3);
        QCOMPARE(typed.at(2), u"kubectl rollout restart deployment/web"_s);

        QSignalSpy finished(&engine, &execution::Engine::stepFinished);
        button(3)->click();
        QVERIFY(finished.wait(20000));
        // What the buttons typed reached the session, in that order, and nothing else did.
        const QString text = QString::fromUtf8(screen);
        QVERIFY(text.indexOf(u"just-looking"_s) < text.indexOf(u"rm -rf ./no-such"_s));
        QVERIFY(text.indexOf(u"rm -rf ./no-such"_s) < text.indexOf(u"kubectl rollout"_s));
        QCOMPARE(text.count(u"kubectl rollout restart"_s), 1);
    }

    // A session printing far faster than the view draws (20 MB in a moment): the screen
    // stays a bounded piece behind, says what it left out, and shows the session's last
    // line once it has ended — it used to hold everything and draw it for minutes after.
    void aFloodIsDrawnCloseBehind()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(u"flood.sqlite"_s));
        QVERIFY2(store, qPrintable(store.error));
        execution::Engine engine(store->get(), nullptr);
        engine.setTerminalAttached(true);
        runbook::Runbook rb = runbook::Importer::importText(
            "# Flood\n\n## Dump\n\n1. **Print a lot**\n   ```bash\n"
            "   seq -f 'flooded line %07g' 1 999999; echo flood-over\n   ```\n",
            m_dir.filePath(u"flood.md"_s));
        QVERIFY(!rb.procedures.isEmpty() && !rb.procedures.first().steps.isEmpty());
        rb.procedures[0].steps[0].interaction = runbook::Interaction::Prompt;
        QVERIFY(engine.declare(rb, rb.procedures.first().title));
        QVERIFY(engine.isTerminalStep(0));

        const std::unique_ptr<gui::TerminalPane> owner = shownPane(engine);
        gui::TerminalPane *pane = owner.get();
        QVERIFY(QTest::qWaitForWindowExposed(pane));
        qsizetype most = 0;
        connect(&engine, &execution::Engine::terminalData, this,
                [&most, pane](int, const QByteArray &) { most = std::max(most, pane->backlog()); });
        QSignalSpy finished(&engine, &execution::Engine::stepFinished);
        QVERIFY(engine.runStep(0));
        QVERIFY(finished.wait(60000));
        QVERIFY2(most <= gui::TerminalPane::kMaxBacklog, qPrintable(QString::number(most)));
        QTermWidget *term = pane->terminal();
        QTRY_VERIFY_WITH_TIMEOUT(allText(term).contains(u"flood-over"_s), 20000);
        QVERIFY(allText(term).contains(u"flooded line 0999999"_s));
        QCOMPARE(pane->backlog(), 0);
        // What was left out is said where it stays after the session, not only in a line
        // of the terminal that scrolls away.
        pane->stop();
        bool said = false;
        for (const QLabel *label : pane->findChildren<QLabel *>())
            said = said || label->text().contains(u"too fast to be drawn here"_s);
        QVERIFY(said);
    }
};

QTEST_MAIN(TestTerminalPane)
#include "tst_terminalpane.moc"
