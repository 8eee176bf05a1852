// The German catalogue the build compiles (the .qm that is embedded as
// :/i18n/rollcage_de.qm), loaded the way GuiMain's installTranslations loads it, turns
// real windows, console pages, core errors and CLI texts German. This catches a message
// whose run-time context differs from the one lupdate filed it under: it would stay
// English although the .ts has its translation.
#include "gui/MainWindow.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStore.h"
#include "messaging/Mailto.h"
#include "runbook/Importer.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace rollcage;

namespace {
// Every diagnostic of an import, one per line, to look for a sentence in.
QString diagnosticText(const rollcage::runbook::Runbook &runbook)
{
    QStringList messages;
    for (const rollcage::runbook::Diagnostic &d : runbook.diagnostics)
        messages.append(d.message);
    return messages.join(QLatin1Char('\n'));
}
} // namespace

class TestGermanTranslation : public QObject
{
    Q_OBJECT

    QTranslator m_translator;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_translator.load(QLocale(QLocale::German, QLocale::Germany), QStringLiteral("rollcage"),
                                   QStringLiteral("_"), QStringLiteral(ROLLCAGE_QM_DIR)),
                 "rollcage_de.qm is not built in " ROLLCAGE_QM_DIR);
        QVERIFY(QCoreApplication::installTranslator(&m_translator));
    }

    void messagesFromEachLibrary_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("german");
        QTest::newRow("shell menu") << "rollcage::gui::MainWindow" << "&Tools" << "E&xtras";
        QTest::newRow("console form button") << "RollbackPage" << "&Run" << "&Ausführen";
        QTest::newRow("console page hint")
            << "rollcage::gui::RollbackPage" << "Succeeded — review the output below, then Next (Ctrl+Enter)."
            << "Erfolgreich – sehen Sie die Ausgabe unten durch, dann Weiter (Strg+Eingabe).";
        QTest::newRow("health dock") << "rollcage::gui::HealthDock" << "Check &now" << "&Jetzt prüfen";
        QTest::newRow("engine") << "rollcage::execution::Engine" << "Skipping a step needs a reason."
                                << "Zum Überspringen eines Schritts ist eine Begründung nötig.";
        QTest::newRow("cli") << "cli" << "rollcage: unknown command '%1'" << "rollcage: unbekannter Befehl „%1“";
        QTest::newRow("cli command") << "rollcage::cli" << "Write the report of a recorded incident."
                                     << "Den Bericht eines aufgezeichneten Incidents schreiben.";
        QTest::newRow("report") << "rollcage::report" << "## Summary\n\n" << "## Zusammenfassung\n\n";
        QTest::newRow("phase") << "Phase" << "Roll back" << "Zurückrollen";
        QTest::newRow("keychain sentence")
            << "rollcage::integrations::CredentialStore"
            << "Could not store the secret %1 for %2 in the keychain: %3"
            << "Das Secret %1 für %2 konnte nicht im Schlüsselbund gespeichert werden: %3";
        QTest::newRow("escalate panel") << "rollcage::gui::EscalationPanel"
                                        << "Nobody called yet.%1"
                                        << "Noch niemand angerufen.%1";
    }
    void messagesFromEachLibrary()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QTEST(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData()), "german");
    }

    void pluralsFollowTheCount()
    {
        const char *context = "rollcage::gui::IncidentConsole";
        const char *source = "%n message(s) not delivered yet: %1. They stay in the outbox and are sent "
                             "when the incident is resumed.";
        QVERIFY(QCoreApplication::translate(context, source, nullptr, 1).startsWith(QStringLiteral("1 Nachricht noch")));
        QVERIFY(QCoreApplication::translate(context, source, nullptr, 4).startsWith(QStringLiteral("4 Nachrichten noch")));
    }

    void mainWindowIsGerman()
    {
        gui::MainWindow window;
        QStringList menus;
        for (const QAction *action : window.menuBar()->actions())
            menus.append(action->text());
        QCOMPARE(menus, QStringList({QStringLiteral("&Datei"), QStringLiteral("&Incident"), QStringLiteral("&Ansicht"),
                                     QStringLiteral("E&xtras"), QStringLiteral("&Hilfe")}));
        // Said in the constructor, after an initializer list lupdate once misread.
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("Bereit. Öffnen Sie ein Runbook, um zu beginnen (Strg+O)."));
        // The welcome page is a Designer form: uic's context is the form's class name.
        QStringList buttons;
        for (const QAbstractButton *button : window.findChildren<QAbstractButton *>())
            buttons.append(button->text());
        QVERIFY2(buttons.contains(QStringLiteral("Runbook ö&ffnen …")), qPrintable(buttons.join(QLatin1String(" | "))));
    }

    void coreErrorsAreGerman()
    {
        const auto mailto = messaging::mailtoUrl({{QStringLiteral("on-call team")}, QStringLiteral("s"), QString()});
        QVERIFY(!mailto.ok());
        QVERIFY2(mailto.error.startsWith(QStringLiteral("„on-call team“ ist keine E-Mail-Adresse")),
                 qPrintable(mailto.error));
        const Status transition = incident::checkTransition(incident::Phase::Resolved, incident::Phase::Assessing);
        QVERIFY(!transition);
        QVERIFY2(transition.error.startsWith(QStringLiteral("Der Incident ist resolved")), qPrintable(transition.error));
        const runbook::Runbook empty = runbook::Importer::importText(QByteArray(), QStringLiteral("empty.md"));
        QVERIFY(!empty.diagnostics.isEmpty());
        QVERIFY2(empty.diagnostics.first().message.startsWith(QStringLiteral("Die Datei ist leer")),
                 qPrintable(empty.diagnostics.first().message));
    }

    // Said from free functions in files whose tr() helper has a class's context.
    void importerNotesAreGerman()
    {
        const runbook::Runbook latin1 = runbook::Importer::importText(
            "# Svc\n\n## Rollback procedure\n\n1. Caf\xe9 closed (2 min)\n2. Reopen (3 min)\n\n"
            "<!-- rollcage: frobnicate -->\n",
            QStringLiteral("latin1.md"));
        const QString all = diagnosticText(latin1);
        QVERIFY2(all.contains(QStringLiteral("Die Datei ist kein gültiges UTF-8")),
                 qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("Unbekannte Rollcage-Annotation „frobnicate“")),
                 qPrintable(all));
        QCOMPARE(latin1.procedures.size(), 1);
        QCOMPARE(latin1.procedures.first().expected.text, QStringLiteral("Summe der Schritte"));

        const auto garbled = runbook::Importer::importFile(
            QStringLiteral(ROLLCAGE_FIXTURES_DIR "/mojibake-cp1252.md"));
        QVERIFY(garbled.ok());
        QVERIFY(!garbled->diagnostics.isEmpty());
        QVERIFY2(garbled->diagnostics.first().message.contains(QStringLiteral("Zeichen repariert")),
                 qPrintable(garbled->diagnostics.first().message));
    }

    // Each scope of the importer translates in the context lupdate filed it under: the
    // procedure reader's struct (a block split, a step title), its free functions (a
    // guess), the plain-text reader, the escalation reader.
    void importerGuessesAndStepsAreGerman()
    {
        const runbook::Runbook rb = runbook::Importer::importText(
            "# Svc\n\n## Warm the cache\n\n```bash\n# 1. Stop\nsvc stop\n# 2. Start\nsvc start\n```\n\n"
            "## Escalation\n\n| Level | Contact | When |\n|---|---|---|\n| 1 | Ops | when it is bad |\n",
            QStringLiteral("guesses.md"));
        QStringList guesses;
        for (const runbook::Guess &g : rb.guesses)
            guesses << g.what + g.annotation;
        const QString all = guesses.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("wird als Prozedur (other) gelesen")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("in 2 Schritte geteilt")), qPrintable(all));
        QVERIFY2(diagnosticText(rb).contains(QStringLiteral("als Bedingung")), qPrintable(diagnosticText(rb)));


        const runbook::Runbook plain =
            runbook::Importer::importText("1. Stop it\nsvc stop\n", QStringLiteral("plain.md"));
        QVERIFY2(diagnosticText(plain).contains(QStringLiteral("Zeile für Zeile")), qPrintable(diagnosticText(plain)));
    }

    void escalationNotesAreGerman()
    {
        const runbook::Runbook contacts = runbook::Importer::importText(
            "# Svc\n\n## Rollback procedure\n\n1. Undo (2 min)\n\n"
            "## Contacts\n\n- On-call engineer: TBD\n- Team lead: +1 555 0100\n",
            QStringLiteral("contacts.md"));
        const QString all = diagnosticText(contacts);
        QVERIFY2(all.contains(QStringLiteral("nennt Kontakte")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("noch nicht erreichbar")), qPrintable(all));
    }

    void storeErrorsAreGerman()
    {
        QTemporaryDir dir;
        QFile notADatabase(dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY(notADatabase.open(QIODevice::WriteOnly));
        notADatabase.write(QByteArray(4096, 'x'));
        notADatabase.close();
        const auto store = incident::IncidentStore::open(notADatabase.fileName());
        QVERIFY(!store.ok());
        QVERIFY2(store.error.contains(QStringLiteral("beschädigt oder keine Rollcage-Datenbank")),
                 qPrintable(store.error));
    }
};

QTEST_MAIN(TestGermanTranslation)
#include "tst_germantranslation.moc"
