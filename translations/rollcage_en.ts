<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessPage</name>
    <message>
        <location filename="../forms/AssessPage.ui" line="+9"/>
        <source>Pick the row of the decision matrix that matches what is happening. Its deadline starts the countdown; your justification goes into the incident record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rollback &amp;triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scenario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a row above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity / action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Se&amp;verity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approach:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hotfix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Fix forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why this choice? E.g. &quot;5xx at 4% since the 02:58 deploy; previous release still on disk; rollback is faster than a hotfix.&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;decision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BaseUrlsDialog</name>
    <message>
        <location filename="../forms/BaseUrlsDialog.ui" line="+6"/>
        <source>Health Check Base URLs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base URL (e.g. https://api.staging.example.com)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location filename="../forms/ChecklistPage.ui" line="+21"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tick the selected item, or take a tick or waiver back (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Waive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass the selected item without doing it; a reason is required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <location filename="../forms/CredentialsDialog.ui" line="+6"/>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Secrets the runbook steps use, kept in the OS keychain. Only their names are listed here; a value is shown only while you hold “Hold to reveal”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Scope / name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store a new secret in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store a new value for the selected secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected secret from the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold to re&amp;veal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the value while the button is held down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the value; the clipboard is cleared after 30 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hold “Hold to reveal” to see the selected value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SERVICE/ENVIRONMENT, e.g. larkspur-checkout/production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. REDIS_KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <location filename="../app/gui/DisplayText.cpp" line="+63"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EscalationPanel</name>
    <message>
        <location filename="../forms/EscalationPanel.ui" line="+11"/>
        <source>&lt;b&gt;Escalate&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Call the next level when a step fails and you do not know why, when the deadline is close, or whenever you are unsure. Escalating early is never wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This runbook names no escalation levels. Escalate through your team&apos;s on-call process and record whom you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Escalation due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Current escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Escalation history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Record that I called them…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal that you escalated to the selected level, with a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phase</name>
    <message>
        <location filename="../app/gui/PhaseBar.cpp" line="+19"/>
        <source>Assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../forms/ReportPage.ui" line="+11"/>
        <source>The report is written from the journal: every decision, tick, waiver, step, message and health check, as recorded. Write what only you know on the right; it is saved when you leave a field or press Ctrl+S.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report as Markdown, HTML or PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>R&amp;oot cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Re&amp;solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Prevention and action items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackPage</name>
    <message>
        <location filename="../forms/RollbackPage.ui" line="+11"/>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The runbook&apos;s procedures with their expected time and risk. It can change until a step has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Values…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See and change the values the steps use (recorded in the incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Guided mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One step at a time, with why it matters and the next action as the default (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show who to call next, from the runbook&apos;s escalation levels (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Procedure steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress through the procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Why this step matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Type the target to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Commands of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Who holds this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Second person&apos;s approval of this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request a&amp;pproval…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ask a second person on the incident to approve this step before it runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take o&amp;ver…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The console holding this step stopped answering: take the step over, giving a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark this manual step done, with an optional note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark d&amp;one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;failed…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;kip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pass this step without running it; a reason is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Go on to the next step once you have read this one&apos;s output (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cancel step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stop the running step and everything it started (Ctrl+.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time the step has been running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StakeholderPlan</name>
    <message>
        <location filename="../app/messaging/StakeholderPlan.cpp" line="+37"/>
        <source>Incident channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Within 30 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source> — due %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepInputBar</name>
    <message>
        <location filename="../forms/StepInputBar.ui" line="+20"/>
        <source>Answer, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer to the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types the answer into the step&apos;s input, followed by Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>End of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the step&apos;s input, as Ctrl+D in a terminal (Ctrl+D here)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../forms/WelcomePage.ui" line="+20"/>
        <source>No runbook open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open your team&apos;s Markdown rollback runbook, or drop it on this window. Rollcage turns it into a guided, recorded procedure: assess, prepare, roll back, verify, communicate, report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Open runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a Markdown runbook (Ctrl+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Try the &amp;example runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the bundled example: a fictional checkout service rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unfinished incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unfinished incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>All i&amp;ncidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every incident recorded: resume or open one, abandon one left unfinished (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../app/cli/Cli.cpp" line="+87"/>
        <source>rollcage: unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/Options.cpp" line="+13"/>
        <source>Incident store: a SQLite file path or a postgresql:// URL (default: SQLite in the user data directory). Over TLS: postgresql://USER@HOST/DB?sslmode=verify-full&amp;sslrootcert=CA.crt; the password is kept in the keychain, never in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rollcage: a guided, recorded console for rolling back a bad deployment.

Without a command, opens the GUI (on FILE when given).
Commands (see rollcage COMMAND --help): check, run, incidents, follow, approve, report, secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A runbook (Markdown) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SecretSourceFactory.cpp" line="+22"/>
        <source>stdin is not a terminal to ask for them on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>execution</name>
    <message>
        <location filename="../app/execution/StepScript.cpp" line="+268"/>
        <source>Step &quot;%1&quot; (line %2) cannot run: no value for %3. Give each one (e.g. --var NAME=VALUE) and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/GuiMain.cpp" line="+102"/>
        <source>Incident database unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>

Runbooks can still be read; incidents cannot be declared.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>modules</name>
    <message>
        <location filename="../app/core/PluginLoader.cpp" line="+29"/>
        <source>Cannot load %1: %2 is missing. Rollcage&apos;s installation is incomplete; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot load %1 from %2: %3. Rollcage&apos;s installation is incomplete; reinstall it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 does not provide %2: it belongs to another version of Rollcage; reinstall Rollcage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/GateRunner.cpp" line="+14"/>
        <source>the health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/ConsoleModule.cpp" line="+13"/>
        <source>the incident console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::cli</name>
    <message>
        <location filename="../app/cli/CheckCommand.cpp" line="+28"/>
        <source> (%1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (%1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>typed confirmation &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm the target &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>one click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>     %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>     terminal session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>     terminal (prompts): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>       &gt; %1  (line %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 decisions, %2 triggers, %3 checklists, %4 procedures, %5 templates, %6 stakeholders, %7 escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>checklist  %1 [%2], %3 items (line %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>procedure  %1%2 (line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1. %2%3%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> [manual]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> [destructive]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Import a Markdown runbook and report what Rollcage understood of it. Exit status: 0 when it imports without errors, 1 when it has errors, 2 on usage or I/O errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the imported runbook as JSON instead of a summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runbook (Markdown) to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: rollcage check FILE [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1:%2: guess: %3 To settle it: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/RunCommand.cpp" line="+37"/>
        <source>%1: this build has no runbook importer, so it cannot run runbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source># Dry run of &quot;%1&quot; (%2 steps); nothing is executed or recorded.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (destructive: needs --yes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (changes production: acts on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source># manual step
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>rollcage run: pre-flight found %n problem(s); nothing was run:</source>
        <translation>
            <numerusform>rollcage run: pre-flight found %n problem; nothing was run:</numerusform>
            <numerusform>rollcage run: pre-flight found %n problems; nothing was run:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>rollcage run: pre-flight found %n problem(s) a run would stop at:</source>
        <translation>
            <numerusform>rollcage run: pre-flight found %n problem a run would stop at:</numerusform>
            <numerusform>rollcage run: pre-flight found %n problems a run would stop at:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>rollcage run: pre-flight passed: every value, program and script the steps need is there (steps run in %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run procedures of a runbook headless, one after the other, recording one incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A procedure to run (its title, or a unique part of it); repeatable: each runs after the one before, in one incident (e.g. diagnose, roll back, verify).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tick an item of the pre-rollback checklist (its text or a unique part); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waive an item of the pre-rollback checklist, with the reason; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A placeholder value; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm destructive steps and waive manual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the substituted commands (secrets masked) without running or recording anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service name (default: from the runbook title); with the environment, the keychain scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Environment (default: production).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the journal records as acting (default: the name chosen in the GUI, else the OS user&apos;s full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resume this incident instead of declaring a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For a step whose outcome is unknown after a crash: retry, done or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where the steps run (default: the root of the runbook&apos;s repository, else its folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The runbook (Markdown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: --incident resumes an incident; give its runbook and procedure too: rollcage run RUNBOOK --procedure NAME --incident %1 [--resolve retry|done|failed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rollcage run: usage: rollcage run RUNBOOK --procedure NAME [--procedure NAME]... [--var K=V]... [--tick ITEM]... [--waive ITEM=REASON]... [--directory DIR] [--yes] [--dry-run], or to resume: rollcage run RUNBOOK --procedure NAME --incident N [--resolve retry|done|failed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: --waive takes ITEM=REASON (a waiver needs its reason), got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rollcage run: --var takes NAME=VALUE, got &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>rollcage run: --incident takes an incident number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rollcage run: --resolve takes retry, done or failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rollcage run: the runbook has errors; fix them (see `rollcage check`) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>rollcage run: the outcome of step %1 of incident %2 is unknown (Rollcage stopped while it ran). Look at what it did, then pass --resolve retry, --resolve done or --resolve failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>resolved from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: step %1 marked failed; incident %2 stays rolling_back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>resumed from the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rollcage run: incident %1 declared in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/IncidentsCommand.cpp" line="+61"/>
        <source>there is no incident store at %1: nothing has been recorded there. Check --database, or record an incident first with `rollcage run RUNBOOK`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rollcage: a step interrupted by a crash could not be marked outcome unknown (%1); it shows as running until a run can write again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage: incident %1 was interrupted while a step ran; that step&apos;s outcome is unknown. Resume with `rollcage run RUNBOOK --procedure NAME --incident %1 --resolve retry|done|failed`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>List the incidents recorded in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only the incidents not yet resolved or aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No incidents recorded in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No open incidents in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+46"/>
        <source>rollcage report: --set %1: give NAME=TEXT where NAME is one of %2 (e.g. --set root_cause=&quot;expired TLS certificate&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Write the report of a recorded incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Report format: md, html or pdf (pdf needs -o).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write to FILE instead of standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a report field first (repeatable): NAME=TEXT, NAME one of %1. The latest text of a field wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/FollowCommand.cpp" line="+120"/>
        <source>Print an incident&apos;s timeline and step output, then follow it live (on a shared PostgreSQL store) until it is resolved or aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print what is recorded and exit; do not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/ApproveCommand.cpp" line="+55"/>
        <location filename="../app/cli/ReportCommand.cpp" line="+5"/>
        <source>The incident&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollcage follow: give one incident number (`rollcage incidents` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Incident %1: %2 (%3/%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rollcage follow: %1 is a SQLite file; following live needs a shared PostgreSQL store (--database postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>rollcage follow: the incident database is back; what was recorded meanwhile follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ReportCommand.cpp" line="+12"/>
        <source>rollcage report: give one incident number, e.g. `rollcage report 3 --format md` (`rollcage incidents` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage report: unknown format &quot;%1&quot;; use md, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage report: a PDF needs a file to go to: add -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Incident %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/SecretCommand.cpp" line="+67"/>
        <source>Stored %1 for %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage: no value on stdin for %1; nothing was stored. Pipe it in, e.g. printenv TOKEN | rollcage secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>rollcage: %1 was not stored (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Deleted %1 for %2 from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Manage the secrets runbook steps use, in the OS keychain.

  secret set SCOPE NAME     store a value read from stdin (hidden on a terminal)
  secret delete SCOPE NAME  remove it
  secret list [SCOPE]       the stored names (never values)

SCOPE is SERVICE/ENVIRONMENT, e.g. larkspur-checkout/production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>set, delete or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SERVICE/ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the secret&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>rollcage secret: expected &apos;set SCOPE NAME&apos;, &apos;delete SCOPE NAME&apos; or &apos;list [SCOPE]&apos;; see rollcage secret --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/ApproveCommand.cpp" line="-32"/>
        <source>step %1 &quot;%2&quot; of &quot;%3&quot;, asked by %4 at %5 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approve (or refuse) a step another person asked a second pair of eyes for. The commands asked for are printed first; the answer is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The step&apos;s number, when several wait for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The step&apos;s procedure, when several wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refuse instead of approving (a note is required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why, recorded with the answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who the journal records as answering (default: the name chosen in the GUI, else the OS user&apos;s full name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>rollcage approve: give one incident number (`rollcage incidents` lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>rollcage approve: nothing in incident %1 waits for approval%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> as named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage approve: several steps wait for approval; name one with --step (and --procedure):
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Incident %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rollcage approve: refusing needs --note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Approved as %1; %2&apos;s console may run it once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused as %1; %2 is told why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::cli::Follower</name>
    <message>
        <location filename="../app/cli/FollowCommand.cpp" line="-143"/>
        <source>        … %1 earlier lines (rollcage report %2 has them)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::cli::HeadlessRun</name>
    <message>
        <location filename="../app/cli/HeadlessRun.cpp" line="+109"/>
        <source>%1 succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>rollcage run: every step of &quot;%1&quot; is settled (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next --procedure of the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: now &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every procedure step settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage run: incident %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>rollcage run: tick what was done with --tick ITEM, or waive it with --waive &quot;ITEM=REASON&quot; (resume with --incident %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>rollcage run: step %1 changes production: it acts on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>[%1] waits for input: type the answer and press Enter (Ctrl+D ends its input).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>[%1] waits for a secret (not shown as you type it): type it and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;== [%1] marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot; (its session did not do what it should); incident %3 stays open. Resume with --incident %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;== [%1] %2, but its end could not be recorded: its outcome is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot; (outcome unknown). Free space or fix the database, look at what the step did, then resume with --incident %3 --resolve retry|done|failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>rollcage run: stopped at step %1 of &quot;%2&quot;; incident %3 stays %4. Resume with --incident %3 after looking into it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-126"/>
        <source>rollcage run: step %1 is manual. Do it, then resume with --incident %2 --yes (which records manual steps as waived: not performed by Rollcage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-96"/>
        <source>rollcage run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rollcage run: nothing was run; incident %1 waits for it (resume with --incident %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>manual step in a headless run (--yes): not performed by Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rollcage run: step %1 (&quot;%2&quot;) is destructive; run again with --yes to confirm it (resume with --incident %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+100"/>
        <source>&lt;== [%1] succeeded in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;== [%1] %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>rollcage run: interrupted; cancelling the running step (SIGTERM to its process group, SIGKILL after the grace period).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/HeadlessApproval.cpp" line="+35"/>
        <source>rollcage run: four-eyes approval needs the others live: run on a shared PostgreSQL store (--database postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>asked by a headless run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>rollcage run: step %1 needs a second person&apos;s approval; asked. Waiting for another member to approve it from their console, or with `rollcage approve %2` (Ctrl+C stops).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>rollcage run: %1 approved step %2%3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::cli::HeadlessTerminal</name>
    <message>
        <location filename="../app/cli/HeadlessTerminal.cpp" line="+278"/>
        <source>The session of step %1 has ended; its exit status says little. Did it do what it should? Type done or failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type done or failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A note for the journal (what shows it):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::cli::TerminalPrompter</name>
    <message>
        <location filename="../app/cli/TerminalPrompter.cpp" line="+58"/>
        <source>stdin is not a terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Value of %1 for %2 (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+27"/>
        <source>end of input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>nothing was entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remember %1 in the keychain? [y/N] </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::execution</name>
    <message>
        <location filename="../app/execution/DeclarationValues.cpp" line="+93"/>
        <source>%1 (step %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (steps %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/Preflight.cpp" line="+171"/>
        <source>Create it, or choose another working directory (--directory, or in the New incident dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give it a value (--var %1=…, or in the New incident dialog).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>It is not in %1: check the working directory, or that the script is checked out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Install it or put it on PATH, or run the incident where it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>steps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The working directory %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No value for %1, needed by %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`%1` is not installed, needed by %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>`%1` does not exist, run by %2 of “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the working directory %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not on this machine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-flight: %1 (hover for what to do).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::execution::Engine</name>
    <message>
        <location filename="../app/execution/EngineLookup.cpp" line="+42"/>
        <source>No procedure %1 &quot;%2&quot; in %3. Procedures: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is uniquely named by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/Engine.cpp" line="+113"/>
        <location filename="../app/execution/EngineSession.cpp" line="+36"/>
        <source>The working directory %1 does not exist. Choose a folder that does (the steps run there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a secret: it is never recorded, so it cannot be given as a variable. Store it in the keychain (rollcage secret set) instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Incident %1 was declared with a different version of the runbook (%2). Use the runbook as it was then; its text is kept in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>step %1&apos;s outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../app/execution/EngineSession.cpp" line="-4"/>
        <source>No incident is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 of &quot;%2&quot; is running; wait for it or cancel it before switching procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is a secret and is never recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a procedure step was started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-67"/>
        <location line="+73"/>
        <location filename="../app/execution/EngineApproval.cpp" line="+29"/>
        <location line="+18"/>
        <source>No incident is open: declare or resume one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Procedure &quot;%1&quot; has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is still running; wait for it or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step %1 (&quot;%2&quot;) is manual: do it, then mark it done with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Step %1 (&quot;%2&quot;) is destructive%3: type &quot;%4&quot; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Step %1 (&quot;%2&quot;, line %3) cannot run: no value for %4. Give each one (e.g. --var NAME=VALUE) and run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Step %1 needs the secrets %2, and no secret source is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineRun.cpp" line="+54"/>
        <source>The working directory %1 is gone. Choose another one on the Roll back page (or with --directory) and run the step again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The output of step %1 is no longer recorded from its line %2 on (it still shows here, but will be missing from the journal and the report): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>its end could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled while waiting for secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineRecords.cpp" line="+25"/>
        <source>Skipping a step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Waiving a step needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Step %1&apos;s outcome is known; nothing to resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A decision needs a justification (why roll back rather than hotfix or fix forward).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waiving a checklist item needs a written reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is neither ticked nor waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Escalation levels start at 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineGate.cpp" line="+72"/>
        <source>Step %1 (&quot;%2&quot;), runbook line %3: %4. Fix the runbook&apos;s health block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Step %1 (&quot;%2&quot;, line %3) is a health gate without a check: write one URL per line in its health block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1 (&quot;%2&quot;, line %3) is a health gate and cannot run: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>attempt %1/%2  %3  %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>passed in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 still failing after %2 attempts: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineSession.cpp" line="+6"/>
        <source>(none given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A step is running; change the working directory after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: `%2` failed with status %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The step printed nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineTerminal.cpp" line="+55"/>
        <source>Step %1 (&quot;%2&quot;, line %3) needs a terminal: %4 No terminal is attached (standard input is not a terminal), so it was not started rather than left reading an empty input. Run it from a terminal (rollcage run in an interactive shell) or in the Rollcage window, or mark its block terminal=false if it asks nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+110"/>
        <source>No session is running to type into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 has no session line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; (line %2) is destructive (%3): type &quot;%4&quot; to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the session ended (%1); say whether what was done in it worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ended by the operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineInput.cpp" line="+34"/>
        <source>Step %1 (&quot;%2&quot;, line %3) waits for input: a program in it reads its standard input, and no terminal is attached (standard input is not a terminal). It was stopped rather than left waiting. Run it from a terminal (rollcage run in an interactive shell) or in the Rollcage window, or give the program its answer in the runbook (an option such as --yes or -auto-approve, or input from a file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+20"/>
        <source>No step is waiting for input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>The answer could not be passed to step %1: it no longer reads its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Step %1 no longer reads its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineTeam.cpp" line="+116"/>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/execution/EngineApproval.cpp" line="+10"/>
        <source>Refusing a step needs a note saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Turning four-eyes approval off needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Steps are taken over on a shared store only: here no other console holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>taken over from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::execution::InputTerminal</name>
    <message>
        <location filename="../app/execution/InputTerminal.cpp" line="+35"/>
        <source>Could not open a terminal for the step&apos;s input (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::execution::StepRunner</name>
    <message>
        <location filename="../app/execution/StepRunner.cpp" line="+152"/>
        <source>The temporary directory %1 (TMPDIR) does not exist. Create it or set TMPDIR to another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Could not create a pipe for the step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Could not write the step&apos;s script to %1: %2. Free some space there or set TMPDIR to another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+180"/>
        <source>The step ran past its timeout of %1 s and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The step was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The step exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Could not start %1: %2. Check that bash is installed and executable.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::execution::TerminalRunner</name>
    <message>
        <location filename="../app/execution/TerminalRunner.cpp" line="+183"/>
        <source>Could not write the step&apos;s script to %1: %2. Free some space there or set TMPDIR to another directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Could not start %1: %2. Check that bash is installed and executable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+99"/>
        <source>The session was ended by the operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The session exited with status %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was killed by signal %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui</name>
    <message>
        <location filename="../app/gui/DirectoryRow.cpp" line="+20"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::AddChannelDialog</name>
    <message>
        <location filename="../app/gui/AddChannelDialog.cpp" line="+23"/>
        <source>Add a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webhook &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stored in the OS keychain, never in Rollcage&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the channel a name (e.g. larkspur-incidents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” cannot be a channel name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example larkspur-incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The webhook URL is not a URL: paste the whole https://… address.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::AssessPage</name>
    <message>
        <location filename="../app/gui/AssessPage.cpp" line="+78"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — respond within %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Decision matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no decision matrix. Choose the approach below and write what you see and why — it goes into the incident record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, the response time of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 (countdown of %n minute(s) starts when recorded)</source>
        <translation>
            <numerusform>%1 (countdown of %n minute starts when recorded)</numerusform>
            <numerusform>%1 (countdown of %n minutes starts when recorded)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ctrl+Enter records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A justification is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the scenario that matches (click a row, or Tab to the matrix and use the arrows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a row above.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::BaseUrlsDialog</name>
    <message>
        <location filename="../app/gui/BaseUrlsDialog.cpp" line="+14"/>
        <source>the service (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The runbook names health endpoints by path. Give the base URL each component has in &lt;b&gt;%1&lt;/b&gt;; components left empty use the service&apos;s. Remembered for this runbook and environment, and recorded in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ChecklistModel</name>
    <message>
        <location filename="../app/gui/ChecklistModel.cpp" line="+160"/>
        <source>Waived: %1 — by %2 at %3, because: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — ticked by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 ticked it too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Waived: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ticked; untick it (Space) if that was a mistake — the untick is recorded too.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ChecklistPage</name>
    <message>
        <location filename="../app/gui/ChecklistPage.cpp" line="+37"/>
        <source>“%1” was not ticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Waive checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is “%1” passed without being done?
The reason is recorded in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The waiver of “%1” was not recorded; Waive… offers its reason again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&amp;Tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Withdraw &amp;waiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Un&amp;tick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing to tick here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every item is ticked or waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 item still open: tick or waive it before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 items still open: each must be ticked or waived before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CommandView</name>
    <message>
        <location filename="../app/gui/CommandView.cpp" line="+23"/>
        <source>Step commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CommunicatePage</name>
    <message>
        <location filename="../app/gui/CommunicatePage.cpp" line="+47"/>
        <source>&amp;Leave as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;send selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who must hear, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stakeholder plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Retry waiting messages &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send a refused or given-up message again, e.g. after fixing the channel&apos;s webhook URL in Tools → Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add c&amp;hannel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Every placeholder is filled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still to fill (or leave): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Recorded: %1 was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The channel “%1” was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(this runbook has no message templates: write freely)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Fill or explicitly leave every placeholder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copied. Paste it where it needs to go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Handed to your mail program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No outbox: the keychain that holds webhook addresses is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Queued for %1; it is recorded and will be retried until delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1
via %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> — OVERDUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: tell %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 should have heard by now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The incident is closed: no more status updates are due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status updates every %1 min; next due %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status update due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next status update on %1 was due at %2: send it from Communicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No webhook outbox (no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 → %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing sent yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy to clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Channels need the OS keychain, which is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Queued again as a new message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::CredentialsDialog</name>
    <message>
        <location filename="../app/gui/CredentialsDialog.cpp" line="+83"/>
        <source>%1 › %2 › %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>no loaded runbook step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Needed by runbook steps, not stored yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No secrets are stored yet. Add one here, or from a terminal with: rollcage secret set SERVICE/ENVIRONMENT NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Add a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Type the value of %1 first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Storing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete credential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1 for %2 from the keychain? Steps that use it will ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Stored %1 for %2 in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deleted %1 for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Copied %1; the clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied %1; the clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied %1; the clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rollcage::gui::DecisionModel</name>
    <message>
        <location filename="../app/gui/RunbookTableModels.cpp" line="+70"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::DesktopNotifier</name>
    <message>
        <location filename="../app/gui/DesktopNotifier.cpp" line="+34"/>
        <source>there is no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::EscalationModel</name>
    <message>
        <location filename="../app/gui/EscalationModel.cpp" line="+218"/>
        <source>Group: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level %1: %2%3 — due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✔ Level %1: %2%3 (called)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1, %2: due now, to be called %3, not called yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Level %1, %2: called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; the runbook writes &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbook line %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runbook line %1, under &quot;%2&quot;%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::EscalationPanel</name>
    <message>
        <location filename="../app/gui/EscalationPanel.cpp" line="+37"/>
        <source>Escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You called %1. Note for the record (who, how, what they said):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>level %1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source> Next: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nobody called yet.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Called:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Level %1 (%2) is due: the incident has lasted %n min.</source>
        <translation>
            <numerusform>Level %1 (%2) is due: the incident has lasted %n min.</numerusform>
            <numerusform>Level %1 (%2) is due: the incident has lasted %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Also due: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-90"/>
        <source>Choose the level you called.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Escalated to level %1 (%2).%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::Feedback</name>
    <message>
        <location filename="../app/gui/Feedback.cpp" line="+45"/>
        <source>Confirm (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reason is required: it is recorded in the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Waiting for the incident database (see above).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthDelegate</name>
    <message>
        <location filename="../app/gui/HealthDelegate.cpp" line="+62"/>
        <source>max %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthDock</name>
    <message>
        <location filename="../app/gui/HealthDock.cpp" line="+44"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>&amp;Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-149"/>
        <source>&amp;Base URLs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Health alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Every 10 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every 2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often the checks are probed; alert rules such as &quot;3 failures in a row&quot; count these probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probe every check once, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop probing for a while (e.g. during a planned restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the runbook&apos;s endpoint paths point in this environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Health alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health alert cleared: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No incident open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The runbook names no health endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused: not probing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Probing %n check(s).</source>
        <translation>
            <numerusform>Probing %n check.</numerusform>
            <numerusform>Probing %n checks.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Every %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Probing starts when the incident is prepared for roll back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not checked yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::HealthModel</name>
    <message>
        <location filename="../app/gui/HealthModel.cpp" line="+98"/>
        <source>not yet checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OK, %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1%2
from line %3 of the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 of the last %2 checks failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentConsole</name>
    <message>
        <location filename="../app/gui/IncidentConsole.cpp" line="+44"/>
        <source>Work through the pre-rollback checklist. Every tick is recorded with your name and the time. An item you cannot do must be waived with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Continue to &amp;Roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no pre-rollback checklist, so there is nothing to tick here.
Continue to Roll back (Ctrl+Enter) when you are ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check that the rollback worked: the post-rollback and validation checklists. Tick what you verified; waive with a reason what you could not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolve incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This runbook has no post-rollback or validation checklist.
Check the service the way your team does (the Health dock, when the runbook names endpoints), then resolve the incident (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Report exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pre-rollback checklist complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>verified after rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every step of the procedure settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Every secret of &quot;%1&quot; is at hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not every secret of &quot;%1&quot; is at hand (%2); a step that needs one asks for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>incident declared from the console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Step %1, “%2”, is still running. Leaving stops it and everything it started; its outcome is then unknown, and you check the system before going on when you resume the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) not delivered yet: %1. They stay in the outbox and are sent when the incident is resumed.</source>
        <translation>
            <numerusform>%n message not delivered yet: %1. It stays in the outbox and is sent when the incident is resumed.</numerusform>
            <numerusform>%n messages not delivered yet: %1. They stay in the outbox and are sent when the incident is resumed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Roll back is locked until every pre-rollback checklist item is ticked or waived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Severity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (severity %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (trigger: %1 %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>fix forward chosen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/IncidentConsoleTeam.cpp" line="+39"/>
        <source>Who is on this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The incident database answers again; what others recorded meanwhile is read in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>&lt;b&gt;Here now:&lt;/b&gt; only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>&lt;b&gt;Here now:&lt;/b&gt; %n people</source>
        <translation>
            <numerusform>&lt;b&gt;Here now:&lt;/b&gt; %n person</numerusform>
            <numerusform>&lt;b&gt;Here now:&lt;/b&gt; %n people</numerusform>
        </translation>
    </message>
    <message>
        <location line="+54"/>
        <source>at step %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentListDialog</name>
    <message>
        <location filename="../app/gui/IncidentListDialog.cpp" line="+31"/>
        <source>Only &amp;unfinished incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+102"/>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>&amp;Abandon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close as resol&amp;ved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Abandon incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is incident %1 abandoned? It ends as aborted, with this reason in its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close incident %1 as resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How was incident %1 resolved? It ends as resolved, with this note in its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>No incident is being worked on in %1 now. This list updates when someone declares one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No incidents yet. Open a runbook and declare one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every incident is resolved or aborted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 unfinished incident, in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 unfinished incidents, in bold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This incident is open in the window: close it there first (Incident → Close Incident)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End an unfinished incident that will not be worked on; the reason is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End an unfinished incident whose service is back by other means (by hand, another tool); the note is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Join</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>You command this incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nobody commands this incident: you may take command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has command but is not here now: you may take command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Join an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Operator — runs steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer — reads, acts on nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commander — decides, approves, resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Join &amp;as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Incident %1 closed as resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1 abandoned: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::IncidentListModel</name>
    <message>
        <location filename="../app/gui/IncidentListModel.cpp" line="+25"/>
        <source>%1 — a step&apos;s outcome is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1
Runbook: %2
Service: %3 (%4)
Procedure: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Here now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::LogExport</name>
    <message>
        <location filename="../app/gui/LogExport.cpp" line="+23"/>
        <source>There is no output to write: no step run is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+29"/>
        <location line="+8"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::LogView</name>
    <message>
        <location filename="../app/gui/LogView.cpp" line="+50"/>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the newest output in view (End)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timestamps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Highlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Colour levels, times, addresses and quoted text in the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search output (Ctrl+F, F3 next, Shift+F3 previous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open full &amp;log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>line %L1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>still writing the full log…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No output to open yet: run a step, or pick one that has run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>full log written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full log opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full log written to %1 (no program here opens log files).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-45"/>
        <location line="+110"/>
        <source>writing full log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::MainWindow</name>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="+45"/>
        <source>The incident database is still opening; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+203"/>
        <source>Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-189"/>
        <location line="+193"/>
        <source>Ready. Open a runbook to begin (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Runbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Example Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Close Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Join…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work on an incident with others, on a shared PostgreSQL store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Credentials…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your events are recorded under and the team sees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No recent runbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open another runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1

Check that the file exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Example runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has errors: fix them before declaring an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1. Declare an incident with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowIncidents.cpp" line="+37"/>
        <source>Leave incident %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1 has work in progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No incident is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Incident %1 closed; resume it from Incident → Incidents… (Ctrl+I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a runbook first (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <location filename="../app/gui/MainWindowTeam.cpp" line="+47"/>
        <source>No incident database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-100"/>
        <source>This runbook has errors or no procedure: fix it before declaring an incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+17"/>
        <source>Cannot declare the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Declare a new incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Incident %1 — Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incident %1 is open; every action is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Resume incident?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident %1, “%2”, is still %3.
Resume it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>All &amp;incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Open incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+4"/>
        <location line="+13"/>
        <source>Cannot resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindow.cpp" line="-18"/>
        <source>About Rollcage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Rollcage %1&lt;/h3&gt;&lt;p&gt;A guided, recorded console for rolling back a bad deployment from your team&apos;s own Markdown runbook.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Open Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Incidents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every incident: resume or open one, abandon one left unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Markdown runbooks (*.md *.markdown *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/MainWindowTeam.cpp" line="-20"/>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name your events are recorded under, and what the others on a shared incident see:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your events are now recorded as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+36"/>
        <source>Join an incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Incidents are shared through a PostgreSQL store; this window uses the file %1 on this computer only.

Start Rollcage with --database postgresql://USER@HOST/DB to work on an incident with others. Your own incidents are under Incident → Incidents….</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::NewIncidentDialog</name>
    <message>
        <location filename="../app/gui/NewIncidentDialog.cpp" line="+41"/>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder the steps start in. By default the root of the runbook&apos;s repository, else its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Steps run &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder the steps run in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recorded on every event you make and shown to the others on a shared incident. Asked once; change it under Tools → Your Name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Values (* needed before declaring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+35"/>
        <source>&amp;Declare incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When to use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Not declared yet: the steps need a value for %1. Fill it in (fields marked *), or pick another procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not declared yet: say who you are (Your name); every event records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not declared yet: the folder the steps run in, %1, does not exist. Choose one that does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not declared yet: %1
Declare anyway if you will fix it before those steps run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Declare &amp;anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-111"/>
        <source>about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PasswordPrompter</name>
    <message>
        <location filename="../app/gui/PasswordPrompter.cpp" line="+27"/>
        <source>Enter it here; with “Remember” it is kept in the keychain for the next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Secret needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;%1&lt;/b&gt; for %2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Value of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remember in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was not entered</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PhaseBar</name>
    <message>
        <location filename="../app/gui/PhaseBar.cpp" line="+24"/>
        <source>%1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Incident state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elapsed time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>State: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Elapsed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline %1 — %2 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline %1 — %2 over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::PresenceModel</name>
    <message>
        <location filename="../app/gui/PresenceModel.cpp" line="+86"/>
        <source>Commander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1, %2, here since %3; last heard from at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s console stopped answering; last heard from at %2. A step it held can be taken over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>joining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ReportPage</name>
    <message>
        <location filename="../app/gui/ReportPage.cpp" line="+138"/>
        <source>%1 was not saved (the text stays here; try again with Ctrl+S): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 saved at %2, with one of the runbook&apos;s secrets masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 saved at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report exported to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export incident report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md);;HTML (*.html);;PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::RollbackPage</name>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+37"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+65"/>
        <source>Guided mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run this step (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Skip step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is this step skipped? The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional note (what you saw, what you clicked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What shows the interrupted step did complete?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked done. Next (Ctrl+Enter) goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+28"/>
        <source> — %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+149"/>
        <source>(about %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Mark failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>What shows the interrupted step failed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Marked failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackProcedures.cpp" line="+11"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>chosen on the Roll back page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Procedure: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackPage.cpp" line="+82"/>
        <source>When to use: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runbook gives no explanation for this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>this step cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-41"/>
        <source># Manual step: do it by hand, then press Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-162"/>
        <source>What shows the session did what the step needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What shows the session did not do what the step needs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>Rollcage does not run %1 code: run it where it belongs, then press Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&lt;b&gt;⚠ Destructive:&lt;/b&gt; %1&lt;br&gt;Type &lt;b&gt;%2&lt;/b&gt; below to enable Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Retry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Continue to &amp;Verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Next: step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rollcage stopped while this step was running. Look at the system, then choose Retry, Mark done or Mark failed before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackGuidance.cpp" line="+29"/>
        <source>Step %1 of %2 — %3 settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This procedure has no steps: choose another procedure above, or go on to Verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing to do on this page yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: watch the output. Cancel (Ctrl+.) stops the step and everything it started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: check the system by hand, then Retry, Mark done or Mark failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: read the output below. Retry (Ctrl+Enter) if the cause is fixed; escalate if you do not know why it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every step is settled. Review the output, then Continue to Verify (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Succeeded — review the output below, then Next (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step is settled. Next (Ctrl+Enter) goes to step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: read why this step matters, then press %1 (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next: request approval; another member approves it from their console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next: wait for the approval; Run unlocks when it is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next: type the confirmation above to enable Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackActions.cpp" line="+50"/>
        <source>Type the confirmation exactly to run this destructive step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This step cannot run now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Confirm the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 changes production: it acts on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Step %1 needs a value for %2 first: give it in Values (opened), then Run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Values changed: %1. Recorded; the steps run from now on use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Step %1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Step %1 done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 done: every step is settled. Continue to Verify (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>took %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The session of step %1 has ended. Did it do what it should? Mark done or Mark failed, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>running %1 of about %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Cancelling: SIGTERM to the step&apos;s process group, SIGKILL after the grace period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Step %1 succeeded in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 succeeded in %2 — review the output below, then Next (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 succeeded in %2. Every step is settled — review the output, then Continue to Verify (Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Step %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/RollbackTeam.cpp" line="+29"/>
        <source>Request approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 needs a second person&apos;s approval. The others on the incident see the request with its commands. A note for them (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Approval of step %1 requested: the others on the incident see the request with its commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Take the step over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why take step %1 over? The reason is recorded. If it was running, what it did is unknown until you look: then retry it, mark it done or mark it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Step %1 is yours now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Approved by %1 at %2 UTC%3. The approval is for one run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::RunbookPreviewPage</name>
    <message>
        <location filename="../app/gui/RunbookPreviewPage.cpp" line="+23"/>
        <source>&amp;New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Declare an incident and start the guided rollback (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Importer guesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runbook text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bundled example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>1 procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 checklists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 message template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 message templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; &lt;small&gt;(%2)&lt;/small&gt;&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2
To settle it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The importer guessed once; check it against the document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The importer guessed at %1 places; check them against the document:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ShortcutOverlay</name>
    <message>
        <location filename="../app/gui/ShortcutOverlay.cpp" line="+16"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;Keyboard shortcuts&lt;/h2&gt;&lt;table cellspacing=&quot;6&quot;&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;/table&gt;&lt;p&gt;F1 or Esc closes this.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Ctrl+O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open a runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New incident on the open runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alt+1 … Alt+6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assess, Prepare, Roll back, Verify, Communicate, Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tick the selected checklist item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next action: run, retry or mark the step done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel the running step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Guided mode on or off (one step at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the escalation levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+F, F3, Shift+F3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search the step output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Follow the newest output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show or hide the health checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::StepInputBar</name>
    <message>
        <location filename="../app/gui/StepInputBar.cpp" line="+52"/>
        <source>Step %1 is waiting for input: its question is the last line of the log above. Type the answer and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 is waiting for a secret (it reads without echo): what you type is hidden, and neither shown in the log nor journalled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TeamActions</name>
    <message>
        <location filename="../app/gui/TeamActions.cpp" line="+39"/>
        <source>Four-eyes approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hand over command…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Approval requests&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A destructive step runs only after a second person on the incident approved it from their console; recorded with both names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role on this incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operator (runs steps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer (reads)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>You are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Give command of the incident to someone here: they decide, approve and resolve from then on. Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>You are: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&lt;b&gt;%1&lt;/b&gt; asks to run step %2 “%3” (%4), at %5 UTC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The commands to approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Yours: another member approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refuse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Approve step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refuse step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You approve the commands as shown. A note (optional; recorded with your name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why refuse? The note is recorded and shown to who asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You approved step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>You refused step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Four-eyes approval off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Destructive steps will run without a second person&apos;s approval. Why? The reason is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Nobody else is on the incident to hand command to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hand over command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who takes command? They decide, approve and resolve from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has command now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TerminalPane</name>
    <message>
        <location filename="../app/gui/TerminalPane.cpp" line="+45"/>
        <source>Session terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Commands to type into the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The session has ended; this is its recorded transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The step runs in this terminal: type into it, or use the buttons on the right for the commands the runbook lists. Cancel step (Ctrl+.) ends the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 MB of its output came too fast to be drawn here; the recorded transcript has all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Type into session&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>⚠ typed confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>confirm first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Types this line into the session (runbook line %2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type into session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Destructive command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

%2

Type &quot;%3&quot; to type it into the session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Confirm the target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

It acts on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>[%1 MB not drawn, to keep up]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::TriggerModel</name>
    <message>
        <location filename="../app/gui/RunbookTableModels.cpp" line="+46"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ValuesDialog</name>
    <message>
        <location filename="../app/gui/ValuesDialog.cpp" line="+27"/>
        <source>Values of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The values the steps and messages use. A change is recorded in the incident and applies to the steps run from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Steps start &amp;in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Folder the steps run in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Shell session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing yet: variables a step sets or exports appear here and carry into the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The last step ended in %1; the next starts there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::ValuesForm</name>
    <message>
        <location filename="../app/gui/ValuesForm.cpp" line="+23"/>
        <source>Values still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>needed by step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>needed by steps %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used in messages; may stay empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 *:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Secrets come from the keychain (or are asked for) when a step needs them, and are never recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This procedure needs no values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Still needed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::gui::WelcomePage</name>
    <message>
        <location filename="../app/gui/WelcomePage.cpp" line="+59"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1 %2 — %3, last activity %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Runbook: %1
Service: %2
Declared: %3
Enter resumes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident</name>
    <message>
        <location filename="../app/incident/IncidentState.cpp" line="+71"/>
        <source>The incident is %1; it cannot become %2. Declare a new incident instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>An incident cannot go from %1 back to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+304"/>
        <source>declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>preparing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ready to roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>verifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>aborted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStore.cpp" line="+49"/>
        <source>Another program (another Rollcage?) is holding it locked: close it or wait, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>It is read-only: make the file and its directory writable, or pass --database with a writable path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>It is damaged or not a Rollcage database: move it aside (Rollcage then starts a new one) or restore a backup, or pass --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk is full: free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It cannot be opened: check that its directory exists and is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentSummary.cpp" line="+94"/>
        <source>Abandoning an incident needs a reason; it is kept in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closing an incident as resolved needs a note on how it was resolved; it is kept in the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>There is no incident %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/Policy.cpp" line="+63"/>
        <location line="+33"/>
        <location filename="../app/incident/PolicyTeam.cpp" line="+28"/>
        <source>Procedure &quot;%1&quot; has no step %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>The outcome of step %1 (&quot;%2&quot;) of &quot;%3&quot; is unknown: Rollcage stopped while it ran. Look at what it did, then retry it, mark it done or mark it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/incident/PolicyTeam.cpp" line="+49"/>
        <source>The incident is %1; nothing more runs in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A step is running: wait for it or cancel it before skipping one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident is %1; nothing more is skipped in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The outcome of step %1 is unknown: retry it, mark it done or mark it failed instead of skipping it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Step %1 is already %2; there is nothing to skip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; changes production and the pre-rollback checklist is not done: %2 open (%3). Tick each item or waive it with a reason first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; (%2, line %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No pre-rollback checklist item matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; matches several pre-rollback checklist items; give more of the text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The runbook has no pre-rollback checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Items: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/Team.cpp" line="+74"/>
        <source>%1 is running step %2 (&quot;%3&quot;) since %4 UTC; wait for it, or ask them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 took step %2 (&quot;%3&quot;) at %4 UTC and their console stopped answering%5. Take the step over, giving a reason; its outcome is then unknown until you look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (last seen %1 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>running step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nobody else holds step %1; there is nothing to take over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1&apos;s console still answers; step %2 cannot be taken over from a live console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Taking a step over needs a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/PolicyTeam.cpp" line="-25"/>
        <source>Step %1 (&quot;%2&quot;) needs a second person&apos;s approval before it runs: request it, and another member of the incident approves it from their console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 waits for a second person&apos;s approval (asked by %2 at %3 UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused step %2 at %3 UTC: %4. Request approval again once that is settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Step %1 needs no second person&apos;s approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step %1 is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step %1 is settled; there is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approval of step %1 is already asked for (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Step %1 is approved already (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nobody asks for approval of step %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You asked for this approval: another person must give it (four eyes are two people).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 joined as an observer: observers follow the incident; running, approving and resolving are for the commander (%2) and the operators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 commands this incident: the decision and ending the incident are theirs. Ask them, or ask them to hand command over to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The incident is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the commander (%1) hands over command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hand command to someone else on the incident.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A role is commander, operator or observer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You command this incident: hand command over to someone here first (Hand over command…), then join as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 commands this incident and is here: join as operator or observer, and ask %1 to hand command over to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/StoreUrl.cpp" line="+38"/>
        <source>The store URL carries a password in password=…, which the process list and the shell history would show. Remove it and keep the password in the keychain (rollcage secret set store/HOST:PORT/DB USER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The store URL&apos;s sslmode=%1 is not one libpq knows: use one of %2 (verify-full checks the certificate and the host name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store URL&apos;s %1=%2 names no readable file: give the path of the certificate file (absolute, or relative to where Rollcage starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store URL&apos;s parameter %1 is not one Rollcage passes on: it takes sslmode, %2 (the password is kept in the keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The store URL&apos;s %1 contains a &apos;;&apos;, which the PostgreSQL driver cannot pass on: move the file to a path without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s TLS certificate is not signed by the certificate authority in %1: get the CA certificate that signed the server&apos;s from whoever runs the database and give its file as sslrootcert=PATH in the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>~/.postgresql/root.crt (no sslrootcert given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not made out to the host name %1 in the URL: connect with the name the certificate was made for (the message above names it), or ask whoever runs the database for a certificate that names %1. Do not lower sslmode to get past it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server at %1 does not offer TLS: ask whoever runs the database to turn ssl on, or, on a network you trust, drop sslmode from the URL.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::EscalationCall</name>
    <message>
        <location filename="../app/incident/EscalationCall.cpp" line="+37"/>
        <source> — %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level %1%2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::IncidentStore</name>
    <message>
        <location filename="../app/incident/IncidentStore.cpp" line="+62"/>
        <location filename="../app/incident/IncidentStoreJournal.cpp" line="+101"/>
        <source>Could not %1 in the incident database %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>PostgreSQL support (the Qt QPSQL driver) is not installed; install it or use a SQLite file with --database PATH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Check the URL, that the server runs and accepts you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not create the directory %1 for the incident database. Check permissions or pass --database with another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>open the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>configure the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The incident database %1 is read-only and needs its schema brought up to version %2 first: make it writable once, or pass --database with another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+17"/>
        <source>read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>start the schema migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The incident database %1 was written by a newer Rollcage (schema %2, this one knows %3). Upgrade Rollcage, or pass --database with another path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>migrate the schema to version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>record the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+11"/>
        <location line="+13"/>
        <source>declare the incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>read incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no incident %1 in %2. `rollcage incidents` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>list incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>record &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreJournal.cpp" line="-53"/>
        <location line="+54"/>
        <source>read the journal of incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreOutput.cpp" line="+91"/>
        <source>record step output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>count output lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>read step output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/IncidentStoreTeam.cpp" line="+37"/>
        <source>The incident database %1 is a SQLite file: consoles see each other&apos;s actions live only on a shared PostgreSQL store (--database postgresql://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>listen for changes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>say this console is here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>say this console left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>clear consoles gone from incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>read who is on incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>take step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>release step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>take step %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/incident/StoreLink.cpp" line="+210"/>
        <source>The incident database %1 has not answered since %2 (%3). What is shown is what was recorded until then; nothing new can be recorded until it is back. Rollcage reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::OutputRecorder</name>
    <message>
        <location filename="../app/incident/OutputRecorder.cpp" line="+119"/>
        <source>The output is no longer recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>the store was closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::StoreLink</name>
    <message>
        <location filename="../app/incident/StoreLink.cpp" line="-172"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the server has not answered for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::StoreProbe</name>
    <message>
        <location filename="../app/incident/StoreProbe.cpp" line="+74"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::TeamReader</name>
    <message>
        <location filename="../app/incident/TeamReader.cpp" line="+48"/>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::incident::TeamSession</name>
    <message>
        <location filename="../app/incident/TeamSession.cpp" line="+178"/>
        <source>Could not read who is on incident %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Step %1 was just taken by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Step %1 could not be taken over: its console answered again, or someone else took it first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::integrations</name>
    <message>
        <location filename="../app/integrations/StorePassword.cpp" line="+39"/>
        <source>The store URL carries a password, which the process list, the shell history and the settings would show. Keep it in the keychain instead: rollcage secret set %1 %2 (it asks for it), then give the URL without it: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The server wants a password for %1: keep it in the keychain with `rollcage secret set %2 %1` (or Tools → Credentials…), then start again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::integrations::CredentialStore</name>
    <message>
        <location filename="../app/integrations/CredentialStore.cpp" line="+44"/>
        <source>No keychain backend is available (%1). Rollcage keeps secrets only in the OS keychain: install and start gnome-keyring (or KWallet) in your desktop session, then try again. Nothing was stored anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The keychain is locked, so Rollcage could not read the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain is locked, so Rollcage could not store the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The keychain is locked, so Rollcage could not delete the secret %1 for %2. Unlock it (your desktop&apos;s password manager, e.g. Passwords and Keys, can do that) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain refused to read the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The keychain refused to store the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused to delete the secret %1 for %2 (%3). Unlock the keychain (or allow Rollcage access) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not read the secret %1 for %2 from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not store the secret %1 for %2 in the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete the secret %1 for %2 from the keychain: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no secret %1 for %2 in the keychain; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no secret %1 for %2 in the keychain. Store it with: rollcage secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&apos;%1&apos; is not a credential scope: use SERVICE/ENVIRONMENT, for example larkspur-checkout/production.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&apos;%1&apos; is not a credential name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example REDIS_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The value for %1 is empty; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::integrations::KeychainSecretSource</name>
    <message>
        <location filename="../app/integrations/KeychainSecretSource.cpp" line="+14"/>
        <source>nobody can be asked for it here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1 was used but not remembered: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Once a keychain works, store it with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Missing %n secret(s) for %1 and %2:
</source>
        <translation>
            <numerusform>Missing %n secret for %1 and %2:
</numerusform>
            <numerusform>Missing %n secrets for %1 and %2:
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The secret %1 for %2 was not given (%3). Store it with: rollcage secret set %2 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::messaging</name>
    <message>
        <location filename="../app/messaging/Channel.cpp" line="+63"/>
        <source>Rollcage incident %1 · message %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Slack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Microsoft Teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>JSON webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>This is not a webhook URL: it needs to look like https://hooks.example.com/…; paste the whole URL the service gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A webhook URL must start with https:// (it is a credential and must not cross the network in clear text); plain http is only accepted to this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/messaging/Mailto.cpp" line="+33"/>
        <source>&apos;%1&apos; is not an e-mail address: write it as name@example.com, one per recipient.</source>
        <translation type="unfinished"></translation>
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
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refused by %1 (%2), not retried: the same message would be refused again. Fix the webhook URL of channel %1 in Tools → Credentials, then resend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delivered at %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Given up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sending (attempt %1)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Waiting since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed attempt(s), last: </source>
        <translation>
            <numerusform>%n failed attempt, last: </numerusform>
            <numerusform>%n failed attempts, last: </numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>behind an earlier message to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>next try at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/messaging/WebhookSender.cpp" line="+27"/>
        <source>the server refused the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the server closed the connection before answering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the host was not found (offline, or DNS is down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the TLS handshake failed (the certificate is not trusted or does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the proxy failed (check the system proxy settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network error %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::ChannelDirectory</name>
    <message>
        <location filename="../app/messaging/ChannelDirectory.cpp" line="+72"/>
        <source>&apos;%1&apos; cannot be a channel name: use letters, digits, &apos;_&apos;, &apos;-&apos; and &apos;.&apos;, for example ops-slack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The webhook URL of channel %1 could not be read from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::Outbox</name>
    <message>
        <location filename="../app/messaging/Outbox.cpp" line="+77"/>
        <source>There is no channel called &apos;%1&apos;: add it with its webhook URL first, or pick one of the channels set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The message is empty; write something before sending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The message was not sent because it could not be recorded first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>There is no waiting message %1 to give up on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is being sent right now; wait for the answer, then decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why the message is given up; the reason goes into the incident record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Only a refused or given-up message can be sent again; %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>The webhook URL of channel %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::messaging::WebhookSender</name>
    <message>
        <location filename="../app/messaging/WebhookSender.cpp" line="+78"/>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> (redirects are not followed: update the webhook URL)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::report</name>
    <message>
        <location filename="../app/report/ReportData.cpp" line="+361"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Incident declared (procedure &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phase %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Variable %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist: ticked &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checklist: waived &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist: &quot;%1&quot; open again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Stakeholder told outside Rollcage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-109"/>
        <source>typed without echo (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter on an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>typed session line %1 (runbook line %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>typed by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ended its input (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>answered without echo (not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered with an empty line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answered %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 started (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (signal %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (exit %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 could not start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 skipped: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 waived: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 interrupted: outcome unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 resolved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source> note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Message queued for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message &quot;%1&quot; queued for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message to %1 not delivered (attempt %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message sent via %1 (attempt %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message sent via %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message to %1 given up: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Message to %1 refused by the service (%2); not retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Health check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/report/ExecutionLog.cpp" line="+201"/>
        <source>passing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/report/ExecutionLog.cpp" line="+0"/>
        <source>failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Four-eyes approval required for destructive steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Four-eyes approval no longer required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: approval requested by %2 for `%3`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 approved by %2 (requested by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused by %2 (requested by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 taken over from %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 joined as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Command handed over from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Procedure changed from &quot;%1&quot; to &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Escalated to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Health alert on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Health alert on %1 cleared (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Health check base URLs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Report: &quot;%1&quot; written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/ReportFields.cpp" line="+23"/>
        <source>Users affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who noticed and how: customers, regions, share of requests, support tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What in the deployment broke, and why it was not caught before release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What brought the service back, and what is still to be done to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prevention and action items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One line per action: what, who, by when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is not a report field; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/ExecutionLog.cpp" line="-171"/>
        <source>### Type and scope

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Procedure: **%1**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- Scope: %1 in %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>- Steps: %1 of %2 acted on; %3 succeeded, %4 skipped, %5 waived

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>### Steps

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No step was run.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>| # | Step | Status | Attempts | Duration | Exit |
|---|---|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <source>- Procedures run, in order: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>signal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>### Approvals (four eyes)

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>### Backup used

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No backup was chosen during this incident.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>- open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- waived: %1 (by %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>- checked: %1 (by %2 at %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>; also ticked by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>**%1**: %2 of %3 checked, %4 waived, %5 open

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No health check was recorded.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Health check | Passing | Failing | Last result |
|---|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>### Issues encountered

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None recorded.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Rollback execution log

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>### Validation results

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/report/MarkdownReport.cpp" line="+29"/>
        <source>&gt; **To be filled in.** %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 (declared %2 UTC, %3 %4 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 so far: declared %2 UTC, not resolved yet (last recorded %3 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Summary

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2 (%3), handled with the runbook &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> No decision was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source> Decision: **%1**</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source> The incident is %1.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Impact

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Services affected: %1 (%2)
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>- Duration: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>### Users affected

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>## Decision

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No decision was recorded.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>

Deadline: %1 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Timeline

| Time (UTC) | Who | What |
|---|---|---|
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>
Typed by the operator:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>## Step details
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Note: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Command (attempt %1):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>
No output.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Last %1 of %2 lines of output (the full log is in the incident store, step run %3):

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Output:

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>| Service | %1 (%2) |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| State | %1 |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Declared | %1 UTC by %2 |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>| Runbook | %1 (`%2`, SHA-256 `%3`) |
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>| Procedure | %1 |

</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::runbook</name>
    <message>
        <location filename="../app/runbook/Importer.cpp" line="+68"/>
        <source>The file is not valid UTF-8, so it was read as Latin-1; save it as UTF-8 to be sure every character is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Repaired %1 characters garbled by an editor that read UTF-8 as %2 (such as &quot;âœ…&quot; for &quot;✅&quot;); save the file as UTF-8 to keep the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Unknown rollcage annotation &quot;%1&quot;; use procedure, sequence, reference, checklist [pre|post|validation|other], template [audience], manual or ignore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::Importer</name>
    <message>
        <location line="+116"/>
        <source>The file is empty; write a title and at least one rollback procedure (see docs/runbook-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This looks like binary data, not a Markdown runbook; check that the right file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No rollback procedure found. Add a heading such as &quot;## Rollback procedure&quot; followed by a numbered list of steps, or mark a section with &lt;!-- rollcage: procedure --&gt; (see docs/runbook-format.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is a directory; give the runbook&apos;s Markdown file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2. Check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::detail</name>
    <message>
        <location filename="../app/runbook/DocumentChecks.cpp" line="+99"/>
        <source>The code block opened here is never closed, so everything after it was read as code; add a closing %1 line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The code block&apos;s language &quot;%1&quot; is no language Rollcage knows; it is read as a shell (bash) block and its commands run. Write ```bash (or ```text if it is not to be run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>This table row has %1 cells but the header has %2; missing cells are read as empty, extra ones are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/BlockReaders.cpp" line="+99"/>
        <source>The deadline &quot;%1&quot; is not a time Rollcage can count down; write it as &quot;&lt; 15 minutes&quot;, &quot;Within 1 hour&quot;, &quot;Immediately&quot; or &quot;Next release&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/ProcedureKind.cpp" line="+107"/>
        <source>sum of the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; starts an alternative: read as a procedure of its own, &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>&lt;!-- rollcage: sequence --&gt; under the heading keeps the section one procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>&quot;%1&quot; names a stage of the work: read as a procedure of its own, &quot;%2&quot; (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is read as a procedure (%2) because its body is a sequence of actions, though no heading above says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;!-- rollcage: procedure --&gt; under the heading confirms it; &lt;!-- rollcage: reference --&gt; says it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/StepReader.cpp" line="+120"/>
        <source>Send the message &quot;%1&quot; (its text is a template on the Communicate page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>Runs &quot;%1&quot;, which changes or deletes data and cannot be undone by Rollcage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The runbook asks for a confirmation before this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Runs &quot;%1&quot;, which changes production without destroying anything: confirm the target before it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A manual step: nothing runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in its commands changes or deletes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Step &quot;%1&quot; quotes `%2` in its text: read as the step&apos;s command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The command in a ```bash fence under the item confirms it; &lt;!-- rollcage: manual --&gt; before the list keeps the commands its items quote as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/EscalationReader.cpp" line="+82"/>
        <source>This escalation list starts again at %1 under the same heading as the list before it, so Rollcage numbers it on from level %2. Put each list under its own heading (such as &quot;### Vendor escalation&quot;) to show them as separate groups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; numbers its levels from %2 again; Rollcage numbers them on from level %3, so each level has one number in the incident record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 comes after level %2 in the same list; Rollcage takes the list in order and calls it level %3. Renumber the list if another order is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Level %1 is called %2 but comes after a level called %3; Rollcage keeps the written order. Reorder the list if time decides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>&quot;%1&quot; has no way to reach them yet (&quot;%2&quot;); it is listed as level %3. Write the phone number, pager or channel to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; (%2) looks like where the incident is discussed rather than someone to call; it is listed as level %3. If it is not an escalation contact, put it in the communication plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The contacts under &quot;%1&quot; are numbered on after those under &quot;%2&quot;, from level %3. If the two lists are alternatives (office hours, nights) rather than one order, call from the one that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; lists contacts without saying in which order to call them; Rollcage offers them as escalation levels from %2 in the order written. Number the list, or put it under an &quot;Escalation&quot; heading, to say the order is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+161"/>
        <source>&quot;%1&quot; is not a time Rollcage can count, so it is shown as the condition for calling this level, with no countdown; write it as &quot;after 15 min&quot;, &quot;30 minutes&quot; or &quot;Immediately&quot; if a time is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not a level number; Rollcage takes the rows in order. Write levels as &quot;1&quot;, &quot;L1&quot; or &quot;Level 1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This escalation row names nobody; it was left out. Fill in the contact column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/runbook/PlainTextReader.cpp" line="+258"/>
        <source>This document has no Markdown headings or code fences, so Rollcage read it line by line: %n step(s), from its numbered lines (or bullets, or else each command), with the lines that read as commands as their commands. Check them in the preview, or give the steps a heading and fence the commands (see docs/runbook-format.md).</source>
        <translation>
            <numerusform>This document has no Markdown headings or code fences, so Rollcage read it line by line: %n step, from its numbered lines (or bullets, or else each command), with the lines that read as commands as their commands. Check them in the preview, or give the steps a heading and fence the commands (see docs/runbook-format.md).</numerusform>
            <numerusform>This document has no Markdown headings or code fences, so Rollcage read it line by line: %n steps, from its numbered lines (or bullets, or else each command), with the lines that read as commands as their commands. Check them in the preview, or give the steps a heading and fence the commands (see docs/runbook-format.md).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/runbook/SessionSteps.cpp" line="+88"/>
        <source>Types &quot;%1&quot; into the session, which changes or deletes data and cannot be undone by Rollcage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Types &quot;%1&quot; into the session, which changes production: confirm the target first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing in it changes or deletes anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Annotated terminal=false: runs as a plain script.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Annotated terminal=prompt: runs in a terminal, its exit status its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Annotated terminal: runs in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Inside the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/BlockSteps.cpp" line="+152"/>
        <source>Runs %1, whose text the runbook shows at line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The block is split into %1 steps at its numbered comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>```bash {nosplit} keeps it one step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>Another way to do this step: the procedure &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/StepProse.cpp" line="+218"/>
        <source>The section has neither a list nor a code block: each paragraph is read as a step, the commands it quotes as the step&apos;s commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A numbered list with each command in a fence makes the steps explicit; &lt;!-- rollcage: reference --&gt; under the heading says it is no procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/ProcedureReader.cpp" line="+472"/>
        <source>&quot;%1&quot; is read as a procedure for its heading, though no step has a shell command: its code is shown to be applied by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;!-- rollcage: reference --&gt; under the heading says it is not one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::detail::Reader</name>
    <message>
        <location line="-395"/>
        <source>Data loss: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+280"/>
        <source>Run the commands</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rollcage::runbook::recognize</name>
    <message>
        <location filename="../app/runbook/SessionRecognizers.cpp" line="+204"/>
        <source>Opens a session with &quot;%1&quot;: it runs in a terminal, and the commands the runbook lists after it are typed into that session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Runs &quot;%1&quot; with a terminal (-it): it runs in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&quot;gcloud … delete&quot; asks to confirm unless --quiet: it runs in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Reads an answer from the terminal (&quot;read&quot;): it runs in a terminal so the operator can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1 %2&quot; asks &quot;yes&quot; before it acts: it runs in a terminal so the operator can answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/runbook/WatchRecognizers.cpp" line="+53"/>
        <source>&quot;%1&quot; follows the output until it is stopped: it runs in a terminal, where the operator ends it (Ctrl+C) once they have seen enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; opens an editor: it runs in a terminal so the operator can make the change and save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&quot;%1&quot; is a full-screen program the operator reads and quits: it runs in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
