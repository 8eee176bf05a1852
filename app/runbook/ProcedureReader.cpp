// Procedures and their steps: from numbered lists (bold lead = title), from bullet lists
// when there is nothing better, from loose code blocks, or from "Step N" sub-headings.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <utility>

namespace rollcage::runbook::detail {

namespace {

// lupdate files a tr() under the scope that calls it: the free functions here under their
// namespace, Reader's members under Reader (its own tr, declared at its end).
ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

using RE = QRegularExpression;

bool labelIs(const QString &label, const char *pattern)
{
    if (label.isEmpty())
        return false; // most blocks have no label; skip the expression
    // Compiled once per pattern and thread: the GUI may import on a worker thread.
    thread_local QHash<const char *, RE> cache;
    auto it = cache.find(pattern);
    if (it == cache.end())
        it = cache.insert(pattern, RE(QLatin1String(pattern), RE::CaseInsensitiveOption));
    return it->match(label).hasMatch();
}

const char *const kWhen = "^(when to use|use case|use when|use it when|use for|when)$";
// "**Target Time**: < 10 min" and an RTO are how long the procedure is meant to take.
const char *const kTime = "^(time to complete|time required|duration|expected (duration|time)|"
                          "target time|time target|rto|rto target|"
                          "rto \\(recovery time objective\\)|recovery time objective|"
                          "estimated time|eta|takes|time)$";

void appendLine(QString &text, const QString &line)
{
    text = text.isEmpty() ? line : text + QLatin1Char('\n') + line;
}

struct Warning
{
    QString text;
    int beforeStep = 0; // number of steps read when the warning came
    // A warning admonition or alert ("!!! warning", "> [!CAUTION]") stands before the step
    // it is about; a warning in prose follows the steps it is about.
    bool aboutNext = false;
};

struct Reader
{
    ImportContext &ctx;
    Procedure p;
    QList<Warning> warnings;
    QString pendingTitle;
    bool expectWhen = false;
    bool numbered = false; // the section has a numbered list, so bullets are not steps
    bool lastParagraphAnnouncesOutput = false;
    int section = 0; // the section read, for the templates its steps send
    // "**3. Identify the last good revision:**": a step of its own, open for the prose and
    // the first block that follow it, even when no block follows (a manual step).
    std::optional<Step> openStep;
    // The block before was a numbered list: a block right after it, not indented under
    // its last item ("1. Check ECS task status:" then a fence), is that item's command.
    bool afterOrderedList = false;

    void flushOpenStep()
    {
        if (!openStep)
            return;
        finishStep(*openStep);
        p.steps.append(std::move(*openStep));
        openStep.reset();
    }

    // Steps read so far, the open one included: a warning in prose is about them.
    int stepsSoFar() const { return int(p.steps.size()) + (openStep ? 1 : 0); }

    void applyMetadata(const QString &label, const QString &value, int line)
    {
        if (labelIs(label, kWhen))
            p.whenToUse = value;
        else if (labelIs(label, kTime))
            p.expected = recognize::duration(value);
        else if (labelIs(label, "^risk( level)?$"))
            p.risk = value;
        else if (labelIs(label, "^data loss$") && !labelIs(value, "^(none|no|minimal|n/a)\\b"))
            warnings.append({tr("Data loss: %1").arg(value), int(p.steps.size())});
        Q_UNUSED(line);
    }

    bool isMetadataList(int list) const
    {
        const QList<int> items = ctx.items(list);
        if (items.isEmpty())
            return false;
        for (const int item : items) {
            const QString label = recognize::cleanLabel(ctx.itemLead(item));
            if (!labelIs(label, kWhen) && !labelIs(label, kTime) &&
                !labelIs(label, "^(risk( level)?|data loss|impact)$"))
                return false;
        }
        return true;
    }

    void paragraph(int b)
    {
        const MdNode &n = ctx.node(b);
        const QString text = n.text.trimmed();
        lastParagraphAnnouncesOutput = text.size() <= 120 && recognize::announcesOutput(text);
        afterOrderedList = false;
        const QString label = recognize::cleanLabel(n.leadStrong);
        const QString rest = ImportContext::afterLead(text, n.leadStrong);
        if (!label.isEmpty() &&
            (labelIs(label, kWhen) || labelIs(label, kTime) || labelIs(label, "^risk( level)?$"))) {
            if (rest.isEmpty() && labelIs(label, kWhen))
                expectWhen = true;
            else
                applyMetadata(label, rest, n.line);
            return;
        }
        if (labelIs(label, "^(steps|procedure|how it works|instructions)$"))
            return;
        // A bold line alone that numbers a step is that step's title, as a heading would be.
        if (!n.leadStrong.isEmpty() && n.leadStrong.size() + 1 >= text.size() &&
            isStepHeading(label)) {
            flushOpenStep();
            Step st;
            st.line = n.line;
            st.title = stripStepNumber(label);
            st.expected = trailingDuration(&st.title);
            openStep = std::move(st);
            pendingTitle.clear();
            return;
        }
        if (labelIs(label, "^(warning|caution|danger)\\b")) {
            // The reason is the admonition's first sentence, soft wraps joined.
            QString reason = rest.simplified();
            const qsizetype stop = reason.indexOf(QLatin1String(". "));
            if (stop > 0)
                reason.truncate(stop + 1);
            warnings.append({recognize::cleanLabel(reason.isEmpty() ? label : reason),
                             int(p.steps.size()), true});
            return;
        }
        const QString warned = recognize::warning(text);
        if (!warned.isEmpty()) {
            warnings.append({warned, stepsSoFar()});
            return;
        }
        if (openStep && openStep->commands.isEmpty()) {
            appendLine(openStep->description, text);
            return;
        }
        if (p.steps.isEmpty() && p.whenToUse.isEmpty() &&
            labelIs(text, "^(use (this )?(when|for|if)|when )")) {
            p.whenToUse = recognize::cleanLabel(text);
            return;
        }
        // "This rolls back to the previous revision. To target a specific revision:": the
        // last sentence introduces the next block, the rest explains the step before.
        const qsizetype stop = text.endsWith(u':') ? text.lastIndexOf(QLatin1String(". ")) : -1;
        if (stop > 0 && text.size() - stop <= 80) {
            pendingTitle = recognize::cleanLabel(text.mid(stop + 2));
            if (!p.steps.isEmpty())
                appendLine(p.steps.last().description, text.left(stop + 1));
            return;
        }
        pendingTitle = text.size() <= 80 ? recognize::cleanLabel(text) : QString();
        if (pendingTitle.isEmpty() && !p.steps.isEmpty())
            appendLine(p.steps.last().description, text);
    }

    void list(int b)
    {
        const QList<int> items = ctx.items(b);
        if (expectWhen) {
            QStringList lines;
            for (const int item : items)
                lines.append(ctx.itemText(item));
            p.whenToUse = lines.join(QLatin1Char('\n'));
            expectWhen = false;
            return;
        }
        if (isMetadataList(b)) {
            for (const int item : items) {
                const QString lead = ctx.itemLead(item);
                applyMetadata(recognize::cleanLabel(lead),
                              ImportContext::afterLead(ctx.itemText(item), lead),
                              ctx.node(item).line);
            }
            return;
        }
        if (openStep && !ctx.node(b).ordered && openStep->commands.isEmpty()) {
            // Bullets under a numbered bold step say what to look for: its description.
            for (const int item : items)
                appendLine(openStep->description, QStringLiteral("- ") + ctx.itemText(item));
            return;
        }
        flushOpenStep();
        // A short lead-in before a list ("**Cosmos DB:**") is context for its first step.
        const QString leadIn = std::exchange(pendingTitle, QString());
        const qsizetype first = p.steps.size();
        for (const int item : items) {
            if (ctx.node(b).ordered || !numbered) {
                p.steps.append(stepFromItem(ctx, item));
            } else if (ctx.hasNestedOrderedList(item)) {
                for (const int c : ctx.node(item).children) {
                    if (ctx.node(c).kind == MdNode::Kind::List && ctx.node(c).ordered)
                        list(c);
                }
            } else if (!p.steps.isEmpty()) {
                appendLine(p.steps.last().description, QStringLiteral("- ") + ctx.itemText(item));
            }
        }
        if (!leadIn.isEmpty() && first < p.steps.size()) {
            QString &d = p.steps[first].description;
            d = d.isEmpty() ? leadIn : leadIn + QLatin1Char('\n') + d;
        }
        afterOrderedList = ctx.node(b).ordered && first < p.steps.size();
    }

    // A short paragraph after the last step is not lost either.
    void finish()
    {
        flushOpenStep();
        if (!pendingTitle.isEmpty() && !p.steps.isEmpty())
            appendLine(p.steps.last().description, std::exchange(pendingTitle, QString()));
    }

    void code(int b)
    {
        const MdNode &n = ctx.node(b);
        const bool listBefore = std::exchange(afterOrderedList, false);
        if (openStep && openStep->commands.isEmpty()) {
            // The open step's first block: its command, its message or its output.
            if (!recognize::sendsMessage(openStep->title) ||
                !readStepMessage(ctx, section, b, *openStep))
                addBlock(*openStep, n, lastParagraphAnnouncesOutput);
            lastParagraphAnnouncesOutput = false;
            flushOpenStep();
            return;
        }
        flushOpenStep();
        // "Notify the team:" and the message: a manual step that sends a template.
        if (!pendingTitle.isEmpty() && recognize::sendsMessage(pendingTitle)) {
            Step st;
            st.line = n.line;
            st.title = pendingTitle;
            if (readStepMessage(ctx, section, b, st)) {
                pendingTitle.clear();
                finishStep(st);
                p.steps.append(std::move(st));
                return;
            }
        }
        QString language;
        recognize::fenceAttributes(n.info, &language);
        const bool announced = lastParagraphAnnouncesOutput;
        lastParagraphAnnouncesOutput = false;
        // "Example output:" and a block of it, after a step's commands: that step's.
        if ((announced && !recognize::isShellLanguage(language)) ||
            recognize::isOutputBlock(language, n.text)) {
            if (!p.steps.isEmpty()) {
                if (announced)
                    pendingTitle.clear();
                addBlock(p.steps.last(), n, true);
                return;
            }
        }
        if (listBefore && pendingTitle.isEmpty() && !p.steps.isEmpty() &&
            p.steps.last().commands.isEmpty()) {
            // "1. Check ECS task status:" and the fence under it, not indented: read as if
            // the author had indented it.
            p.steps.last() = withBlock(p.steps.last(), n);
            return;
        }
        Step st;
        st.line = ctx.node(b).line;
        if (!pendingTitle.isEmpty()) {
            // "**1. Check the release:**" before a block: the order is the list's.
            st.title = isStepHeading(pendingTitle) ? stripStepNumber(pendingTitle) : pendingTitle;
            st.expected = trailingDuration(&st.title);
        } else {
            // The procedure's own time is not this step's, so it is cut off here.
            st.title = p.steps.isEmpty() ? p.title : tr("Run the commands");
            trailingDuration(&st.title);
        }
        addBlock(st, n, false);
        pendingTitle.clear();
        finishStep(st);
        p.steps.append(std::move(st));
    }

    // A block that defines a script ("#!/bin/bash" then "# scripts/rollback_now.sh") and
    // a later step that runs it would roll back twice: the step that runs it stays, the
    // definition becomes its note.
    void foldScriptDefinitions()
    {
        static const RE named(QStringLiteral(R"(^\s*(?:#!.*\n\s*)?#\s*([\w./-]*\w\.(?:sh|bash|py|rb|ps1))\s*$)"),
                              RE::MultilineOption);
        for (qsizetype i = 0; i < p.steps.size(); ++i) {
            const Step &def = p.steps.at(i);
            if (def.commands.size() != 1 || !recognize::isFileDefinition(def.commands.first().code))
                continue;
            const auto m = named.match(def.commands.first().code.left(400));
            if (!m.hasMatch())
                continue;
            const QString file = m.captured(1).section(QLatin1Char('/'), -1);
            for (qsizetype j = i + 1; j < p.steps.size(); ++j) {
                Step &runs = p.steps[j];
                const bool calls =
                    std::any_of(runs.commands.cbegin(), runs.commands.cend(),
                                [&](const CodeBlock &c) { return c.code.contains(file); });
                if (!calls)
                    continue;
                appendLine(runs.description,
                           tr("Runs %1, whose text the runbook shows at line %2.")
                               .arg(m.captured(1))
                               .arg(def.commands.first().line));
                for (Warning &w : warnings) {
                    if (w.beforeStep > int(i))
                        --w.beforeStep;
                }
                p.steps.removeAt(i);
                --i;
                break;
            }
        }
    }

    // Blocks that number their parts become that many steps; warnings keep pointing
    // after the steps they followed.
    void splitNumberedBlocks()
    {
        if (std::none_of(p.steps.cbegin(), p.steps.cend(), mayHaveNumberedParts))
            return; // nearly every procedure: no copy
        QList<Step> steps;
        for (const Step &original : std::as_const(p.steps)) {
            Step st = original;
            // The procedure's title stood in for a first block's; its parts have their own.
            if (st.title == p.title)
                st.title.clear();
            QList<Step> parts = splitNumberedBlock(st);
            if (parts.size() == 1)
                parts = {original};
            else
                ctx.guess(original.commands.first().line - 1,
                          tr("The block is split into %1 steps at its numbered comments.")
                              .arg(parts.size()),
                          tr("```bash {nosplit} keeps it one step."));
            for (Warning &w : warnings) {
                if (w.beforeStep > int(steps.size()))
                    w.beforeStep += int(parts.size()) - 1;
            }
            steps.append(parts);
        }
        p.steps = std::move(steps);
    }

    static void markDestructive(Step &st, const QString &reason)
    {
        st.destructive = true;
        st.destructiveReason = reason;
        if (st.confirmTarget.isEmpty())
            st.confirmTarget = st.name.isEmpty() ? st.title : st.name;
    }

    // A warning after the steps it is about marks them: the destructive ones, or the
    // step just before it when none is. A warning admonition marks the step after it.
    void applyWarnings()
    {
        for (const Warning &w : warnings) {
            if (w.aboutNext && w.beforeStep < p.steps.size()) {
                markDestructive(p.steps[w.beforeStep], w.text);
                continue;
            }
            const int end = std::min<int>(w.beforeStep, int(p.steps.size()));
            bool any = false;
            for (int i = 0; i < end; ++i) {
                if (p.steps[i].destructive) {
                    p.steps[i].destructiveReason = w.text;
                    any = true;
                }
            }
            if (!any && !p.steps.isEmpty()) {
                markDestructive(p.steps[std::clamp(end - 1, 0, int(p.steps.size()) - 1)], w.text);
            }
        }
    }

    // Last: the macro leaves what follows it private, and Reader is brace-initialised.
    Q_DECLARE_TR_FUNCTIONS(rollcage::runbook::detail::Reader)
};

} // namespace

bool readProcedure(ImportContext &ctx, int index, const QList<int> &blocks,
                   const Alternative &alternative)
{
    const Section &s = ctx.sections.at(index);
    Reader r{ctx, {}, {}, {}, false, false};
    r.section = index;
    r.p.title = procedureTitle(ctx, index);
    r.p.line = s.line;
    if (!alternative.lead.isEmpty()) {
        r.p.title += QStringLiteral(" \u2014 ") + alternative.lead;
        r.p.line = alternative.line;
    }
    QString title = s.title;
    r.p.expected = trailingDuration(&title);
    if (isTimelineWindow(ctx, index, r.p.expected))
        r.p.window = std::exchange(r.p.expected, Duration{});
    for (const int b : blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::List && n.ordered)
            r.numbered = true;
        if (n.kind == MdNode::Kind::List) {
            for (const int item : ctx.items(b))
                r.numbered = r.numbered || ctx.hasNestedOrderedList(item);
        }
    }
    for (const int b : blocks) {
        switch (ctx.node(b).kind) {
        case MdNode::Kind::Paragraph:
            r.paragraph(b);
            break;
        case MdNode::Kind::List:
            r.list(b);
            break;
        case MdNode::Kind::Code:
            r.code(b);
            break;
        default:
            break;
        }
    }
    r.finish();
    // Steps as sub-headings: "### Step 1: Drain traffic", "#### 2.1 Create a ticket", or
    // every child section when the author marked this one as a procedure. Two or more
    // make the procedure's steps even when the section's own text had a list (an intro).
    QList<int> stepChildren;
    if (!alternative.lead.isEmpty()) {
        // Sub-headings follow the section's first part, not an alternative within it.
    } else if (s.forcedProcedure) {
        for (const int child : s.children) {
            if (ctx.sections.at(child).children.isEmpty())
                stepChildren.append(child);
        }
    } else {
        stepChildren = stepSections(ctx, index);
    }
    if (r.p.steps.isEmpty() || stepChildren.size() >= 2) {
        if (!stepChildren.isEmpty()) {
            r.p.steps.clear();
            r.warnings.clear();
        }
        for (const int child : stepChildren) {
            r.p.steps.append(stepFromSection(ctx, child));
            ctx.sections[child].consumed = true;
        }
    }
    // Loose SQL or Python listings with no steps around them are examples to read,
    // not something an operator runs from a shell.
    const bool runnable = std::any_of(r.p.steps.cbegin(), r.p.steps.cend(), [](const Step &st) {
        return st.commands.isEmpty() ||
               std::any_of(st.commands.cbegin(), st.commands.cend(), [](const CodeBlock &c) {
                   return recognize::isShellLanguage(c.language);
               });
    });
    if (r.p.steps.isEmpty() || !runnable)
        return false;
    r.foldScriptDefinitions();
    r.splitNumberedBlocks();
    r.applyWarnings();
    for (Step &st : r.p.steps) {
        if (st.destructive && st.confirmation != Confirmation::Typed) {
            // Marked by a warning the runbook wrote after it.
            st.confirmation = Confirmation::Typed;
            st.confirmationReason = st.destructiveReason;
        }
    }
    foldSessionSteps(r.p);
    const QStringList titles = ctx.titles(index); // own title first, then ancestors
    describeProcedure(ctx, index, r.p, alternative);
    ctx.procedureContext.append(titles);
    ctx.runbook.procedures.append(std::move(r.p));
    return true;
}

} // namespace rollcage::runbook::detail
