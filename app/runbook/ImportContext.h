#pragma once

// Internal to the importer: the document cut into heading sections, and the readers
// that turn a section's blocks into parts of the model.

#include "runbook/MarkdownTree.h"
#include "runbook/Runbook.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <optional>

namespace rollcage::runbook::detail {

struct Section
{
    int level = 0; // 0 for text before the first heading
    QString title;
    QString lower; // title.toLower(), once: every reader asks for it
    int line = 1;
    int parent = -1;
    QList<int> blocks; // top-level nodes under this heading, before the next heading
    QList<int> children;
    bool documentTitle = false;
    bool consumed = false; // read as the steps of its parent
    bool forcedProcedure = false;
    bool forcedReference = false; // <!-- rollcage: reference -->: not a procedure
    bool forcedSequence = false;  // <!-- rollcage: sequence -->: one procedure, no alternatives
};

// Words and phrases looked for in lower-case headings ("roll back", "notif" also finds
// "notification"). Sections are classified by several lists of them each, and a document
// of a megabyte has thousands of sections: one pass over the text, trying only the words
// that begin with the character at hand, costs less than a search per word or a regular
// expression's match object per call.
class WordList
{
public:
    WordList(std::initializer_list<QStringView> words);
    bool foundIn(QStringView text) const;

private:
    QStringList m_words;
    QList<QList<qsizetype>> m_byFirst; // indexes into m_words, by first character & 0x7F
};

// A table's header cells (cleaned, lower-case) and its body rows with their lines.
struct TableData
{
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
};

struct ImportContext
{
    const MarkdownTree &tree;
    Runbook &runbook;
    QList<Section> sections;
    QList<QStringList> procedureContext;    // per procedure: titles of its section and ancestors
    mutable QHash<QString, int> titleCount; // lower-case heading -> sections with it

    const MdNode &node(int i) const { return tree.node(i); }
    void diagnose(int line, Severity severity, const QString &message);
    void guess(int line, const QString &what, const QString &annotation);

    // Lower-case titles of a section and its ancestors, the document title left out.
    QStringList titles(int section) const;
    // Plain substring search over the cached context, not an expression: it runs several
    // times for every section, and a match object per call cost more than the search.
    bool titlesMention(int section, const WordList &words) const;
    const QString &context(int section) const;          // titles() joined by '\n', cached
    mutable QList<std::optional<QString>> contextCache; // titles() joined, per section
    // Lists under <!-- rollcage: manual -->: the commands their items quote stay text.
    QSet<int> manualLists;

    // A list item's own text (its paragraphs, not its nested lists or code).
    QString itemText(int item) const;
    QString itemLead(int item) const;
    // Text after the bold lead: "**Verify** (2 min) then…" -> "(2 min) then…"
    static QString afterLead(const QString &text, const QString &lead);
    // Nested list items under `item`, as "- text" lines.
    QStringList nestedLines(int item) const;
    QList<int> items(int list) const;
    bool hasNestedOrderedList(int item) const; // a numbered list directly under the item
    QList<int> codeBlocksIn(int node) const; // code blocks anywhere below, in order
    TableData tableData(int table) const;
};

// SectionRules.cpp: whether a section is a procedure — its heading speaks of one, or its
// body is a sequence of actions (commands to run, numbered step sub-headings) — and the
// pieces of that judgement the readers share.
bool isProcedureSection(const ImportContext &ctx, int section);
// Its heading, or one above it, says it is a procedure (rollback, restore, procedure, …):
// reading it as one is no guess.
bool headingSaysProcedure(const ImportContext &ctx, int section);
bool isRunnableCode(const MdNode &code); // a shell block, or an untagged one of commands
bool holdsRunnableCode(const ImportContext &ctx, int node); // such a block anywhere below
bool isStepHeading(const QString &title);
QString stripStepNumber(const QString &title);
// Children that are steps of this section ("### Step 2: Promote", "#### 2.1 Create …").
QList<int> stepSections(const ImportContext &ctx, int section);
// The title a procedure is shown under: its heading, after its parent's when the heading
// alone names no procedure ("Diagnosis", "Immediate actions (0-5 minutes)") or is shared
// by several sections ("API Service Down — Immediate actions").
QString procedureTitle(const ImportContext &ctx, int section);

// Adds a line to a step's description or any text built a line at a time.
inline void appendLine(QString &text, const QString &line)
{
    text = text.isEmpty() ? line : text + QLatin1Char('\n') + line;
}

// Words that name each kind of section, shared by the readers.
bool mentions(const QString &text, const QStringList &words);
// Index of the first header cell that mentions one of `words`; -1 when none.
int column(const QStringList &header, const QStringList &words, const QList<int> &taken = {});
QString cell(const QStringList &row, int i); // empty when the row is short
ChecklistPhase phaseFromTitles(const QStringList &titles);

// The title of YAML/TOML front matter, the block blanked in `utf8` (lines keep their numbers).
QString takeFrontMatter(QByteArray &utf8);
// NUL bytes or mostly control characters in the first 8 KB.
bool looksBinary(const QByteArray &bytes);
// Source-level checks: code fences never closed, table rows with a wrong cell count.
void checkFences(ImportContext &ctx, const QString &text);
void checkTableRows(ImportContext &ctx);
// A fence whose language is a shell's name mistyped ("```shel", "```bsh"): read as
// bash (fenceAttributes), said as a warning at the fence.
void checkFenceLanguages(ImportContext &ctx);

void readTable(ImportContext &ctx, int table);
void readChecklist(ImportContext &ctx, int section, int list, std::optional<ChecklistPhase> phase);
void readTemplate(ImportContext &ctx, int section, int code, const QString &title,
                  const QString &audience);
// Severity levels (SeverityReader.cpp): a table's rows, a heading per level ("### SEV-1 —
// Critical" with its definition and response time below, as a set or under a "Severity
// levels" heading) or a list of bold-led levels. A level already known by its code is
// completed, not repeated.
void addSeverity(ImportContext &ctx, const SeverityLevel &level);
bool isSeverityHeading(const ImportContext &ctx, int section);
void readSeverityHeading(ImportContext &ctx, int section);
bool readSeverityList(ImportContext &ctx, int section, int list); // false, nothing read: not levels
// Escalation (EscalationReader.cpp): levels numbered on across lists; `group` names the
// list. A table without a contact column is not escalation: false, nothing read.
// A contacts section ("Contact information", "Support contacts") is read as escalation
// too, as an ordered list of whom to call; what the author may not have meant by it
// (an order, lists that are alternatives, a channel, a contact not filled in) is said.
struct ContactList
{
    QString section;       // the heading
    QString previousGroup; // group of the section's list before this one; empty for the first
};
void readEscalation(ImportContext &ctx, int list, const QString &group,
                    const std::optional<ContactList> &contacts = std::nullopt);
bool readEscalationTable(ImportContext &ctx, int table, const QString &group,
                         const std::optional<ContactList> &contacts = std::nullopt);
// A chain of contacts drawn in a plain fence, a level a line, arrows carrying conditions.
// False, nothing read, when fewer than two lines name someone.
bool readEscalationBlock(ImportContext &ctx, int code, const QString &group,
                         const std::optional<ContactList> &contacts = std::nullopt);
void readReportSections(ImportContext &ctx, int list);
void readTriggerList(ImportContext &ctx, int list, const QString &action);
// One trigger from a line ("Error rate > 5% for 10 minutes": condition, then threshold).
Trigger triggerFrom(const QString &text, int line, const QString &action);
// Steps (StepReader.cpp).
CodeBlock codeBlock(const MdNode &code); // a console transcript's prompts are its commands
// Puts a code block where it belongs on a step: a command; or, when it is output (tagged
// text/output, untagged and not commands, or announced by "Example output:"), the
// expected output of the step's last command, else its description. Text is never run.
void addBlock(Step &step, const MdNode &code, bool announcedOutput);
// An empty block, or one of only ":" / "true": never a step or a command.
bool isNoOpCode(const QString &code);
// A text block (untagged prose, text, markdown) under a step that sends a message is that
// message: read as a template titled after the step. False, nothing read, otherwise.
bool readStepMessage(ImportContext &ctx, int section, int code, Step &step);
Duration trailingDuration(QString *title); // cuts "(2 minutes)" off a title
// A title's range that is a window on the incident's timeline ("(0–5 minutes)", or one
// starting where the previous sibling heading's ended), not a duration.
bool isTimelineWindow(const ImportContext &ctx, int section, const Duration &range);
void finishStep(Step &step);               // kind, placeholders, destructiveness, annotations
// SessionSteps.cpp: whether the step needs a terminal; a session-opening command's later
// lines become session lines (before finishStep computes the rest), then their levels and
// placeholders (after); the next steps typed into an open session join it.
void readInteraction(Step &step);
void finishInteraction(Step &step);
void foldSessionSteps(Procedure &procedure);
// A list item is a step; one that quotes a whole command as its instruction ("Restart:
// `systemctl restart nginx`") and has no block runs it, a guess `check` shows, unless
// `quoted` is false or its list is marked manual.
Step stepFromItem(ImportContext &ctx, int item, bool quoted = true);
// The one command a list item's instruction quotes: a code span that starts with a known
// program and has arguments. None when the item quotes none, several ("`a` or `b`"), says
// not to run it ("Don't `kubectl delete …`"), is a condition ("If `curl …` fails") or
// ends with ':' (it introduces what follows), or when the span is a pattern (an ellipsis,
// "pod-xxxxx", "`delete deploy/X` where X is …").
struct QuotedCommand
{
    QString code;
    qsizetype start = 0; // the span, backticks included, in the item's text without "**"
    qsizetype end = 0;
    int line = 0; // 0-based line of the item's text it is on
};
std::optional<QuotedCommand> quotedCommand(const QString &text);
// StepProse.cpp: whether a cleaned label matches `pattern` (case-insensitive, compiled
// once per thread), and which procedure metadata a label names ("When to use", "Target
// time", "Risk", "Data loss", "Impact").
bool labelIs(const QString &label, const char *pattern);
enum class MetadataLabel { None, When, Time, Risk, DataLoss, Impact }; // groups 1-5
MetadataLabel metadataLabel(const QString &label);
// Titles for a block the runbook gives none, each empty when nothing fits: the paragraph
// right before it when that introduces it (ends with ':', or is one sentence); the first
// sentence of a step's text ("**4.** Run it from Docker. The example dumps …" -> "Run it
// from Docker"); the comment that opens a block, or its first command.
QString titleFromProse(const QString &paragraph);
QString titleFromLead(const QString &text);
QString titleFromCode(const CodeBlock &block);
// A section whose heading names a procedure but that has neither list nor block ("use
// `revert-bump.sh` to roll back", "if not, run `make deploy-all`"): each paragraph a step,
// titled by the sentence that quotes its command, the commands it quotes its commands. A
// guess, said as one; nothing when no paragraph quotes a command.
QList<Step> proseSteps(ImportContext &ctx, int section, const QList<int> &blocks);
// The text after the last ". " that ends a sentence; `several` says whether one did.
QString lastSentence(const QString &text, bool *several = nullptr);
// A manual step read again with `code` as its command: a fence the author left unindented
// under a numbered item.
Step withBlock(const Step &manual, const MdNode &code);
// A manual step read from a list item, open again for the prose and block after it.
Step reopened(const Step &manual);
Step stepFromSection(ImportContext &ctx, int section); // "### Step 2: …" sub-headings
// BlockSteps.cpp: a step whose one shell block numbers its parts in comments ("# 1. List
// versions" … "# Step 5: Verify"), as that many steps, each with its part of the block;
// lines before the first numbered comment belong to the first. Other steps: themselves.
QList<Step> splitNumberedBlock(const Step &step);
bool mayHaveNumberedParts(const Step &step); // cheap: false means splitNumberedBlock is {step}
// A warning the runbook wrote among a procedure's steps; `beforeStep` counts the steps read
// when it came. A warning admonition or alert ("!!! warning", "> [!CAUTION]") stands before
// the step it is about (`aboutNext`); a warning in prose follows the steps it is about.
struct StepWarning
{
    QString text;
    int beforeStep = 0;
    bool aboutNext = false;
};
// A step whose block defines a script ("#!/bin/bash", "# scripts/rollback_now.sh") that a
// later step runs is folded into that step's description (running both would roll back
// twice). Blocks that number their parts become that many steps (a guess `check` shows).
// Warnings keep pointing at the steps they followed; then they mark them destructive.
void foldScriptDefinitions(Procedure &procedure, QList<StepWarning> &warnings);
void splitNumberedBlocks(ImportContext &ctx, Procedure &procedure, QList<StepWarning> &warnings);
void applyWarnings(Procedure &procedure, const QList<StepWarning> &warnings);
// Another way to do a step that changes production: "To target a specific revision:" (or
// "Or …", "Alternatively …", "… instead") over the same command as the step before, with
// other arguments. Running both would do the change twice: the variant is the step of a
// procedure of its own, "Procedure — Lead", the same as the procedure but for that step.
struct StepVariant
{
    int replaces = 0; // line of the step it is another way to do
    QString lead;
    Step step;
};
bool isStepVariant(const Step &previous, const Step &step, const QString &lead);
// The procedures the variants make (described, with the guess `check` shows); each step
// they replace says where the other way is.
QList<Procedure> variantProcedures(ImportContext &ctx, int section, Procedure &procedure,
                                   const QList<StepVariant> &variants);

// A section's procedure blocks cut where an alternative begins ("**Option B: Helm**",
// "**Using rollback script:**", parallel "**PostgreSQL:**" / "**Cosmos DB:**" lists):
// each part is a procedure of its own, never steps of one sequence. The first part has
// no lead.
struct Alternative
{
    QString lead; // the paragraph that introduces it, cleaned; empty for the first part
    int line = 0;
    QList<int> blocks;
    // Not another way but the next stage of the work ("**Investigation:**" then
    // "**Resolution:**"): a procedure of its own all the same, titled the same way.
    bool stage = false;
};
// A bold label that names a stage of incident work: "Investigation", "Mitigation",
// "Recovery steps", "Immediate actions (within 15 minutes)", "Post-breach actions".
bool isStageLabel(const QString &label);
QList<Alternative> splitAlternatives(const ImportContext &ctx, const QList<int> &blocks);
// An alternative's procedure is titled "Section — Lead" and starts at its lead's line.
bool readProcedure(ImportContext &ctx, int section, const QList<int> &blocks,
                   const Alternative &alternative = {});
// ProcedureKind.cpp: `ancestors` are the enclosing headings, nearest first, then the
// document title.
ProcedureKind classifyProcedure(const QString &title, const QStringList &ancestors,
                                const QList<Step> &steps);
// A procedure read from `section`: its kind, its time from its steps' when it has none,
// and the guesses `check` shows about reading it as one (a stage, an alternative, a
// section no heading calls a procedure).
void describeProcedure(ImportContext &ctx, int section, Procedure &p,
                       const Alternative &alternative);
// PlainTextReader.cpp: a document with neither a heading nor a fence, read line by line on
// a best-effort basis (numbered or emoji-numbered lines are steps, lines that read as
// commands their commands), with a warning that says so. Nothing when no step is found.
bool hasMarkdownStructure(const MarkdownTree &tree);
// The commands a line of prose quotes (`svc restart`) or names after "Run:"; empty when it
// quotes none that reads as a command. Several are joined a line each.
QString commandInTitle(const QString &title);
void readUnstructured(ImportContext &ctx);
// BlockReaders.cpp: the decision table's rows point at the procedures they describe.
void matchProcedureIndex(ImportContext &ctx);

} // namespace rollcage::runbook::detail
