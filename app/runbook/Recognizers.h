#pragma once

// The small pattern recognisers the importer applies to headings, prose and code:
// durations, deadlines, placeholders, destructive commands, warnings, fence attributes.
// Pure functions, so each is tested on its own with data rows.

#include "runbook/Runbook.h"

#include <QHash>
#include <QSet>
#include <QString>

namespace rollcage::runbook::recognize {

// The first duration in `text`: "(2 minutes)", "~30 seconds", "30-60 minutes", "< 5 min".
Duration duration(const QString &text);

// "< 15 minutes" -> 15, "Within 1 hour" -> 60, "Immediately" -> 0, "Next release" -> none.
std::optional<int> deadlineMinutes(const QString &text);

enum class Scope { Shell, Template, OtherCode };

// Values an operator must supply. Shell variables that `code` assigns itself
// (`X=$(...)`, `for X in`, `read X`) are not placeholders.
QList<Placeholder> placeholders(const QString &text, Scope scope);
bool looksSecret(const QString &name);
bool isShellLanguage(const QString &language);
// A fence language that is a shell's name mistyped ("shel", "bsh", "bahs", "consle") or
// with punctuation after it ("bash:"): read as bash, and `check` warns at the fence.
bool isShellNearMiss(const QString &language);
// An untagged block reads as commands to type, not output, configuration or prose: its
// first line that is not a comment starts like a command (`$ cf login`, `sudo …`,
// `./x`, `NAME=…`, `kubectl get …`) rather than like output (`NAME  READY`, `57m Normal`,
// `key: value`, `{`).
// Not: a line of prose or a log message ("failed to write the index"), key=value log
// fields (`level=error ts=… caller=…`), a metrics query.
bool looksLikeCommands(const QString &code);
// The language of an untagged block that is code a human runs somewhere else: "promql"
// for a Prometheus query (`sum by (job) (rate(…))`, `metric{label="x"}`, a bare
// `snake_case_metric_name`); empty otherwise. Kept on its step with that language, never
// run by the shell nor read as output.
QString untaggedLanguage(const QString &code);
// A console transcript ("$ oc get pods" then what it printed): the prompt lines, prompt
// cut off, with the lines that continue them ("\" at the end), are the commands; the
// other lines are the output, blanked in `commands` so line numbers still match. `console`
// (a console/shell-session block) also takes "# " and "host$ " / "mon-a# " as prompts.
// None when the block does not start with a prompt.
struct Transcript
{
    QString commands;
    QString output;
};
std::optional<Transcript> transcript(const QString &code, bool console);
// A block of output or text, not commands: tagged text/output/log, or untagged and
// reading neither as commands nor as a query.
bool isOutputBlock(const QString &language, const QString &code);
// A step that sends a message ("Notify the team", "Post in #incidents", "Update the status
// page"): a text block under it is the message, a template, not a command.
bool sendsMessage(const QString &title);
// A lead that announces output: "Example output:", "You should see", "Expected result".
bool announcesOutput(const QString &text);

// A file's contents under its name: a "#!" line, or a first comment that is a file name
// ("# scripts/rollback_immediate.sh", "# .env.production").
bool isFileDefinition(const QString &code);

struct Hit
{
    QString what;       // the matching text, e.g. "FLUSHALL" or "rm -rf"
    int lineOffset = 0; // 0-based line within the code
    bool found() const { return !what.isEmpty(); }
};

// A command that destroys or overwrites data or state (FLUSHALL, DROP TABLE, restore,
// rm -rf, kubectl delete, terraform destroy, aws rds delete-db-instance, --replicas=0, …):
// typed confirmation.
Hit destructiveCommand(const QString &code);
// A command that changes production without destroying it (a slot swap, kubectl rollout
// undo, helm rollback, argocd app rollback, gh workflow run, a restart): a confirmation
// that names the target.
Hit changingCommand(const QString &code);
// A fence language that holds a document, not commands (YAML, JSON, TOML, XML, INI, HCL…):
// what it names is applied by a command elsewhere, so its words are never commands run
// ("name: cluster-restore" restores nothing).
bool isDataLanguage(const QString &language);
// A warning in prose or in a code comment; returns the sentence that carries it.
QString warning(const QString &text);

// Terminal steps (SessionRecognizers.cpp). A logical line: continuation lines joined
// (a trailing "\", or PowerShell's " `"), with the 0-based lines of the code it spans.
struct LogicalLine
{
    QString text;
    int first = 0;
    int last = 0;
};
QList<LogicalLine> logicalLines(const QString &code);

struct InteractionHit
{
    Interaction kind = Interaction::None;
    QString what;   // "az webapp ssh", "kubectl exec -it psql", "read"
    QString reason; // a sentence for `check` and the GUI
    int lastLine = -1; // Session: the 0-based last line of the command that opens it
    SessionLanguage language = SessionLanguage::Shell;
};
// The first command in shell `code` that opens a session, else the first that asks a
// question, else none. A client given its command (`psql -c`, `redis-cli FLUSHALL`,
// `ssh host uptime`) or fed from a pipe or a file is neither.
InteractionHit interaction(const QString &code);
// A command (its words, quotes removed) that holds the terminal until the operator ends
// it: follows output, opens an editor or a full-screen viewer. A Prompt, else none.
InteractionHit holdsTerminal(const QStringList &words);
// Whether `code` names, as a word of its own, any program interaction() acts on (a shell,
// sudo, ssh, a database client, kubectl/docker, read, terraform…). Nearly every block names
// none, and splitting each line into commands to find that out was a tenth of a megabyte
// runbook's import: interaction() asks this first.
bool mayInteract(const QString &code);
// `exit`, `logout`, `\q`, `quit`: the line that ends a session.
bool endsSession(const QString &command);
// Whether `code`'s first command is in the session's language (always for a shell).
bool speaksSessionLanguage(SessionLanguage language, const QString &code);

// "bash {name="swap-slot" timeout=60 confirm}" -> language "bash" and the attributes; a
// near-miss of a shell's name reads as "bash".
QHash<QString, QString> fenceAttributes(const QString &info, QString *language);

// Strips ** and trailing ':' from a lead such as "**Time to complete:**".
QString cleanLabel(const QString &text);

} // namespace rollcage::runbook::recognize
