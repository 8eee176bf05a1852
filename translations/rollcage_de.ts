<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AssessPage</name>
    <message>
        <location filename="../forms/AssessPage.ui" line="+9"/>
        <source>Pick the row of the decision matrix that matches what is happening. Its deadline starts the countdown; your justification goes into the incident record.</source>
        <translation>Wählen Sie die Zeile der Entscheidungsmatrix, die zur Lage passt. Mit ihrer Frist startet der Countdown; Ihre Begründung kommt ins Incident-Protokoll.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision matrix</source>
        <translation>&amp;Entscheidungsmatrix</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision matrix</source>
        <translation>Entscheidungsmatrix</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollback &amp;triggers</source>
        <translation>Rollback-&amp;Auslöser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rollback triggers</source>
        <translation>Rollback-Auslöser</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your decision</source>
        <translation>Ihre Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a row above.</source>
        <translation>Wählen Sie oben eine Zeile.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity / action:</source>
        <translation>Schweregrad / Maßnahme:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;verity:</source>
        <translation>Sch&amp;weregrad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation>Frist:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approach:</source>
        <translation>Vorgehen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hotfix</source>
        <translation>&amp;Hotfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix forward</source>
        <translation>&amp;Vorwärts beheben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Justification:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this choice? E.g. &quot;5xx at 4% since the 02:58 deploy; previous release still on disk; rollback is faster than a hotfix.&quot;</source>
        <translation>Warum diese Wahl? Z. B. „5xx bei 4 % seit dem Deployment um 02:58; vorheriges Release liegt noch auf der Platte; Rollback ist schneller als ein Hotfix.“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;decision</source>
        <translation>Entscheidung &amp;festhalten</translation>
    </message>
</context>
<context>
    <name>BaseUrlsDialog</name>
    <message>
        <location filename="../forms/BaseUrlsDialog.ui" line="+6"/>
        <source>Health Check Base URLs</source>
        <translation>Basis-URLs der Health Checks</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL (e.g. https://api.staging.example.com)</source>
        <translation>Basis-URL (z. B. https://api.staging.example.com)</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../forms/ChecklistPage.ui" line="+21"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Tick</source>
        <translation>&amp;Abhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the selected item, or take a tick or waiver back (Space)</source>
        <translation>Ausgewählten Punkt abhaken oder einen Haken bzw. Verzicht zurücknehmen (Leertaste)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waive…</source>
        <translation>Aus&amp;lassen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the selected item without doing it; a reason is required</source>
        <translation>Ausgewählten Punkt auslassen, ohne ihn zu erledigen; eine Begründung ist Pflicht</translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../forms/CredentialsDialog.ui" line="+6"/>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets the runbook steps use, kept in the OS keychain. Only their names are listed here; a value is shown only while you hold “Hold to reveal”.</source>
        <translation>Secrets, die die Runbook-Schritte verwenden, verwahrt im Schlüsselbund des Systems. Hier stehen nur ihre Namen; ein Wert ist nur sichtbar, solange Sie „Zum Anzeigen halten“ gedrückt halten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scope / name</source>
        <translation>Bereich / Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store a new secret in the keychain</source>
        <translation>Ein neues Secret im Schlüsselbund speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace…</source>
        <translation>&amp;Ersetzen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store a new value for the selected secret</source>
        <translation>Einen neuen Wert für das ausgewählte Secret speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected secret from the keychain</source>
        <translation>Das ausgewählte Secret aus dem Schlüsselbund entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold to re&amp;veal</source>
        <translation>Zum &amp;Anzeigen halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the value while the button is held down</source>
        <translation>Zeigt den Wert, solange die Schaltfläche gedrückt ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the value; the clipboard is cleared after 30 seconds</source>
        <translation>Kopiert den Wert; die Zwischenablage wird nach 30 Sekunden geleert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold “Hold to reveal” to see the selected value</source>
        <translation>Halten Sie „Zum Anzeigen halten“ gedrückt, um den ausgewählten Wert zu sehen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store a secret</source>
        <translation>Secret speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scope:</source>
        <translation>&amp;Bereich:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SERVICE/ENVIRONMENT, e.g. larkspur-checkout/production</source>
        <translation>DIENST/UMGEBUNG, z. B. larkspur-checkout/production</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. REDIS_KEY</source>
        <translation>z. B. REDIS_KEY</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../app/gui/DisplayText.cpp" line="+63"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <location filename="../forms/EscalationPanel.ui" line="+11"/>
        <source>&lt;b&gt;Escalate&lt;/b&gt;</source>
        <translation>&lt;b&gt;Eskalieren&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call the next level when a step fails and you do not know why, when the deadline is close, or whenever you are unsure. Escalating early is never wrong.</source>
        <translation>Rufen Sie die nächste Stufe an, wenn ein Schritt fehlschlägt und Sie nicht wissen, warum, wenn die Frist knapp wird oder wann immer Sie unsicher sind. Früh zu eskalieren ist nie falsch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation levels</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This runbook names no escalation levels. Escalate through your team&apos;s on-call process and record whom you called.</source>
        <translation>Dieses Runbook nennt keine Eskalationsstufen. Eskalieren Sie über den Bereitschaftsprozess Ihres Teams und halten Sie fest, wen Sie angerufen haben.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Escalation due</source>
        <translation>Eskalation fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current escalation</source>
        <translation>Aktuelle Eskalation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation history</source>
        <translation>Eskalationsverlauf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record that I called them…</source>
        <translation>&amp;Anruf festhalten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal that you escalated to the selected level, with a note</source>
        <translation>Im Journal festhalten, dass Sie an die ausgewählte Stufe eskaliert haben, mit einer Notiz</translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../app/gui/PhaseBar.cpp" line="+19"/>
        <source>Assess</source>
        <translation>Bewerten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communicate</source>
        <translation>Informieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation>Berichten</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../forms/ReportPage.ui" line="+11"/>
        <source>The report is written from the journal: every decision, tick, waiver, step, message and health check, as recorded. Write what only you know on the right; it is saved when you leave a field or press Ctrl+S.</source>
        <translation>Der Bericht entsteht aus dem Journal: jede Entscheidung, jedes Abhaken und Auslassen, jeder Schritt, jede Nachricht und jeder Health Check, so wie aufgezeichnet. Was nur Sie wissen, tragen Sie rechts ein; es wird gespeichert, sobald Sie ein Feld verlassen oder Strg+S drücken.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as Markdown, HTML or PDF</source>
        <translation>Den Bericht als Markdown, HTML oder PDF speichern</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident report</source>
        <translation>Incident-Bericht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Users affected</source>
        <translation>Betroffene &amp;Nutzer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R&amp;oot cause</source>
        <translation>&amp;Grundursache</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;solution</source>
        <translation>&amp;Behebung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Prevention and action items</source>
        <translation>&amp;Vorbeugung und Maßnahmen</translation>
    </message>
</context>
<context>
    <name>RollbackPage</name>
    <message>
        <location filename="../forms/RollbackPage.ui" line="+11"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Prozedur:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Procedure</source>
        <translation>Prozedur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runbook&apos;s procedures with their expected time and risk. It can change until a step has run.</source>
        <translation>Die Prozeduren des Runbooks mit erwarteter Dauer und Risiko. Die Auswahl lässt sich ändern, bis ein Schritt gelaufen ist.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Values…</source>
        <translation>&amp;Werte …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and change the values the steps use (recorded in the incident)</source>
        <translation>Die Werte der Schritte ansehen und ändern (wird im Incident festgehalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Guided mode</source>
        <translation>&amp;Geführter Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step at a time, with why it matters and the next action as the default (Ctrl+G)</source>
        <translation>Ein Schritt nach dem anderen, mit dem Warum und der nächsten Aktion als Vorgabe (Strg+G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided mode</source>
        <translation>Geführter Modus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskalieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who to call next, from the runbook&apos;s escalation levels (Ctrl+E)</source>
        <translation>Zeigt, wen Sie laut den Eskalationsstufen des Runbooks als Nächstes anrufen (Strg+E)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Procedure steps</source>
        <translation>Schritte der Prozedur</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress through the procedure</source>
        <translation>Fortschritt der Prozedur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Why this step matters</source>
        <translation>Warum dieser Schritt wichtig ist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the target to confirm</source>
        <translation>Ziel zur Bestätigung eintippen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commands of this step</source>
        <translation>Befehle dieses Schritts</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who holds this step</source>
        <translation>Wer diesen Schritt hat</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second person&apos;s approval of this step</source>
        <translation>Freigabe dieses Schritts durch eine zweite Person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request a&amp;pproval…</source>
        <translation>Freigabe an&amp;fordern …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask a second person on the incident to approve this step before it runs</source>
        <translation>Eine zweite Person im Incident bitten, diesen Schritt freizugeben, bevor er läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take o&amp;ver…</source>
        <translation>&amp;Übernehmen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The console holding this step stopped answering: take the step over, giving a reason</source>
        <translation>Die Konsole, die diesen Schritt hält, antwortet nicht mehr: Schritt mit Begründung übernehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done…</source>
        <translation>Er&amp;ledigt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this manual step done, with an optional note</source>
        <translation>Diesen manuellen Schritt als erledigt markieren, optional mit Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;one…</source>
        <translation>Als erledigt &amp;markieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;failed…</source>
        <translation>Als fe&amp;hlgeschlagen markieren …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip…</source>
        <translation>Übe&amp;rspringen …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass this step without running it; a reason is recorded</source>
        <translation>Diesen Schritt übergehen, ohne ihn auszuführen; eine Begründung wird festgehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation>&amp;Nächster Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on to the next step once you have read this one&apos;s output (Ctrl+Enter)</source>
        <translation>Zum nächsten Schritt, sobald Sie die Ausgabe dieses Schritts gelesen haben (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel step</source>
        <translation>Schritt a&amp;bbrechen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running step and everything it started (Ctrl+.)</source>
        <translation>Den laufenden Schritt und alles, was er gestartet hat, stoppen (Strg+.)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time the step has been running</source>
        <translation>Laufzeit des Schritts</translation>
    </message>
</context>
<context>
    <name>StakeholderPlan</name>
    <message>
        <location filename="../app/messaging/StakeholderPlan.cpp" line="+37"/>
        <source>Incident channel</source>
        <translation>Incident-Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team chat</source>
        <translation>Team-Chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediately</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business stakeholders</source>
        <translation>Geschäftliche Stakeholder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 min</source>
        <translation>Innerhalb von 30 Min.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> — due %1</source>
        <translation> — fällig um %1</translation>
    </message>
</context>
<context>
    <name>StepInputBar</name>
    <message>
        <location filename="../forms/StepInputBar.ui" line="+20"/>
        <source>Answer, then Enter</source>
        <translation>Antwort, dann Eingabetaste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to the step</source>
        <translation>Antwort an den Schritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types the answer into the step&apos;s input, followed by Enter</source>
        <translation>Tippt die Antwort in die Eingabe des Schritts, gefolgt von der Eingabetaste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the step&apos;s input, as Ctrl+D in a terminal (Ctrl+D here)</source>
        <translation>Schließt die Eingabe des Schritts, wie Strg+D in einem Terminal (hier Strg+D)</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../forms/WelcomePage.ui" line="+20"/>
        <source>No runbook open</source>
        <translation>Kein Runbook geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open your team&apos;s Markdown rollback runbook, or drop it on this window. Rollcage turns it into a guided, recorded procedure: assess, prepare, roll back, verify, communicate, report.</source>
        <translation>Öffnen Sie das Rollback-Runbook Ihres Teams (Markdown) oder ziehen Sie es auf dieses Fenster. Rollcage macht daraus ein geführtes, protokolliertes Verfahren: bewerten, vorbereiten, zurückrollen, prüfen, informieren, berichten.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open runbook…</source>
        <translation>Runbook ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Markdown runbook (Ctrl+O)</source>
        <translation>Ein Markdown-Runbook öffnen (Strg+O)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try the &amp;example runbook</source>
        <translation>&amp;Beispiel-Runbook ausprobieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the bundled example: a fictional checkout service rollback</source>
        <translation>Das mitgelieferte Beispiel öffnen: Rollback eines fiktiven Checkout-Dienstes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Recent runbooks</source>
        <translation>&amp;Zuletzt geöffnete Runbooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent runbooks</source>
        <translation>Zuletzt geöffnete Runbooks</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unfinished incidents</source>
        <translation>&amp;Offene Incidents</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfinished incidents</source>
        <translation>Offene Incidents</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All i&amp;ncidents…</source>
        <translation>Alle I&amp;ncidents …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every incident recorded: resume or open one, abandon one left unfinished (Ctrl+I)</source>
        <translation>Alle erfassten Incidents: einen fortsetzen oder öffnen, einen liegen gebliebenen aufgeben (Strg+I)</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+87"/>
        <source>rollcage: unknown command &apos;%1&apos;</source>
        <translation>rollcage: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="+13"/>
        <source>Incident store: a SQLite file path or a postgresql:// URL (default: SQLite in the user data directory). Over TLS: postgresql://USER@HOST/DB?sslmode=verify-full&amp;sslrootcert=CA.crt; the password is kept in the keychain, never in the URL.</source>
        <translation>Incident-Speicher: Pfad einer SQLite-Datei oder eine postgresql://-URL (Standard: SQLite im Datenverzeichnis des Benutzers). Über TLS: postgresql://BENUTZER@HOST/DB?sslmode=verify-full&amp;sslrootcert=CA.crt; das Passwort liegt im Schlüsselbund, nie in der URL.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rollcage: a guided, recorded console for rolling back a bad deployment.

Without a command, opens the GUI (on FILE when given).
Commands (see rollcage COMMAND --help): check, run, incidents, follow, approve, report, secret.</source>
        <translation>Rollcage: eine geführte, protokollierte Konsole zum Zurückrollen eines fehlerhaften Deployments.

Ohne Befehl öffnet sich die GUI (mit FILE, falls angegeben).
Befehle (siehe rollcage COMMAND --help): check, run, incidents, follow, approve, report, secret.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A runbook (Markdown) to open.</source>
        <translation>Ein Runbook (Markdown), das geöffnet wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretSourceFactory.cpp" line="+22"/>
        <source>stdin is not a terminal to ask for them on</source>
        <translation>stdin ist kein Terminal, auf dem sie abgefragt werden könnten</translation>
    </message>
</context>
<context>
    <name>execution</name>
    <message>
        <location filename="../app/execution/StepScript.cpp" line="+268"/>
        <source>Step &quot;%1&quot; (line %2) cannot run: no value for %3. Give each one (e.g. --var NAME=VALUE) and run it again.</source>
        <translation>Schritt „%1“ (Zeile %2) kann nicht laufen: kein Wert für %3. Geben Sie jeden an (z. B. --var NAME=WERT) und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="+102"/>
        <source>Incident database unavailable</source>
        <translation>Incident-Datenbank nicht verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Runbooks can still be read; incidents cannot be declared.</source>
        <translation>

Runbooks lassen sich weiterhin lesen; Incidents können nicht eröffnet werden.</translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../app/core/PluginLoader.cpp" line="+29"/>
        <source>Cannot load %1: %2 is missing. Rollcage&apos;s installation is incomplete; reinstall it.</source>
        <translation>Rollcage kann %1 nicht laden: %2 fehlt. Die Installation von Rollcage ist unvollständig; installieren Sie es neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot load %1 from %2: %3. Rollcage&apos;s installation is incomplete; reinstall it.</source>
        <translation>Rollcage kann %1 nicht aus %2 laden: %3. Die Installation von Rollcage ist unvollständig; installieren Sie es neu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not provide %2: it belongs to another version of Rollcage; reinstall Rollcage.</source>
        <translation>%1 stellt %2 nicht bereit: Die Datei gehört zu einer anderen Rollcage-Version; installieren Sie Rollcage neu.</translation>
    </message>
    <message>
        <location filename="../app/execution/GateRunner.cpp" line="+14"/>
        <source>the health checks</source>
        <translation>die Health Checks</translation>
    </message>
    <message>
        <location filename="../app/gui/ConsoleModule.cpp" line="+13"/>
        <source>the incident console</source>
        <translation>die Incident-Konsole</translation>
    </message>
</context>
<context>
    <name>rollcage::cli</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+28"/>
        <source> (%1 s)</source>
        <translation> (%1 s)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 min)</source>
        <translation> (%1 Min.)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typed confirmation &quot;%1&quot;</source>
        <translation>Bestätigung durch Eingabe von „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm the target &quot;%1&quot;</source>
        <translation>Ziel „%1“ bestätigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one click</source>
        <translation>ein Klick</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>     %1</source>
        <translation>     %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>     %1: %2</source>
        <translation>     %1: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>     terminal session: %1</source>
        <translation>     Terminal-Sitzung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>     terminal (prompts): %1</source>
        <translation>     Terminal (Rückfragen): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>       &gt; %1  (line %2, %3)</source>
        <translation>       &gt; %1  (Zeile %2, %3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>         %1</source>
        <translation>         %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 decisions, %2 triggers, %3 checklists, %4 procedures, %5 templates, %6 stakeholders, %7 escalation levels</source>
        <translation>%1 Entscheidungen, %2 Auslöser, %3 Checklisten, %4 Prozeduren, %5 Vorlagen, %6 Stakeholder, %7 Eskalationsstufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checklist  %1 [%2], %3 items (line %4)</source>
        <translation>Checkliste %1 [%2], %3 Punkte (Zeile %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>procedure  %1%2 (line %3)</source>
        <translation>Prozedur   %1%2 (Zeile %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1. %2%3%4%5</source>
        <translation>  %1. %2%3%4%5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [manual]</source>
        <translation> [manuell]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> [destructive]</source>
        <translation> [destruktiv]</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import a Markdown runbook and report what Rollcage understood of it. Exit status: 0 when it imports without errors, 1 when it has errors, 2 on usage or I/O errors.</source>
        <translation>Importiert ein Markdown-Runbook und zeigt, was Rollcage davon verstanden hat. Exit-Status: 0, wenn es ohne Fehler importiert wird, 1 bei Fehlern, 2 bei Aufruf- oder E/A-Fehlern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the imported runbook as JSON instead of a summary.</source>
        <translation>Das importierte Runbook als JSON statt als Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runbook (Markdown) to check.</source>
        <translation>Das zu prüfende Runbook (Markdown).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: rollcage check FILE [--json]</source>
        <translation>Aufruf: rollcage check FILE [--json]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2: guess: %3 To settle it: %4</source>
        <translation>%1:%2: Vermutung: %3 Zum Festlegen: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+37"/>
        <source>%1: this build has no runbook importer, so it cannot run runbooks.</source>
        <translation>%1: Dieser Build hat keinen Runbook-Importer und kann daher keine Runbooks ausführen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source># Dry run of &quot;%1&quot; (%2 steps); nothing is executed or recorded.
</source>
        <translation># Probelauf von „%1“ (%2 Schritte); nichts wird ausgeführt oder aufgezeichnet.
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (destructive: needs --yes)</source>
        <translation> (destruktiv: erfordert --yes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (changes production: acts on %1)</source>
        <translation> (ändert die Produktion: wirkt auf %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source># manual step
</source>
        <translation># manueller Schritt
</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>rollcage run: pre-flight found %n problem(s); nothing was run:</source>
        <translation>
            <numerusform>rollcage run: die Vorabprüfung fand %n Problem; nichts wurde ausgeführt:</numerusform>
            <numerusform>rollcage run: die Vorabprüfung fand %n Probleme; nichts wurde ausgeführt:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rollcage run: pre-flight found %n problem(s) a run would stop at:</source>
        <translation>
            <numerusform>rollcage run: die Vorabprüfung fand %n Problem, an dem ein Lauf anhalten würde:</numerusform>
            <numerusform>rollcage run: die Vorabprüfung fand %n Probleme, an denen ein Lauf anhalten würde:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>rollcage run: pre-flight passed: every value, program and script the steps need is there (steps run in %1).</source>
        <translation>rollcage run: Vorabprüfung bestanden: jeder Wert, jedes Programm und jedes Skript, das die Schritte brauchen, ist da (die Schritte laufen in %1).</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run procedures of a runbook headless, one after the other, recording one incident.</source>
        <translation>Prozeduren eines Runbooks ohne Oberfläche nacheinander ausführen und dabei einen Incident aufzeichnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A procedure to run (its title, or a unique part of it); repeatable: each runs after the one before, in one incident (e.g. diagnose, roll back, verify).</source>
        <translation>Eine auszuführende Prozedur (ihr Titel oder ein eindeutiger Teil davon); wiederholbar: jede läuft nach der vorherigen, im selben Incident (z. B. diagnostizieren, zurückrollen, prüfen).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick an item of the pre-rollback checklist (its text or a unique part); repeatable.</source>
        <translation>Einen Punkt der Checkliste vor dem Rollback abhaken (sein Text oder ein eindeutiger Teil); wiederholbar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waive an item of the pre-rollback checklist, with the reason; repeatable.</source>
        <translation>Einen Punkt der Checkliste vor dem Rollback mit Begründung erlassen; wiederholbar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A placeholder value; repeatable.</source>
        <translation>Ein Platzhalterwert; mehrfach angebbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm destructive steps and waive manual ones.</source>
        <translation>Destruktive Schritte bestätigen und manuelle auslassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the substituted commands (secrets masked) without running or recording anything.</source>
        <translation>Die eingesetzten Befehle ausgeben (Secrets maskiert), ohne etwas auszuführen oder aufzuzeichnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service name (default: from the runbook title); with the environment, the keychain scope.</source>
        <translation>Dienstname (Standard: aus dem Runbook-Titel); zusammen mit der Umgebung der Bereich im Schlüsselbund.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment (default: production).</source>
        <translation>Umgebung (Standard: production).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the journal records as acting (default: the name chosen in the GUI, else the OS user&apos;s full name).</source>
        <translation>Unter welchem Namen das Journal die Handlungen aufzeichnet (Standard: der in der Oberfläche gewählte Name, sonst der volle Name des Betriebssystembenutzers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident title.</source>
        <translation>Titel des Incidents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume this incident instead of declaring a new one.</source>
        <translation>Diesen Incident fortsetzen, statt einen neuen zu eröffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a step whose outcome is unknown after a crash: retry, done or failed.</source>
        <translation>Für einen Schritt, dessen Ausgang nach einem Absturz unbekannt ist: retry, done oder failed.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the steps run (default: the root of the runbook&apos;s repository, else its folder).</source>
        <translation>Wo die Schritte laufen (Standard: das Wurzelverzeichnis des Repositorys des Runbooks, sonst sein Ordner).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runbook (Markdown).</source>
        <translation>Das Runbook (Markdown).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: --incident resumes an incident; give its runbook and procedure too: rollcage run RUNBOOK --procedure NAME --incident %1 [--resolve retry|done|failed]</source>
        <translation>rollcage run: --incident setzt einen Incident fort; geben Sie auch Runbook und Verfahren an: rollcage run RUNBOOK --procedure NAME --incident %1 [--resolve retry|done|failed]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rollcage run: usage: rollcage run RUNBOOK --procedure NAME [--procedure NAME]... [--var K=V]... [--tick ITEM]... [--waive ITEM=REASON]... [--directory DIR] [--yes] [--dry-run], or to resume: rollcage run RUNBOOK --procedure NAME --incident N [--resolve retry|done|failed]</source>
        <translation>rollcage run: Aufruf: rollcage run RUNBOOK --procedure NAME [--procedure NAME]... [--var K=V]... [--tick PUNKT]... [--waive PUNKT=GRUND]... [--directory VERZ] [--yes] [--dry-run], oder zum Fortsetzen: rollcage run RUNBOOK --procedure NAME --incident N [--resolve retry|done|failed]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: --waive takes ITEM=REASON (a waiver needs its reason), got &quot;%1&quot;.</source>
        <translation>rollcage run: --waive erwartet PUNKT=GRUND (ein Erlass braucht seinen Grund), erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rollcage run: --var takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation>rollcage run: --var erwartet NAME=WERT, erhalten: „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rollcage run: --incident takes an incident number.</source>
        <translation>rollcage run: --incident erwartet eine Incident-Nummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rollcage run: --resolve takes retry, done or failed.</source>
        <translation>rollcage run: --resolve erwartet retry, done oder failed.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rollcage run: the runbook has errors; fix them (see `rollcage check`) first.</source>
        <translation>rollcage run: Das Runbook hat Fehler; beheben Sie diese zuerst (siehe `rollcage check`).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>rollcage run: the outcome of step %1 of incident %2 is unknown (Rollcage stopped while it ran). Look at what it did, then pass --resolve retry, --resolve done or --resolve failed.</source>
        <translation>rollcage run: Der Ausgang von Schritt %1 in Incident %2 ist unbekannt (Rollcage wurde beendet, während er lief). Prüfen Sie, was er bewirkt hat, und geben Sie dann --resolve retry, --resolve done oder --resolve failed an.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>resolved from the command line</source>
        <translation>über die Kommandozeile aufgelöst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: step %1 marked failed; incident %2 stays rolling_back.</source>
        <translation>rollcage run: Schritt %1 als fehlgeschlagen markiert; Incident %2 bleibt in rolling_back.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>resumed from the command line</source>
        <translation>über die Befehlszeile fortgesetzt</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rollcage run: incident %1 declared in %2 (%3).</source>
        <translation>rollcage run: Incident %1 in %2 eröffnet (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/IncidentsCommand.cpp" line="+61"/>
        <source>there is no incident store at %1: nothing has been recorded there. Check --database, or record an incident first with `rollcage run RUNBOOK`.</source>
        <translation>es gibt keinen Incident-Speicher unter %1: dort wurde nichts aufgezeichnet. Prüfen Sie --database oder zeichnen Sie zuerst einen Incident mit `rollcage run RUNBOOK` auf.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rollcage: a step interrupted by a crash could not be marked outcome unknown (%1); it shows as running until a run can write again.</source>
        <translation>rollcage: Ein durch einen Absturz unterbrochener Schritt konnte nicht als „Ergebnis unbekannt“ markiert werden (%1); er erscheint als laufend, bis ein Lauf wieder schreiben kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage: incident %1 was interrupted while a step ran; that step&apos;s outcome is unknown. Resume with `rollcage run RUNBOOK --procedure NAME --incident %1 --resolve retry|done|failed`.</source>
        <translation>rollcage: Incident %1 wurde unterbrochen, während ein Schritt lief; der Ausgang dieses Schritts ist unbekannt. Fortsetzen mit `rollcage run RUNBOOK --procedure NAME --incident %1 --resolve retry|done|failed`.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the incidents recorded in the store.</source>
        <translation>Die im Speicher aufgezeichneten Incidents auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the incidents not yet resolved or aborted.</source>
        <translation>Nur die Incidents, die weder gelöst noch abgebrochen sind.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No incidents recorded in %1.</source>
        <translation>Keine Incidents in %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No open incidents in %1.</source>
        <translation>Keine offenen Incidents in %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+46"/>
        <source>rollcage report: --set %1: give NAME=TEXT where NAME is one of %2 (e.g. --set root_cause=&quot;expired TLS certificate&quot;).</source>
        <translation>rollcage report: --set %1: Geben Sie NAME=TEXT an, wobei NAME eines von %2 ist (z. B. --set root_cause=&quot;abgelaufenes TLS-Zertifikat&quot;).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write the report of a recorded incident.</source>
        <translation>Den Bericht eines aufgezeichneten Incidents schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report format: md, html or pdf (pdf needs -o).</source>
        <translation>Berichtsformat: md, html oder pdf (pdf erfordert -o).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output.</source>
        <translation>In FILE statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a report field first (repeatable): NAME=TEXT, NAME one of %1. The latest text of a field wins.</source>
        <translation>Vorher ein Berichtsfeld schreiben (mehrfach angebbar): NAME=TEXT, NAME eines von %1. Der jeweils letzte Text eines Felds gilt.</translation>
    </message>
    <message>
        <location filename="../app/cli/FollowCommand.cpp" line="+120"/>
        <source>Print an incident&apos;s timeline and step output, then follow it live (on a shared PostgreSQL store) until it is resolved or aborted.</source>
        <translation>Zeitleiste und Schrittausgabe eines Incidents ausgeben und ihm dann live folgen (bei einem gemeinsamen PostgreSQL-Speicher), bis er gelöst oder abgebrochen ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print what is recorded and exit; do not follow.</source>
        <translation>Das Aufgezeichnete ausgeben und beenden; nicht folgen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ApproveCommand.cpp" line="+55"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+5"/>
        <source>The incident&apos;s number.</source>
        <translation>Die Nummer des Incidents.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollcage follow: give one incident number (`rollcage incidents` lists them).</source>
        <translation>rollcage follow: Geben Sie eine Incident-Nummer an (`rollcage incidents` listet sie auf).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Incident %1: %2 (%3/%4)</source>
        <translation>Incident %1: %2 (%3/%4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rollcage follow: %1 is a SQLite file; following live needs a shared PostgreSQL store (--database postgresql://…).</source>
        <translation>rollcage follow: %1 ist eine SQLite-Datei; live folgen braucht einen gemeinsamen PostgreSQL-Speicher (--database postgresql://…).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>rollcage follow: the incident database is back; what was recorded meanwhile follows.</source>
        <translation>rollcage follow: Die Vorfalldatenbank ist wieder erreichbar; was inzwischen aufgezeichnet wurde, folgt.</translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+12"/>
        <source>rollcage report: give one incident number, e.g. `rollcage report 3 --format md` (`rollcage incidents` lists them).</source>
        <translation>rollcage report: Geben Sie eine Incident-Nummer an, z. B. `rollcage report 3 --format md` (`rollcage incidents` listet sie auf).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage report: unknown format &quot;%1&quot;; use md, html or pdf.</source>
        <translation>rollcage report: unbekanntes Format „%1“; verwenden Sie md, html oder pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage report: a PDF needs a file to go to: add -o FILE.pdf</source>
        <translation>rollcage report: Ein PDF braucht eine Zieldatei: Ergänzen Sie -o DATEI.pdf</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Incident %1: %2</source>
        <translation>Incident %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/SecretCommand.cpp" line="+67"/>
        <source>Stored %1 for %2 in the keychain.</source>
        <translation>%1 für %2 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage: no value on stdin for %1; nothing was stored. Pipe it in, e.g. printenv TOKEN | rollcage secret set %2 %1</source>
        <translation>rollcage: kein Wert für %1 auf stdin; nichts wurde gespeichert. Leiten Sie ihn per Pipe ein, z. B. printenv TOKEN | rollcage secret set %2 %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rollcage: %1 was not stored (%2).</source>
        <translation>rollcage: %1 wurde nicht gespeichert (%2).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted %1 for %2 from the keychain.</source>
        <translation>%1 für %2 aus dem Schlüsselbund gelöscht.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Manage the secrets runbook steps use, in the OS keychain.

  secret set SCOPE NAME     store a value read from stdin (hidden on a terminal)
  secret delete SCOPE NAME  remove it
  secret list [SCOPE]       the stored names (never values)

SCOPE is SERVICE/ENVIRONMENT, e.g. larkspur-checkout/production.</source>
        <translation>Secrets, die Runbook-Schritte verwenden, im Schlüsselbund des Systems verwalten.

  secret set SCOPE NAME     einen Wert von stdin speichern (am Terminal verdeckt)
  secret delete SCOPE NAME  ihn entfernen
  secret list [SCOPE]       die gespeicherten Namen (nie die Werte)

SCOPE ist SERVICE/ENVIRONMENT, z. B. larkspur-checkout/production.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set, delete or list</source>
        <translation>set, delete oder list</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SERVICE/ENVIRONMENT</source>
        <translation>SERVICE/ENVIRONMENT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s name</source>
        <translation>der Name des Secrets</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rollcage secret: expected &apos;set SCOPE NAME&apos;, &apos;delete SCOPE NAME&apos; or &apos;list [SCOPE]&apos;; see rollcage secret --help</source>
        <translation>rollcage secret: erwartet &apos;set SCOPE NAME&apos;, &apos;delete SCOPE NAME&apos; oder &apos;list [SCOPE]&apos;; siehe rollcage secret --help</translation>
    </message>
    <message>
        <location filename="../app/cli/ApproveCommand.cpp" line="-32"/>
        <source>step %1 &quot;%2&quot; of &quot;%3&quot;, asked by %4 at %5 UTC</source>
        <translation>Schritt %1 „%2“ von „%3“, angefragt von %4 um %5 UTC</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve (or refuse) a step another person asked a second pair of eyes for. The commands asked for are printed first; the answer is recorded with your name.</source>
        <translation>Einen Schritt freigeben (oder ablehnen), für den eine andere Person ein zweites Paar Augen angefragt hat. Zuerst werden die angefragten Befehle ausgegeben; die Antwort wird mit Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s number, when several wait for approval.</source>
        <translation>Die Nummer des Schritts, wenn mehrere auf Freigabe warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step&apos;s procedure, when several wait.</source>
        <translation>Die Prozedur des Schritts, wenn mehrere warten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse instead of approving (a note is required).</source>
        <translation>Ablehnen statt freigeben (eine Notiz ist Pflicht).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, recorded with the answer.</source>
        <translation>Warum; wird mit der Antwort festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the journal records as answering (default: the name chosen in the GUI, else the OS user&apos;s full name).</source>
        <translation>Unter welchem Namen das Journal die Antwort festhält (Vorgabe: der in der GUI gewählte Name, sonst der volle Name des Systembenutzers).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rollcage approve: give one incident number (`rollcage incidents` lists them).</source>
        <translation>rollcage approve: Geben Sie eine Incident-Nummer an (`rollcage incidents` listet sie auf).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>rollcage approve: nothing in incident %1 waits for approval%2.</source>
        <translation>rollcage approve: in Incident %1 wartet nichts auf Freigabe%2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as named</source>
        <translation> wie angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage approve: several steps wait for approval; name one with --step (and --procedure):
%1</source>
        <translation>rollcage approve: mehrere Schritte warten auf Freigabe; nennen Sie einen mit --step (und --procedure):
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident %1, %2:</source>
        <translation>Incident %1, %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their note: %1</source>
        <translation>Ihre Notiz: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rollcage approve: refusing needs --note saying why.</source>
        <translation>rollcage approve: eine Ablehnung braucht --note mit dem Grund.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved as %1; %2&apos;s console may run it once.</source>
        <translation>Freigegeben als %1; die Konsole von %2 darf ihn einmal ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused as %1; %2 is told why.</source>
        <translation>Abgelehnt als %1; %2 erfährt den Grund.</translation>
    </message>
</context>
<context>
    <name>rollcage::cli::Follower</name>
    <message>
        <location filename="../app/cli/FollowCommand.cpp" line="-143"/>
        <source>        … %1 earlier lines (rollcage report %2 has them)</source>
        <translation>        … %1 frühere Zeilen (rollcage report %2 enthält sie)</translation>
    </message>
</context>
<context>
    <name>rollcage::cli::HeadlessRun</name>
    <message>
        <location filename="../app/cli/HeadlessRun.cpp" line="+109"/>
        <source>%1 succeeded</source>
        <translation>%1 erfolgreich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waived</source>
        <translation>%1 erlassen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: every step of &quot;%1&quot; is settled (%2).</source>
        <translation>rollcage run: jeder Schritt von „%1“ ist erledigt (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next --procedure of the run</source>
        <translation>nächste --procedure des Laufs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: now &quot;%1&quot;.</source>
        <translation>rollcage run: jetzt „%1“.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every procedure step settled</source>
        <translation>jeder Schritt des Verfahrens erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage run: incident %1 is now %2.</source>
        <translation>rollcage run: Incident %1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rollcage run: tick what was done with --tick ITEM, or waive it with --waive &quot;ITEM=REASON&quot; (resume with --incident %1).</source>
        <translation>rollcage run: Haken Sie Erledigtes mit --tick PUNKT ab oder erlassen Sie es mit --waive „PUNKT=GRUND“ (fortsetzen mit --incident %1).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>rollcage run: step %1 changes production: it acts on %2.</source>
        <translation>rollcage run: Schritt %1 ändert die Produktion: er wirkt auf %2.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>[%1] waits for input: type the answer and press Enter (Ctrl+D ends its input).</source>
        <translation>[%1] wartet auf eine Eingabe: Antwort eingeben und Eingabetaste drücken (Strg+D beendet seine Eingabe).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[%1] waits for a secret (not shown as you type it): type it and press Enter.</source>
        <translation>[%1] wartet auf ein Geheimnis (beim Tippen nicht angezeigt): eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;== [%1] marked done</source>
        <translation>&lt;== [%1] als erledigt markiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot; (its session did not do what it should); incident %3 stays open. Resume with --incident %3.</source>
        <translation>rollcage run: angehalten bei Schritt %1 von „%2“ (seine Sitzung hat nicht getan, was sie sollte); Incident %3 bleibt offen. Fortsetzen mit --incident %3.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;== [%1] %2, but its end could not be recorded: its outcome is unknown.</source>
        <translation>&lt;== [%1] %2, aber sein Ende konnte nicht aufgezeichnet werden: sein Ergebnis ist unbekannt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot; (outcome unknown). Free space or fix the database, look at what the step did, then resume with --incident %3 --resolve retry|done|failed.</source>
        <translation>rollcage run: angehalten bei Schritt %1 von „%2“ (Ergebnis unbekannt). Speicherplatz freigeben oder die Datenbank reparieren, prüfen, was der Schritt getan hat, dann mit --incident %3 --resolve retry|done|failed fortsetzen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot;; incident %3 stays %4. Resume with --incident %3 after looking into it.</source>
        <translation>rollcage run: angehalten bei Schritt %1 von „%2“; Incident %3 bleibt %4. Nach der Prüfung mit --incident %3 fortsetzen.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>rollcage run: step %1 is manual. Do it, then resume with --incident %2 --yes (which records manual steps as waived: not performed by Rollcage).</source>
        <translation>rollcage run: Schritt %1 ist manuell. Führen Sie ihn aus und setzen Sie dann mit --incident %2 --yes fort (damit werden manuelle Schritte als ausgelassen verbucht: nicht von Rollcage ausgeführt).</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>rollcage run: %1</source>
        <translation>rollcage run: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage run: nothing was run; incident %1 waits for it (resume with --incident %1).</source>
        <translation>rollcage run: nichts wurde ausgeführt; Incident %1 wartet darauf (fortsetzen mit --incident %1).</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>manual step in a headless run (--yes): not performed by Rollcage</source>
        <translation>manueller Schritt in einem Lauf ohne GUI (--yes): nicht von Rollcage ausgeführt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rollcage run: step %1 (&quot;%2&quot;) is destructive; run again with --yes to confirm it (resume with --incident %3).</source>
        <translation>rollcage run: Schritt %1 („%2“) ist destruktiv; starten Sie erneut mit --yes, um ihn zu bestätigen (fortsetzen mit --incident %3).</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&lt;== [%1] succeeded in %2 s</source>
        <translation>&lt;== [%1] erfolgreich in %2 s</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;== [%1] %2: %3</source>
        <translation>&lt;== [%1] %2: %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rollcage run: interrupted; cancelling the running step (SIGTERM to its process group, SIGKILL after the grace period).</source>
        <translation>rollcage run: unterbrochen; der laufende Schritt wird abgebrochen (SIGTERM an seine Prozessgruppe, SIGKILL nach der Schonfrist).</translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessApproval.cpp" line="+35"/>
        <source>rollcage run: four-eyes approval needs the others live: run on a shared PostgreSQL store (--database postgresql://…).</source>
        <translation>rollcage run: die Vier-Augen-Freigabe braucht die anderen live: arbeiten Sie mit einem geteilten PostgreSQL-Speicher (--database postgresql://…).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked by a headless run</source>
        <translation>angefragt von einem Lauf ohne GUI</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: step %1 needs a second person&apos;s approval; asked. Waiting for another member to approve it from their console, or with `rollcage approve %2` (Ctrl+C stops).</source>
        <translation>rollcage run: Schritt %1 braucht die Freigabe einer zweiten Person; angefragt. Warte, bis ein anderes Mitglied sie an seiner Konsole oder mit `rollcage approve %2` erteilt (Strg+C bricht ab).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rollcage run: %1 approved step %2%3.</source>
        <translation>rollcage run: %1 hat Schritt %2 freigegeben%3.</translation>
    </message>
</context>
<context>
    <name>rollcage::cli::HeadlessTerminal</name>
    <message>
        <location filename="../app/cli/HeadlessTerminal.cpp" line="+278"/>
        <source>The session of step %1 has ended; its exit status says little. Did it do what it should? Type done or failed:</source>
        <translation>Die Sitzung von Schritt %1 ist beendet; ihr Exit-Status sagt wenig. Hat sie getan, was sie sollte? Tippen Sie done oder failed:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type done or failed:</source>
        <translation>Tippen Sie done oder failed:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note for the journal (what shows it):</source>
        <translation>Eine Notiz für das Journal (woran man es sieht):</translation>
    </message>
</context>
<context>
    <name>rollcage::cli::TerminalPrompter</name>
    <message>
        <location filename="../app/cli/TerminalPrompter.cpp" line="+58"/>
        <source>stdin is not a terminal</source>
        <translation>stdin ist kein Terminal</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value of %1 for %2 (input hidden): </source>
        <translation>Wert von %1 für %2 (Eingabe verdeckt): </translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+27"/>
        <source>end of input</source>
        <translation>Ende der Eingabe</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was entered</source>
        <translation>nichts eingegeben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember %1 in the keychain? [y/N] </source>
        <translation>%1 im Schlüsselbund speichern? [y/N] </translation>
    </message>
</context>
<context>
    <name>rollcage::execution</name>
    <message>
        <location filename="../app/execution/DeclarationValues.cpp" line="+93"/>
        <source>%1 (step %2)</source>
        <translation>%1 (Schritt %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (steps %2)</source>
        <translation>%1 (Schritte %2)</translation>
    </message>
    <message>
        <location filename="../app/execution/Preflight.cpp" line="+171"/>
        <source>Create it, or choose another working directory (--directory, or in the New incident dialog).</source>
        <translation>Legen Sie es an oder wählen Sie ein anderes Arbeitsverzeichnis (--directory oder im Dialog „Neuer Incident“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give it a value (--var %1=…, or in the New incident dialog).</source>
        <translation>Geben Sie einen Wert an (--var %1=… oder im Dialog „Neuer Incident“).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is not in %1: check the working directory, or that the script is checked out.</source>
        <translation>Es liegt nicht in %1: Prüfen Sie das Arbeitsverzeichnis oder ob das Skript ausgecheckt ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install it or put it on PATH, or run the incident where it is installed.</source>
        <translation>Installieren Sie es oder nehmen Sie es in PATH auf, oder führen Sie den Incident dort aus, wo es installiert ist.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps %1</source>
        <translation>Schritte %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The working directory %1 does not exist.</source>
        <translation>Das Arbeitsverzeichnis %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value for %1, needed by %2 of “%3”.</source>
        <translation>Kein Wert für %1, gebraucht von %2 von „%3“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`%1` is not installed, needed by %2 of “%3”.</source>
        <translation>`%1` ist nicht installiert, gebraucht von %2 von „%3“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`%1` does not exist, run by %2 of “%3”.</source>
        <translation>`%1` existiert nicht, ausgeführt von %2 von „%3“.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the working directory %1 does not exist</source>
        <translation>das Arbeitsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not on this machine: %1</source>
        <translation>nicht auf diesem Rechner: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value: %1</source>
        <translation>kein Wert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-flight: %1 (hover for what to do).</source>
        <translation>Vorabprüfung: %1 (für das Vorgehen mit der Maus darüberfahren).</translation>
    </message>
</context>
<context>
    <name>rollcage::execution::Engine</name>
    <message>
        <location filename="../app/execution/EngineLookup.cpp" line="+42"/>
        <source>No procedure %1 &quot;%2&quot; in %3. Procedures: %4.</source>
        <translation>Keine Prozedur in %3 %1 „%2“. Prozeduren: %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is uniquely named by</source>
        <translation>passt eindeutig zu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches</source>
        <translation>passt zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/execution/Engine.cpp" line="+113"/>
        <location filename="../app/execution/EngineSession.cpp" line="+36"/>
        <source>The working directory %1 does not exist. Choose a folder that does (the steps run there).</source>
        <translation>Das Arbeitsverzeichnis %1 existiert nicht. Wählen Sie einen vorhandenen Ordner (dort laufen die Schritte).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a secret: it is never recorded, so it cannot be given as a variable. Store it in the keychain (rollcage secret set) instead.</source>
        <translation>%1 ist ein Secret: Es wird nie aufgezeichnet und kann daher nicht als Variable übergeben werden. Speichern Sie es stattdessen im Schlüsselbund (rollcage secret set).</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Incident %1 was declared with a different version of the runbook (%2). Use the runbook as it was then; its text is kept in the incident.</source>
        <translation>Incident %1 wurde mit einer anderen Version des Runbooks eröffnet (%2). Verwenden Sie das Runbook in der damaligen Fassung; sein Text ist im Incident gespeichert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>step %1&apos;s outcome is unknown</source>
        <translation>der Ausgang von Schritt %1 ist unbekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/execution/EngineSession.cpp" line="-4"/>
        <source>No incident is open.</source>
        <translation>Kein Incident ist offen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of &quot;%2&quot; is running; wait for it or cancel it before switching procedures.</source>
        <translation>Schritt %1 von „%2“ läuft; warten Sie auf ihn oder brechen Sie ihn ab, bevor Sie die Prozedur wechseln.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is a secret and is never recorded.</source>
        <translation>%1 ist ein Secret und wird nie aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a procedure step was started</source>
        <translation>ein Schritt der Prozedur wurde gestartet</translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+73"/>
        <location filename="../app/execution/EngineApproval.cpp" line="+29"/>
        <location line="+18"/>
        <source>No incident is open: declare or resume one first.</source>
        <translation>Kein Incident ist offen: Eröffnen Sie zuerst einen oder setzen Sie einen fort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedure &quot;%1&quot; has no step %2.</source>
        <translation>Prozedur „%1“ hat keinen Schritt %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is still running; wait for it or cancel it.</source>
        <translation>Schritt %1 läuft noch; warten Sie darauf oder brechen Sie ihn ab.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step %1 (&quot;%2&quot;) is manual: do it, then mark it done with a note.</source>
        <translation>Schritt %1 („%2“) ist manuell: Führen Sie ihn aus und markieren Sie ihn dann mit einer Notiz als erledigt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 (&quot;%2&quot;) is destructive%3: type &quot;%4&quot; to confirm.</source>
        <translation>Schritt %1 („%2“) ist destruktiv%3: Tippen Sie zur Bestätigung „%4“ ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1 (&quot;%2&quot;, line %3) cannot run: no value for %4. Give each one (e.g. --var NAME=VALUE) and run it again.</source>
        <translation>Schritt %1 („%2“, Zeile %3) kann nicht laufen: kein Wert für %4. Geben Sie jeden an (z. B. --var NAME=WERT) und starten Sie erneut.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Step %1 needs the secrets %2, and no secret source is available.</source>
        <translation>Schritt %1 braucht die Secrets %2, aber keine Secret-Quelle ist verfügbar.</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineRun.cpp" line="+54"/>
        <source>The working directory %1 is gone. Choose another one on the Roll back page (or with --directory) and run the step again.</source>
        <translation>Das Arbeitsverzeichnis %1 ist verschwunden. Wählen Sie auf der Seite „Zurückrollen“ (oder mit --directory) ein anderes und führen Sie den Schritt erneut aus.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The output of step %1 is no longer recorded from its line %2 on (it still shows here, but will be missing from the journal and the report): %3</source>
        <translation>Die Ausgabe von Schritt %1 wird ab seiner Zeile %2 nicht mehr aufgezeichnet (sie erscheint weiter hier, fehlt aber im Journal und im Bericht): %3</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>its end could not be recorded</source>
        <translation>sein Ende konnte nicht aufgezeichnet werden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled by the operator.</source>
        <translation>Vom Bediener abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled while waiting for secrets.</source>
        <translation>Beim Warten auf Secrets abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineRecords.cpp" line="+25"/>
        <source>Skipping a step needs a reason.</source>
        <translation>Zum Überspringen eines Schritts ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiving a step needs a reason.</source>
        <translation>Zum Auslassen eines Schritts ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1&apos;s outcome is known; nothing to resolve.</source>
        <translation>Der Ausgang von Schritt %1 ist bekannt; es gibt nichts aufzulösen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A decision needs a justification (why roll back rather than hotfix or fix forward).</source>
        <translation>Eine Entscheidung braucht eine Begründung (warum zurückrollen statt Hotfix oder vorwärts beheben).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiving a checklist item needs a written reason.</source>
        <translation>Zum Auslassen eines Checklistenpunkts ist eine schriftliche Begründung nötig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is neither ticked nor waived.</source>
        <translation>„%1“ ist weder abgehakt noch erlassen.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Escalation levels start at 1.</source>
        <translation>Eskalationsstufen beginnen bei 1.</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineGate.cpp" line="+72"/>
        <source>Step %1 (&quot;%2&quot;), runbook line %3: %4. Fix the runbook&apos;s health block.</source>
        <translation>Schritt %1 („%2“), Runbook-Zeile %3: %4. Korrigieren Sie den Health-Block im Runbook.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Step %1 (&quot;%2&quot;, line %3) is a health gate without a check: write one URL per line in its health block.</source>
        <translation>Schritt %1 („%2“, Zeile %3) ist ein Health-Gate ohne Check: Schreiben Sie eine URL pro Zeile in seinen Health-Block.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1 (&quot;%2&quot;, line %3) is a health gate and cannot run: %4</source>
        <translation>Schritt %1 („%2“, Zeile %3) ist ein Health-Gate und kann nicht laufen: %4</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>attempt %1/%2  %3  %4
</source>
        <translation>Versuch %1/%2  %3  %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed in %1 ms</source>
        <translation>erfolgreich in %1 ms</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 still failing after %2 attempts: %3</source>
        <translation>%1 schlägt nach %2 Versuchen weiterhin fehl: %3</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineSession.cpp" line="+6"/>
        <source>(none given)</source>
        <translation>(keines angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step is running; change the working directory after it.</source>
        <translation>Ein Schritt läuft; ändern Sie das Arbeitsverzeichnis danach.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: `%2` failed with status %3.</source>
        <translation>%1: `%2` ist mit Status %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step printed nothing.</source>
        <translation>Der Schritt hat nichts ausgegeben.</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineTerminal.cpp" line="+55"/>
        <source>Step %1 (&quot;%2&quot;, line %3) needs a terminal: %4 No terminal is attached (standard input is not a terminal), so it was not started rather than left reading an empty input. Run it from a terminal (rollcage run in an interactive shell) or in the Rollcage window, or mark its block terminal=false if it asks nothing.</source>
        <translation>Schritt %1 („%2“, Zeile %3) braucht ein Terminal: %4 Es ist kein Terminal angeschlossen (die Standardeingabe ist kein Terminal), daher wurde er nicht gestartet, statt eine leere Eingabe zu lesen. Starten Sie ihn in einem Terminal (rollcage run in einer interaktiven Shell) oder im Rollcage-Fenster, oder markieren Sie seinen Block mit terminal=false, wenn er nichts fragt.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No session is running to type into.</source>
        <translation>Es läuft keine Sitzung, in die getippt werden könnte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 has no session line %2.</source>
        <translation>Schritt %1 hat keine Sitzungszeile %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; (line %2) is destructive (%3): type &quot;%4&quot; to confirm.</source>
        <translation>„%1“ (Zeile %2) ist destruktiv (%3): Tippen Sie „%4“ zur Bestätigung.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the session ended (%1); say whether what was done in it worked</source>
        <translation>die Sitzung ist beendet (%1); geben Sie an, ob das darin Getane funktioniert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended by the operator</source>
        <translation>vom Operator beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status %1</source>
        <translation>Exit-Status %1</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineInput.cpp" line="+34"/>
        <source>Step %1 (&quot;%2&quot;, line %3) waits for input: a program in it reads its standard input, and no terminal is attached (standard input is not a terminal). It was stopped rather than left waiting. Run it from a terminal (rollcage run in an interactive shell) or in the Rollcage window, or give the program its answer in the runbook (an option such as --yes or -auto-approve, or input from a file).</source>
        <translation>Schritt %1 („%2“, Zeile %3) wartet auf eine Eingabe: Ein Programm darin liest seine Standardeingabe, und kein Terminal ist angeschlossen (die Standardeingabe ist kein Terminal). Er wurde angehalten, statt weiter zu warten. Führen Sie ihn in einem Terminal aus (rollcage run in einer interaktiven Shell) oder im Rollcage-Fenster, oder geben Sie dem Programm seine Antwort im Runbook mit (eine Option wie --yes oder -auto-approve, oder Eingabe aus einer Datei).</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <source>No step is waiting for input.</source>
        <translation>Kein Schritt wartet auf eine Eingabe.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The answer could not be passed to step %1: it no longer reads its input.</source>
        <translation>Die Antwort konnte nicht an Schritt %1 übergeben werden: Er liest seine Eingabe nicht mehr.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1 no longer reads its input.</source>
        <translation>Schritt %1 liest seine Eingabe nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineTeam.cpp" line="+116"/>
        <source>at step %1</source>
        <translation>bei Schritt %1</translation>
    </message>
    <message>
        <location filename="../app/execution/EngineApproval.cpp" line="+10"/>
        <source>Refusing a step needs a note saying why.</source>
        <translation>Wer einen Schritt ablehnt, muss in einer Notiz sagen, warum.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Turning four-eyes approval off needs a reason.</source>
        <translation>Das Vier-Augen-Prinzip abzuschalten braucht eine Begründung.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps are taken over on a shared store only: here no other console holds one.</source>
        <translation>Schritte werden nur in einem geteilten Speicher übernommen: hier hält keine andere Konsole einen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>taken over from %1: %2</source>
        <translation>von %1 übernommen: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::execution::InputTerminal</name>
    <message>
        <location filename="../app/execution/InputTerminal.cpp" line="+35"/>
        <source>Could not open a terminal for the step&apos;s input (%1: %2).</source>
        <translation>Für die Eingabe des Schritts konnte kein Terminal geöffnet werden (%1: %2).</translation>
    </message>
</context>
<context>
    <name>rollcage::execution::StepRunner</name>
    <message>
        <location filename="../app/execution/StepRunner.cpp" line="+152"/>
        <source>The temporary directory %1 (TMPDIR) does not exist. Create it or set TMPDIR to another directory.</source>
        <translation>Das temporäre Verzeichnis %1 (TMPDIR) existiert nicht. Legen Sie es an oder setzen Sie TMPDIR auf ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Could not create a pipe for the step (%1).</source>
        <translation>Für den Schritt konnte keine Pipe angelegt werden (%1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the step&apos;s script to %1: %2. Free some space there or set TMPDIR to another directory.</source>
        <translation>Das Skript des Schritts konnte nicht nach %1 geschrieben werden: %2. Schaffen Sie dort Platz oder setzen Sie TMPDIR auf ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The step ran past its timeout of %1 s and was stopped.</source>
        <translation>Der Schritt hat sein Zeitlimit von %1 s überschritten und wurde gestoppt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was cancelled.</source>
        <translation>Der Schritt wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step exited with status %1.</source>
        <translation>Der Schritt endete mit Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was killed by signal %1.</source>
        <translation>Der Schritt wurde durch Signal %1 beendet.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not start %1: %2. Check that bash is installed and executable.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob bash installiert und ausführbar ist.</translation>
    </message>
</context>
<context>
    <name>rollcage::execution::TerminalRunner</name>
    <message>
        <location filename="../app/execution/TerminalRunner.cpp" line="+183"/>
        <source>Could not write the step&apos;s script to %1: %2. Free some space there or set TMPDIR to another directory.</source>
        <translation>Das Skript des Schritts konnte nicht nach %1 geschrieben werden: %2. Schaffen Sie dort Platz oder setzen Sie TMPDIR auf ein anderes Verzeichnis.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not start %1: %2. Check that bash is installed and executable.</source>
        <translation>%1 konnte nicht gestartet werden: %2. Prüfen Sie, ob bash installiert und ausführbar ist.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The session was ended by the operator.</source>
        <translation>Die Sitzung wurde vom Operator beendet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session exited with status %1.</source>
        <translation>Die Sitzung endete mit Status %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was killed by signal %1.</source>
        <translation>Die Sitzung wurde durch Signal %1 beendet.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui</name>
    <message>
        <location filename="../app/gui/DirectoryRow.cpp" line="+20"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::AddChannelDialog</name>
    <message>
        <location filename="../app/gui/AddChannelDialog.cpp" line="+23"/>
        <source>Add a channel</source>
        <translation>Kanal hinzufügen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook &amp;URL:</source>
        <translation>Webhook-&amp;URL:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the OS keychain, never in Rollcage&apos;s files.</source>
        <translation>Wird im Schlüsselbund des Systems gespeichert, nie in Dateien von Rollcage.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the channel a name (e.g. larkspur-incidents).</source>
        <translation>Geben Sie dem Kanal einen Namen (z. B. larkspur-incidents).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” cannot be a channel name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example larkspur-incidents.</source>
        <translation>„%1“ kann kein Kanalname sein: verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, zum Beispiel larkspur-incidents.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The webhook URL is not a URL: paste the whole https://… address.</source>
        <translation>Die Webhook-URL ist keine URL: fügen Sie die ganze https://…-Adresse ein.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::AssessPage</name>
    <message>
        <location filename="../app/gui/AssessPage.cpp" line="+78"/>
        <source>Not assessed</source>
        <translation>Nicht eingestuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — respond within %2</source>
        <translation>%1 — Reaktion innerhalb von %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Decision matrix</source>
        <translation>&amp;Entscheidungsmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no decision matrix. Choose the approach below and write what you see and why — it goes into the incident record.</source>
        <translation>Dieses Runbook hat keine Entscheidungsmatrix. Wählen Sie unten das Vorgehen und schreiben Sie, was Sie sehen und warum – das kommt in den Incident-Bericht.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, the response time of %2</source>
        <translation>%1, die Reaktionszeit von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (countdown of %n minute(s) starts when recorded)</source>
        <translation>
            <numerusform>%1 (Countdown von %n Minute startet beim Festhalten)</numerusform>
            <numerusform>%1 (Countdown von %n Minuten startet beim Festhalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Enter records it.</source>
        <translation>Strg+Eingabe hält sie fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A justification is required.</source>
        <translation>Eine Begründung ist Pflicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scenario that matches (click a row, or Tab to the matrix and use the arrows).</source>
        <translation>Wählen Sie das passende Szenario (eine Zeile anklicken, oder mit Tab in die Matrix und die Pfeiltasten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a row above.</source>
        <translation>Wählen Sie oben eine Zeile.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::BaseUrlsDialog</name>
    <message>
        <location filename="../app/gui/BaseUrlsDialog.cpp" line="+14"/>
        <source>the service (default)</source>
        <translation>der Dienst (Standard)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The runbook names health endpoints by path. Give the base URL each component has in &lt;b&gt;%1&lt;/b&gt;; components left empty use the service&apos;s. Remembered for this runbook and environment, and recorded in the incident.</source>
        <translation>Das Runbook benennt Health-Endpunkte über ihren Pfad. Geben Sie die Basis-URL an, die jede Komponente in &lt;b&gt;%1&lt;/b&gt; hat; leer gelassene Komponenten verwenden die des Dienstes. Wird für dieses Runbook und diese Umgebung gemerkt und im Incident aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ChecklistModel</name>
    <message>
        <location filename="../app/gui/ChecklistModel.cpp" line="+160"/>
        <source>Waived: %1 — by %2 at %3, because: %4</source>
        <translation>Erlassen: %1 – von %2 um %3, weil: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — ticked by %2 at %3</source>
        <translation>%1 — abgehakt von %2 um %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 ticked it too)</source>
        <translation>%1 (%2 hat es auch abgehakt)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waived: %1</source>
        <translation>Ausgelassen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked; untick it (Space) if that was a mistake — the untick is recorded too.</source>
        <translation>Abgehakt; nehmen Sie den Haken zurück (Leertaste), wenn das ein Versehen war – auch das wird festgehalten.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ChecklistPage</name>
    <message>
        <location filename="../app/gui/ChecklistPage.cpp" line="+37"/>
        <source>“%1” was not ticked.</source>
        <translation>„%1“ wurde nicht abgehakt.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Waive checklist item</source>
        <translation>Checklistenpunkt auslassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “%1” passed without being done?
The reason is recorded in the incident.</source>
        <translation>Warum wird „%1“ ohne Erledigung übergangen?
Die Begründung wird im Incident festgehalten.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The waiver of “%1” was not recorded; Waive… offers its reason again.</source>
        <translation>Das Auslassen von „%1“ wurde nicht festgehalten; „Auslassen …“ bietet die Begründung erneut an.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Tick</source>
        <translation>A&amp;bhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw &amp;waiver</source>
        <translation>&amp;Verzicht zurücknehmen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;tick</source>
        <translation>Haken &amp;zurücknehmen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to tick here.</source>
        <translation>Hier gibt es nichts abzuhaken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is ticked or waived.</source>
        <translation>Jeder Punkt ist abgehakt oder ausgelassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item still open: tick or waive it before you go on.</source>
        <translation>1 Punkt ist noch offen: Haken Sie ihn ab oder lassen Sie ihn aus, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items still open: each must be ticked or waived before you go on.</source>
        <translation>%1 Punkte sind noch offen: Jeder muss abgehakt oder ausgelassen werden, bevor Sie weitermachen.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CommandView</name>
    <message>
        <location filename="../app/gui/CommandView.cpp" line="+23"/>
        <source>Step commands</source>
        <translation>Befehle des Schritts</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CommunicatePage</name>
    <message>
        <location filename="../app/gui/CommunicatePage.cpp" line="+47"/>
        <source>&amp;Leave as written</source>
        <translation>&amp;Unverändert lassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;send selected</source>
        <translation>Ausgewählte &amp;erneut senden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who must hear, and by when</source>
        <translation>Wer informiert werden muss, und bis wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder plan</source>
        <translation>Stakeholder-Plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry waiting messages &amp;now</source>
        <translation>Wartende Nachrichten &amp;jetzt erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a refused or given-up message again, e.g. after fixing the channel&apos;s webhook URL in Tools → Credentials</source>
        <translation>Eine abgelehnte oder aufgegebene Nachricht erneut senden, z. B. nachdem Sie die Webhook-URL des Kanals unter Extras → Zugangsdaten korrigiert haben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message template</source>
        <translation>Nachrichtenvorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add c&amp;hannel…</source>
        <translation>&amp;Kanal hinzufügen …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every placeholder is filled.</source>
        <translation>Alle Platzhalter sind ausgefüllt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to fill (or leave): %1</source>
        <translation>Noch auszufüllen (oder unverändert zu lassen): %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recorded: %1 was told.</source>
        <translation>Festgehalten: %1 wurde informiert.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The channel “%1” was not added: %2</source>
        <translation>Der Kanal „%1“ wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(this runbook has no message templates: write freely)</source>
        <translation>(dieses Runbook hat keine Nachrichtenvorlagen: frei formulieren)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fill or explicitly leave every placeholder first.</source>
        <translation>Füllen Sie zuerst jeden Platzhalter aus oder lassen Sie ihn ausdrücklich unverändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. Paste it where it needs to go.</source>
        <translation>Kopiert. Fügen Sie den Text dort ein, wo er hin muss.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handed to your mail program.</source>
        <translation>An Ihr E-Mail-Programm übergeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No outbox: the keychain that holds webhook addresses is not available.</source>
        <translation>Kein Postausgang: Der Schlüsselbund mit den Webhook-Adressen ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued for %1; it is recorded and will be retried until delivered.</source>
        <translation>Für %1 eingereiht; die Nachricht ist aufgezeichnet und wird bis zur Zustellung erneut versucht.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1
via %2</source>
        <translation>%1
über %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — OVERDUE</source>
        <translation> — ÜBERFÄLLIG</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: tell %1</source>
        <translation>Überfällig: %1 informieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should have heard by now (%2).</source>
        <translation>%1 hätte inzwischen informiert sein sollen (%2).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The incident is closed: no more status updates are due.</source>
        <translation>Der Incident ist abgeschlossen: es sind keine Status-Updates mehr fällig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status updates every %1 min; next due %2%3</source>
        <translation>Statusmeldungen alle %1 Min.; nächste fällig %2%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — due now</source>
        <translation> — jetzt fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status update due</source>
        <translation>Statusmeldung fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next status update on %1 was due at %2: send it from Communicate.</source>
        <translation>Die nächste Statusmeldung an %1 war um %2 fällig: Senden Sie sie unter „Informieren“.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No webhook outbox (no keychain).</source>
        <translation>Kein Webhook-Postausgang (kein Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing sent yet.</source>
        <translation>Noch nichts gesendet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail…</source>
        <translation>E-Mail …</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channels need the OS keychain, which is not available.</source>
        <translation>Kanäle brauchen den Schlüsselbund des Systems, und der ist nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Queued again as a new message.</source>
        <translation>Erneut als neue Nachricht eingereiht.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CredentialsDialog</name>
    <message>
        <location filename="../app/gui/CredentialsDialog.cpp" line="+83"/>
        <source>%1 › %2 › %3</source>
        <translation>%1 › %2 › %3</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no loaded runbook step</source>
        <translation>kein Schritt eines geladenen Runbooks</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Needed by runbook steps, not stored yet</source>
        <translation>Von Runbook-Schritten benötigt, noch nicht gespeichert</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No secrets are stored yet. Add one here, or from a terminal with: rollcage secret set SERVICE/ENVIRONMENT NAME</source>
        <translation>Noch keine Secrets gespeichert. Fügen Sie hier eines hinzu oder im Terminal mit: rollcage secret set SERVICE/ENVIRONMENT NAME</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add a secret</source>
        <translation>Secret hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace %1</source>
        <translation>%1 ersetzen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the value of %1 first.</source>
        <translation>Geben Sie zuerst den Wert von %1 ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing %1…</source>
        <translation>%1 wird gespeichert …</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete credential</source>
        <translation>Secret löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 for %2 from the keychain? Steps that use it will ask for it again.</source>
        <translation>%1 für %2 aus dem Schlüsselbund löschen? Schritte, die es verwenden, fragen dann wieder danach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht …</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stored %1 for %2 in the keychain.</source>
        <translation>%1 für %2 im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 for %2.</source>
        <translation>%1 für %2 gelöscht.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Copied %1; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>%1 kopiert; die Zwischenablage wird in %n Sekunde geleert.</numerusform>
            <numerusform>%1 kopiert; die Zwischenablage wird in %n Sekunden geleert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollcage::gui::DecisionModel</name>
    <message>
        <location filename="../app/gui/RunbookTableModels.cpp" line="+70"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::DesktopNotifier</name>
    <message>
        <location filename="../app/gui/DesktopNotifier.cpp" line="+34"/>
        <source>there is no D-Bus session bus</source>
        <translation>es gibt keinen D-Bus-Session-Bus</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::EscalationModel</name>
    <message>
        <location filename="../app/gui/EscalationModel.cpp" line="+218"/>
        <source>Group: %1</source>
        <translation>Gruppe: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1: %2%3 — due now</source>
        <translation>Stufe %1: %2%3 — jetzt fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Level %1: %2%3 (called)</source>
        <translation>✔ Stufe %1: %2%3 (angerufen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1: %2%3</source>
        <translation>Stufe %1: %2%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1, %2: due now, to be called %3, not called yet</source>
        <translation>Stufe %1, %2: jetzt fällig, anzurufen %3, noch nicht angerufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1, %2: called</source>
        <translation>Stufe %1, %2: angerufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1, %2</source>
        <translation>Stufe %1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the runbook writes &quot;%1&quot;</source>
        <translation>; im Runbook steht „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbook line %1%2</source>
        <translation>Runbook-Zeile %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook line %1, under &quot;%2&quot;%3</source>
        <translation>Runbook-Zeile %1, unter „%2“%3</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::EscalationPanel</name>
    <message>
        <location filename="../app/gui/EscalationPanel.cpp" line="+37"/>
        <source>Escalated</source>
        <translation>Eskaliert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called %1. Note for the record (who, how, what they said):</source>
        <translation>Angerufen: %1. Notiz fürs Protokoll (wer, wie, was gesagt wurde):</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>level %1, %2 (%3)</source>
        <translation>Stufe %1, %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1, %2</source>
        <translation>Stufe %1, %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> Next: %1.</source>
        <translation> Als Nächstes: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody called yet.%1</source>
        <translation>Noch niemand angerufen.%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called:
%1</source>
        <translation>Angerufen:
%1</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Level %1 (%2) is due: the incident has lasted %n min.</source>
        <translation>
            <numerusform>Stufe %1 (%2) ist fällig: der Incident läuft seit %n Minute.</numerusform>
            <numerusform>Stufe %1 (%2) ist fällig: der Incident läuft seit %n Minuten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Also due: %1.</source>
        <translation> Ebenfalls fällig: %1.</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Choose the level you called.</source>
        <translation>Wählen Sie die Stufe, die Sie angerufen haben.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Escalated to level %1 (%2).%3</source>
        <translation>An Stufe %1 eskaliert (%2).%3</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::Feedback</name>
    <message>
        <location filename="../app/gui/Feedback.cpp" line="+45"/>
        <source>Confirm (Ctrl+Enter)</source>
        <translation>Bestätigen (Strg+Eingabe)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reason is required: it is recorded in the incident.</source>
        <translation>Eine Begründung ist nötig: sie wird im Incident festgehalten.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waiting for the incident database (see above).</source>
        <translation>Warte auf die Incident-Datenbank (siehe oben).</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthDelegate</name>
    <message>
        <location filename="../app/gui/HealthDelegate.cpp" line="+62"/>
        <source>max %1 ms</source>
        <translation>max. %1 ms</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthDock</name>
    <message>
        <location filename="../app/gui/HealthDock.cpp" line="+44"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check &amp;now</source>
        <translation>&amp;Jetzt prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Base URLs…</source>
        <translation>&amp;Basis-URLs …</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health alert</source>
        <translation>Health-Alarm</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health checks</source>
        <translation>Health Checks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every 10 s</source>
        <translation>Alle 10 s</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 30 s</source>
        <translation>Alle 30 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation>Jede Minute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 2 minutes</source>
        <translation>Alle 2 Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation>Alle 5 Minuten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe interval</source>
        <translation>Abfrageintervall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the checks are probed; alert rules such as &quot;3 failures in a row&quot; count these probes</source>
        <translation>Wie oft die Checks abgefragt werden; Alarmregeln wie „3 Fehlschläge in Folge“ zählen diese Abfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe every check once, now</source>
        <translation>Jeden Check jetzt einmal abfragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop probing for a while (e.g. during a planned restart)</source>
        <translation>Abfragen eine Zeit lang aussetzen (z. B. während eines geplanten Neustarts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the runbook&apos;s endpoint paths point in this environment</source>
        <translation>Wohin die Endpunktpfade des Runbooks in dieser Umgebung zeigen</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Health alert: %1</source>
        <translation>Health-Alarm: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health alert cleared: %1 (%2)</source>
        <translation>Health-Alarm aufgehoben: %1 (%2)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No incident open.</source>
        <translation>Kein Incident offen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runbook names no health endpoint.</source>
        <translation>Das Runbook nennt keinen Health-Endpunkt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: not probing.</source>
        <translation>Pausiert: keine Abfragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Probing %n check(s).</source>
        <translation>
            <numerusform>%n Check wird abgefragt.</numerusform>
            <numerusform>%n Checks werden abgefragt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every %1 ms</source>
        <translation>Alle %1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 s</source>
        <translation>Alle %1 s</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Probing starts when the incident is prepared for roll back.</source>
        <translation>Die Abfragen beginnen, sobald der Incident für den Rollback vorbereitet ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet: %1.</source>
        <translation>Noch nicht geprüft: %1.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthModel</name>
    <message>
        <location filename="../app/gui/HealthModel.cpp" line="+98"/>
        <source>not yet checked</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK, %1 ms</source>
        <translation>OK, %1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2
from line %3 of the runbook</source>
        <translation>%1%2
aus Zeile %3 des Runbooks</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of the last %2 checks failed</source>
        <translation>%1 der letzten %2 Checks fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last result</source>
        <translation>Letztes Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentConsole</name>
    <message>
        <location filename="../app/gui/IncidentConsole.cpp" line="+44"/>
        <source>Work through the pre-rollback checklist. Every tick is recorded with your name and the time. An item you cannot do must be waived with a reason.</source>
        <translation>Arbeiten Sie die Checkliste vor dem Rollback ab. Jedes Abhaken wird mit Ihrem Namen und der Uhrzeit festgehalten. Einen Punkt, den Sie nicht erledigen können, müssen Sie mit Begründung auslassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to &amp;Roll back</source>
        <translation>Weiter zum &amp;Zurückrollen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no pre-rollback checklist, so there is nothing to tick here.
Continue to Roll back (Ctrl+Enter) when you are ready.</source>
        <translation>Dieses Runbook hat keine Checkliste vor dem Rollback, hier gibt es also nichts abzuhaken.
Weiter zum Rollback (Strg+Eingabe), wenn Sie bereit sind.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the rollback worked: the post-rollback and validation checklists. Tick what you verified; waive with a reason what you could not.</source>
        <translation>Prüfen Sie, ob der Rollback gewirkt hat: die Checklisten nach dem Rollback und zur Validierung. Haken Sie ab, was Sie geprüft haben; was Sie nicht prüfen konnten, lassen Sie mit Begründung aus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve incident</source>
        <translation>Incident ab&amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no post-rollback or validation checklist.
Check the service the way your team does (the Health dock, when the runbook names endpoints), then resolve the incident (Ctrl+Enter).</source>
        <translation>Dieses Runbook hat keine Checkliste nach dem Rollback und keine Prüfliste.
Prüfen Sie den Dienst so, wie Ihr Team es tut (das Health-Dock, wenn das Runbook Endpunkte nennt), und schließen Sie dann den Incident ab (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Report exported to %1</source>
        <translation>Bericht exportiert nach %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pre-rollback checklist complete</source>
        <translation>Checkliste vor dem Rollback vollständig</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verified after rollback</source>
        <translation>nach dem Rollback geprüft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every step of the procedure settled</source>
        <translation>jeder Schritt des Verfahrens erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every secret of &quot;%1&quot; is at hand.</source>
        <translation>Alle Geheimnisse für „%1“ liegen bereit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every secret of &quot;%1&quot; is at hand (%2); a step that needs one asks for it again.</source>
        <translation>Nicht alle Geheimnisse für „%1“ liegen bereit (%2); ein Schritt, der eines braucht, fragt erneut danach.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>incident declared from the console</source>
        <translation>Incident in der Konsole eröffnet</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Step %1, “%2”, is still running. Leaving stops it and everything it started; its outcome is then unknown, and you check the system before going on when you resume the incident.</source>
        <translation>Schritt %1, „%2“, läuft noch. Beim Verlassen werden er und alles, was er gestartet hat, beendet; sein Ergebnis ist dann unbekannt, und Sie prüfen das System, bevor es beim Fortsetzen des Incidents weitergeht.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” to %2</source>
        <translation>„%1“ an %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) not delivered yet: %1. They stay in the outbox and are sent when the incident is resumed.</source>
        <translation>
            <numerusform>%n Nachricht noch nicht zugestellt: %1. Sie bleibt im Postausgang und wird gesendet, wenn der Incident fortgesetzt wird.</numerusform>
            <numerusform>%n Nachrichten noch nicht zugestellt: %1. Sie bleiben im Postausgang und werden gesendet, wenn der Incident fortgesetzt wird.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Roll back is locked until every pre-rollback checklist item is ticked or waived.</source>
        <translation>Zurückrollen ist gesperrt, bis jeder Punkt der Checkliste vor dem Rollback abgehakt oder ausgelassen ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity %1</source>
        <translation>Schweregrad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (severity %2)</source>
        <translation>%1 (Schweregrad %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (trigger: %1 %2)</source>
        <translation> (Auslöser: %1 %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix forward chosen: %1</source>
        <translation>Vorwärts beheben gewählt: %1</translation>
    </message>
    <message>
        <location filename="../app/gui/IncidentConsoleTeam.cpp" line="+39"/>
        <source>Who is on this incident</source>
        <translation>Wer an diesem Incident ist</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The incident database answers again; what others recorded meanwhile is read in.</source>
        <translation>Die Incident-Datenbank antwortet wieder; was andere inzwischen aufgezeichnet haben, wird eingelesen.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;b&gt;Here now:&lt;/b&gt; only you</source>
        <translation>&lt;b&gt;Jetzt hier:&lt;/b&gt; nur Sie</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Here now:&lt;/b&gt; %n people</source>
        <translation>
            <numerusform>&lt;b&gt;Jetzt hier:&lt;/b&gt; %n Person</numerusform>
            <numerusform>&lt;b&gt;Jetzt hier:&lt;/b&gt; %n Personen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>at step %1</source>
        <translation>bei Schritt %1</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentListDialog</name>
    <message>
        <location filename="../app/gui/IncidentListDialog.cpp" line="+31"/>
        <source>Only &amp;unfinished incidents</source>
        <translation>Nur &amp;offene Incidents</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+102"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Abandon…</source>
        <translation>&amp;Aufgeben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as resol&amp;ved…</source>
        <translation>Als &amp;gelöst schließen …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abandon incident %1</source>
        <translation>Incident %1 aufgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is incident %1 abandoned? It ends as aborted, with this reason in its record.</source>
        <translation>Warum wird Incident %1 aufgegeben? Er endet als abgebrochen, mit dieser Begründung in seinem Protokoll.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close incident %1 as resolved</source>
        <translation>Incident %1 als gelöst schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was incident %1 resolved? It ends as resolved, with this note in its record.</source>
        <translation>Wie wurde Incident %1 gelöst? Er endet als gelöst, mit dieser Notiz im Protokoll.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No incident is being worked on in %1 now. This list updates when someone declares one.</source>
        <translation>In %1 wird gerade an keinem Incident gearbeitet. Diese Liste aktualisiert sich, sobald jemand einen meldet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No incidents yet. Open a runbook and declare one with Ctrl+N.</source>
        <translation>Noch keine Incidents. Öffnen Sie ein Runbook und melden Sie einen mit Strg+N.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every incident is resolved or aborted.</source>
        <translation>Jeder Incident ist gelöst oder abgebrochen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unfinished incident, in bold.</source>
        <translation>1 offener Incident, fett gedruckt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unfinished incidents, in bold.</source>
        <translation>%1 offene Incidents, fett gedruckt.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This incident is open in the window: close it there first (Incident → Close Incident)</source>
        <translation>Dieser Incident ist im Fenster geöffnet: schließen Sie ihn dort zuerst (Incident → Incident schließen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End an unfinished incident that will not be worked on; the reason is recorded</source>
        <translation>Einen offenen Incident beenden, an dem nicht weitergearbeitet wird; die Begründung wird festgehalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End an unfinished incident whose service is back by other means (by hand, another tool); the note is recorded</source>
        <translation>Einen offenen Incident beenden, dessen Dienst auf anderem Weg wieder läuft (von Hand, mit einem anderen Werkzeug); die Notiz wird festgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to it</source>
        <translation>&amp;Zurück dorthin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation>&amp;Beitreten</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>You command this incident.</source>
        <translation>Sie leiten diesen Vorfall.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody commands this incident: you may take command.</source>
        <translation>Niemand leitet diesen Vorfall: Sie können die Leitung übernehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has command but is not here now: you may take command.</source>
        <translation>%1 hat die Leitung, ist aber gerade nicht hier: Sie können die Leitung übernehmen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Join an incident</source>
        <translation>Einem Incident beitreten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator — runs steps</source>
        <translation>Operator — führt Schritte aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer — reads, acts on nothing</source>
        <translation>Beobachter — liest mit, handelt nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander — decides, approves, resolves</source>
        <translation>Leitung — entscheidet, genehmigt, schließt ab</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join &amp;as:</source>
        <translation>Beitreten &amp;als:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Incident %1 closed as resolved: %2</source>
        <translation>Incident %1 als gelöst geschlossen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1 abandoned: %2</source>
        <translation>Incident %1 aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentListModel</name>
    <message>
        <location filename="../app/gui/IncidentListModel.cpp" line="+25"/>
        <source>%1 — a step&apos;s outcome is unknown</source>
        <translation>%1 – das Ergebnis eines Schritts ist unbekannt</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1
Runbook: %2
Service: %3 (%4)
Procedure: %5</source>
        <translation>%1
Runbook: %2
Dienst: %3 (%4)
Verfahren: %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here now</source>
        <translation>Jetzt hier</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::LogExport</name>
    <message>
        <location filename="../app/gui/LogExport.cpp" line="+23"/>
        <source>There is no output to write: no step run is shown.</source>
        <translation>Es gibt keine Ausgabe zu schreiben: es wird kein Schrittlauf angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::LogView</name>
    <message>
        <location filename="../app/gui/LogView.cpp" line="+50"/>
        <source>&amp;Follow</source>
        <translation>&amp;Mitlaufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest output in view (End)</source>
        <translation>Die neueste Ausgabe im Blick behalten (Ende)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamps</source>
        <translation>&amp;Zeitstempel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour levels, times, addresses and quoted text in the output</source>
        <translation>Log-Level, Zeiten, Adressen und Text in Anführungszeichen farbig hervorheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search output (Ctrl+F, F3 next, Shift+F3 previous)</source>
        <translation>Ausgabe durchsuchen (Strg+F, F3 weiter, Umschalt+F3 zurück)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search output</source>
        <translation>Ausgabe durchsuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full &amp;log</source>
        <translation>Vollständiges &amp;Log öffnen</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step output</source>
        <translation>Ausgabe des Schritts</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %L1</source>
        <translation>Zeile %L1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>still writing the full log…</source>
        <translation>das vollständige Log wird noch geschrieben …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No output to open yet: run a step, or pick one that has run.</source>
        <translation>Noch keine Ausgabe zum Öffnen: führen Sie einen Schritt aus oder wählen Sie einen, der gelaufen ist.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>full log written</source>
        <translation>vollständiges Log geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full log opened: %1</source>
        <translation>Vollständiges Log geöffnet: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full log written to %1 (no program here opens log files).</source>
        <translation>Vollständiges Log nach %1 geschrieben (hier öffnet kein Programm Log-Dateien).</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>searching…</source>
        <translation>suche …</translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+110"/>
        <source>writing full log…</source>
        <translation>vollständiges Log wird geschrieben …</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+45"/>
        <source>The incident database is still opening; try again in a moment.</source>
        <translation>Die Incident-Datenbank wird noch geöffnet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+203"/>
        <source>Rollcage</source>
        <translation>Rollcage</translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+193"/>
        <source>Ready. Open a runbook to begin (Ctrl+O).</source>
        <translation>Bereit. Öffnen Sie ein Runbook, um zu beginnen (Strg+O).</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Runbook…</source>
        <translation>Runbook ö&amp;ffnen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Example Runbook</source>
        <translation>&amp;Beispiel-Runbook öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Runbook</source>
        <translation>Runbook &amp;schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Incident…</source>
        <translation>&amp;Neuer Incident …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Join…</source>
        <translation>&amp;Beitreten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on an incident with others, on a shared PostgreSQL store</source>
        <translation>Mit anderen an einem Incident arbeiten, über einen gemeinsamen PostgreSQL-Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Health</source>
        <translation>&amp;Health</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation>&amp;Zugangsdaten …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;Name…</source>
        <translation>Ihr &amp;Name …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your events are recorded under and the team sees</source>
        <translation>Der Name, unter dem Ihre Ereignisse aufgezeichnet werden und den das Team sieht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rollcage</source>
        <translation>Ü&amp;ber Rollcage</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent runbooks</source>
        <translation>Keine zuletzt geöffneten Runbooks</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open another runbook</source>
        <translation>Anderes Runbook öffnen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Check that the file exists and that you may read it.</source>
        <translation>%1

Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Example runbook</source>
        <translation>Beispiel-Runbook</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has errors: fix them before declaring an incident</source>
        <translation>%1 hat Fehler: Beheben Sie sie, bevor Sie einen Incident eröffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1. Declare an incident with Ctrl+N.</source>
        <translation>%1 geöffnet. Eröffnen Sie einen Incident mit Strg+N.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowIncidents.cpp" line="+37"/>
        <source>Leave incident %1?</source>
        <translation>Incident %1 verlassen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1 has work in progress:</source>
        <translation>Bei Incident %1 ist noch etwas im Gange:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 anyway</source>
        <translation>Trotzdem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay</source>
        <translation>&amp;Bleiben</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No incident is open.</source>
        <translation>Es ist kein Incident geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the incident</source>
        <translation>Incident schließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incident %1 closed; resume it from Incident → Incidents… (Ctrl+I).</source>
        <translation>Incident %1 geschlossen; setzen Sie ihn über Incident → Incidents … (Strg+I) fort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a runbook first (Ctrl+O).</source>
        <translation>Öffnen Sie zuerst ein Runbook (Strg+O).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <location filename="../app/gui/MainWindowTeam.cpp" line="+47"/>
        <source>No incident database</source>
        <translation>Keine Incident-Datenbank</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>This runbook has errors or no procedure: fix it before declaring an incident.</source>
        <translation>Dieses Runbook hat Fehler oder keine Prozedur: Beheben Sie das, bevor Sie einen Incident eröffnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cannot declare the incident</source>
        <translation>Incident kann nicht eröffnet werden</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Declare a new incident</source>
        <translation>Neuen Incident melden</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Incident %1 — Rollcage</source>
        <translation>Incident %1 — Rollcage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident %1 is open; every action is recorded.</source>
        <translation>Incident %1 ist geöffnet; jede Aktion wird festgehalten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resume incident?</source>
        <translation>Incident fortsetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1, “%2”, is still %3.
Resume it?</source>
        <translation>Incident %1, „%2“, ist noch im Zustand %3.
Fortsetzen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All &amp;incidents…</source>
        <translation>Alle &amp;Incidents …</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open incident %1</source>
        <translation>Incident %1 öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>Cannot resume</source>
        <translation>Fortsetzen nicht möglich</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="-18"/>
        <source>About Rollcage</source>
        <translation>Über Rollcage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rollcage %1&lt;/h3&gt;&lt;p&gt;A guided, recorded console for rolling back a bad deployment from your team&apos;s own Markdown runbook.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rollcage %1&lt;/h3&gt;&lt;p&gt;Eine geführte, protokollierte Konsole, um ein fehlerhaftes Deployment anhand des eigenen Markdown-Runbooks Ihres Teams zurückzurollen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Incidents…</source>
        <translation>&amp;Incidents …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every incident: resume or open one, abandon one left unfinished</source>
        <translation>Alle Incidents: einen fortsetzen oder öffnen, einen liegen gebliebenen aufgeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Incident</source>
        <translation>Incident &amp;schließen</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation>Markdown-Runbooks (*.md *.markdown *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open runbook</source>
        <translation>Runbook kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowTeam.cpp" line="-20"/>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your events are recorded under, and what the others on a shared incident see:</source>
        <translation>Der Name, unter dem Ihre Ereignisse aufgezeichnet werden und den die anderen in einem gemeinsamen Incident sehen:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your events are now recorded as %1.</source>
        <translation>Ihre Ereignisse werden jetzt als %1 aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+36"/>
        <source>Join an incident</source>
        <translation>Einem Incident beitreten</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Incidents are shared through a PostgreSQL store; this window uses the file %1 on this computer only.

Start Rollcage with --database postgresql://USER@HOST/DB to work on an incident with others. Your own incidents are under Incident → Incidents….</source>
        <translation>Incidents werden über einen PostgreSQL-Speicher geteilt; dieses Fenster verwendet nur die Datei %1 auf diesem Computer.

Starten Sie Rollcage mit --database postgresql://BENUTZER@HOST/DB, um mit anderen an einem Incident zu arbeiten. Ihre eigenen Incidents finden Sie unter Incident → Incidents ….</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::NewIncidentDialog</name>
    <message>
        <location filename="../app/gui/NewIncidentDialog.cpp" line="+41"/>
        <source>New incident</source>
        <translation>Neuer Incident</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Procedure:</source>
        <translation>&amp;Prozedur:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder the steps start in. By default the root of the runbook&apos;s repository, else its folder.</source>
        <translation>Der Ordner, in dem die Schritte beginnen. Standardmäßig das Wurzelverzeichnis des Repositorys des Runbooks, sonst sein Ordner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps run &amp;in:</source>
        <translation>Schritte laufen &amp;in:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder the steps run in</source>
        <translation>Ordner, in dem die Schritte laufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded on every event you make and shown to the others on a shared incident. Asked once; change it under Tools → Your Name…</source>
        <translation>Wird bei jedem Ihrer Ereignisse aufgezeichnet und den anderen in einem gemeinsamen Incident angezeigt. Wird einmal gefragt; ändern unter Extras → Ihr Name …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values (* needed before declaring)</source>
        <translation>Werte (* vor dem Melden nötig)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>&amp;Declare incident</source>
        <translation>Incident &amp;eröffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to use: %1</source>
        <translation>Wann einsetzen: %1</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not declared yet: the steps need a value for %1. Fill it in (fields marked *), or pick another procedure.</source>
        <translation>Noch nicht gemeldet: die Schritte brauchen einen Wert für %1. Tragen Sie ihn ein (mit * markierte Felder) oder wählen Sie ein anderes Verfahren.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not declared yet: say who you are (Your name); every event records it.</source>
        <translation>Noch nicht ausgerufen: Sagen Sie, wer Sie sind (Ihr Name); jedes Ereignis zeichnet ihn auf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not declared yet: the folder the steps run in, %1, does not exist. Choose one that does.</source>
        <translation>Noch nicht ausgerufen: Der Ordner, in dem die Schritte laufen, %1, existiert nicht. Wählen Sie einen vorhandenen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not declared yet: %1
Declare anyway if you will fix it before those steps run.</source>
        <translation>Noch nicht ausgerufen: %1
Rufen Sie ihn trotzdem aus, wenn Sie es beheben, bevor diese Schritte laufen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare &amp;anyway</source>
        <translation>Trotzdem &amp;ausrufen</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>about %1</source>
        <translation>etwa %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk: %1</source>
        <translation>Risiko: %1</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PasswordPrompter</name>
    <message>
        <location filename="../app/gui/PasswordPrompter.cpp" line="+27"/>
        <source>Enter it here; with “Remember” it is kept in the keychain for the next time.</source>
        <translation>Geben Sie es hier ein; mit „Merken“ wird es für das nächste Mal im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Secret needed</source>
        <translation>Secret benötigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; für %2&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value of %1</source>
        <translation>Wert von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember in the keychain</source>
        <translation>Im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was not entered</source>
        <translation>%1 wurde nicht eingegeben</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PhaseBar</name>
    <message>
        <location filename="../app/gui/PhaseBar.cpp" line="+24"/>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Incident state</source>
        <translation>Incident-Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed time</source>
        <translation>Verstrichene Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline countdown</source>
        <translation>Countdown bis zur Frist</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Status: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Took %1</source>
        <translation>Dauer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline %1 — %2 left</source>
        <translation>Frist %1 — noch %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline %1 — %2 over</source>
        <translation>Frist %1 — %2 überschritten</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PresenceModel</name>
    <message>
        <location filename="../app/gui/PresenceModel.cpp" line="+86"/>
        <source>Commander</source>
        <translation>Leitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer</source>
        <translation>Beobachter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2, here since %3; last heard from at %4</source>
        <translation>%1, %2, hier seit %3; zuletzt gemeldet um %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s console stopped answering; last heard from at %2. A step it held can be taken over.</source>
        <translation>Die Konsole von %1 antwortet nicht mehr; zuletzt gemeldet um %2. Ein Schritt, den sie hielt, kann übernommen werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (you)</source>
        <translation>%1 (Sie)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not answering</source>
        <translation>antwortet nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation>tritt bei</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ReportPage</name>
    <message>
        <location filename="../app/gui/ReportPage.cpp" line="+138"/>
        <source>%1 was not saved (the text stays here; try again with Ctrl+S): %2</source>
        <translation>%1 wurde nicht gespeichert (der Text bleibt hier; versuchen Sie es mit Strg+S erneut): %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 saved at %2, with one of the runbook&apos;s secrets masked.</source>
        <translation>%1 um %2 gespeichert; ein Secret des Runbooks wurde dabei maskiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved at %2.</source>
        <translation>%1 um %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident %1</source>
        <translation>Incident %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report exported to %1</source>
        <translation>Bericht exportiert nach %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export incident report</source>
        <translation>Incident-Bericht exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::RollbackPage</name>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+37"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+65"/>
        <source>Guided mode</source>
        <translation>Geführter Modus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate</source>
        <translation>Eskalieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run this step (Ctrl+Enter)</source>
        <translation>Diesen Schritt ausführen (Strg+Enter)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skip step</source>
        <translation>Schritt überspringen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is this step skipped? The reason is recorded.</source>
        <translation>Warum wird dieser Schritt übersprungen? Die Begründung wird festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step done</source>
        <translation>Schritt erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional note (what you saw, what you clicked):</source>
        <translation>Optionale Notiz (was Sie gesehen, was Sie angeklickt haben):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark done</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What shows the interrupted step did complete?</source>
        <translation>Woran sehen Sie, dass der unterbrochene Schritt abgeschlossen wurde?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked done. Next (Ctrl+Enter) goes on.</source>
        <translation>Als erledigt markiert. Weiter (Strg+Eingabe) geht es voran.</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+28"/>
        <source> — %1 of %2 steps done</source>
        <translation> — %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+149"/>
        <source>(about %1)</source>
        <translation>(etwa %1)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Mark failed</source>
        <translation>Als fehlgeschlagen markieren</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What shows the interrupted step failed?</source>
        <translation>Woran sehen Sie, dass der unterbrochene Schritt fehlgeschlagen ist?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked failed.</source>
        <translation>Als fehlgeschlagen markiert.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+11"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chosen on the Roll back page</source>
        <translation>auf der Seite „Zurückrollen“ gewählt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Procedure: %1.</source>
        <translation>Prozedur: %1.</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+82"/>
        <source>When to use: %1</source>
        <translation>Wann verwenden: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runbook gives no explanation for this step.</source>
        <translation>Das Runbook erklärt diesen Schritt nicht.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this step cannot be undone.</source>
        <translation>dieser Schritt kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source># Manual step: do it by hand, then press Done.</source>
        <translation># Manueller Schritt: Führen Sie ihn von Hand aus und klicken Sie dann auf „Erledigt“.</translation>
    </message>
    <message>
        <location line="-162"/>
        <source>What shows the session did what the step needs?</source>
        <translation>Woran zeigt sich, dass die Sitzung getan hat, was der Schritt braucht?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What shows the session did not do what the step needs?</source>
        <translation>Woran zeigt sich, dass die Sitzung nicht getan hat, was der Schritt braucht?</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Rollcage does not run %1 code: run it where it belongs, then press Done.</source>
        <translation>Rollcage führt keinen %1-Code aus: Führen Sie ihn dort aus, wo er hingehört, und drücken Sie dann „Erledigt“.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;⚠ Destructive:&lt;/b&gt; %1&lt;br&gt;Type &lt;b&gt;%2&lt;/b&gt; below to enable Run.</source>
        <translation>&lt;b&gt;⚠ Zerstörerisch:&lt;/b&gt; %1&lt;br&gt;Tippen Sie unten &lt;b&gt;%2&lt;/b&gt;, um Ausführen freizugeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1</source>
        <translation>%1 tippen</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Retry…</source>
        <translation>&amp;Wiederholen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Run…</source>
        <translation>&amp;Ausführen…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Continue to &amp;Verify</source>
        <translation>Weiter zu &amp;Prüfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next: step %1</source>
        <translation>&amp;Weiter: Schritt %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rollcage stopped while this step was running. Look at the system, then choose Retry, Mark done or Mark failed before going on.</source>
        <translation>Rollcage wurde beendet, während dieser Schritt lief. Prüfen Sie das System und wählen Sie dann „Wiederholen“, „Als erledigt markieren“ oder „Als fehlgeschlagen markieren“, bevor Sie weitermachen.</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackGuidance.cpp" line="+29"/>
        <source>Step %1 of %2 — %3 settled</source>
        <translation>Schritt %1 von %2 — %3 abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure has no steps: choose another procedure above, or go on to Verify.</source>
        <translation>Dieses Verfahren hat keine Schritte: wählen Sie oben ein anderes oder gehen Sie weiter zu Prüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do on this page yet.</source>
        <translation>Auf dieser Seite gibt es noch nichts zu tun.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: watch the output. Cancel (Ctrl+.) stops the step and everything it started.</source>
        <translation>Als Nächstes: Ausgabe beobachten. „Abbrechen“ (Strg+.) stoppt den Schritt und alles, was er gestartet hat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: check the system by hand, then Retry, Mark done or Mark failed.</source>
        <translation>Als Nächstes: System von Hand prüfen, dann „Wiederholen“, „Als erledigt markieren“ oder „Als fehlgeschlagen markieren“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: read the output below. Retry (Ctrl+Enter) if the cause is fixed; escalate if you do not know why it failed.</source>
        <translation>Als Nächstes: Ausgabe unten lesen. „Wiederholen“ (Strg+Enter), wenn die Ursache behoben ist; eskalieren Sie, wenn Sie nicht wissen, warum der Schritt fehlschlug.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step is settled. Review the output, then Continue to Verify (Ctrl+Enter).</source>
        <translation>Jeder Schritt ist erledigt. Sehen Sie die Ausgabe durch, dann weiter zu Prüfen (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded — review the output below, then Next (Ctrl+Enter).</source>
        <translation>Erfolgreich – sehen Sie die Ausgabe unten durch, dann Weiter (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step is settled. Next (Ctrl+Enter) goes to step %1.</source>
        <translation>Dieser Schritt ist erledigt. Weiter (Strg+Eingabe) führt zu Schritt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: read why this step matters, then press %1 (Ctrl+Enter).</source>
        <translation>Als Nächstes: Lesen Sie, warum dieser Schritt wichtig ist, und drücken Sie dann %1 (Strg+Enter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: request approval; another member approves it from their console.</source>
        <translation>Als Nächstes: Freigabe anfordern; ein anderes Mitglied erteilt sie an seiner Konsole.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: wait for the approval; Run unlocks when it is given.</source>
        <translation>Als Nächstes: auf die Freigabe warten; Ausführen wird frei, sobald sie erteilt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: type the confirmation above to enable Run.</source>
        <translation>Als Nächstes: Bestätigung oben eintippen, um „Ausführen“ freizugeben.</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackActions.cpp" line="+50"/>
        <source>Type the confirmation exactly to run this destructive step.</source>
        <translation>Tippen Sie die Bestätigung exakt ein, um diesen destruktiven Schritt auszuführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step cannot run now.</source>
        <translation>Dieser Schritt kann jetzt nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Confirm the target</source>
        <translation>Ziel bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 changes production: it acts on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Schritt %1 ändert die Produktion: er wirkt auf &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run on %1</source>
        <translation>Auf %1 ausführen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step %1 needs a value for %2 first: give it in Values (opened), then Run.</source>
        <translation>Schritt %1 braucht zuerst einen Wert für %2: geben Sie ihn unter Werte an (geöffnet), dann Ausführen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values changed: %1. Recorded; the steps run from now on use them.</source>
        <translation>Werte geändert: %1. Festgehalten; die ab jetzt ausgeführten Schritte verwenden sie.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1 skipped: %2</source>
        <translation>Schritt %1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step %1 done.</source>
        <translation>Schritt %1 erledigt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 done: every step is settled. Continue to Verify (Ctrl+Enter).</source>
        <translation>Schritt %1 erledigt: jeder Schritt ist erledigt. Weiter zu Prüfen (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>took %1</source>
        <translation>dauerte %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session of step %1 has ended. Did it do what it should? Mark done or Mark failed, with a note.</source>
        <translation>Die Sitzung von Schritt %1 ist beendet. Hat sie getan, was sie sollte? Als erledigt oder als fehlgeschlagen markieren, mit einer Notiz.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>running %1 of about %2</source>
        <translation>läuft %1 von etwa %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running %1</source>
        <translation>läuft %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Cancelling: SIGTERM to the step&apos;s process group, SIGKILL after the grace period…</source>
        <translation>Abbruch: SIGTERM an die Prozessgruppe des Schritts, SIGKILL nach der Schonfrist …</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Step %1 succeeded in %2.</source>
        <translation>Schritt %1 erfolgreich in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 succeeded in %2 — review the output below, then Next (Ctrl+Enter).</source>
        <translation>Schritt %1 war in %2 erfolgreich – sehen Sie die Ausgabe unten durch, dann Weiter (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 succeeded in %2. Every step is settled — review the output, then Continue to Verify (Ctrl+Enter).</source>
        <translation>Schritt %1 war in %2 erfolgreich. Jeder Schritt ist erledigt – sehen Sie die Ausgabe durch, dann weiter zu Prüfen (Strg+Eingabe).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 %2.</source>
        <translation>Schritt %1: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 %2. %3</source>
        <translation>Schritt %1: %2. %3</translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackTeam.cpp" line="+29"/>
        <source>Request approval</source>
        <translation>Freigabe anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 needs a second person&apos;s approval. The others on the incident see the request with its commands. A note for them (optional):</source>
        <translation>Schritt %1 braucht die Freigabe einer zweiten Person. Die anderen im Incident sehen die Anfrage mit ihren Befehlen. Eine Notiz für sie (optional):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approval of step %1 requested: the others on the incident see the request with its commands.</source>
        <translation>Freigabe für Schritt %1 angefordert: Die anderen am Vorfall sehen die Anfrage mit ihren Befehlen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take the step over</source>
        <translation>Schritt übernehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why take step %1 over? The reason is recorded. If it was running, what it did is unknown until you look: then retry it, mark it done or mark it failed.</source>
        <translation>Warum übernehmen Sie Schritt %1? Die Begründung wird festgehalten. Lief er noch, ist unbekannt, was er getan hat, bis Sie nachsehen: dann wiederholen, als erledigt oder als fehlgeschlagen markieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 is yours now.</source>
        <translation>Schritt %1 gehört jetzt Ihnen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Approved by %1 at %2 UTC%3. The approval is for one run.</source>
        <translation>Freigegeben von %1 um %2 UTC%3. Die Freigabe gilt für einen Lauf.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::RunbookPreviewPage</name>
    <message>
        <location filename="../app/gui/RunbookPreviewPage.cpp" line="+23"/>
        <source>&amp;New incident…</source>
        <translation>&amp;Neuer Incident …</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Declare an incident and start the guided rollback (Ctrl+N)</source>
        <translation>Einen Incident eröffnen und den geführten Rollback starten (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import diagnostics</source>
        <translation>Import-Diagnose</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importer guesses</source>
        <translation>Vermutungen des Imports</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runbook text</source>
        <translation>Runbook-Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bundled example</source>
        <translation>mitgeliefertes Beispiel</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 procedure</source>
        <translation>1 Verfahren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 procedures</source>
        <translation>%1 Verfahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation>1 Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation>%1 Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 checklist</source>
        <translation>1 Checkliste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 checklists</source>
        <translation>%1 Checklisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 decision</source>
        <translation>1 Entscheidung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 decisions</source>
        <translation>%1 Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message template</source>
        <translation>1 Nachrichtenvorlage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 message templates</source>
        <translation>%1 Nachrichtenvorlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;&lt;br&gt;%3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;&lt;br&gt;%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2
To settle it: %3</source>
        <translation>Zeile %1: %2
Zum Festlegen: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The importer guessed once; check it against the document:</source>
        <translation>Der Import hat einmal vermutet; prüfen Sie es am Dokument:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The importer guessed at %1 places; check them against the document:</source>
        <translation>Der Import hat an %1 Stellen vermutet; prüfen Sie sie am Dokument:</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ShortcutOverlay</name>
    <message>
        <location filename="../app/gui/ShortcutOverlay.cpp" line="+16"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;table cellspacing=&quot;6&quot;&gt;</source>
        <translation>&lt;h2&gt;Tastenkürzel&lt;/h2&gt;&lt;table cellspacing=&quot;6&quot;&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;/table&gt;&lt;p&gt;F1 or Esc closes this.&lt;/p&gt;</source>
        <translation>&lt;/table&gt;&lt;p&gt;F1 oder Esc schließt diese Übersicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+O</source>
        <translation>Strg+O</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W</source>
        <translation>Strg+W</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the runbook</source>
        <translation>Runbook schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation>Strg+N</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New incident on the open runbook</source>
        <translation>Neuer Incident zum geöffneten Runbook</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1 … Alt+6</source>
        <translation>Alt+1 … Alt+6</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assess, Prepare, Roll back, Verify, Communicate, Report</source>
        <translation>Bewerten, Vorbereiten, Zurückrollen, Prüfen, Informieren, Berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation>Leertaste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick the selected checklist item</source>
        <translation>Ausgewählten Checklistenpunkt abhaken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Strg+Enter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next action: run, retry or mark the step done</source>
        <translation>Die nächste Aktion: Schritt ausführen, wiederholen oder als erledigt markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation>Strg+.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the running step</source>
        <translation>Laufenden Schritt abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation>Strg+G</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guided mode on or off (one step at a time)</source>
        <translation>Geführten Modus ein- oder ausschalten (ein Schritt nach dem anderen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Strg+E</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the escalation levels</source>
        <translation>Eskalationsstufen ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F, F3, Shift+F3</source>
        <translation>Strg+F, F3, Umschalt+F3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the step output</source>
        <translation>Ausgabe des Schritts durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the newest output</source>
        <translation>Neueste Ausgabe verfolgen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation>Strg+Umschalt+H</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the health checks</source>
        <translation>Health Checks ein- oder ausblenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation>Diese Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Strg+Q</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::StepInputBar</name>
    <message>
        <location filename="../app/gui/StepInputBar.cpp" line="+52"/>
        <source>Step %1 is waiting for input: its question is the last line of the log above. Type the answer and press Enter.</source>
        <translation>Schritt %1 wartet auf eine Eingabe: Seine Frage ist die letzte Zeile des Protokolls darüber. Antwort eingeben und Eingabetaste drücken.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 is waiting for a secret (it reads without echo): what you type is hidden, and neither shown in the log nor journalled.</source>
        <translation>Schritt %1 wartet auf ein Geheimnis (er liest ohne Echo): Was Sie eingeben, bleibt verborgen und erscheint weder im Protokoll noch im Journal.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TeamActions</name>
    <message>
        <location filename="../app/gui/TeamActions.cpp" line="+39"/>
        <source>Four-eyes approval</source>
        <translation>Vier-Augen-Freigabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over command…</source>
        <translation>Leitung übergeben …</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Approval requests&lt;/b&gt;</source>
        <translation>&lt;b&gt;Freigabeanfragen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A destructive step runs only after a second person on the incident approved it from their console; recorded with both names.</source>
        <translation>Ein destruktiver Schritt läuft erst, wenn eine zweite Person im Incident ihn an ihrer Konsole freigegeben hat; mit beiden Namen festgehalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role on this incident</source>
        <translation>Ihre Rolle in diesem Incident</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator (runs steps)</source>
        <translation>Operator (führt Schritte aus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer (reads)</source>
        <translation>Beobachter (liest mit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>You are:</source>
        <translation>Sie sind:</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Give command of the incident to someone here: they decide, approve and resolve from then on. Recorded.</source>
        <translation>Die Leitung des Incidents an jemanden hier übergeben: ab dann entscheidet, gibt frei und schließt diese Person ab. Wird festgehalten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Sie sind: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;%1&lt;/b&gt; asks to run step %2 “%3” (%4), at %5 UTC:</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; möchte Schritt %2 „%3“ (%4) ausführen, um %5 UTC:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commands to approve</source>
        <translation>Die freizugebenden Befehle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yours: another member approves it.</source>
        <translation>Ihre Anfrage: ein anderes Mitglied gibt sie frei.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve…</source>
        <translation>Freigeben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation>Ablehnen …</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Approve step %1</source>
        <translation>Schritt %1 freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse step %1</source>
        <translation>Schritt %1 ablehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approve the commands as shown. A note (optional; recorded with your name):</source>
        <translation>Sie geben die Befehle wie angezeigt frei. Eine Notiz (optional; mit Ihrem Namen festgehalten):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why refuse? The note is recorded and shown to who asked.</source>
        <translation>Warum ablehnen? Die Notiz wird festgehalten und der anfragenden Person gezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You approved step %1.</source>
        <translation>Sie haben Schritt %1 freigegeben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You refused step %1.</source>
        <translation>Sie haben Schritt %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Four-eyes approval off</source>
        <translation>Vier-Augen-Freigabe aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destructive steps will run without a second person&apos;s approval. Why? The reason is recorded.</source>
        <translation>Destruktive Schritte laufen dann ohne Freigabe einer zweiten Person. Warum? Die Begründung wird festgehalten.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody else is on the incident to hand command to.</source>
        <translation>Niemand sonst ist im Incident, dem Sie die Leitung übergeben könnten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over command</source>
        <translation>Leitung übergeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes command? They decide, approve and resolve from now on.</source>
        <translation>Wer übernimmt die Leitung? Diese Person entscheidet, gibt frei und schließt ab jetzt ab.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has command now.</source>
        <translation>%1 hat jetzt die Leitung.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TerminalPane</name>
    <message>
        <location filename="../app/gui/TerminalPane.cpp" line="+45"/>
        <source>Session terminal</source>
        <translation>Sitzungsterminal</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Commands to type into the session</source>
        <translation>Befehle, die in die Sitzung getippt werden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The session has ended; this is its recorded transcript.</source>
        <translation>Die Sitzung ist beendet; dies ist ihr gespeichertes Protokoll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step runs in this terminal: type into it, or use the buttons on the right for the commands the runbook lists. Cancel step (Ctrl+.) ends the session.</source>
        <translation>Der Schritt läuft in diesem Terminal: Tippen Sie hinein oder verwenden Sie die Schaltflächen rechts für die Befehle, die das Runbook nennt. Schritt abbrechen (Strg+.) beendet die Sitzung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 MB of its output came too fast to be drawn here; the recorded transcript has all of it.</source>
        <translation>%1 MB ihrer Ausgabe kamen zu schnell, um hier gezeichnet zu werden; das gespeicherte Protokoll enthält alles.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Type into session&lt;/b&gt;</source>
        <translation>&lt;b&gt;In die Sitzung tippen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ typed confirmation</source>
        <translation>⚠ Bestätigung durch Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm first</source>
        <translation>erst bestätigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Types this line into the session (runbook line %2). %3</source>
        <translation>%1

Tippt diese Zeile in die Sitzung (Runbook-Zeile %2). %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type into session: %1</source>
        <translation>In die Sitzung tippen: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Destructive command</source>
        <translation>Destruktiver Befehl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

Type &quot;%3&quot; to type it into the session:</source>
        <translation>%1

%2

Tippen Sie „%3“, um ihn in die Sitzung zu tippen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the target</source>
        <translation>Ziel bestätigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

It acts on %2. %3</source>
        <translation>%1

Er wirkt auf %2. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it</source>
        <translation>Eintippen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>[%1 MB not drawn, to keep up]</source>
        <translation>[%1 MB nicht gezeichnet, um mitzuhalten]</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TriggerModel</name>
    <message>
        <location filename="../app/gui/RunbookTableModels.cpp" line="+46"/>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation>Schwellwert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ValuesDialog</name>
    <message>
        <location filename="../app/gui/ValuesDialog.cpp" line="+27"/>
        <source>Values of incident %1</source>
        <translation>Werte von Incident %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The values the steps and messages use. A change is recorded in the incident and applies to the steps run from now on.</source>
        <translation>Die Werte, die Schritte und Nachrichten verwenden. Eine Änderung wird im Incident festgehalten und gilt für die ab jetzt ausgeführten Schritte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Steps start &amp;in:</source>
        <translation>Schritte beginnen &amp;in:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder the steps run in</source>
        <translation>Ordner, in dem die Schritte laufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shell session:</source>
        <translation>Shell-Sitzung:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing yet: variables a step sets or exports appear here and carry into the next steps.</source>
        <translation>noch nichts: Variablen, die ein Schritt setzt oder exportiert, erscheinen hier und gelten für die nächsten Schritte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last step ended in %1; the next starts there.</source>
        <translation>Der letzte Schritt endete in %1; der nächste beginnt dort.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ValuesForm</name>
    <message>
        <location filename="../app/gui/ValuesForm.cpp" line="+23"/>
        <source>Values still missing</source>
        <translation>Noch fehlende Werte</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>needed by step %1</source>
        <translation>nötig für Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed by steps %1</source>
        <translation>nötig für die Schritte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used in messages; may stay empty</source>
        <translation>in Nachrichten verwendet; darf leer bleiben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets come from the keychain (or are asked for) when a step needs them, and are never recorded: %1</source>
        <translation>Secrets kommen aus dem Schlüsselbund (oder werden erfragt), wenn ein Schritt sie braucht, und werden nie festgehalten: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This procedure needs no values.</source>
        <translation>Dieses Verfahren braucht keine Werte.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Still needed: %1.</source>
        <translation>Noch nötig: %1.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::WelcomePage</name>
    <message>
        <location filename="../app/gui/WelcomePage.cpp" line="+59"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 %2 — %3, last activity %4</source>
        <translation>#%1 %2 — %3, zuletzt aktiv %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runbook: %1
Service: %2
Declared: %3
Enter resumes it</source>
        <translation>Runbook: %1
Dienst: %2
Ausgerufen: %3
Eingabetaste setzt ihn fort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>rollcage::incident</name>
    <message>
        <location filename="../app/incident/IncidentState.cpp" line="+71"/>
        <source>The incident is %1; it cannot become %2. Declare a new incident instead.</source>
        <translation>Der Incident ist %1 und kann nicht in den Zustand %2 wechseln. Eröffnen Sie stattdessen einen neuen Incident.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An incident cannot go from %1 back to %2.</source>
        <translation>Ein Incident kann nicht von %1 zurück zu %2 wechseln.</translation>
    </message>
    <message>
        <location line="+304"/>
        <source>declared</source>
        <translation>gemeldet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessing</source>
        <translation>in Bewertung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preparing</source>
        <translation>in Vorbereitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready to roll back</source>
        <translation>bereit zum Rollback</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolling back</source>
        <translation>Rollback läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation>gelöst</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStore.cpp" line="+49"/>
        <source>Another program (another Rollcage?) is holding it locked: close it or wait, then try again.</source>
        <translation>Ein anderes Programm (eine weitere Rollcage-Instanz?) hält die Datenbank gesperrt: Schließen Sie es oder warten Sie, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is read-only: make the file and its directory writable, or pass --database with a writable path.</source>
        <translation>Die Datenbank ist schreibgeschützt: Machen Sie die Datei und ihr Verzeichnis beschreibbar oder geben Sie mit --database einen beschreibbaren Pfad an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is damaged or not a Rollcage database: move it aside (Rollcage then starts a new one) or restore a backup, or pass --database.</source>
        <translation>Die Datenbank ist beschädigt oder keine Rollcage-Datenbank: Verschieben Sie sie (Rollcage legt dann eine neue an), spielen Sie ein Backup zurück oder geben Sie --database an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full: free some space and try again.</source>
        <translation>Der Datenträger ist voll: Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be opened: check that its directory exists and is writable.</source>
        <translation>Die Datenbank lässt sich nicht öffnen: Prüfen Sie, ob ihr Verzeichnis existiert und beschreibbar ist.</translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentSummary.cpp" line="+94"/>
        <source>Abandoning an incident needs a reason; it is kept in the record.</source>
        <translation>Einen Incident aufzugeben braucht eine Begründung; sie bleibt im Protokoll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing an incident as resolved needs a note on how it was resolved; it is kept in the record.</source>
        <translation>Einen Incident als gelöst zu schließen braucht eine Notiz, wie er gelöst wurde; sie bleibt im Protokoll.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>There is no incident %1.</source>
        <translation>Es gibt keinen Incident %1.</translation>
    </message>
    <message>
        <location filename="../app/incident/Policy.cpp" line="+63"/>
        <location line="+33"/>
        <location filename="../app/incident/PolicyTeam.cpp" line="+28"/>
        <source>Procedure &quot;%1&quot; has no step %2.</source>
        <translation>Die Prozedur „%1“ hat keinen Schritt %2.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The outcome of step %1 (&quot;%2&quot;) of &quot;%3&quot; is unknown: Rollcage stopped while it ran. Look at what it did, then retry it, mark it done or mark it failed.</source>
        <translation>Der Ausgang von Schritt %1 („%2“) von „%3“ ist unbekannt: Rollcage wurde während des Laufs beendet. Prüfen Sie, was er getan hat, und wiederholen Sie ihn, markieren Sie ihn als erledigt oder als fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/incident/PolicyTeam.cpp" line="+49"/>
        <source>The incident is %1; nothing more runs in it.</source>
        <translation>Der Incident ist %1; darin läuft nichts mehr.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A step is running: wait for it or cancel it before skipping one.</source>
        <translation>Ein Schritt läuft: Warten Sie auf ihn oder brechen Sie ihn ab, bevor Sie einen überspringen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is %1; nothing more is skipped in it.</source>
        <translation>Der Vorfall ist %1; in ihm wird nichts mehr übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of step %1 is unknown: retry it, mark it done or mark it failed instead of skipping it.</source>
        <translation>Das Ergebnis von Schritt %1 ist unbekannt: Wiederholen Sie ihn, markieren Sie ihn als erledigt oder als fehlgeschlagen, statt ihn zu überspringen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is already %2; there is nothing to skip.</source>
        <translation>Schritt %1 ist bereits %2; es gibt nichts zu überspringen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waived</source>
        <translation>erlassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; changes production and the pre-rollback checklist is not done: %2 open (%3). Tick each item or waive it with a reason first.</source>
        <translation>„%1“ ändert die Produktion, und die Checkliste vor dem Rollback ist nicht abgeschlossen: %2 offen (%3). Haken Sie jeden Punkt ab oder erlassen Sie ihn vorher mit Begründung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; (%2, line %3)</source>
        <translation>„%1“ (%2, Zeile %3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No pre-rollback checklist item matches &quot;%1&quot;.</source>
        <translation>Kein Punkt der Checkliste vor dem Rollback passt zu „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; matches several pre-rollback checklist items; give more of the text.</source>
        <translation>„%1“ passt zu mehreren Punkten der Checkliste vor dem Rollback; geben Sie mehr vom Text an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runbook has no pre-rollback checklist.</source>
        <translation>Das Runbook hat keine Checkliste vor dem Rollback.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: %1.</source>
        <translation>Punkte: %1.</translation>
    </message>
    <message>
        <location filename="../app/incident/Team.cpp" line="+74"/>
        <source>%1 is running step %2 (&quot;%3&quot;) since %4 UTC; wait for it, or ask them.</source>
        <translation>%1 führt seit %4 UTC Schritt %2 („%3“) aus; warten Sie darauf oder fragen Sie nach.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 took step %2 (&quot;%3&quot;) at %4 UTC and their console stopped answering%5. Take the step over, giving a reason; its outcome is then unknown until you look.</source>
        <translation>%1 hat Schritt %2 („%3“) um %4 UTC übernommen, und die Konsole antwortet nicht mehr%5. Übernehmen Sie den Schritt mit einer Begründung; sein Ergebnis ist dann unbekannt, bis Sie nachsehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (last seen %1 UTC)</source>
        <translation> (zuletzt gesehen %1 UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>running step %1</source>
        <translation>führt Schritt %1 aus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody else holds step %1; there is nothing to take over.</source>
        <translation>Niemand sonst hält Schritt %1; es gibt nichts zu übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s console still answers; step %2 cannot be taken over from a live console.</source>
        <translation>Die Konsole von %1 antwortet noch; Schritt %2 kann einer lebenden Konsole nicht abgenommen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taking a step over needs a reason.</source>
        <translation>Einen Schritt zu übernehmen braucht eine Begründung.</translation>
    </message>
    <message>
        <location filename="../app/incident/PolicyTeam.cpp" line="-25"/>
        <source>Step %1 (&quot;%2&quot;) needs a second person&apos;s approval before it runs: request it, and another member of the incident approves it from their console.</source>
        <translation>Schritt %1 („%2“) braucht vor dem Lauf die Freigabe einer zweiten Person: fordern Sie sie an, und ein anderes Mitglied des Incidents erteilt sie an seiner Konsole.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 waits for a second person&apos;s approval (asked by %2 at %3 UTC).</source>
        <translation>Schritt %1 wartet auf die Freigabe einer zweiten Person (angefordert von %2 um %3 UTC).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused step %2 at %3 UTC: %4. Request approval again once that is settled.</source>
        <translation>%1 hat Schritt %2 um %3 UTC abgelehnt: %4. Fordern Sie die Freigabe erneut an, sobald das geklärt ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step %1 needs no second person&apos;s approval.</source>
        <translation>Schritt %1 braucht keine Freigabe einer zweiten Person.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 is running.</source>
        <translation>Schritt %1 läuft.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is settled; there is nothing to approve.</source>
        <translation>Schritt %1 ist abgeschlossen; es gibt nichts freizugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of step %1 is already asked for (by %2).</source>
        <translation>Die Freigabe von Schritt %1 ist schon angefordert (von %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 is approved already (by %2).</source>
        <translation>Schritt %1 ist schon freigegeben (von %2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody asks for approval of step %1 now.</source>
        <translation>Für Schritt %1 ist gerade keine Freigabe angefordert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked for this approval: another person must give it (four eyes are two people).</source>
        <translation>Sie haben diese Freigabe angefordert: eine andere Person muss sie erteilen (vier Augen sind zwei Personen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 joined as an observer: observers follow the incident; running, approving and resolving are for the commander (%2) and the operators.</source>
        <translation>%1 ist als Beobachter dabei: Beobachter verfolgen den Incident; Ausführen, Freigeben und Abschließen sind Sache der Leitung (%2) und der Operatoren.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 commands this incident: the decision and ending the incident are theirs. Ask them, or ask them to hand command over to you.</source>
        <translation>%1 leitet diesen Incident: die Entscheidung und das Beenden des Incidents liegen bei ihm oder ihr. Fragen Sie nach, oder bitten Sie darum, Ihnen die Leitung zu übergeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The incident is %1.</source>
        <translation>Der Incident ist %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the commander (%1) hands over command.</source>
        <translation>Nur die Leitung (%1) übergibt die Leitung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand command to someone else on the incident.</source>
        <translation>Übergeben Sie die Leitung an jemand anderen im Incident.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A role is commander, operator or observer.</source>
        <translation>Eine Rolle ist Leitung, Operator oder Beobachter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You command this incident: hand command over to someone here first (Hand over command…), then join as %1.</source>
        <translation>Sie leiten diesen Vorfall: übergeben Sie die Leitung zuerst an jemanden, der hier ist (Leitung übergeben …), und treten Sie dann als %1 bei.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 commands this incident and is here: join as operator or observer, and ask %1 to hand command over to you.</source>
        <translation>%1 leitet diesen Vorfall und ist hier: treten Sie als Operator oder Beobachter bei und bitten Sie %1, Ihnen die Leitung zu übergeben.</translation>
    </message>
    <message>
        <location filename="../app/incident/StoreUrl.cpp" line="+38"/>
        <source>The store URL carries a password in password=…, which the process list and the shell history would show. Remove it and keep the password in the keychain (rollcage secret set store/HOST:PORT/DB USER).</source>
        <translation>Die Speicher-URL enthält ein Passwort in password=…, das die Prozessliste und der Shell-Verlauf zeigen würden. Entfernen Sie es und legen Sie das Passwort im Schlüsselbund ab (rollcage secret set store/HOST:PORT/DB BENUTZER).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store URL&apos;s sslmode=%1 is not one libpq knows: use one of %2 (verify-full checks the certificate and the host name).</source>
        <translation>sslmode=%1 in der Speicher-URL kennt libpq nicht: verwenden Sie einen von %2 (verify-full prüft das Zertifikat und den Hostnamen).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store URL&apos;s %1=%2 names no readable file: give the path of the certificate file (absolute, or relative to where Rollcage starts).</source>
        <translation>%1=%2 in der Speicher-URL nennt keine lesbare Datei: geben Sie den Pfad der Zertifikatsdatei an (absolut oder relativ zum Ort, an dem Rollcage startet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store URL&apos;s parameter %1 is not one Rollcage passes on: it takes sslmode, %2 (the password is kept in the keychain).</source>
        <translation>Den Parameter %1 der Speicher-URL gibt Rollcage nicht weiter: es nimmt sslmode, %2 (das Passwort liegt im Schlüsselbund).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store URL&apos;s %1 contains a &apos;;&apos;, which the PostgreSQL driver cannot pass on: move the file to a path without one.</source>
        <translation>%1 in der Speicher-URL enthält ein &apos;;&apos;, das der PostgreSQL-Treiber nicht weitergeben kann: legen Sie die Datei unter einen Pfad ohne &apos;;&apos;.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s TLS certificate is not signed by the certificate authority in %1: get the CA certificate that signed the server&apos;s from whoever runs the database and give its file as sslrootcert=PATH in the URL.</source>
        <translation>Das TLS-Zertifikat des Servers ist nicht von der Zertifizierungsstelle in %1 signiert: holen Sie das CA-Zertifikat, das das des Servers signiert hat, bei den Betreibern der Datenbank und geben Sie seine Datei als sslrootcert=PFAD in der URL an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt (no sslrootcert given)</source>
        <translation>~/.postgresql/root.crt (kein sslrootcert angegeben)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not made out to the host name %1 in the URL: connect with the name the certificate was made for (the message above names it), or ask whoever runs the database for a certificate that names %1. Do not lower sslmode to get past it.</source>
        <translation>Das TLS-Zertifikat des Servers ist nicht auf den Hostnamen %1 aus der URL ausgestellt: verbinden Sie sich mit dem Namen, für den es ausgestellt ist (die Meldung oben nennt ihn), oder bitten Sie die Betreiber der Datenbank um ein Zertifikat, das %1 nennt. Senken Sie nicht sslmode, um daran vorbeizukommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 does not offer TLS: ask whoever runs the database to turn ssl on, or, on a network you trust, drop sslmode from the URL.</source>
        <translation>Der Server auf %1 bietet kein TLS an: bitten Sie die Betreiber der Datenbank, ssl einzuschalten, oder entfernen Sie sslmode in einem Netz, dem Sie vertrauen, aus der URL.</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::EscalationCall</name>
    <message>
        <location filename="../app/incident/EscalationCall.cpp" line="+37"/>
        <source> — %1: %2</source>
        <translation> — %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1%2 (%3)</source>
        <translation>Stufe %1%2 (%3)</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::IncidentStore</name>
    <message>
        <location filename="../app/incident/IncidentStore.cpp" line="+62"/>
        <location filename="../app/incident/IncidentStoreJournal.cpp" line="+101"/>
        <source>Could not %1 in the incident database %2: %3.</source>
        <translation>Incident-Datenbank %2: %1 fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PostgreSQL support (the Qt QPSQL driver) is not installed; install it or use a SQLite file with --database PATH.</source>
        <translation>PostgreSQL-Unterstützung (der Qt-Treiber QPSQL) ist nicht installiert; installieren Sie sie oder verwenden Sie mit --database PATH eine SQLite-Datei.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connect</source>
        <translation>Verbindungsaufbau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Check the URL, that the server runs and accepts you.</source>
        <translation> Prüfen Sie die URL, ob der Server läuft und ob er Sie zulässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the directory %1 for the incident database. Check permissions or pass --database with another path.</source>
        <translation>Das Verzeichnis %1 für die Incident-Datenbank konnte nicht angelegt werden. Prüfen Sie die Berechtigungen oder geben Sie mit --database einen anderen Pfad an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the file</source>
        <translation>Öffnen der Datei</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>configure the database</source>
        <translation>Konfigurieren der Datenbank</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The incident database %1 is read-only and needs its schema brought up to version %2 first: make it writable once, or pass --database with another path.</source>
        <translation>Die Vorfalldatenbank %1 ist schreibgeschützt und ihr Schema muss zuerst auf Version %2 gebracht werden: einmal beschreibbar machen oder mit --database einen anderen Pfad angeben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>read the schema version</source>
        <translation>Lesen der Schemaversion</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>start the schema migration</source>
        <translation>Start der Schemamigration</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The incident database %1 was written by a newer Rollcage (schema %2, this one knows %3). Upgrade Rollcage, or pass --database with another path.</source>
        <translation>Die Incident-Datenbank %1 wurde von einem neueren Rollcage geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie Rollcage oder geben Sie mit --database einen anderen Pfad an.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>migrate the schema to version %1</source>
        <translation>Migration des Schemas auf Version %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record the schema version</source>
        <translation>Speichern der Schemaversion</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>declare the incident</source>
        <translation>Eröffnen des Incidents</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read incident %1</source>
        <translation>Lesen von Incident %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no incident %1 in %2. `rollcage incidents` lists them.</source>
        <translation>In %2 gibt es keinen Incident %1. `rollcage incidents` listet sie auf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list incidents</source>
        <translation>Auflisten der Incidents</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record &quot;%1&quot;</source>
        <translation>Aufzeichnen von „%1“</translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreJournal.cpp" line="-53"/>
        <location line="+54"/>
        <source>read the journal of incident %1</source>
        <translation>Lesen des Journals von Incident %1</translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreOutput.cpp" line="+91"/>
        <source>record step output</source>
        <translation>Aufzeichnen der Schrittausgabe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>count output lines</source>
        <translation>Zählen der Ausgabezeilen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read step output</source>
        <translation>Lesen der Schrittausgabe</translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreTeam.cpp" line="+37"/>
        <source>The incident database %1 is a SQLite file: consoles see each other&apos;s actions live only on a shared PostgreSQL store (--database postgresql://…).</source>
        <translation>Die Incident-Datenbank %1 ist eine SQLite-Datei: Konsolen sehen die Aktionen der anderen nur über einen gemeinsamen PostgreSQL-Speicher live (--database postgresql://…).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>listen for changes to %1</source>
        <translation>Abonnieren der Änderungen an %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say this console is here</source>
        <translation>Melden dieser Konsole</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>say this console left</source>
        <translation>Abmelden dieser Konsole</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>clear consoles gone from incident %1</source>
        <translation>Entfernen längst verschwundener Konsolen von Incident %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>read who is on incident %1</source>
        <translation>Lesen der Anwesenden bei Incident %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>take step %1</source>
        <translation>Übernehmen von Schritt %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>release step %1</source>
        <translation>Freigeben von Schritt %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>take step %1 over</source>
        <translation>Übernehmen von Schritt %1 von einer anderen Konsole</translation>
    </message>
    <message>
        <location filename="../app/incident/StoreLink.cpp" line="+210"/>
        <source>The incident database %1 has not answered since %2 (%3). What is shown is what was recorded until then; nothing new can be recorded until it is back. Rollcage reconnects by itself.</source>
        <translation>Die Incident-Datenbank %1 antwortet seit %2 nicht mehr (%3). Angezeigt wird, was bis dahin aufgezeichnet wurde; bis sie wieder da ist, kann nichts Neues aufgezeichnet werden. Rollcage verbindet sich von selbst neu.</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::OutputRecorder</name>
    <message>
        <location filename="../app/incident/OutputRecorder.cpp" line="+119"/>
        <source>The output is no longer recorded.</source>
        <translation>Die Ausgabe wird nicht mehr aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the store was closed</source>
        <translation>der Speicher wurde geschlossen</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::StoreLink</name>
    <message>
        <location filename="../app/incident/StoreLink.cpp" line="-172"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server has not answered for %1 s</source>
        <translation>der Server hat seit %1 s nicht geantwortet</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::StoreProbe</name>
    <message>
        <location filename="../app/incident/StoreProbe.cpp" line="+74"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::TeamReader</name>
    <message>
        <location filename="../app/incident/TeamReader.cpp" line="+48"/>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
</context>
<context>
    <name>rollcage::incident::TeamSession</name>
    <message>
        <location filename="../app/incident/TeamSession.cpp" line="+178"/>
        <source>Could not read who is on incident %1: %2.</source>
        <translation>Konnte nicht lesen, wer an Vorfall %1 beteiligt ist: %2.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Step %1 was just taken by %2.</source>
        <translation>Schritt %1 wurde gerade von %2 übernommen.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step %1 could not be taken over: its console answered again, or someone else took it first.</source>
        <translation>Schritt %1 konnte nicht übernommen werden: Seine Konsole antwortet wieder, oder jemand anderes war schneller.</translation>
    </message>
</context>
<context>
    <name>rollcage::integrations</name>
    <message>
        <location filename="../app/integrations/StorePassword.cpp" line="+39"/>
        <source>The store URL carries a password, which the process list, the shell history and the settings would show. Keep it in the keychain instead: rollcage secret set %1 %2 (it asks for it), then give the URL without it: %3</source>
        <translation>Die Speicher-URL enthält ein Passwort, das Prozessliste, Shell-Verlauf und Einstellungen zeigen würden. Verwahren Sie es stattdessen im Schlüsselbund: rollcage secret set %1 %2 (fragt danach), und geben Sie die URL ohne es an: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server wants a password for %1: keep it in the keychain with `rollcage secret set %2 %1` (or Tools → Credentials…), then start again.</source>
        <translation>Der Server verlangt ein Passwort für %1: Verwahren Sie es mit `rollcage secret set %2 %1` im Schlüsselbund (oder Extras → Zugangsdaten …) und starten Sie erneut.</translation>
    </message>
</context>
<context>
    <name>rollcage::integrations::CredentialStore</name>
    <message>
        <location filename="../app/integrations/CredentialStore.cpp" line="+44"/>
        <source>No keychain backend is available (%1). Rollcage keeps secrets only in the OS keychain: install and start gnome-keyring (or KWallet) in your desktop session, then try again. Nothing was stored anywhere else.</source>
        <translation>Kein Schlüsselbund-Backend verfügbar (%1). Rollcage verwahrt Secrets nur im Schlüsselbund des Systems: Installieren und starten Sie gnome-keyring (oder KWallet) in Ihrer Desktop-Sitzung und versuchen Sie es dann erneut. Nichts wurde anderswo gespeichert.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The keychain is locked, so Rollcage could not read the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher konnte Rollcage das Secret %1 für %2 nicht lesen. Entsperren Sie ihn (die Passwortverwaltung Ihres Desktops, z. B. „Passwörter und Schlüssel“, kann das) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked, so Rollcage could not store the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher konnte Rollcage das Secret %1 für %2 nicht speichern. Entsperren Sie ihn (die Passwortverwaltung Ihres Desktops, z. B. „Passwörter und Schlüssel“, kann das) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is locked, so Rollcage could not delete the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation>Der Schlüsselbund ist gesperrt, daher konnte Rollcage das Secret %1 für %2 nicht löschen. Entsperren Sie ihn (die Passwortverwaltung Ihres Desktops, z. B. „Passwörter und Schlüssel“, kann das) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused to read the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation>Der Schlüsselbund hat das Lesen des Secrets %1 für %2 abgelehnt (%3). Entsperren Sie den Schlüsselbund (oder erlauben Sie Rollcage den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused to store the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation>Der Schlüsselbund hat das Speichern des Secrets %1 für %2 abgelehnt (%3). Entsperren Sie den Schlüsselbund (oder erlauben Sie Rollcage den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused to delete the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation>Der Schlüsselbund hat das Löschen des Secrets %1 für %2 abgelehnt (%3). Entsperren Sie den Schlüsselbund (oder erlauben Sie Rollcage den Zugriff) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the secret %1 for %2 from the keychain: %3</source>
        <translation>Das Secret %1 für %2 konnte nicht aus dem Schlüsselbund gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not store the secret %1 for %2 in the keychain: %3</source>
        <translation>Das Secret %1 für %2 konnte nicht im Schlüsselbund gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete the secret %1 for %2 from the keychain: %3</source>
        <translation>Das Secret %1 für %2 konnte nicht aus dem Schlüsselbund gelöscht werden: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no secret %1 for %2 in the keychain; nothing was deleted.</source>
        <translation>Im Schlüsselbund gibt es kein Secret %1 für %2; nichts wurde gelöscht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no secret %1 for %2 in the keychain. Store it with: rollcage secret set %2 %1</source>
        <translation>Im Schlüsselbund gibt es kein Secret %1 für %2. Speichern Sie es mit: rollcage secret set %2 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a credential scope: use SERVICE/ENVIRONMENT, for example larkspur-checkout/production.</source>
        <translation>„%1“ ist kein gültiger Bereich für Zugangsdaten: Verwenden Sie DIENST/UMGEBUNG, zum Beispiel larkspur-checkout/production.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a credential name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example REDIS_KEY.</source>
        <translation>„%1“ ist kein gültiger Name für Zugangsdaten: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, zum Beispiel REDIS_KEY.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The value for %1 is empty; nothing was stored.</source>
        <translation>Der Wert für %1 ist leer; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>rollcage::integrations::KeychainSecretSource</name>
    <message>
        <location filename="../app/integrations/KeychainSecretSource.cpp" line="+14"/>
        <source>nobody can be asked for it here</source>
        <translation>hier kann niemand danach gefragt werden</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 was used but not remembered: %2</source>
        <translation>%1 wurde verwendet, aber nicht gespeichert: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Once a keychain works, store it with: %1</source>
        <translation>Sobald ein Schlüsselbund funktioniert, speichern Sie es mit: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Missing %n secret(s) for %1 and %2:
</source>
        <translation>
            <numerusform>%n Secret für %1 und %2 fehlt:
</numerusform>
            <numerusform>%n Secrets für %1 und %2 fehlen:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The secret %1 for %2 was not given (%3). Store it with: rollcage secret set %2 %1</source>
        <translation>Das Secret %1 für %2 wurde nicht angegeben (%3). Speichern Sie es mit: rollcage secret set %2 %1</translation>
    </message>
</context>
<context>
    <name>rollcage::messaging</name>
    <message>
        <location filename="../app/messaging/Channel.cpp" line="+63"/>
        <source>Rollcage incident %1 · message %2</source>
        <translation>Rollcage-Incident %1 · Nachricht %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Slack</source>
        <translation>Slack</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams</source>
        <translation>Microsoft Teams</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON webhook</source>
        <translation>JSON-Webhook</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is not a webhook URL: it needs to look like https://hooks.example.com/…; paste the whole URL the service gave you.</source>
        <translation>Das ist keine Webhook-URL: Sie muss wie https://hooks.example.com/… aussehen; fügen Sie die vollständige URL ein, die Ihnen der Dienst gegeben hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A webhook URL must start with https:// (it is a credential and must not cross the network in clear text); plain http is only accepted to this machine.</source>
        <translation>Eine Webhook-URL muss mit https:// beginnen (sie ist ein Zugangsdatum und darf nicht im Klartext durchs Netz gehen); einfaches http wird nur zu diesem Rechner akzeptiert.</translation>
    </message>
    <message>
        <location filename="../app/messaging/Mailto.cpp" line="+33"/>
        <source>&apos;%1&apos; is not an e-mail address: write it as name@example.com, one per recipient.</source>
        <translation>„%1“ ist keine E-Mail-Adresse: Schreiben Sie sie als name@example.com, eine pro Empfänger.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/messaging/OutboxEntry.cpp" line="+121"/>
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>in %n min</source>
        <translation>
            <numerusform>in %n Min.</numerusform>
            <numerusform>in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused by %1 (%2), not retried: the same message would be refused again. Fix the webhook URL of channel %1 in Tools → Credentials, then resend.</source>
        <translation>Von %1 abgelehnt (%2), kein erneuter Versuch: Dieselbe Nachricht würde wieder abgelehnt. Korrigieren Sie die Webhook-URL des Kanals %1 unter Extras → Zugangsdaten und senden Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivered at %1 (attempt %2)</source>
        <translation>Zugestellt um %1 (Versuch %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given up: %1</source>
        <translation>Aufgegeben: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending (attempt %1)…</source>
        <translation>Wird gesendet (Versuch %1) …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting since %1</source>
        <translation>Wartet seit %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed attempt(s), last: </source>
        <translation>
            <numerusform>%n Fehlversuch, zuletzt: </numerusform>
            <numerusform>%n Fehlversuche, zuletzt: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>behind an earlier message to %1</source>
        <translation>hinter einer früheren Nachricht an %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next try at %1 (%2)</source>
        <translation>nächster Versuch um %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/messaging/WebhookSender.cpp" line="+27"/>
        <source>the server refused the connection</source>
        <translation>der Server hat die Verbindung abgelehnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before answering</source>
        <translation>der Server hat die Verbindung vor der Antwort geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host was not found (offline, or DNS is down)</source>
        <translation>der Host wurde nicht gefunden (offline oder DNS gestört)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection timed out</source>
        <translation>Zeitüberschreitung der Verbindung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed (the certificate is not trusted or does not match)</source>
        <translation>der TLS-Handshake ist fehlgeschlagen (das Zertifikat ist nicht vertrauenswürdig oder passt nicht)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the network is not available</source>
        <translation>das Netzwerk ist nicht verfügbar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy failed (check the system proxy settings)</source>
        <translation>der Proxy ist fehlgeschlagen (prüfen Sie die Proxy-Einstellungen des Systems)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error %1</source>
        <translation>Netzwerkfehler %1</translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::ChannelDirectory</name>
    <message>
        <location filename="../app/messaging/ChannelDirectory.cpp" line="+72"/>
        <source>&apos;%1&apos; cannot be a channel name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example ops-slack.</source>
        <translation>„%1“ kann kein Kanalname sein: Verwenden Sie Buchstaben, Ziffern, &apos;_&apos;, &apos;-&apos; und &apos;.&apos;, zum Beispiel ops-slack.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The webhook URL of channel %1 could not be read from the keychain: %2</source>
        <translation>Die Webhook-URL des Kanals %1 konnte nicht aus dem Schlüsselbund gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::Outbox</name>
    <message>
        <location filename="../app/messaging/Outbox.cpp" line="+77"/>
        <source>There is no channel called &apos;%1&apos;: add it with its webhook URL first, or pick one of the channels set up.</source>
        <translation>Es gibt keinen Kanal namens „%1“: Legen Sie ihn zuerst mit seiner Webhook-URL an oder wählen Sie einen der eingerichteten Kanäle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty; write something before sending.</source>
        <translation>Die Nachricht ist leer; schreiben Sie etwas, bevor Sie senden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The message was not sent because it could not be recorded first: %1</source>
        <translation>Die Nachricht wurde nicht gesendet, weil sie vorher nicht aufgezeichnet werden konnte: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no waiting message %1 to give up on.</source>
        <translation>Es gibt keine wartende Nachricht %1, die aufgegeben werden könnte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is being sent right now; wait for the answer, then decide.</source>
        <translation>Die Nachricht wird gerade gesendet; warten Sie die Antwort ab und entscheiden Sie dann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the message is given up; the reason goes into the incident record.</source>
        <translation>Geben Sie an, warum die Nachricht aufgegeben wird; die Begründung kommt ins Incident-Protokoll.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only a refused or given-up message can be sent again; %1 is not one.</source>
        <translation>Nur eine abgelehnte oder aufgegebene Nachricht kann erneut gesendet werden; %1 ist keine solche.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The webhook URL of channel %1 is not usable: %2</source>
        <translation>Die Webhook-URL des Kanals %1 ist nicht verwendbar: %2</translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::WebhookSender</name>
    <message>
        <location filename="../app/messaging/WebhookSender.cpp" line="+78"/>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (redirects are not followed: update the webhook URL)</source>
        <translation> (Weiterleitungen werden nicht verfolgt: Aktualisieren Sie die Webhook-URL)</translation>
    </message>
</context>
<context>
    <name>rollcage::report</name>
    <message>
        <location filename="../app/report/ReportData.cpp" line="+361"/>
        <source>Step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 &quot;%2&quot;</source>
        <translation>Schritt %1 „%2“</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Incident declared (procedure &quot;%1&quot;)</source>
        <translation>Incident eröffnet (Prozedur „%1“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase %1 → %2</source>
        <translation>Phase %1 → %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variable %1 = %2</source>
        <translation>Variable %1 = %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: %1 (%2)</source>
        <translation>Entscheidung: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist: ticked &quot;%1&quot;</source>
        <translation>Checkliste: „%1“ abgehakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist: waived &quot;%1&quot;: %2</source>
        <translation>Checkliste: „%1“ ausgelassen: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: &quot;%1&quot; open again</source>
        <translation>Checkliste: „%1“ wieder offen</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Stakeholder told outside Rollcage: %1</source>
        <translation>Beteiligte außerhalb von Rollcage informiert: %1</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>typed without echo (not recorded)</source>
        <translation>ohne Echo eingetippt (nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on an empty line</source>
        <translation>Eingabetaste auf leerer Zeile</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed session line %1 (runbook line %2): %3</source>
        <translation>Sitzungszeile %1 eingetippt (Runbook-Zeile %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>typed by hand: %1</source>
        <translation>von Hand eingetippt: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ended its input (Ctrl+D)</source>
        <translation>Eingabe beendet (Strg+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered without echo (not recorded)</source>
        <translation>ohne Echo beantwortet (nicht aufgezeichnet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered with an empty line</source>
        <translation>mit einer leeren Zeile beantwortet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered %1</source>
        <translation>beantwortet: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 started (attempt %2)</source>
        <translation>%1 gestartet (Versuch %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (signal %1)</source>
        <translation> (Signal %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (exit %1)</source>
        <translation> (Exit-Code %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not start: %2</source>
        <translation>%1 konnte nicht starten: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waived: %2</source>
        <translation>%1 ausgelassen: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interrupted: outcome unknown</source>
        <translation>%1 unterbrochen: Ausgang unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 resolved: %2</source>
        <translation>%1 aufgelöst: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> note</source>
        <translation> — Notiz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message queued for %1</source>
        <translation>Nachricht für %1 eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &quot;%1&quot; queued for %2</source>
        <translation>Nachricht „%1“ für %2 eingereiht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message to %1 not delivered (attempt %2): %3</source>
        <translation>Nachricht an %1 nicht zugestellt (Versuch %2): %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; next try at %1</source>
        <translation>; nächster Versuch um %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message sent via %1 (attempt %2)</source>
        <translation>Nachricht über %1 gesendet (Versuch %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message sent via %1</source>
        <translation>Nachricht über %1 gesendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message to %1 given up: %2</source>
        <translation>Nachricht an %1 aufgegeben: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a channel</source>
        <translation>einen Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message to %1 refused by the service (%2); not retried</source>
        <translation>Nachricht an %1 vom Dienst abgelehnt (%2); kein erneuter Versuch</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Health check %1: %2</source>
        <translation>Health Check %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/ExecutionLog.cpp" line="+201"/>
        <source>passing</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/ExecutionLog.cpp" line="+0"/>
        <source>failing</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Four-eyes approval required for destructive steps</source>
        <translation>Vier-Augen-Freigabe für destruktive Schritte verlangt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four-eyes approval no longer required</source>
        <translation>Vier-Augen-Freigabe nicht mehr verlangt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approval requested by %2 for `%3`</source>
        <translation>%1: Freigabe angefordert von %2 für `%3`</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 approved by %2 (requested by %3)</source>
        <translation>%1 freigegeben von %2 (angefordert von %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused by %2 (requested by %3)</source>
        <translation>%1 abgelehnt von %2 (angefordert von %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 taken over from %2 by %3: %4</source>
        <translation>%1 von %2 übernommen durch %3: %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 joined as %2</source>
        <translation>%1 ist dabei als %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command handed over from %1 to %2</source>
        <translation>Leitung von %1 an %2 übergeben</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Procedure changed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation>Prozedur von „%1“ auf „%2“ geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated to %1</source>
        <translation>Eskaliert an %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Health alert on %1: %2</source>
        <translation>Health-Alarm bei %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health alert on %1 cleared (%2)</source>
        <translation>Health-Alarm bei %1 aufgehoben (%2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health check base URLs: %1</source>
        <translation>Basis-URLs der Health Checks: %1</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Report: &quot;%1&quot; written</source>
        <translation>Bericht: „%1“ geschrieben</translation>
    </message>
    <message>
        <location filename="../app/report/ReportFields.cpp" line="+23"/>
        <source>Users affected</source>
        <translation>Betroffene Nutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who noticed and how: customers, regions, share of requests, support tickets.</source>
        <translation>Wer es bemerkt hat und wie: Kunden, Regionen, Anteil der Anfragen, Support-Tickets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What in the deployment broke, and why it was not caught before release.</source>
        <translation>Was im Deployment kaputtging und warum es vor dem Release nicht auffiel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brought the service back, and what is still to be done to finish.</source>
        <translation>Was den Dienst wiederhergestellt hat und was zum Abschluss noch zu tun ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevention and action items</source>
        <translation>Vorbeugung und Maßnahmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per action: what, who, by when.</source>
        <translation>Eine Zeile pro Maßnahme: was, wer, bis wann.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a report field; the fields are: %2.</source>
        <translation>„%1“ ist kein Berichtsfeld; die Felder sind: %2.</translation>
    </message>
    <message>
        <location filename="../app/report/ExecutionLog.cpp" line="-171"/>
        <source>### Type and scope

</source>
        <translation>### Art und Umfang

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk %1</source>
        <translation>Risiko %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation>erwartet %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Procedure: **%1**</source>
        <translation>- Prozedur: **%1**</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- Scope: %1 in %2
</source>
        <translation>- Umfang: %1 in %2
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- Steps: %1 of %2 acted on; %3 succeeded, %4 skipped, %5 waived

</source>
        <translation>- Schritte: %1 von %2 bearbeitet; %3 erfolgreich, %4 übersprungen, %5 ausgelassen

</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>### Steps

</source>
        <translation>### Schritte

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step was run.

</source>
        <translation>Kein Schritt wurde ausgeführt.

</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>| # | Step | Status | Attempts | Duration | Exit |
|---|---|---|---|---|---|
</source>
        <translation>| # | Schritt | Status | Versuche | Dauer | Exit |
|---|---|---|---|---|---|
</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>- Procedures run, in order: %1
</source>
        <translation>- Nacheinander ausgeführte Prozeduren: %1
</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>### Approvals (four eyes)

</source>
        <translation>### Freigaben (vier Augen)

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>### Backup used

</source>
        <translation>### Verwendetes Backup

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup was chosen during this incident.

</source>
        <translation>Während dieses Incidents wurde kein Backup gewählt.

</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>- open: %1</source>
        <translation>- offen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- waived: %1 (by %2: %3)</source>
        <translation>- ausgelassen: %1 (von %2: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- checked: %1 (by %2 at %3 UTC)</source>
        <translation>- geprüft: %1 (von %2 um %3 UTC)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; also ticked by %1</source>
        <translation>; auch abgehakt von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>**%1**: %2 of %3 checked, %4 waived, %5 open

</source>
        <translation>**%1**: %2 von %3 geprüft, %4 ausgelassen, %5 offen

</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No health check was recorded.

</source>
        <translation>Es wurde kein Health Check aufgezeichnet.

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Health check | Passing | Failing | Last result |
|---|---|---|---|
</source>
        <translation>| Health Check | Erfolgreich | Fehlgeschlagen | Letztes Ergebnis |
|---|---|---|---|
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>### Issues encountered

</source>
        <translation>### Aufgetretene Probleme

</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None recorded.

</source>
        <translation>Keine aufgezeichnet.

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Rollback execution log

</source>
        <translation>## Ausführungsprotokoll des Rollbacks

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>### Validation results

</source>
        <translation>### Validierungsergebnisse

</translation>
    </message>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="+29"/>
        <source>&gt; **To be filled in.** %1

</source>
        <translation>&gt; **Noch auszufüllen.** %1

</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (declared %2 UTC, %3 %4 UTC)</source>
        <translation>%1 (eröffnet %2 UTC, %3 %4 UTC)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 so far: declared %2 UTC, not resolved yet (last recorded %3 UTC)</source>
        <translation>%1 bisher: eröffnet %2 UTC, noch nicht gelöst (zuletzt aufgezeichnet %3 UTC)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Summary

</source>
        <translation>## Zusammenfassung

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3), handled with the runbook &quot;%4&quot;.</source>
        <translation>%1 bei %2 (%3), bearbeitet mit dem Runbook „%4“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No decision was recorded.</source>
        <translation> Es wurde keine Entscheidung aufgezeichnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Decision: **%1**</source>
        <translation> Entscheidung: **%1**</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> The incident is %1.

</source>
        <translation> Der Incident ist %1.

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Impact

</source>
        <translation>## Auswirkungen

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Services affected: %1 (%2)
</source>
        <translation>- Betroffene Dienste: %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Duration: %1

</source>
        <translation>- Dauer: %1

</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>### Users affected

</source>
        <translation>### Betroffene Nutzer

</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Decision

</source>
        <translation>## Entscheidung

</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision was recorded.

</source>
        <translation>Es wurde keine Entscheidung aufgezeichnet.

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>

Deadline: %1 UTC.</source>
        <translation>

Frist: %1 UTC.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Timeline

| Time (UTC) | Who | What |
|---|---|---|
</source>
        <translation>## Zeitverlauf

| Zeit (UTC) | Wer | Was |
|---|---|---|
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>
Typed by the operator:

</source>
        <translation>
Vom Bediener eingetippt:

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Step details
</source>
        <translation>## Details der Schritte
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Note: %1
</source>
        <translation>
Notiz: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Command (attempt %1):

</source>
        <translation>
Befehl (Versuch %1):

</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
No output.
</source>
        <translation>
Keine Ausgabe.
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Last %1 of %2 lines of output (the full log is in the incident store, step run %3):

</source>
        <translation>
Letzte %1 von %2 Zeilen der Ausgabe (das vollständige Log liegt im Incident-Speicher, Schrittlauf %3):

</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Output:

</source>
        <translation>
Ausgabe:

</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>| Service | %1 (%2) |
</source>
        <translation>| Dienst | %1 (%2) |
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| State | %1 |
</source>
        <translation>| Status | %1 |
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Declared | %1 UTC by %2 |
</source>
        <translation>| Eröffnet | %1 UTC von %2 |
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Runbook | %1 (`%2`, SHA-256 `%3`) |
</source>
        <translation>| Runbook | %1 (`%2`, SHA-256 `%3`) |
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Procedure | %1 |

</source>
        <translation>| Prozedur | %1 |

</translation>
    </message>
</context>
<context>
    <name>rollcage::runbook</name>
    <message>
        <location filename="../app/runbook/Importer.cpp" line="+68"/>
        <source>The file is not valid UTF-8, so it was read as Latin-1; save it as UTF-8 to be sure every character is right.</source>
        <translation>Die Datei ist kein gültiges UTF-8 und wurde daher als Latin-1 gelesen; speichern Sie sie als UTF-8, damit jedes Zeichen stimmt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repaired %1 characters garbled by an editor that read UTF-8 as %2 (such as &quot;âœ…&quot; for &quot;✅&quot;); save the file as UTF-8 to keep the fix.</source>
        <translation>%1 Zeichen repariert, die ein Editor verstümmelt hatte, der UTF-8 als %2 las (etwa „âœ…“ statt „✅“); speichern Sie die Datei als UTF-8, um die Korrektur zu behalten.</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Unknown rollcage annotation &quot;%1&quot;; use procedure, sequence, reference, checklist [pre|post|validation|other], template [audience], manual or ignore.</source>
        <translation>Unbekannte Rollcage-Annotation „%1“; verwenden Sie procedure, sequence, reference, checklist [pre|post|validation|other], template [audience], manual oder ignore.</translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::Importer</name>
    <message>
        <location line="+116"/>
        <source>The file is empty; write a title and at least one rollback procedure (see docs/runbook-format.md).</source>
        <translation>Die Datei ist leer; schreiben Sie einen Titel und mindestens eine Rollback-Prozedur (siehe docs/runbook-format.md).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This looks like binary data, not a Markdown runbook; check that the right file was given.</source>
        <translation>Das sieht nach Binärdaten aus, nicht nach einem Markdown-Runbook; prüfen Sie, ob die richtige Datei angegeben wurde.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rollback procedure found. Add a heading such as &quot;## Rollback procedure&quot; followed by a numbered list of steps, or mark a section with &lt;!-- rollcage: procedure --&gt; (see docs/runbook-format.md).</source>
        <translation>Keine Rollback-Prozedur gefunden. Fügen Sie eine Überschrift wie „## Rollback procedure“ mit einer nummerierten Liste von Schritten hinzu oder markieren Sie einen Abschnitt mit &lt;!-- rollcage: procedure --&gt; (siehe docs/runbook-format.md).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a directory; give the runbook&apos;s Markdown file.</source>
        <translation>%1 ist ein Verzeichnis; geben Sie die Markdown-Datei des Runbooks an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation>%1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad und die Berechtigungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::detail</name>
    <message>
        <location filename="../app/runbook/DocumentChecks.cpp" line="+99"/>
        <source>The code block opened here is never closed, so everything after it was read as code; add a closing %1 line.</source>
        <translation>Der hier geöffnete Codeblock wird nie geschlossen, daher wurde alles danach als Code gelesen; fügen Sie eine schließende %1-Zeile hinzu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The code block&apos;s language &quot;%1&quot; is no language Rollcage knows; it is read as a shell (bash) block and its commands run. Write ```bash (or ```text if it is not to be run).</source>
        <translation>Die Sprache des Codeblocks „%1“ kennt Rollcage nicht; er wird als Shell-Block (bash) gelesen und seine Befehle werden ausgeführt. Schreiben Sie ```bash (oder ```text, wenn er nicht ausgeführt werden soll).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This table row has %1 cells but the header has %2; missing cells are read as empty, extra ones are ignored.</source>
        <translation>Diese Tabellenzeile hat %1 Zellen, die Kopfzeile aber %2; fehlende Zellen gelten als leer, überzählige werden ignoriert.</translation>
    </message>
    <message>
        <location filename="../app/runbook/BlockReaders.cpp" line="+99"/>
        <source>The deadline &quot;%1&quot; is not a time Rollcage can count down; write it as &quot;&lt; 15 minutes&quot;, &quot;Within 1 hour&quot;, &quot;Immediately&quot; or &quot;Next release&quot;.</source>
        <translation>Die Frist „%1“ ist keine Zeitangabe, die Rollcage herunterzählen kann; schreiben Sie sie als „&lt; 15 minutes“, „Within 1 hour“, „Immediately“ oder „Next release“.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rollback</source>
        <translation>Rollback</translation>
    </message>
    <message>
        <location filename="../app/runbook/ProcedureKind.cpp" line="+107"/>
        <source>sum of the steps</source>
        <translation>Summe der Schritte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; starts an alternative: read as a procedure of its own, &quot;%2&quot;.</source>
        <translation>„%1“ beginnt eine Alternative: als eigene Prozedur gelesen, „%2“.</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>&lt;!-- rollcage: sequence --&gt; under the heading keeps the section one procedure.</source>
        <translation>&lt;!-- rollcage: sequence --&gt; unter der Überschrift lässt den Abschnitt eine einzige Prozedur bleiben.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;%1&quot; names a stage of the work: read as a procedure of its own, &quot;%2&quot; (%3).</source>
        <translation>„%1“ benennt einen Abschnitt der Arbeit: als eigene Prozedur gelesen, „%2“ (%3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is read as a procedure (%2) because its body is a sequence of actions, though no heading above says so.</source>
        <translation>„%1“ wird als Prozedur (%2) gelesen, weil sein Inhalt eine Folge von Aktionen ist, obwohl keine Überschrift darüber das sagt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;!-- rollcage: procedure --&gt; under the heading confirms it; &lt;!-- rollcage: reference --&gt; says it is not one.</source>
        <translation>&lt;!-- rollcage: procedure --&gt; unter der Überschrift bestätigt es; &lt;!-- rollcage: reference --&gt; sagt, dass es keine ist.</translation>
    </message>
    <message>
        <location filename="../app/runbook/StepReader.cpp" line="+120"/>
        <source>Send the message &quot;%1&quot; (its text is a template on the Communicate page).</source>
        <translation>Senden Sie die Nachricht „%1“ (ihr Text ist eine Vorlage auf der Seite „Kommunizieren“).</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Runs &quot;%1&quot;, which changes or deletes data and cannot be undone by Rollcage.</source>
        <translation>Führt „%1“ aus, was Daten ändert oder löscht und von Rollcage nicht rückgängig gemacht werden kann.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runbook asks for a confirmation before this step.</source>
        <translation>Das Runbook verlangt vor diesem Schritt eine Bestätigung.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs &quot;%1&quot;, which changes production without destroying anything: confirm the target before it runs.</source>
        <translation>Führt „%1“ aus, was die Produktion ändert, ohne etwas zu zerstören: bestätigen Sie das Ziel, bevor es läuft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manual step: nothing runs.</source>
        <translation>Ein manueller Schritt: nichts wird ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in its commands changes or deletes anything.</source>
        <translation>Keiner seiner Befehle ändert oder löscht etwas.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Step &quot;%1&quot; quotes `%2` in its text: read as the step&apos;s command.</source>
        <translation>Schritt „%1“ nennt `%2` in seinem Text: als Befehl des Schritts gelesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command in a ```bash fence under the item confirms it; &lt;!-- rollcage: manual --&gt; before the list keeps the commands its items quote as text.</source>
        <translation>Ein Befehl in einem ```bash-Block unter dem Punkt bestätigt es; &lt;!-- rollcage: manual --&gt; vor der Liste lässt die Befehle, die ihre Punkte nennen, als Text stehen.</translation>
    </message>
    <message>
        <location filename="../app/runbook/EscalationReader.cpp" line="+82"/>
        <source>This escalation list starts again at %1 under the same heading as the list before it, so Rollcage numbers it on from level %2. Put each list under its own heading (such as &quot;### Vendor escalation&quot;) to show them as separate groups.</source>
        <translation>Diese Eskalationsliste beginnt unter derselben Überschrift wie die Liste davor wieder bei %1, daher zählt Rollcage ab Stufe %2 weiter. Setzen Sie jede Liste unter eine eigene Überschrift (etwa „### Eskalation Dienstleister“), damit sie als eigene Gruppen erscheinen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; numbers its levels from %2 again; Rollcage numbers them on from level %3, so each level has one number in the incident record.</source>
        <translation>„%1“ zählt seine Stufen wieder ab %2; Rollcage zählt ab Stufe %3 weiter, damit jede Stufe im Incident-Protokoll genau eine Nummer hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 comes after level %2 in the same list; Rollcage takes the list in order and calls it level %3. Renumber the list if another order is meant.</source>
        <translation>%1 steht in derselben Liste nach Stufe %2; Rollcage nimmt die Liste der Reihe nach und nennt sie Stufe %3. Nummerieren Sie die Liste neu, wenn eine andere Reihenfolge gemeint ist.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level %1 is called %2 but comes after a level called %3; Rollcage keeps the written order. Reorder the list if time decides.</source>
        <translation>Stufe %1 wird %2 angerufen, steht aber nach einer Stufe, die %3 angerufen wird; Rollcage behält die geschriebene Reihenfolge bei. Ordnen Sie die Liste um, wenn die Zeit entscheiden soll.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; has no way to reach them yet (&quot;%2&quot;); it is listed as level %3. Write the phone number, pager or channel to use.</source>
        <translation>„%1“ ist noch nicht erreichbar angegeben („%2“); als Stufe %3 aufgeführt. Tragen Sie die Telefonnummer, den Pager oder den Kanal ein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; (%2) looks like where the incident is discussed rather than someone to call; it is listed as level %3. If it is not an escalation contact, put it in the communication plan instead.</source>
        <translation>„%1“ (%2) sieht nach dem Ort aus, an dem der Incident besprochen wird, nicht nach einer anzurufenden Person; als Stufe %3 aufgeführt. Ist es kein Eskalationskontakt, gehört es in den Kommunikationsplan.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The contacts under &quot;%1&quot; are numbered on after those under &quot;%2&quot;, from level %3. If the two lists are alternatives (office hours, nights) rather than one order, call from the one that applies.</source>
        <translation>Die Kontakte unter „%1“ werden im Anschluss an die unter „%2“ weiternummeriert, ab Stufe %3. Sind die beiden Listen Alternativen (Bürozeiten, nachts) statt einer Reihenfolge, rufen Sie aus der zutreffenden an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; lists contacts without saying in which order to call them; Rollcage offers them as escalation levels from %2 in the order written. Number the list, or put it under an &quot;Escalation&quot; heading, to say the order is meant.</source>
        <translation>„%1“ nennt Kontakte, ohne zu sagen, in welcher Reihenfolge sie anzurufen sind; Rollcage bietet sie ab %2 in der geschriebenen Reihenfolge als Eskalationsstufen an. Nummerieren Sie die Liste oder setzen Sie sie unter eine Überschrift „Escalation“, wenn die Reihenfolge gemeint ist.</translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&quot;%1&quot; is not a time Rollcage can count, so it is shown as the condition for calling this level, with no countdown; write it as &quot;after 15 min&quot;, &quot;30 minutes&quot; or &quot;Immediately&quot; if a time is meant.</source>
        <translation>„%1“ ist keine Zeitangabe, mit der Rollcage rechnen kann, und wird daher als Bedingung für den Anruf dieser Stufe gezeigt, ohne Countdown; schreiben Sie „after 15 min“, „30 minutes“ oder „Immediately“, wenn eine Zeit gemeint ist.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a level number; Rollcage takes the rows in order. Write levels as &quot;1&quot;, &quot;L1&quot; or &quot;Level 1&quot;.</source>
        <translation>„%1“ ist keine Stufennummer; Rollcage nimmt die Zeilen der Reihe nach. Schreiben Sie Stufen als „1“, „L1“ oder „Level 1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This escalation row names nobody; it was left out. Fill in the contact column.</source>
        <translation>Diese Eskalationszeile nennt niemanden und wurde ausgelassen. Füllen Sie die Kontaktspalte aus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runbook/PlainTextReader.cpp" line="+258"/>
        <source>This document has no Markdown headings or code fences, so Rollcage read it line by line: %n step(s), from its numbered lines (or bullets, or else each command), with the lines that read as commands as their commands. Check them in the preview, or give the steps a heading and fence the commands (see docs/runbook-format.md).</source>
        <translation>
            <numerusform>Dieses Dokument hat keine Markdown-Überschriften und keine Codeblöcke, daher hat Rollcage es Zeile für Zeile gelesen: %n Schritt, aus seinen nummerierten Zeilen (oder Aufzählungspunkten, sonst aus jedem Befehl), mit den Zeilen, die wie Befehle aussehen, als deren Befehle. Prüfen Sie sie in der Vorschau oder geben Sie den Schritten eine Überschrift und setzen Sie die Befehle in Codeblöcke (siehe docs/runbook-format.md).</numerusform>
            <numerusform>Dieses Dokument hat keine Markdown-Überschriften und keine Codeblöcke, daher hat Rollcage es Zeile für Zeile gelesen: %n Schritte, aus seinen nummerierten Zeilen (oder Aufzählungspunkten, sonst aus jedem Befehl), mit den Zeilen, die wie Befehle aussehen, als deren Befehle. Prüfen Sie sie in der Vorschau oder geben Sie den Schritten eine Überschrift und setzen Sie die Befehle in Codeblöcke (siehe docs/runbook-format.md).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runbook/SessionSteps.cpp" line="+88"/>
        <source>Types &quot;%1&quot; into the session, which changes or deletes data and cannot be undone by Rollcage.</source>
        <translation>Tippt „%1“ in die Sitzung; das ändert oder löscht Daten und kann von Rollcage nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types &quot;%1&quot; into the session, which changes production: confirm the target first.</source>
        <translation>Tippt „%1“ in die Sitzung; das ändert die Produktion: Bestätigen Sie zuerst das Ziel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing in it changes or deletes anything.</source>
        <translation>Nichts darin ändert oder löscht etwas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotated terminal=false: runs as a plain script.</source>
        <translation>Annotiert mit terminal=false: läuft als einfaches Skript.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotated terminal=prompt: runs in a terminal, its exit status its outcome.</source>
        <translation>Annotiert mit terminal=prompt: läuft in einem Terminal, sein Exit-Status ist sein Ergebnis.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Annotated terminal: runs in a terminal.</source>
        <translation>Annotiert mit terminal: läuft in einem Terminal.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Inside the session: %1</source>
        <translation>In der Sitzung: %1</translation>
    </message>
    <message>
        <location filename="../app/runbook/BlockSteps.cpp" line="+152"/>
        <source>Runs %1, whose text the runbook shows at line %2.</source>
        <translation>Führt %1 aus, dessen Text das Runbook in Zeile %2 zeigt.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The block is split into %1 steps at its numbered comments.</source>
        <translation>Der Block wird an seinen nummerierten Kommentaren in %1 Schritte geteilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>```bash {nosplit} keeps it one step.</source>
        <translation>```bash {nosplit} lässt ihn ein einziger Schritt bleiben.</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Another way to do this step: the procedure &quot;%1&quot;.</source>
        <translation>Ein anderer Weg für diesen Schritt: die Prozedur „%1“.</translation>
    </message>
    <message>
        <location filename="../app/runbook/StepProse.cpp" line="+218"/>
        <source>The section has neither a list nor a code block: each paragraph is read as a step, the commands it quotes as the step&apos;s commands.</source>
        <translation>Der Abschnitt hat weder eine Liste noch einen Codeblock: Jeder Absatz wird als Schritt gelesen, die Befehle, die er zitiert, als dessen Befehle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A numbered list with each command in a fence makes the steps explicit; &lt;!-- rollcage: reference --&gt; under the heading says it is no procedure.</source>
        <translation>Eine nummerierte Liste mit jedem Befehl in einem Codeblock macht die Schritte eindeutig; &lt;!-- rollcage: reference --&gt; unter der Überschrift sagt, dass es keine Prozedur ist.</translation>
    </message>
    <message>
        <location filename="../app/runbook/ProcedureReader.cpp" line="+472"/>
        <source>&quot;%1&quot; is read as a procedure for its heading, though no step has a shell command: its code is shown to be applied by hand.</source>
        <translation>„%1“ wird wegen seiner Überschrift als Prozedur gelesen, obwohl kein Schritt einen Shell-Befehl hat: sein Code wird zum Anwenden von Hand gezeigt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;!-- rollcage: reference --&gt; under the heading says it is not one.</source>
        <translation>&lt;!-- rollcage: reference --&gt; unter der Überschrift sagt, dass es keine ist.</translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::detail::Reader</name>
    <message>
        <location line="-395"/>
        <source>Data loss: %1</source>
        <translation>Datenverlust: %1</translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Run the commands</source>
        <translation>Die Befehle ausführen</translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::recognize</name>
    <message>
        <location filename="../app/runbook/SessionRecognizers.cpp" line="+204"/>
        <source>Opens a session with &quot;%1&quot;: it runs in a terminal, and the commands the runbook lists after it are typed into that session.</source>
        <translation>Öffnet eine Sitzung mit „%1“: läuft in einem Terminal, und die Befehle, die das Runbook danach nennt, werden in diese Sitzung getippt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Runs &quot;%1&quot; with a terminal (-it): it runs in a terminal.</source>
        <translation>Führt „%1“ mit Terminal (-it) aus: läuft in einem Terminal.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&quot;gcloud … delete&quot; asks to confirm unless --quiet: it runs in a terminal.</source>
        <translation>„gcloud … delete“ fragt ohne --quiet nach einer Bestätigung: läuft in einem Terminal.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reads an answer from the terminal (&quot;read&quot;): it runs in a terminal so the operator can answer.</source>
        <translation>Liest eine Antwort vom Terminal („read“): läuft in einem Terminal, damit der Operator antworten kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1 %2&quot; asks &quot;yes&quot; before it acts: it runs in a terminal so the operator can answer.</source>
        <translation>„%1 %2“ fragt nach „yes“, bevor es handelt: läuft in einem Terminal, damit der Operator antworten kann.</translation>
    </message>
    <message>
        <location filename="../app/runbook/WatchRecognizers.cpp" line="+53"/>
        <source>&quot;%1&quot; follows the output until it is stopped: it runs in a terminal, where the operator ends it (Ctrl+C) once they have seen enough.</source>
        <translation>„%1“ folgt der Ausgabe, bis es angehalten wird: läuft in einem Terminal, wo der Operator es beendet (Strg+C), sobald er genug gesehen hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; opens an editor: it runs in a terminal so the operator can make the change and save it.</source>
        <translation>„%1“ öffnet einen Editor: läuft in einem Terminal, damit der Operator die Änderung vornehmen und speichern kann.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&quot;%1&quot; is a full-screen program the operator reads and quits: it runs in a terminal.</source>
        <translation>„%1“ ist ein Vollbildprogramm, das der Operator liest und beendet: läuft in einem Terminal.</translation>
    </message>
</context>
</TS>
