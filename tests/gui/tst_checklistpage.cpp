// Prepare and Verify (issue 19): a tick can be taken back (journalled), a waiver needs a
// written reason and reads differently from a tick, the focus moves on to the next open
// item, and a runbook without a checklist gets a page that says so.
#include "core/SecretSource.h"
#include "gui/ChecklistPage.h"
#include "gui/Feedback.h"
#include "gui/IncidentConsole.h"
#include "incident/Events.h"
#include "runbook/Importer.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFont>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace rollcage;
using namespace rollcage::gui;

class TestChecklistPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;
    runbook::Runbook m_example;

    int count(const IncidentConsole &console, const QString &type)
    {
        int n = 0;
        for (const incident::Event &e : console.engine()->journal())
            n += e.type == type ? 1 : 0;
        return n;
    }

    static QDialog *openDialog(QWidget *parent)
    {
        for (QDialog *d : parent->findChildren<QDialog *>()) {
            if (d->isVisible())
                return d;
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("checklists.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        m_store = std::move(*store);
        auto example = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(example.ok(), qPrintable(example.error));
        m_example = *example;
    }

    void tickCanBeTakenBack()
    {
        IncidentConsole console(m_store.get(), nullptr);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), {}).ok);
        ChecklistPage *page = console.preparePage();
        ChecklistModel *m = page->model();
        const QModelIndex first = m->index(0, 0, m->index(0, 0));
        m->setData(first, Qt::Checked, Qt::CheckStateRole);
        QVERIFY(m->mark(first));
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QVERIFY(first.flags() & Qt::ItemIsUserCheckable); // still clickable: to untick
        // Ticked: the list moved on to the next open item.
        QCOMPARE(page->view()->currentIndex().row(), 1);
        page->view()->setCurrentIndex(first);
        auto *tick = page->findChild<QPushButton *>(QStringLiteral("tickButton"));
        QCOMPARE(tick->text().remove(QLatin1Char('&')), QStringLiteral("Untick"));
        tick->click();
        QVERIFY(!m->mark(first));
        QCOMPARE(first.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QCOMPARE(count(console, incident::events::ChecklistTicked::Name), 1);
        QCOMPARE(count(console, incident::events::ChecklistUnticked::Name), 1);
        QCOMPARE(m->openItems(), 5);
    }

    // The reason dialog keeps OK disabled, saying why, until a reason is written; once
    // waived, the item has a warning sign, italics, "Waived:" and an empty box — never a
    // tick — and the focus is on the next open item in the list.
    void waiverNeedsAReasonAndLooksLikeOne()
    {
        IncidentConsole console(m_store.get(), nullptr);
        QVERIFY(console.start(m_example, QStringLiteral("Release Link"), {}).ok);
        console.resize(1000, 600);
        console.show();
        console.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&console));
        console.goTo(Phase::Prepare);
        ChecklistPage *page = console.preparePage();
        ChecklistModel *m = page->model();
        const QModelIndex item = m->index(2, 0, m->index(0, 0));
        page->view()->setCurrentIndex(item);
        page->view()->setFocus();
        page->waiveCurrent();
        QDialog *dialog = openDialog(page);
        QVERIFY(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("textDialogHint"))->text().contains(QStringLiteral("required")));
        auto *edit = dialog->findChild<QPlainTextEdit *>();
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, QStringLiteral("   "));
        QVERIFY(!ok->isEnabled()); // blanks are no reason
        QTest::keyClicks(edit, QStringLiteral("logs already shipped by the collector"));
        QVERIFY(ok->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(count(console, incident::events::ChecklistWaived::Name), 1);
        const incident::ChecklistMark *mark = m->mark(item);
        QVERIFY(mark && mark->waived);
        QCOMPARE(mark->reason, QStringLiteral("logs already shipped by the collector"));
        QCOMPARE(item.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
        QVERIFY(item.data(Qt::DecorationRole).isValid());
        QVERIFY(item.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(item.data().toString().startsWith(QStringLiteral("Waived: ")));
        // Focus back in the list, on the next open item.
        // (The window's focus widget: offscreen, the window need not be active again.)
        QTRY_COMPARE(console.window()->focusWidget(), page->view());
        QCOMPARE(page->view()->currentIndex().row(), 3);
    }

    // While nothing can be recorded (a shared store away, an observer's role), the page
    // says why where its count of open items was, Tick and Waive… are off with that reason,
    // and a click on an item's box asks nothing of the journal.
    void aRefusalTurnsTheButtonsOffAndSaysWhy()
    {
        ChecklistPage page(QStringLiteral("intro"), QStringLiteral("go on"), QStringLiteral("none"),
                           {runbook::ChecklistPhase::Pre});
        page.setRunbook(m_example);
        QSignalSpy ticks(&page, &ChecklistPage::tickRequested);
        auto *tick = page.findChild<QPushButton *>(QStringLiteral("tickButton"));
        auto *waive = page.findChild<QPushButton *>(QStringLiteral("waiveButton"));
        QVERIFY(tick->isEnabled() && waive->isEnabled());
        const QString why = QStringLiteral("The incident database has not answered since 03:12.");
        page.setRefusal(why);
        QVERIFY(!tick->isEnabled());
        QVERIFY(!waive->isEnabled());
        QCOMPARE(tick->toolTip(), why);
        QCOMPARE(page.statusText(), why);
        ChecklistModel *m = page.model();
        const QModelIndex first = m->index(0, 0, m->index(0, 0));
        m->setData(first, Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(ticks.size(), 0);
        page.waiveCurrent();
        QVERIFY(!openDialog(&page));
        // The console's banner says a store away in full: the page's line points to it,
        // the buttons' tooltips keep the reason.
        page.setRefusal(why, true, gui::waitingForStoreLine());
        QCOMPARE(page.statusText(), gui::waitingForStoreLine());
        QCOMPARE(waive->toolTip(), why);
        page.setRefusal(QString());
        QVERIFY(tick->isEnabled());
        QVERIFY(page.statusText().contains(QStringLiteral("still open")));
        // A tick the journal refuses (nothing here records it) is said with its item.
        m->setData(first, Qt::Checked, Qt::CheckStateRole);
        QCOMPARE(ticks.size(), 1);
        QVERIFY2(page.statusText().contains(QStringLiteral("was not ticked")),
                 qPrintable(page.statusText()));
        // Ticked meanwhile (from another console): no longer said.
        incident::ChecklistMark ticked;
        ticked.checklist = m->checklistTitle(first);
        ticked.item = m->itemText(first);
        page.setMarks({ticked});
        QVERIFY2(!page.statusText().contains(QStringLiteral("was not ticked")),
                 qPrintable(page.statusText()));
    }

    // A waiver the journal did not take (the store went away while its reason was being
    // written) leaves the item where it was, and the reason comes back in the box at the
    // next Waive… of that item instead of having to be typed again.
    void aRefusedWaiverKeepsItsReason()
    {
        ChecklistPage page(QStringLiteral("intro"), QStringLiteral("go on"), QStringLiteral("none"),
                           {runbook::ChecklistPhase::Pre});
        page.setRunbook(m_example); // nothing records what it asks: every waiver is refused
        ChecklistModel *m = page.model();
        const QModelIndex item = m->index(2, 0, m->index(0, 0));
        page.view()->setCurrentIndex(item);
        page.waiveCurrent();
        QDialog *dialog = openDialog(&page);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(),
                         QStringLiteral("collector ships logs"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QTRY_VERIFY(!openDialog(&page));
        QCOMPARE(page.view()->currentIndex(), QModelIndex(item));
        QVERIFY2(page.statusText().contains(QStringLiteral("was not recorded")),
                 qPrintable(page.statusText()));
        page.waiveCurrent();
        dialog = openDialog(&page);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QPlainTextEdit *>()->toPlainText(),
                 QStringLiteral("collector ships logs"));
        dialog->reject();
    }

    // Seed 001 and others have no checklist: the page says there is nothing to tick
    // instead of showing a blank area, and lets the operator go on.
    void noChecklistSaysSo()
    {
        runbook::Runbook bare = m_example;
        bare.checklists.clear();
        IncidentConsole console(m_store.get(), nullptr);
        QVERIFY(console.start(bare, QStringLiteral("Release Link"), {}).ok);
        ChecklistPage *page = console.preparePage();
        console.resize(900, 500);
        console.show();
        QVERIFY(QTest::qWaitForWindowExposed(&console));
        QVERIFY(console.goTo(Phase::Prepare));
        QVERIFY(!page->view()->isVisible());
        auto *empty = page->findChild<QLabel *>(QStringLiteral("emptyLabel"));
        QVERIFY(empty->isVisible());
        QVERIFY(empty->text().contains(QStringLiteral("no pre-rollback checklist")));
        QVERIFY(!page->findChild<QLabel *>(QStringLiteral("introLabel"))->isVisible()); // "work through the checklist"
        auto *go = page->findChild<QPushButton *>(QStringLiteral("continueButton"));
        QVERIFY(go->isEnabled());
        QVERIFY(go->isDefault());
    }
};

QTEST_MAIN(TestChecklistPage)
#include "tst_checklistpage.moc"
