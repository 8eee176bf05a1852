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

struct Reader
{
    ImportContext &ctx;
    Procedure p;
    QList<StepWarning> warnings;
    QList<StepVariant> variants;
    QString pendingTitle;
    // A long paragraph: the next block's introduction when one follows at once, else
    // more about the step before it.
    QString pendingProse;
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
    // "* Export the data", prose, a block, "* Restore it", a block: bullets of one item
    // each are the author's step headings, each open for the prose and block after it.
    bool bulletHeadings = false;

    void flushOpenStep()
    {
        if (!openStep)
            return;
        finishStep(*openStep);
        p.steps.append(std::move(*openStep));
        openStep.reset();
    }

    void flushProse()
    {
        QString text = std::exchange(pendingProse, QString());
        if (!text.isEmpty() && !p.steps.isEmpty())
            appendLine(p.steps.last().description, text);
    }

    // Steps read so far, the open one included: a warning in prose is about them.
    int stepsSoFar() const { return int(p.steps.size()) + (openStep ? 1 : 0); }

    void applyMetadata(const QString &label, const QString &value)
    {
        switch (metadataLabel(label)) {
        case MetadataLabel::When:
            p.whenToUse = value;
            break;
        case MetadataLabel::Time:
            p.expected = recognize::duration(value);
            break;
        case MetadataLabel::Risk:
            p.risk = value;
            break;
        case MetadataLabel::DataLoss:
            if (!labelIs(value, "^(none|no|minimal|n/a)\\b"))
                warnings.append({tr("Data loss: %1").arg(value), int(p.steps.size())});
            break;
        case MetadataLabel::Impact:
        case MetadataLabel::None:
            break;
        }
    }

    bool isMetadataList(int list) const
    {
        const QList<int> items = ctx.items(list);
        if (items.isEmpty())
            return false;
        for (const int item : items) {
            const QString label = recognize::cleanLabel(ctx.itemLead(item));
            if (metadataLabel(label) == MetadataLabel::None)
                return false;
        }
        return true;
    }

    void paragraph(int b)
    {
        const MdNode &n = ctx.node(b);
        const QString text = n.text.trimmed();
        flushProse();
        // "… two log entries. They will look like this:": the last sentence says it.
        const QString last = text.endsWith(u':') ? lastSentence(text) : QString();
        lastParagraphAnnouncesOutput =
            (text.size() <= 120 && recognize::announcesOutput(text)) ||
            (!last.isEmpty() && last.size() <= 120 && recognize::announcesOutput(last));
        afterOrderedList = false;
        const QString label = recognize::cleanLabel(n.leadStrong);
        const QString rest = ImportContext::afterLead(text, n.leadStrong);
        const MetadataLabel meta = metadataLabel(label);
        if (meta == MetadataLabel::When || meta == MetadataLabel::Time ||
            meta == MetadataLabel::Risk) {
            if (rest.isEmpty() && meta == MetadataLabel::When)
                expectWhen = true;
            else
                applyMetadata(label, rest);
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
        // "**4.** Run it from Docker. The example dumps …": a numbered step, titled by its
        // first sentence, the whole text its description.
        if (!rest.isEmpty() && labelIs(label, "^(step\\s*)?\\d+[.):]?$")) {
            flushOpenStep();
            Step st;
            st.line = n.line;
            st.title = titleFromLead(rest);
            if (st.title.isEmpty())
                st.title = recognize::cleanLabel(rest);
            bool several = false;
            lastSentence(rest.simplified(), &several);
            if (several || st.title.endsWith(QChar(0x2026)))
                st.description = rest;
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
            pendingTitle = titleFromLead(text.mid(stop + 2));
            if (!p.steps.isEmpty())
                appendLine(p.steps.last().description, text.left(stop + 1));
            return;
        }
        pendingTitle = text.size() <= 80 ? recognize::cleanLabel(text) : QString();
        if (pendingTitle.isEmpty())
            pendingProse = text;
    }

    void list(int b)
    {
        flushProse();
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
                              ImportContext::afterLead(ctx.itemText(item), lead));
            }
            return;
        }
        if (bulletHeadings && items.size() == 1 && !ctx.node(b).ordered &&
            ctx.codeBlocksIn(items.first()).isEmpty()) {
            flushOpenStep();
            openStep = reopened(stepFromItem(ctx, items.first(), false));
            if (const QString leadIn = std::exchange(pendingTitle, QString()); !leadIn.isEmpty())
                openStep->description =
                    QStringList{leadIn, openStep->description}.join(u'\n').trimmed();
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
                Step st = stepFromItem(ctx, item);
                if (!showsOutputOfLastStep(item, st))
                    p.steps.append(std::move(st));
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
        // With bullets for headings, the last one stays open for what follows it.
        if (bulletHeadings && first < p.steps.size() && p.steps.last().commands.isEmpty())
            openStep = reopened(p.steps.takeLast());
    }

    // "* The output will look like this:" and a block of it, after a step's commands: that
    // step's expected output, not a step that runs it.
    bool showsOutputOfLastStep(int item, const Step &st)
    {
        if (p.steps.isEmpty() || p.steps.last().commands.isEmpty() ||
            ctx.codeBlocksIn(item).isEmpty() || st.title.size() > 120)
            return false;
        // Most items run a tagged shell block: a command, whatever the title says.
        const auto tagged = [](const CodeBlock &c) {
            return !c.language.isEmpty() && recognize::isShellLanguage(c.language);
        };
        if (std::any_of(st.commands.cbegin(), st.commands.cend(), tagged) ||
            !recognize::announcesOutput(st.title))
            return false;
        const QList<int> blocks = ctx.codeBlocksIn(item);
        for (const int code : blocks) {
            QString language;
            recognize::fenceAttributes(ctx.node(code).info, &language);
            if ((language.isEmpty() || recognize::isShellLanguage(language)) &&
                recognize::looksLikeCommands(ctx.node(code).text))
                return false;
        }
        for (const int code : blocks)
            addBlock(p.steps.last(), ctx.node(code), true);
        return true;
    }

    // A short paragraph after the last step is not lost either.
    void finish()
    {
        flushOpenStep();
        flushProse();
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
        const QString prose = std::exchange(pendingProse, QString());
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
        if ((announced && (language.isEmpty() || !recognize::isShellLanguage(language))) ||
            recognize::isOutputBlock(language, n.text)) {
            if (!p.steps.isEmpty()) {
                if (announced)
                    pendingTitle.clear();
                if (!prose.isEmpty())
                    appendLine(p.steps.last().description, prose);
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
        st.description = prose; // the paragraph right before a block is about it
        addBlock(st, n, false);
        if (!pendingTitle.isEmpty()) {
            // "**1. Check the release:**" before a block: the order is the list's.
            st.title = isStepHeading(pendingTitle) ? stripStepNumber(pendingTitle) : pendingTitle;
            st.expected = trailingDuration(&st.title);
            if (st.title.endsWith(u'.') && !st.title.endsWith(u"..")) // a sentence, not "…"
                st.title.chop(1);
        } else {
            // The first block is best under the procedure's name (its prose is often the
            // procedure's introduction); later ones by what introduces them or they run.
            if (!p.steps.isEmpty() && !prose.isEmpty())
                st.title = titleFromProse(prose);
            if (st.title.isEmpty() && !p.steps.isEmpty() && !st.commands.isEmpty())
                st.title = titleFromCode(st.commands.first());
            if (st.title.isEmpty()) {
                // The procedure's own time is not this step's, so it is cut off here.
                st.title = p.steps.isEmpty() ? p.title : tr("Run the commands");
                trailingDuration(&st.title);
            }
        }
        const QString pending = std::exchange(pendingTitle, QString());
        finishStep(st);
        // "To target a specific revision:" and the same change again: another way to do
        // the step before, never done after it.
        if (!p.steps.isEmpty() && st.confirmation != Confirmation::OneClick &&
            !ctx.sections.at(section).forcedSequence) {
            const QString lead = pending.isEmpty() ? lastSentence(prose.simplified()) : pending;
            if (isStepVariant(p.steps.last(), st, lead)) {
                variants.append({p.steps.last().line, recognize::cleanLabel(lead), std::move(st)});
                return;
            }
        }
        p.steps.append(std::move(st));
    }

    // Last: the macro leaves what follows it private, and Reader is brace-initialised.
    Q_DECLARE_TR_FUNCTIONS(rollcage::runbook::detail::Reader)
};

} // namespace

bool readProcedure(ImportContext &ctx, int index, const QList<int> &blocks,
                   const Alternative &alternative)
{
    const Section &s = ctx.sections.at(index);
    Reader r{ctx, {}, {}, {}, {}, {}, false, false};
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
    int singleBullets = 0;
    for (const int b : blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::List && n.ordered)
            r.numbered = true;
        if (n.kind == MdNode::Kind::List && !n.ordered && ctx.items(b).size() == 1)
            ++singleBullets;
        if (n.kind == MdNode::Kind::List) {
            for (const int item : ctx.items(b))
                r.numbered = r.numbered || ctx.hasNestedOrderedList(item);
        }
    }
    r.bulletHeadings = singleBullets >= 2 && !r.numbered;
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
    if (r.p.steps.isEmpty() && (s.forcedProcedure || headingSaysProcedure(ctx, index)))
        r.p.steps = proseSteps(ctx, index, blocks);
    // Loose SQL or Python listings with no steps around them are examples to read,
    // not something an operator runs from a shell.
    const bool runnable = std::any_of(r.p.steps.cbegin(), r.p.steps.cend(), [](const Step &st) {
        return st.commands.isEmpty() ||
               std::any_of(st.commands.cbegin(), st.commands.cend(), [](const CodeBlock &c) {
                   return recognize::isShellLanguage(c.language);
               });
    });
    // Bullets the author wrote as step headings are steps around them, whatever the
    // language; so is a heading that names the procedure ("Recovery from an object store":
    // the manifests to apply, in order).
    if (r.p.steps.isEmpty() ||
        (!runnable && !r.bulletHeadings && !s.forcedProcedure && !headingSaysProcedure(ctx, index)))
        return false;
    if (!runnable && !r.bulletHeadings && !s.forcedProcedure)
        ctx.guess(s.line,
                  tr("\"%1\" is read as a procedure for its heading, though no step has a shell "
                     "command: its code is shown to be applied by hand.")
                      .arg(r.p.title),
                  tr("<!-- rollcage: reference --> under the heading says it is not one."));
    foldScriptDefinitions(r.p, r.warnings);
    splitNumberedBlocks(ctx, r.p, r.warnings);
    applyWarnings(r.p, r.warnings);
    for (Step &st : r.p.steps) {
        if (st.destructive && st.confirmation != Confirmation::Typed) {
            // Marked by a warning the runbook wrote after it.
            st.confirmation = Confirmation::Typed;
            st.confirmationReason = st.destructiveReason;
        }
    }
    foldSessionSteps(r.p);
    const QList<Procedure> others = variantProcedures(ctx, index, r.p, r.variants);
    const QStringList titles = ctx.titles(index); // own title first, then ancestors
    describeProcedure(ctx, index, r.p, alternative);
    ctx.procedureContext.append(titles);
    ctx.runbook.procedures.append(std::move(r.p));
    for (const Procedure &q : others) {
        ctx.procedureContext.append(titles);
        ctx.runbook.procedures.append(q);
    }
    return true;
}

} // namespace rollcage::runbook::detail
