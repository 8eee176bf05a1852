<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>WelcomePage</name>
    <message>
        <source>No runbook open</source>
        <translation>Kein Runbook geöffnet</translation>
    </message>
    <message>
        <source>Open your team's Markdown rollback runbook. Rollcage turns it into a guided, recorded procedure: assess, prepare, roll back, verify, communicate, report.</source>
        <translation>Öffnen Sie das Rollback-Runbook Ihres Teams (Markdown). Rollcage macht daraus ein geführtes, protokolliertes Verfahren: bewerten, vorbereiten, zurückrollen, prüfen, informieren, berichten.</translation>
    </message>
    <message>
        <source>&amp;Open runbook…</source>
        <translation>Runbook ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a Markdown runbook (Ctrl+O)</source>
        <translation>Ein Markdown-Runbook öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Try the &amp;example runbook</source>
        <translation>&amp;Beispiel-Runbook ausprobieren</translation>
    </message>
    <message>
        <source>Open the bundled example: a fictional checkout service rollback</source>
        <translation>Das mitgelieferte Beispiel öffnen: Rollback eines fiktiven Checkout-Dienstes</translation>
    </message>
    <message>
        <source>&amp;Recent runbooks</source>
        <translation>&amp;Zuletzt geöffnete Runbooks</translation>
    </message>
    <message>
        <source>Recent runbooks</source>
        <translation>Zuletzt geöffnete Runbooks</translation>
    </message>
    <message>
        <source>No recent runbooks yet. Open one with Ctrl+O, or drop a Markdown file on this window.</source>
        <translation>Noch keine zuletzt geöffneten Runbooks. Öffnen Sie eines mit Strg+O oder ziehen Sie eine Markdown-Datei auf dieses Fenster.</translation>
    </message>
</context>
<context>
    <name>rollcage::gui::MainWindow</name>
    <message>
        <source>Rollcage</source>
        <translation>Rollcage</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation>Runbook ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Example Runbook</source>
        <translation>&amp;Beispiel-Runbook öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Close Runbook</source>
        <translation>Runbook &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Rollcage</source>
        <translation>Ü&amp;ber Rollcage</translation>
    </message>
    <message>
        <source>No recent runbooks</source>
        <translation>Keine zuletzt geöffneten Runbooks</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Ready. Open a runbook to begin (Ctrl+O).</source>
        <translation>Bereit. Öffnen Sie ein Runbook, um zu beginnen (Strg+O).</translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation>Runbook öffnen</translation>
    </message>
    <message>
        <source>Cannot open runbook</source>
        <translation>Runbook kann nicht geöffnet werden</translation>
    </message>
</context>
</TS>
