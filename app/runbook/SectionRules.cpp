// Which sections are procedures. A reader on call takes a section as one when its heading
// speaks of a rollback, restore or procedure, and equally when its body is a sequence of
// actions whatever the heading says ("## Diagnosis" with commands, "## Step 3 – Promote"
// sub-headings), unless the heading says it is something else (a template, an overview,
// a reference). Headings above a section only exclude it for what swallows everything
// beneath (communication, escalation, testing): a "Verification" or "Checklist" parent
// does not make the procedures under it disappear.

#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

const WordList &procedureWords()
{
    // "Rolling back", "Restoring", "Reverting": a heading names the work as often as the act.
    static const WordList w = {u"rollback",     u"roll back", u"roll-back",    u"rolling back",
                               u"restore",      u"restoring", u"recovery",     u"recover",
                               u"revert",       u"redeploy",  u"re-deploy",    u"failover",
                               u"fail over",    u"failing over", u"downgrade", u"procedure"};
    return w;
}

// Sections about a rollback that are not themselves something to execute.
const WordList &notProcedureWords()
{
    static const WordList w = {
        u"overview",      u"philosophy",    u"strategy",      u"when to",       u"contents",
        u"testing",       u"test scenario", u"drill",         u"best practice", u"documentation",
        u"requirements",  u"monitoring",    u"acceptance",    u"automatic",     u"automation",
        u"tools",         u"reference",     u"trigger",       u"decision",      u"matrix",
        u"communication", u"template",      u"escalation",    u"contact",       u"stakeholder",
        u"checklist",     u"notification",  u"message",       u"ownership",     u"history",
        u"validation",    u"post-rollback", u"post rollback", u"pre-rollback"};
    return w;
}

// In a heading above, these exclude everything beneath: no procedure hides under them.
const WordList &ancestorExclusions()
{
    static const WordList w = {u"testing",    u"test scenario", u"drill",        u"best practice",
                               u"philosophy", u"documentation", u"automation",   u"automatic",
                               u"acceptance", u"communication", u"template",     u"escalation",
                               u"contact",    u"stakeholder",   u"notification", u"message",
                               u"ownership",  u"history"};
    return w;
}

// A section with commands to run is a procedure unless its own heading says one of these.
// Validation, verification, checklists and the phases before and after a rollback are
// run too, so they are not here.
// "Automatic" is not among them: "Automatic rollback (recommended)" with its commands is
// one way to do it; one without commands (what the pipeline does by itself) is still no
// procedure (notProcedureWords).
const WordList &commandExclusions()
{
    static const WordList w = {
        u"overview",      u"philosophy", u"when to",       u"contents",      u"testing",
        u"test scenario", u"drill",      u"best practice", u"documentation", u"monitoring",
        u"acceptance",    u"automation", u"tools",         u"reference",     u"cheat",
        u"trigger",       u"decision",   u"matrix",        u"communication", u"template",
        u"escalation",    u"contact",    u"stakeholder",   u"notification",  u"message",
        u"ownership",     u"history",    u"background",    u"how it works",  u"under the hood",
        u"anti-pattern"};
    return w;
}

// A numbered list whose items carry code, or a "When to use" lead: a procedure even
// when its heading does not say rollback ("Practice sandbox setup").
bool hasCommandSteps(const ImportContext &ctx, const Section &s)
{
    static const RE when(QStringLiteral("^when to use"), RE::CaseInsensitiveOption);
    for (const int b : s.blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::List && n.ordered && !ctx.codeBlocksIn(b).isEmpty())
            return true;
        if (n.kind == MdNode::Kind::Paragraph && !n.leadStrong.isEmpty() &&
            when.match(n.leadStrong).hasMatch())
            return true;
    }
    return false;
}

bool hasRunnableCode(const ImportContext &ctx, const Section &s)
{
    for (const int b : s.blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::Code && isRunnableCode(n))
            return true;
        if (n.kind == MdNode::Kind::List && holdsRunnableCode(ctx, b))
            return true;
    }
    return false;
}

// A numbered heading is a step only when it is not a procedure or a part of the document
// of its own: no sub-sections, no numbered list of its own, no category word ("### 4.1
// Application Rollback" with steps 1–5 is a procedure under a numbered outline, "## 3.
// Pre-Rollback Checklist" a part of the outline).
bool isStepSection(const ImportContext &ctx, int index)
{
    const Section &c = ctx.sections.at(index);
    if (!isStepHeading(c.title))
        return false;
    static const RE explicitStep(QStringLiteral("^\\W*step\\s*\\d"), RE::CaseInsensitiveOption);
    if (explicitStep.match(c.title).hasMatch())
        return c.children.isEmpty();
    if (!c.children.isEmpty() || notProcedureWords().foundIn(c.lower))
        return false;
    for (const int b : c.blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::List && n.ordered && ctx.items(b).size() >= 2)
            return false;
    }
    return true;
}

QString normalTitle(const QString &title)
{
    QString t = stripStepNumber(title).toLower();
    trailingDuration(&t);
    return recognize::cleanLabel(t);
}

} // namespace

bool isRunnableCode(const MdNode &code)
{
    // The block that runs a script is the step, not the script's own text.
    if (recognize::isFileDefinition(code.text))
        return false;
    QString language;
    recognize::fenceAttributes(code.info, &language);
    if (language.isEmpty())
        return recognize::looksLikeCommands(code.text);
    return recognize::isShellLanguage(language);
}

bool holdsRunnableCode(const ImportContext &ctx, int node)
{
    const QList<int> code = ctx.codeBlocksIn(node);
    return std::any_of(code.cbegin(), code.cend(),
                       [&ctx](int c) { return isRunnableCode(ctx.node(c)); });
}

bool isStepHeading(const QString &title)
{
    // "Step 3 – Promote", "1. Check", "2.1 Create", "✅ Step 1:", "3) Verify".
    static const RE re(QStringLiteral("^[^\\w(]{0,4}\\s*(step\\s*\\d+\\b|\\d+[.)]\\s|\\d+(\\.\\d+)+\\.?\\s)"),
                       RE::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

QString stripStepNumber(const QString &title)
{
    static const RE re(QStringLiteral("^[^\\w(]{0,4}\\s*(step\\s*\\d+\\s*[:.)\\x{2013}\\x{2014}-]?|"
                                      "\\d+[.)]|\\d+(\\.\\d+)+\\.?)\\s*"),
                       RE::CaseInsensitiveOption);
    QString t = title;
    t.remove(re);
    return t.isEmpty() ? title : t;
}

QList<int> stepSections(const ImportContext &ctx, int index)
{
    // A numbered heading that is not a step makes its numbered siblings an outline of the
    // document ("## 1. When to roll back" … "## 4. Procedures"), not a sequence of steps.
    QList<int> result;
    for (const int child : ctx.sections.at(index).children) {
        if (isStepSection(ctx, child))
            result.append(child);
        else if (isStepHeading(ctx.sections.at(child).title))
            return {};
    }
    return result;
}

bool headingSaysProcedure(const ImportContext &ctx, int index)
{
    return procedureWords().foundIn(ctx.context(index));
}

bool isProcedureSection(const ImportContext &ctx, int index)
{
    const Section &s = ctx.sections.at(index);
    if (index == 0)
        return false; // text before the first heading
    // The document's title is not context for what is under it, nor a reason to exclude.
    const QString own = s.documentTitle ? QString() : s.lower;
    // The headings above, as ImportContext caches them per section (the document title
    // is never among them).
    const QString ancestors = s.parent > 0 ? ctx.context(s.parent) : QString();
    if (ancestorExclusions().foundIn(ancestors))
        return false;
    // "Recovery targets", "Recovery target options", "Recovery time objective", "RTO and
    // RPO": figures to meet or choose from, not actions, unless the section has commands
    // to run. "Restore to the target cluster" is an action.
    static const RE figures(
        QStringLiteral(R"(\b(?:targets|objectives?|rto|rpo)\b|)"
                       R"(\b(?:recovery|restore|rollback|failover)\s+target\b)"));
    static const WordList figureWords = {u"target", u"objective", u"rto", u"rpo"}; // cheap first
    const bool ownExcluded = notProcedureWords().foundIn(own) ||
                             (figureWords.foundIn(own) && figures.match(own).hasMatch());
    // Under a quick reference or cheat sheet, loose commands repeat the procedures (often
    // several alternatives in one block): only a sequence that names itself a procedure
    // counts there.
    static const RE reference(QStringLiteral("reference|cheat|summary|at a glance"));
    if (reference.match(ancestors).hasMatch()) {
        bool sequence = hasCommandSteps(ctx, s) || stepSections(ctx, index).size() >= 2;
        for (const int b : s.blocks) {
            sequence = sequence || (ctx.node(b).kind == MdNode::Kind::List && ctx.node(b).ordered &&
                                    ctx.items(b).size() >= 2);
        }
        return !ownExcluded && sequence && procedureWords().foundIn(own);
    }
    // What the importer has always read: a heading that names a procedure.
    if (!ownExcluded && (procedureWords().foundIn(own) || procedureWords().foundIn(ancestors) ||
                         hasCommandSteps(ctx, s)))
        return true;
    // Numbered actions under a heading that says so ("Steps for the deputy", "How to
    // rotate the key"), even with no command to run: manual steps.
    static const RE stepsWords(QStringLiteral("\\bsteps?\\b|\\binstructions\\b|\\bhow to\\b"));
    // A numbered phase with its numbered actions ("## 2. Stabilize service" then 1., 2., 3.)
    // is a procedure of manual steps like "Steps for …".
    if (!ownExcluded && (stepsWords.match(own).hasMatch() || isStepHeading(s.title))) {
        for (const int b : s.blocks) {
            if (ctx.node(b).kind == MdNode::Kind::List && ctx.node(b).ordered &&
                ctx.items(b).size() >= 2)
                return true;
        }
    }
    // A sequence of actions, whatever the heading calls it.
    if (!commandExclusions().foundIn(own) && hasRunnableCode(ctx, s))
        return true;
    return !ownExcluded && stepSections(ctx, index).size() >= 2;
}

QString procedureTitle(const ImportContext &ctx, int index)
{
    const Section &s = ctx.sections.at(index);
    if (s.parent <= 0 || ctx.sections.at(s.parent).documentTitle)
        return s.title;
    if (ctx.titleCount.isEmpty()) {
        for (const Section &other : ctx.sections)
            ++ctx.titleCount[normalTitle(other.title)];
    }
    static const RE generic(
        QStringLiteral("^(diagnos\\w*|mitigation|mitigate|resolution|resolve|investigation|"
                       "investigate|investigation steps|quick checks?|immediate actions?|"
                       "immediate response|actions?|next steps|steps|procedure|fix|how to "
                       "(investigate|fix|resolve|mitigate|diagnose)( it)?|troubleshooting|"
                       "remediation|recovery|recovery steps|resolution steps|verification|"
                       "verify|validation|what to do|response|short-term actions?|"
                       "long-term actions?)$"));
    // One way among others to do what the parent heading names ("Using Docker", "Manual
    // rollback", "Option B (recommended)" under "2. Control plane rollback"): named after
    // the parent too, unless the parent says no more than "Procedure".
    static const RE alternative(QStringLiteral("^(?:(?:using|via|with|through) .+|"
                                               "(?:manual|automatic|automated|scripted)(?: \\w+)?|"
                                               "(?:option|method|approach|alternative|path) \\w+.*)"
                                               "(?: \\(.*\\))?$"));
    const QString normal = normalTitle(s.title);
    const QString parent = ctx.sections.at(s.parent).title;
    if (generic.match(normal).hasMatch() || ctx.titleCount.value(normal) >= 2 ||
        (alternative.match(normal).hasMatch() && !generic.match(normalTitle(parent)).hasMatch()))
        return parent + QStringLiteral(" \u2014 ") + s.title;
    return s.title;
}

bool isStageLabel(const QString &label)
{
    // A stage word alone, or a qualifier before actions/steps/procedure: "**Steps:**" and
    // "**Procedure:**" alone introduce the section's own steps, not a stage of it.
    static const RE stage(
        QStringLiteral(
            R"(^(?:(?:investigat\w*|diagnos\w*|mitigat\w*|resol(?:ve|ving|ution)|remediat\w*|)"
            R"(recover(?:y|ing)?|contain(?:ment)?|triage|troubleshoot\w*)(?:\s+steps)?)"
            R"(|(?:immediate|initial|first|further|next|post[- ]?\w+|pre[- ]?\w+|follow[- ]?up|)"
            R"(short[- ]term|long[- ]term|recovery|resolution|investigation|diagnosis|)"
            R"(mitigation|remediation|rollback|containment|emergency)\s+)"
            R"((?:actions?|response|steps|procedure|tasks))(?:\s*\(.*\))?$)"),
        RE::CaseInsensitiveOption);
    return stage.match(label).hasMatch();
}

QList<Alternative> splitAlternatives(const ImportContext &ctx, const QList<int> &blocks)
{
    // "Option B", "Method 2", "Alternative method", "Strategy 3", "Path C": always another way.
    static const RE named(QStringLiteral(R"(^\W*(?:option|method|approach|strategy|alternative(?:ly)?|)"
                                         R"(path|variant|plan)\b\s*(?:[A-Z0-9]{1,2}\b)?)"),
                          RE::CaseInsensitiveOption);
    // "Using rollback script:", "Or, via the portal:": another way once there are steps.
    static const RE using_(QStringLiteral(R"(^\W*(?:or,?\s+)?(?:using|via|with)\s.{2,60}:$)"),
                           RE::CaseInsensitiveOption);
    // Labels that introduce a part of one procedure, not another way to do it.
    static const RE phase(QStringLiteral(R"(^(steps|procedure|execution|instructions|verif|valid|)"
                                         R"(prerequisite|before|after|then|next|notes?|when|time|)"
                                         R"(risk|warning|important|example|output|expected|result))"),
                          RE::CaseInsensitiveOption);
    // Parallel lead-ins name systems ("PostgreSQL", "Backend"); ones that name a phase
    // ("Immediate actions", "Post-breach actions", "Verification") follow each other.
    static const RE phaseWord(QStringLiteral(R"(\b(step|procedure|execut|instruction|verif|valid|)"
                                             R"((?:pre|post)\b|before|after|then|next|note|when|time|)"
                                             R"(risk|warning|important|example|output|expect|result|)"
                                             R"(immediate|action|follow|clean|investigat|contain|)"
                                             R"(mitigat|resol|diagnos|recover|restor|check|monitor|)"
                                             R"(communicat|notif|escalat|phase|stage))"),
                              RE::CaseInsensitiveOption);
    const auto leadOf = [&](int b) {
        const MdNode &n = ctx.node(b);
        if (n.kind != MdNode::Kind::Paragraph || n.text.size() > 100 || n.text.contains(u'\n'))
            return QString();
        return recognize::cleanLabel(n.text.trimmed());
    };
    const auto followedByList = [&](qsizetype i) {
        return i + 1 < blocks.size() && ctx.node(blocks.at(i + 1)).kind == MdNode::Kind::List;
    };
    // Parallel lead-ins, each over its own list ("**PostgreSQL:**" / "**Cosmos DB:**"): two
    // or more bold labels ending in ':' make each a way of its own.
    QList<qsizetype> parallel;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const MdNode &n = ctx.node(blocks.at(i));
        const QString lead = leadOf(blocks.at(i));
        if (!lead.isEmpty() && n.leadStrong.size() + 1 >= n.text.trimmed().size() &&
            n.text.trimmed().endsWith(u':') && followedByList(i) &&
            !phaseWord.match(lead).hasMatch())
            parallel.append(i);
    }
    if (parallel.size() < 2)
        parallel.clear();
    // Bold pseudo-headings that name a stage of the work ("**Investigation:**", "**Recovery
    // Steps:**", "**Post-breach actions:**") over a list or a block: each stage is a
    // procedure of its own, as a "### Mitigation" sub-heading would be, when there are two
    // or more of them or one follows steps already read.
    QList<qsizetype> stages;
    for (qsizetype i = 0; i + 1 < blocks.size(); ++i) {
        const MdNode &n = ctx.node(blocks.at(i));
        const MdNode::Kind next = ctx.node(blocks.at(i + 1)).kind;
        const QString lead = leadOf(blocks.at(i));
        if (!lead.isEmpty() && !n.leadStrong.isEmpty() &&
            n.leadStrong.size() + 1 >= n.text.trimmed().size() &&
            (next == MdNode::Kind::List || next == MdNode::Kind::Code) && isStageLabel(lead))
            stages.append(i);
    }

    QList<Alternative> parts{Alternative{}};
    bool hasSteps = false;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const int b = blocks.at(i);
        const QString lead = leadOf(b);
        const bool starts = !lead.isEmpty() && !phase.match(lead).hasMatch() &&
                            (named.match(lead).hasMatch() || parallel.contains(i) ||
                             (hasSteps && using_.match(ctx.node(b).text.trimmed().remove(
                                                           QStringLiteral("**"))).hasMatch()));
        const bool stage = !starts && stages.contains(i) && (stages.size() >= 2 || hasSteps);
        if (starts || stage) {
            parts.append(Alternative{lead, ctx.node(b).line, {}, stage});
            hasSteps = false;
            continue;
        }
        parts.last().blocks.append(b);
        const MdNode::Kind kind = ctx.node(b).kind;
        hasSteps = hasSteps || kind == MdNode::Kind::List || kind == MdNode::Kind::Code;
    }
    // A lead before any step introduces the section's one way ("**Alternative method:**"
    // as its first line), or the first of several; the prose before it is its intro.
    const bool introOnly = std::none_of(
        parts.first().blocks.cbegin(), parts.first().blocks.cend(), [&](int b) {
            return ctx.node(b).kind == MdNode::Kind::List || ctx.node(b).kind == MdNode::Kind::Code;
        });
    if (parts.size() >= 2 && introOnly) {
        parts[1].blocks = parts.first().blocks + parts.at(1).blocks;
        parts.removeFirst();
        if (parts.size() == 1) {
            parts.first().lead.clear();
            parts.first().stage = false;
        }
    }
    return parts;
}

} // namespace rollcage::runbook::detail
