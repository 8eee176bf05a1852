#pragma once

// The structured form of a team's Markdown rollback runbook. Plain values: the
// importer fills them, everything else reads them. Every item keeps the 1-based line of
// the source it came from, so diagnostics and the GUI can point back at the document.

#include "core/Milliseconds.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rollcage::runbook {

enum class Severity { Info, Warning, Error };

struct Diagnostic
{
    int line = 0;
    Severity severity = Severity::Info;
    QString message;
};

// "(2 minutes)", "~30 seconds", "30-60 minutes": ranges are kept. A single value has
// minSeconds == maxSeconds.
struct Duration
{
    std::optional<int> minSeconds;
    std::optional<int> maxSeconds;
    QString text; // as written

    bool isKnown() const { return maxSeconds.has_value(); }
    // What a countdown or a drill compares against: the upper end of a range.
    std::optional<int> expectedSeconds() const { return maxSeconds; }
};

struct Decision
{
    QString scenario;
    QString severity;
    QString action;
    QString deadlineText;               // "< 15 minutes", "Next release"
    std::optional<int> deadlineMinutes; // 0 for "Immediately", none for "Next release"
    int line = 0;
};

// A severity the runbook defines ("SEV-1", "P2", "Critical"), offered when the incident
// is assessed, with how fast it must be answered.
struct SeverityLevel
{
    QString name;
    QString description;                // its condition, scope or examples, as written
    QString responseText;               // "15 min", "Immediately", "Next business day"
    std::optional<int> responseMinutes; // 0 for "Immediately"; none when not a time
    int line = 0;
};

struct Trigger
{
    QString condition;
    QString threshold;
    QString action;
    int line = 0;
};

enum class ChecklistPhase { Pre, Post, Validation, Other };

struct ChecklistItem
{
    QString text;
    bool checkedInSource = false; // "- [x]" in the document
    int line = 0;
};

struct Checklist
{
    QString title;
    ChecklistPhase phase = ChecklistPhase::Other;
    QList<ChecklistItem> items;
    int line = 0;
};

// A value the operator must supply before a command or message can be used.
struct Placeholder
{
    enum class Style { Brace, Dollar, Angle, Bracket }; // ${X}, $X, <x>, [x]
    QString name;      // "PREVIOUS_VERSION", "postgres-password", "selected-backup"
    QString raw;       // exactly as written: "${PREVIOUS_VERSION}", "<postgres-password>"
    Style style = Style::Brace;
    bool secret = false;
    QStringList choices; // "[Backend/Frontend/Database]" offers these
};

struct CodeBlock
{
    QString language; // info string's first word, lower-case; empty when none
    QString code;
    int line = 0;     // line of the first line of code (after the opening fence)
    QHash<QString, QString> attributes; // {name="swap-slot" timeout=60 confirm}
    // What the runbook shows the commands print: the lines of a console transcript that
    // are not prompts (in `code` they are blank, so its lines still match the source's),
    // or an output block that follows them. Shown beside the real output, never run.
    QString expectedOutput;
};

enum class StepKind { Command, Manual };

// How the operator confirms a step before it runs, by what its commands do: one click for
// read-only commands; a click on a confirmation that names the target for commands that
// change production without destroying it (a slot swap, a rollout undo, helm rollback);
// typing the target for commands that destroy or overwrite (and for steps the runbook
// warns about). `Step::destructive` is true exactly for Typed.
enum class Confirmation { OneClick, NameTarget, Typed };

// Whether a step needs a terminal (docs/terminal-steps.md). Prompt: it asks something
// (`read -p`, `terraform apply` without -auto-approve, sudo's password) and its exit
// status still says how it went. Session: it opens a session the operator types into
// (ssh, `az webapp ssh`, `kubectl exec -it … sh`, psql/redis-cli without a command); its
// exit status says little, so the operator is asked how it went.
enum class Interaction { None, Prompt, Session };
// What a session speaks (a shell, SQL, Redis, Mongo's shell): whether the step after a
// session-opening one is typed into it (`FLUSHALL` after redis-cli, `SELECT` after psql)
// or runs on the laptop again, and how a value is written into a line.
enum class SessionLanguage { Shell, Sql, Redis, Mongo, Other };

// A command the runbook says to type inside a step's session ("then run:"), offered as
// a "Type into session" button: never run by bash on the laptop.
struct SessionLine
{
    QString command; // one command as written, continuation lines included
    QString label;   // the step it came from, or the comment above it; empty when none
    int line = 0;
    Confirmation confirmation = Confirmation::OneClick;
    QString confirmationReason;
    QString confirmTarget; // what the operator types for a Typed line
    QList<Placeholder> placeholders;
};

struct Step
{
    QString title;
    QString description;   // prose between this step's title and the next step: the "why"
    StepKind kind = StepKind::Manual;
    QList<CodeBlock> commands;
    Duration expected;
    // "(5–10 minutes)" in a heading that continues a timeline ("0–5", "5–10", …): when,
    // counted from the incident's start, not how long it takes. Unknown when none.
    Duration window;
    bool destructive = false;
    QString destructiveReason; // shown to the operator before the typed confirmation
    Confirmation confirmation = Confirmation::OneClick;
    QString confirmationReason; // why the step got its level, for `check` and the GUI
    QString confirmTarget;     // what the operator types to confirm (e.g. a resource name)
    QList<Placeholder> placeholders;
    std::optional<int> timeoutSeconds; // from an annotation
    bool errexit = true;               // `set -o errexit -o pipefail` unless annotated off
    // Annotated `isolated`: runs outside the incident's shell session (neither sees the
    // variables and directory earlier steps left nor leaves its own to later ones).
    bool isolated = false;
    QString name;                      // annotation name, else empty
    int line = 0;
    // Runs in a pseudo-terminal when not None; why, for `check` and the GUI. Lines the
    // runbook lists after a session-opening command are typed into that session.
    Interaction interaction = Interaction::None;
    QString interactionReason;
    QList<SessionLine> sessionLines;
    SessionLanguage sessionLanguage = SessionLanguage::Shell;
    bool sessionEnded = false; // its lines end the session (exit, quit): later steps are not in it

    // The timeout as a timer takes it, 0 for none. Timers count milliseconds in an int:
    // a timeout past 24.8 days ("timeout=30d") waits that long, not a wrapped-around time.
    int timeoutMilliseconds() const
    {
        return timeoutSeconds ? timerMilliseconds(*timeoutSeconds, 1000) : 0;
    }
};

// What a procedure is for, so the console can offer diagnosis first and verification
// after. Read from the procedure's heading, its ancestors' headings, then its steps.
enum class ProcedureKind { Rollback, Recovery, Diagnosis, Verification, Other };

// "rollback", "recovery", "diagnosis", "verification", "other": the JSON and CLI token.
QString kindName(ProcedureKind kind);
// The reverse of kindName(); none for an unknown token.
std::optional<ProcedureKind> kindFromName(const QString &name);

struct Procedure
{
    QString title;
    ProcedureKind kind = ProcedureKind::Rollback;
    QString whenToUse;
    Duration expected;
    Duration window; // as Step::window: "Immediate actions (0–5 minutes)"
    QString risk; // "Low", "High"; empty when the runbook does not say
    QList<Step> steps;
    int line = 0;
};

struct MessageTemplate
{
    QString title;
    QString audience; // empty when not stated
    QString body;
    QList<Placeholder> placeholders;
    int line = 0;
};

struct Stakeholder
{
    QString who;
    QString channel;
    QString deadlineText;
    std::optional<int> deadlineMinutes;
    int line = 0;
};

// One contact on the escalation path. A runbook may keep several lists (internal, then
// vendors), each numbered from 1; `level` is numbered on across them in document order,
// so it names one contact in the journal and "next" is the first level above the highest
// one called. The list it came from and its number as written are kept beside it.
struct EscalationLevel
{
    // Keeps `{level, who, line}` brace-initialisation working now that fields were added.
    EscalationLevel() = default;
    EscalationLevel(int level_, QString who_, int line_)
        : level(level_)
        , who(std::move(who_))
        , line(line_)
    {
    }

    int level = 0;
    QString who;
    int line = 0;
    QString group; // heading of its list ("External Escalation", "Ownership")
    QString label; // its rank as written: "Level 1", "L2", "Primary"; empty for a list position
    QString afterText;               // "after 15 min" as written; empty when no time is given
    std::optional<int> afterMinutes; // call this level once the incident is this many minutes old
    // When else to call it, as written: "if data loss is suspected", "P1 not resolved in
    // 30 min"; empty when the runbook gives none.
    QString condition;

    // Time and condition together, as the escalation panel shows them; empty for neither.
    QString when() const
    {
        if (condition.isEmpty() || condition.contains(afterText))
            return condition.isEmpty() ? afterText : condition;
        return afterText.isEmpty() ? condition : afterText + QStringLiteral("; ") + condition;
    }

    // The label says nothing the number does not ("Level 3", "3", or none at all).
    bool labelIsJustTheNumber() const
    {
        return label.isEmpty() || label == QString::number(level) ||
               label.compare(QStringLiteral("Level %1").arg(level), Qt::CaseInsensitive) == 0;
    }
};

struct ReportSection
{
    QString title; // "Summary", "Impact", …
    QString hint;  // "Brief description"
    int line = 0;
};

// A row of a "Component | Method | Time | Risk" overview table: which procedure to pick
// for what, how long it takes and how risky it is. The importer also copies time and
// risk onto the procedure the row names.
struct ProcedureIndexEntry
{
    QString component;
    QString method;
    Duration expected;
    QString risk;
    QString procedure; // title of the procedure it was matched to; empty when none
    int line = 0;
};

// Where the importer took a guess the author may not have meant (a section read as a
// procedure for its commands, an alternative cut off, a block split at its numbered
// comments): `check` lists them with the one-line annotation that settles each.
struct Guess
{
    int line = 0;
    QString what;       // what was read, and why
    QString annotation; // what to write to confirm or change it
};

struct Runbook
{
    QString title;
    QString source;   // file path (or resource path) it was read from
    QString text;     // the source text after any encoding repair
    QByteArray sha256; // of the original bytes, hex

    QList<Decision> decisions;
    QList<SeverityLevel> severities;
    QList<Trigger> triggers;
    QList<Checklist> checklists;
    QList<Procedure> procedures;
    QList<MessageTemplate> templates;
    QList<Stakeholder> stakeholders;
    QList<EscalationLevel> escalation;
    QList<ReportSection> reportSections;
    QList<ProcedureIndexEntry> procedureIndex;
    std::optional<int> statusCadenceMinutes; // "updates every 15 minutes"
    QList<Diagnostic> diagnostics;
    QList<Guess> guesses; // in line order

    bool hasErrors() const
    {
        for (const Diagnostic &d : diagnostics) {
            if (d.severity == Severity::Error)
                return true;
        }
        return false;
    }
};

} // namespace rollcage::runbook
