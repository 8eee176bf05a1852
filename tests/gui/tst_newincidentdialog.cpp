// The New incident dialog (issue 19): Tab reaches the values right after the procedure,
// nothing is cut, the duration is a duration, values the messages use are asked too,
// and declaring with a value a step needs left empty is refused, naming it.
#include "core/OperatorName.h"
#include "core/SettingsKeys.h"
#include "gui/DisplayText.h"
#include "gui/NewIncidentDialog.h"
#include "gui/PasswordPrompter.h"
#include "gui/ValuesForm.h"
#include "runbook/Importer.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

class TestNewIncidentDialog : public QObject
{
    Q_OBJECT

    runbook::Runbook m_example;

    int procedureIndex(const QString &startsWith) const
    {
        for (int i = 0; i < m_example.procedures.size(); ++i) {
            if (m_example.procedures.at(i).title.startsWith(startsWith))
                return i;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto example = runbook::Importer::importFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(example.ok(), qPrintable(example.error));
        m_example = *example;
    }

    void init()
    {
        QSettings().remove(rollcage::settings::kDeclarationValues);
        rollcage::operators::setOperatorName(QString());
    }

    // Who the user is: asked once, the OS user's full name offered; not asked again.
    void asksTheOperatorNameOnce()
    {
        {
            NewIncidentDialog dialog(m_example);
            QLineEdit *name = dialog.operatorField();
            QVERIFY(name);
            QCOMPARE(name->text(), rollcage::operators::osFullName());
            name->clear();
            dialog.accept();
            QVERIFY(dialog.result() != QDialog::Accepted);
            QVERIFY(dialog.message().contains(QStringLiteral("Your name")));
        }
        rollcage::operators::setOperatorName(QStringLiteral("Ana Lima"));
        NewIncidentDialog dialog(m_example);
        QVERIFY(!dialog.operatorField());
        QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("operatorName")));
    }

    void tabReachesTheValuesAfterTheProcedure()
    {
        NewIncidentDialog dialog(m_example);
        dialog.setProcedure(procedureIndex(QStringLiteral("Release Link")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QStringList order;
        QWidget *w = QApplication::focusWidget();
        for (int i = 0; i < 11 && w; ++i) {
            order << w->objectName();
            QTest::keyClick(w, Qt::Key_Tab);
            w = QApplication::focusWidget();
        }
        // The working directory comes after the values, then the name asked once, then Declare.
        QCOMPARE(order.mid(7, 3), QStringList({QStringLiteral("incidentDirectory"),
                                               QStringLiteral("chooseDirectory"),
                                               QStringLiteral("operatorName")}));
        order.removeAll(QStringLiteral("incidentDirectory"));
        order.removeAll(QStringLiteral("chooseDirectory"));
        order.removeAll(QStringLiteral("operatorName"));
        QCOMPARE(order.mid(0, 8), QStringList({QStringLiteral("incidentTitle"), QStringLiteral("incidentService"),
                                               QStringLiteral("incidentEnvironment"), QStringLiteral("incidentProcedure"),
                                               QStringLiteral("value_RELEASES_DIR"), QStringLiteral("value_PREVIOUS_VERSION"),
                                               QStringLiteral("value_BAD_VERSION"), QStringLiteral("declareButton")}));
    }

    // BAD_VERSION is only in a message template for this procedure: asked, not required.
    void asksWhatTheMessagesUseAndAWholeDuration()
    {
        NewIncidentDialog dialog(m_example);
        dialog.setProcedure(procedureIndex(QStringLiteral("Release Link")));
        QVERIFY(dialog.valuesForm()->field(QStringLiteral("BAD_VERSION")));
        QVERIFY(dialog.valuesForm()->field(QStringLiteral("BAD_VERSION"))->placeholderText().contains(QStringLiteral("messages")));
        QVERIFY(!dialog.valuesForm()->field(QStringLiteral("LARKSPUR_DEPLOY_TOKEN"))); // a secret: never here
        const QString facts = dialog.findChild<QLabel *>(QStringLiteral("procedureFacts"))->text();
        QVERIFY2(facts.contains(QStringLiteral("about 2 min")), qPrintable(facts));
        QVERIFY2(!facts.contains(QStringLiteral("sum of")), qPrintable(facts));
        // A procedure whose time is the sum of its steps says a time too.
        dialog.setProcedure(procedureIndex(QStringLiteral("Remove")));
        const QString remove = dialog.findChild<QLabel *>(QStringLiteral("procedureFacts"))->text();
        QVERIFY2(!remove.contains(QStringLiteral("sum of")), qPrintable(remove));
    }

    void nothingIsCut()
    {
        NewIncidentDialog dialog(m_example);
        dialog.setProcedure(procedureIndex(QStringLiteral("Practice")));
        dialog.setVariable(QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/larkspur-drill-2026-11-22"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *name : {"incidentTitle", "value_RELEASES_DIR"}) {
            auto *field = dialog.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(field);
            QVERIFY2(field->width() > field->fontMetrics().horizontalAdvance(field->text()) + 8,
                     qPrintable(QStringLiteral("%1 is %2 px for \"%3\"").arg(QString::fromLatin1(name)).arg(field->width()).arg(field->text())));
        }
        auto *procedure = dialog.findChild<QComboBox *>(QStringLiteral("incidentProcedure"));
        QVERIFY(procedure->width() >= procedure->sizeHint().width());
        // "When to use" flows as one paragraph: the runbook's line breaks are not the label's.
        const QString when = dialog.findChild<QLabel *>(QStringLiteral("procedureFacts"))->text();
        QVERIFY2(when.contains(QStringLiteral("the other procedures can safely act on")), qPrintable(when));
        QCOMPARE(when.count(QLatin1Char('\n')), 1);
        // The facts (with "when to use") are shown whole, after a change of procedure too.
        dialog.setProcedure(procedureIndex(QStringLiteral("Release Link")));
        auto *facts = dialog.findChild<QLabel *>(QStringLiteral("procedureFacts"));
        QTRY_VERIFY(facts->height() >= facts->heightForWidth(facts->width()));
    }

    void flowingText_data()
    {
        QTest::addColumn<QString>("markdown");
        QTest::addColumn<QString>("shown");
        QTest::newRow("soft breaks") << QStringLiteral("before a drill, to create\na tree `safely`.")
                                     << QStringLiteral("before a drill, to create a tree safely.");
        QTest::newRow("list") << QStringLiteral("- Deploy succeeded but issues came later\n- Need to revert quickly")
                              << QStringLiteral("Deploy succeeded but issues came later; Need to revert quickly");
        QTest::newRow("items without markers") << QStringLiteral("Deploy succeeded but issues came later\nNeed to revert")
                                               << QStringLiteral("Deploy succeeded but issues came later; Need to revert");
        QTest::newRow("a long line wrapped before a name")
            << QStringLiteral("when the new release misbehaves and the previous release is still on disk in\nLarkspur's tree")
            << QStringLiteral("when the new release misbehaves and the previous release is still on disk in Larkspur's tree");
        QTest::newRow("list after a colon") << QStringLiteral("Either:\n1. the link\n2. the **image**")
                                            << QStringLiteral("Either: the link; the image");
    }
    void flowingText()
    {
        QFETCH(QString, markdown);
        QFETCH(QString, shown);
        QCOMPARE(gui::flowingText(markdown), shown);
    }

    void emptyValuesAreRefusedByName()
    {
        NewIncidentDialog dialog(m_example);
        dialog.setProcedure(procedureIndex(QStringLiteral("Release Link")));
        dialog.setVariable(QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.4.0"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.findChild<QPushButton *>(QStringLiteral("declareButton"))->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY(dialog.isVisible());
        // The refusal makes the dialog taller: it does not squeeze the procedure's facts.
        for (const char *name : {"procedureFacts", "dialogMessage"}) {
            auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
            QTRY_VERIFY2(label->height() >= label->heightForWidth(label->width()), name);
        }
        QVERIFY2(dialog.message().contains(QStringLiteral("RELEASES_DIR (steps 1–4)")), qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(QStringLiteral("PREVIOUS_VERSION")));
        QCOMPARE(QApplication::focusWidget(), dialog.valuesForm()->field(QStringLiteral("RELEASES_DIR")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("/tmp/drill"));
        QVERIFY(dialog.message().isEmpty());
        dialog.accept();
        QCOMPARE(accepted.size(), 1); // BAD_VERSION may stay empty: only messages use it
        QCOMPARE(dialog.options().variables.value(QStringLiteral("RELEASES_DIR")), QStringLiteral("/tmp/drill"));
        QVERIFY(!dialog.options().variables.contains(QStringLiteral("BAD_VERSION")));
    }

    // Steps run where the runbook's author meant: the repository root by default (this
    // checkout, the example being in resources/examples); a folder that does not exist is
    // refused before anything is declared.
    void workingDirectoryDefaultsToTheRepositoryAndMustExist()
    {
        NewIncidentDialog dialog(m_example);
        dialog.setProcedure(procedureIndex(QStringLiteral("Release Link")));
        dialog.setVariable(QStringLiteral("PREVIOUS_VERSION"), QStringLiteral("v2.4.0"));
        dialog.setVariable(QStringLiteral("RELEASES_DIR"), QStringLiteral("/tmp/drill"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto *directory = dialog.findChild<QLineEdit *>(QStringLiteral("incidentDirectory"));
        QVERIFY(directory);
        const bool checkout = QFileInfo::exists(QStringLiteral(ROLLCAGE_SOURCE_DIR "/.git"));
        QCOMPARE(directory->text(), checkout ? QStringLiteral(ROLLCAGE_SOURCE_DIR)
                                             : QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        directory->setText(QStringLiteral(ROLLCAGE_SOURCE_DIR "/no-such-folder"));
        dialog.findChild<QPushButton *>(QStringLiteral("declareButton"))->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(dialog.message().contains(QStringLiteral("no-such-folder, does not exist")),
                 qPrintable(dialog.message()));
        QCOMPARE(QApplication::focusWidget(), directory);
        directory->setText(QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests"));
        dialog.accept();
        QCOMPARE(accepted.size(), 1);
        QCOMPARE(dialog.options().workingDirectory, QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests"));
    }

    // Pre-flight: a program the steps call that this machine lacks is said before
    // declaring, with what to do; declaring anyway is the operator's call.
    void missingProgramIsSaidBeforeDeclaring()
    {
        const auto rb = runbook::Importer::importText(
            "# Wren Queue\n\n## Drain the queue\n\n<!-- rollcage: procedure -->\n\n### Drain\n\n"
            "~~~bash\nrollcage-missing-queuectl drain\n~~~\n",
            QStringLiteral("wren.md"));
        NewIncidentDialog dialog(rb);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        auto *declare = dialog.findChild<QPushButton *>(QStringLiteral("declareButton"));
        declare->click();
        QCOMPARE(accepted.size(), 0);
        QVERIFY2(dialog.message().contains(QStringLiteral("rollcage-missing-queuectl is not installed, "
                                                          "needed by step 1")),
                 qPrintable(dialog.message()));
        QVERIFY(declare->text().contains(QStringLiteral("anyway")));
        declare->click();
        QCOMPARE(accepted.size(), 1);
    }

    // The secret prompt: a title the window manager does not cut, the field focused, and
    // no command-line advice in a window that has a field for the value.
    void secretPromptSpeaksOfThisWindow()
    {
        QWidget window;
        window.show();
        PasswordPrompter prompter(&window);
        QSignalSpy answered(&prompter, &PasswordPrompter::answered);
        prompter.ask(7, QStringLiteral("checkout/production"), QStringLiteral("LARKSPUR_DEPLOY_TOKEN"),
                     QStringLiteral("There is no secret LARKSPUR_DEPLOY_TOKEN for checkout/production in the "
                                    "keychain. Store it with: rollcage secret set checkout/production "
                                    "LARKSPUR_DEPLOY_TOKEN"));
        auto *dialog = window.findChild<QDialog *>(QStringLiteral("secretPrompt"));
        QVERIFY(dialog);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Secret needed"));
        QString text;
        for (QLabel *label : dialog->findChildren<QLabel *>())
            text += label->text();
        QVERIFY2(!text.contains(QStringLiteral("rollcage secret")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("in the keychain.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Enter it here")), qPrintable(text));
        auto *field = dialog->findChild<QLineEdit *>(QStringLiteral("secretValue"));
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(field, QStringLiteral("tok"));
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(answered.size(), 1);
    }
};

QTEST_MAIN(TestNewIncidentDialog)
#include "tst_newincidentdialog.moc"
