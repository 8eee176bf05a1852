// MainWindow with the incident console it loads at run time: this test links only the
// shell (rollcage_gui), as the executable does, so the console comes from
// the console plugin through gui::loadConsoleModule() exactly as in the application.
#include "gui/HealthPanel.h"
#include "gui/IncidentListDialog.h"
#include "gui/IncidentView.h"
#include "gui/MainWindow.h"
#include "gui/NewIncidentDialog.h"
#include "core/OperatorName.h"
#include "core/SettingsKeys.h"
#include "execution/Engine.h"
#include "incident/IncidentStore.h"
#include "runbook/Importer.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMessageBox>
#include <QTimer>
#include <QIcon>
#include <QImage>
#include <QInputDialog>
#include <QPushButton>
#include <QSettings>
#include <QListWidget>
#include <QMenuBar>
#include <QStatusBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextList>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QAction *healthAction(gui::MainWindow &window)
    {
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H))
                return action;
        }
        return nullptr;
    }

private Q_SLOTS:
    void theConsoleIsNotLinkedIn()
    {
        gui::MainWindow window;
        // Nothing of the console before it is asked for: the first frame does not wait.
        QVERIFY(!window.healthDock());
        QVERIFY(!window.console());
        QVERIFY(healthAction(window));
    }

    void applicationIconRenders()
    {
        // The window icon is SVG: without Qt's SVG plugins it is silently blank.
        const QIcon icon(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/icons/io.github.rollcage.Rollcage.svg"));
        const QImage image = icon.pixmap(QSize(64, 64)).toImage();
        QVERIFY2(!image.isNull(), "the SVG icon does not load: is qt6-svg-plugins installed?");
        QVERIFY(image.pixelColor(32, 32).alpha() > 0);
    }

    void healthActionLoadsTheDock()
    {
        gui::MainWindow window;
        window.show();
        QAction *health = healthAction(window);
        QVERIFY(health);
        health->trigger();
        QVERIFY(window.healthDock());
        QTRY_VERIFY(window.healthDock()->isVisible());
        QVERIFY(health->isChecked());
        health->trigger();
        QTRY_VERIFY(!window.healthDock()->isVisible());
        // Closing the dock by its own button unticks the menu entry.
        window.healthDock()->show();
        QTRY_VERIFY(health->isChecked());
        window.healthDock()->close();
        QTRY_VERIFY(!health->isChecked());
    }

    void declaresAnIncidentInTheLoadedConsole()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        gui::MainWindow window;
        window.setStore(store->get(), {});
        window.show();
        QVERIFY(window.openRunbook(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/health/fixtures/gate.md")));
        window.newIncident();
        auto *dialog = window.findChild<gui::NewIncidentDialog *>();
        QVERIFY(dialog);
        dialog->setVariable(QStringLiteral("BASE"), QStringLiteral("http://127.0.0.1:9"));
        dialog->accept();
        QVERIFY(window.console());
        QTRY_VERIFY(window.console()->isVisible());
        QCOMPARE(window.console()->incidentId(), 1);
        QVERIFY2(window.windowTitle().startsWith(QLatin1String("Incident 1")), qPrintable(window.windowTitle()));
        // What was said about the runbook ("Declare an incident with Ctrl+N") is over.
        QVERIFY2(!window.statusBar()->currentMessage().contains(QStringLiteral("Ctrl+N")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(window.healthDock());
        QTRY_VERIFY(window.healthDock()->isVisible());
        const auto incidents = (*store)->incidents();
        QVERIFY(incidents.ok());
        QCOMPARE(incidents->size(), 1);
    }

    // A runbook the importer had to mend (a byte-order mark, "âœ…" for "✅" from an editor
    // that read UTF-8 as Windows-1252) is kept mended in the incident: resuming from that
    // copy works, though its bytes no longer hash like the file's (seed 001 said "declared
    // with a different version of the runbook" and could not be resumed).
    void resumesARunbookTheImporterMended()
    {
        const QString path = m_dir.filePath(QStringLiteral("mended.md"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\xEF\xBB\xBF# Mended Rollback\n\n## Rollback procedure\n\n"
                   "1. **Check** \xC3\xA2\xC5\x93\xE2\x80\xA6 done\n   ```bash\n   echo ok\n   ```\n");
        file.close();
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("mended.sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        {
            gui::MainWindow window;
            window.setStore(store->get(), {});
            window.show();
            QVERIFY(window.openRunbook(path));
            window.newIncident();
            auto *dialog = window.findChild<gui::NewIncidentDialog *>();
            QVERIFY(dialog);
            dialog->accept();
            QVERIFY(window.console());
        }
        const auto record = (*store)->incident(1);
        QVERIFY2(record.ok(), qPrintable(record.error));
        QVERIFY(record->runbookText.contains(QStringLiteral("✅")));
        gui::MainWindow again;
        again.setStore(store->get(), {});
        again.show();
        // A refusal is a modal box: closed by a watchdog, so a regression fails, not hangs.
        QTimer::singleShot(10000, &again, [] {
            for (QWidget *w : QApplication::topLevelWidgets())
                if (auto *box = qobject_cast<QMessageBox *>(w))
                    box->reject();
        });
        QVERIFY(again.resumeIncident(1));
        QVERIFY(again.console());
        QCOMPARE(again.console()->incidentId(), 1);
    }

    // A code block inside a numbered step is code, not more numbered items; the welcome
    // page lists the unfinished incidents; no empty health dock on a runbook without
    // endpoints.
    void previewAndWelcome()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("welcome.sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        gui::MainWindow window;
        window.setStore(store->get(), {});
        window.show();
        QVERIFY(window.openRunbook(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md")));
        auto *browser = window.findChild<QTextBrowser *>();
        QVERIFY(browser);
        for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next()) {
            if (b.text().startsWith(QLatin1String("mkdir -p")))
                QVERIFY2(!b.textList(), "a command line is shown as a list item");
        }
        window.newIncident();
        auto *dialog = window.findChild<gui::NewIncidentDialog *>();
        QVERIFY(dialog);
        for (const char *name : {"RELEASES_DIR", "PREVIOUS_VERSION", "BAD_VERSION"})
            dialog->setVariable(QString::fromLatin1(name), QStringLiteral("x"));
        dialog->accept();
        QTRY_VERIFY(window.console());
        QVERIFY(window.healthDock());
        QVERIFY(!window.healthDock()->isVisible());
        window.closeIncident();
        QVERIFY(!window.console());
        auto *list = window.findChild<QListWidget *>(QStringLiteral("incidentList"));
        QVERIFY(list);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("#1 ")));
        // What the full list says: state and last activity in a line that fits; runbook,
        // service and declaration on hover.
        const QString line = list->item(0)->text();
        QVERIFY2(line.contains(QStringLiteral("assessing, last activity ")), qPrintable(line));
        QVERIFY2(list->fontMetrics().horizontalAdvance(line) < list->viewport()->width(), qPrintable(line));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("Runbook: Larkspur Checkout")));
        QVERIFY(list->item(0)->toolTip().contains(QStringLiteral("(production)")));
    }
    // Incident → Join… on a shared store asks once for the name the others will see, the
    // OS user's full name offered; the console then records as that name. The next join
    // does not ask again. (PostgreSQL only: run as tst_mainwindow_postgresql.)
    void joiningAsksTheNameOnce()
    {
        const QString db = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
        if (db.isEmpty())
            QSKIP("needs a PostgreSQL server (run as tst_mainwindow_postgresql)");
        QSettings().remove(settings::kOperatorName);
        auto anaStore = incident::IncidentStore::open(db);
        QVERIFY2(anaStore, qPrintable(anaStore.error));
        (*anaStore)->setOperatorName(QStringLiteral("Ana"));
        auto runbook = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        execution::Engine ana(anaStore->get(), nullptr);
        const auto id = ana.declare(*runbook, QStringLiteral("Release Link"), {});
        QVERIFY2(id, qPrintable(id.error));

        auto benStore = incident::IncidentStore::open(db);
        QVERIFY2(benStore, qPrintable(benStore.error));
        gui::MainWindow window;
        window.setStore(benStore->get(), {});
        window.show();
        const auto join = [&] {
            window.joinIncident();
            auto *list = window.findChild<gui::IncidentListDialog *>();
            auto *open = list ? list->findChild<QPushButton *>(QStringLiteral("openIncident")) : nullptr;
            QTRY_VERIFY(open && open->isEnabled());
            open->click();
        };
        join();
        QInputDialog *asked = nullptr;
        QTRY_VERIFY((asked = window.findChild<QInputDialog *>(QStringLiteral("operatorNameDialog"))));
        // The OS user's full name (or login) offered, nothing chosen yet.
        QVERIFY(!asked->textValue().isEmpty());
        QCOMPARE(asked->textValue(), operators::operatorName());
        QVERIFY(!operators::operatorNameChosen());
        QVERIFY(!window.console()); // nothing joined before the name is given
        asked->setTextValue(QStringLiteral("Ben Example"));
        asked->accept();
        QTRY_VERIFY(window.console());
        QCOMPARE(window.console()->incidentId(), *id);
        QCOMPARE(operators::operatorName(), QStringLiteral("Ben Example"));
        QTRY_VERIFY(ana.state().roles.contains(QStringLiteral("Ben Example")));

        window.closeIncident();
        QTRY_VERIFY(!window.console());
        join();
        QTRY_VERIFY(window.console());
        QVERIFY(!window.findChild<QInputDialog *>(QStringLiteral("operatorNameDialog")));
        QSettings().remove(settings::kOperatorName);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
