<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>WelcomePage</name>
    <message>
        <source>No runbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your team's Markdown rollback runbook. Rollcage turns it into a guided, recorded procedure: assess, prepare, roll back, verify, communicate, report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Markdown runbook (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;example runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled example: a fictional checkout service rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent runbooks yet. Open one with Ctrl+O, or drop a Markdown file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::MainWindow</name>
    <message>
        <source>Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Example Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready. Open a runbook to begin (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open runbook</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
