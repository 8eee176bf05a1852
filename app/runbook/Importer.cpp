#include "runbook/Importer.h"

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"
#include "runbook/TextMatch.h"
#include "runbook/TextRepair.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStringDecoder>

#include <future>
#include <utility>

namespace rollcage::runbook {

using namespace detail;
using namespace Qt::StringLiterals;

namespace {

// lupdate files a tr() under the scope that calls it: the free functions here under their
// namespace; Importer's members under Importer, whose own tr the class declares.
ROLLCAGE_TR_CONTEXT("rollcage::runbook")

const WordList &templateWords()
{
    static const WordList w = {u"template", u"notification", u"notice", u"message",
                               u"announcement"};
    return w;
}

const WordList &checklistWords()
{
    static const WordList w = {u"checklist",       u"post-rollback", u"post rollback",
                               u"after rollback",  u"pre-rollback",  u"pre rollback",
                               u"before rollback", u"validation",    u"verification"};
    return w;
}

bool isChecklistMarker(const QString &text)
{
    // Plain prefixes, not an expression: this runs for every list item.
    static const QStringList markers = {u"✅"_s, u"✔"_s, u"☑"_s,   u"☐"_s,  u"📌"_s,
                                        u"🔲"_s, u"⬜"_s, u"[ ]"_s, u"[x]"_s};
    const QStringView trimmed = QStringView(text).trimmed();
    return std::any_of(markers.cbegin(), markers.cend(),
                       [&](const QString &m) { return trimmed.startsWith(m); });
}

// The text of the runbook, repaired. `utf8` receives the bytes md4c should read: the
// input itself in the common case of clean UTF-8, saving a copy of a large document.
QString decode(const QByteArray &bytes, Runbook &rb, QByteArray *utf8Out)
{
    QByteArray body = bytes;
    if (body.startsWith("\xEF\xBB\xBF"))
        body.remove(0, 3);
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(body);
    if (utf8.hasError()) {
        text = QString::fromLatin1(body);
        rb.diagnostics.append(
            {1, Severity::Warning,
             tr("The file is not valid UTF-8, so it was read as Latin-1; "
                                         "save it as UTF-8 to be sure every character is right.")});
    }
    TextRepair repair = TextRepair::repair(text);
    *utf8Out = repair.repaired == 0 && !utf8.hasError() ? body : repair.text.toUtf8();
    if (repair.repaired > 0) {
        rb.diagnostics.append(
            {repair.firstLine, Severity::Info,
             tr("Repaired %1 characters garbled by an editor that read UTF-8 as %2 "
                 "(such as \"âœ…\" for \"✅\"); save the file as UTF-8 to keep the fix.")
                 .arg(repair.repaired)
                 .arg(repair.codecName)});
    }
    return std::move(repair.text);
}

void buildSections(ImportContext &ctx)
{
    ctx.sections.append(Section{});
    QList<int> open = {0};
    bool sawTitle = false;
    for (const int child : ctx.tree.root().children) {
        const MdNode &n = ctx.node(child);
        if (n.kind != MdNode::Kind::Heading) {
            ctx.sections[open.last()].blocks.append(child);
            continue;
        }
        Section s;
        s.level = n.level;
        s.title = n.text.simplified();
        s.lower = s.title.toLower();
        s.line = n.line;
        if (!sawTitle && n.level == 1) {
            s.documentTitle = true;
            if (ctx.runbook.title.isEmpty())
                ctx.runbook.title = s.title;
        }
        sawTitle = true;
        while (open.size() > 1 && ctx.sections.at(open.last()).level >= s.level)
            open.removeLast();
        s.parent = open.last();
        const int index = int(ctx.sections.size());
        ctx.sections[s.parent].children.append(index);
        ctx.sections.append(s);
        open.append(index);
    }
    if (ctx.runbook.title.isEmpty() && ctx.sections.size() > 1)
        ctx.runbook.title = ctx.sections.at(1).title;
}

struct Annotation
{
    QStringList words;
    int line = 0;
};

Annotation parseAnnotation(const MdNode &html)
{
    static const QRegularExpression re(QStringLiteral("<!--\\s*rollcage:\\s*(.*?)\\s*-->"),
                                       QRegularExpression::DotMatchesEverythingOption);
    const auto m = re.match(html.text);
    if (!m.hasMatch())
        return {};
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return {m.captured(1).split(space, Qt::SkipEmptyParts), html.line};
}

std::optional<ChecklistPhase> phaseWord(const QString &word)
{
    if (word == QLatin1String("pre"))
        return ChecklistPhase::Pre;
    if (word == QLatin1String("post"))
        return ChecklistPhase::Post;
    if (word == QLatin1String("validation"))
        return ChecklistPhase::Validation;
    if (word == QLatin1String("other"))
        return ChecklistPhase::Other;
    return std::nullopt;
}

// "1. Check the binary works:" with the command under it, and most items like it: things
// to run, in order, not boxes to tick, even under a heading that says checklist. A list of
// things to see to with one command among them stays a checklist.
bool runsCommands(const ImportContext &ctx, int list)
{
    if (!ctx.node(list).ordered)
        return false;
    const QList<int> items = ctx.items(list);
    const auto running = std::count_if(items.cbegin(), items.cend(),
                                       [&ctx](int item) { return holdsRunnableCode(ctx, item); });
    return 2 * running > items.size();
}

bool isChecklistList(const ImportContext &ctx, int list)
{
    const QList<int> items = ctx.items(list);
    if (items.isEmpty())
        return false;
    for (const int item : items) {
        if (ctx.node(item).taskMark == 0 && !isChecklistMarker(ctx.itemText(item)))
            return false;
    }
    return true;
}

void readSection(ImportContext &ctx, int index)
{
    // "<!-- rollcage: procedure -->" anywhere in the section makes all of it one;
    // "reference" makes it none; "sequence" keeps it one sequence, no alternatives cut off.
    for (const int b : ctx.sections.at(index).blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind != MdNode::Kind::Html)
            continue;
        const QStringList words = parseAnnotation(n).words;
        const QString verb = words.isEmpty() ? QString() : words.first().toLower();
        Section &own = ctx.sections[index];
        own.forcedProcedure = own.forcedProcedure || verb == QLatin1String("procedure") ||
                              verb == QLatin1String("sequence");
        own.forcedSequence = own.forcedSequence || verb == QLatin1String("sequence");
        own.forcedReference = own.forcedReference || verb == QLatin1String("reference");
    }
    const Section &s = ctx.sections.at(index);
    const bool templates = ctx.titlesMention(index, templateWords());
    const bool checklists = ctx.titlesMention(index, checklistWords());
    static const WordList escalationWords = {u"escalation", u"ownership", u"owners"};
    static const WordList reportWords = {u"incident report", u"post-mortem template",
                                         u"postmortem template", u"report template"};
    // Contacts are whom to call when the rollback goes wrong: read as escalation levels,
    // with diagnostics asking the author to confirm the order. Stakeholders to inform
    // are not contacts to escalate to.
    static const WordList contactWords = {u"contact"};
    static const WordList informWords = {u"stakeholder", u"communication", u"notif", u"customer"};
    const bool escalation = ctx.titlesMention(index, escalationWords);
    const bool contacts = !escalation && ctx.titlesMention(index, contactWords) &&
                          !ctx.titlesMention(index, informWords);
    // "### Contact Methods" under "## Escalation": how people are reached (the paging tool,
    // the channel), sentences, not whom to call. Its bullets are no levels; a table with a
    // role or person column still is one.
    static const WordList methodWords = {u"method", u"channels",           u"tooling",
                                         u"tools",  u"how we communicate", u"how to reach"};
    const bool howToReach = (escalation || contacts) && methodWords.foundIn(s.lower) &&
                            !escalationWords.foundIn(s.lower);
    const bool report = ctx.titlesMention(index, reportWords);
    // "Rollback triggers", "When to roll back": each bullet is a condition to act on.
    static const WordList triggerWords = {u"trigger", u"when to roll back", u"when to rollback",
                                          u"rollback criteria", u"rollback conditions"};
    const bool triggers = triggerWords.foundIn(s.lower);
    const bool procedure =
        !s.forcedReference && (s.forcedProcedure || isProcedureSection(ctx, index));
    bool hasTable = false;
    int lists = 0;
    for (const int b : s.blocks) {
        hasTable = hasTable || ctx.node(b).kind == MdNode::Kind::Table;
        const MdNode::Kind kind = ctx.node(b).kind;
        lists += kind == MdNode::Kind::List || kind == MdNode::Kind::Table ? 1 : 0;
    }
    // An escalation list belongs to its heading ("External Escalation"); several lists
    // under one heading are told apart by the short line that introduces each.
    static const QRegularExpression numbering(QStringLiteral("^\\d+(?:\\.\\d+)*\\.?\\s+"));
    const QString heading =
        escalation || contacts ? QString(s.title).remove(numbering) : QString();
    QString previousContactGroup;
    auto groupOf = [&](const QString &intro) {
        return lists > 1 && !intro.isEmpty() ? intro : heading;
    };

    Annotation pending;
    QString lastParagraph;
    QList<int> procedureBlocks;
    for (const int b : s.blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind == MdNode::Kind::Html) {
            const Annotation a = parseAnnotation(n);
            if (a.words.isEmpty())
                continue;
            const QString verb = a.words.first().toLower();
            if (verb == QLatin1String("procedure") || verb == QLatin1String("sequence") ||
                verb == QLatin1String("reference"))
                continue; // applied to the whole section before this loop
            if (verb == QLatin1String("checklist") || verb == QLatin1String("template") ||
                verb == QLatin1String("ignore") || verb == QLatin1String("manual")) {
                pending = a;
            } else {
                ctx.diagnose(a.line, Severity::Warning,
                             tr("Unknown rollcage annotation \"%1\"; use procedure, sequence, "
                                "reference, checklist [pre|post|validation|other], template "
                                "[audience], manual or ignore.")
                                 .arg(verb));
            }
            continue;
        }
        const QString verb = pending.words.isEmpty() ? QString() : pending.words.first().toLower();
        const QString argument = pending.words.mid(1).join(QLatin1Char(' '));
        pending = {};
        if (verb == QLatin1String("ignore"))
            continue;
        switch (n.kind) {
        case MdNode::Kind::Table: {
            const QString group = groupOf(lastParagraph);
            std::optional<ContactList> contactList;
            if (contacts)
                contactList = ContactList{heading, previousContactGroup};
            if ((escalation || contacts) && readEscalationTable(ctx, b, group, contactList)) {
                if (contacts)
                    previousContactGroup = group;
            } else {
                readTable(ctx, b);
            }
            break;
        }
        case MdNode::Kind::Code: {
            QString language;
            const auto attributes = recognize::fenceAttributes(n.info, &language);
            const bool plain =
                language.isEmpty() || language == QLatin1String("text") ||
                language == QLatin1String("txt") || language == QLatin1String("plain") ||
                language == QLatin1String("markdown") || language == QLatin1String("md");
            if (verb == QLatin1String("template") ||
                attributes.contains(QStringLiteral("template")) ||
                (templates && plain && n.fenced)) {
                const QString title = lastParagraph.isEmpty() ? s.title : lastParagraph;
                readTemplate(ctx, index, b, title,
                             argument.isEmpty() ? attributes.value(QStringLiteral("audience"))
                                                : argument);
            } else if ((escalation || contacts) && plain &&
                       readEscalationBlock(ctx, b, groupOf(lastParagraph),
                                           contacts ? std::optional<ContactList>(ContactList{
                                                          heading, previousContactGroup})
                                                    : std::nullopt)) {
                if (contacts)
                    previousContactGroup = groupOf(lastParagraph);
            } else if (procedure && !isNoOpCode(n.text)) { // an empty fence is no step
                procedureBlocks.append(b);
            }
            break;
        }
        case MdNode::Kind::List:
            if (verb == QLatin1String("manual"))
                ctx.manualLists.insert(b);
            if (verb == QLatin1String("checklist"))
                readChecklist(ctx, index, b, phaseWord(argument.toLower()));
            else if (isChecklistList(ctx, b))
                readChecklist(ctx, index, b, std::nullopt);
            else if (!escalation && !contacts && !triggers && readSeverityList(ctx, index, b)) {
                // "- **P1** — full outage, respond in 15 minutes": severity levels.
            }
            else if (report)
                readReportSections(ctx, b);
            else if (howToReach) {
                // How contact happens, not a level: nothing to call.
            } else if (escalation)
                readEscalation(ctx, b, groupOf(lastParagraph));
            else if (contacts) {
                const QString group = groupOf(lastParagraph);
                readEscalation(ctx, b, group,
                               ContactList{heading, std::exchange(previousContactGroup, group)});
            }
            else if (triggers && !hasTable)
                readTriggerList(ctx, b, lastParagraph);
            else if (checklists && !(procedure && runsCommands(ctx, b)))
                readChecklist(ctx, index, b, std::nullopt);
            else if (procedure)
                procedureBlocks.append(b);
            break;
        case MdNode::Kind::Paragraph:
            // "**Trigger:** error rate above 5 % for 10 minutes" anywhere.
            if (const QString lead = recognize::cleanLabel(n.leadStrong);
                lead.compare(u"trigger", Qt::CaseInsensitive) == 0 ||
                lead.compare(u"triggers", Qt::CaseInsensitive) == 0) {
                const QString rest = ImportContext::afterLead(n.text.trimmed(), n.leadStrong);
                if (!rest.isEmpty()) {
                    ctx.runbook.triggers.append(triggerFrom(rest, n.line, QString()));
                    break;
                }
            }
            if (procedure)
                procedureBlocks.append(b);
            break;
        default:
            break;
        }
        lastParagraph = n.kind == MdNode::Kind::Paragraph && n.text.size() <= 80
                            ? recognize::cleanLabel(n.text)
                            : QString();
    }
    if (procedure && s.forcedSequence)
        readProcedure(ctx, index, procedureBlocks);
    else if (procedure)
        for (const Alternative &a : splitAlternatives(ctx, procedureBlocks))
            readProcedure(ctx, index, a.blocks, a);
}

} // namespace

Runbook Importer::importText(const QByteArray &bytes, const QString &source)
{
    Runbook rb;
    rb.source = source;
    if (bytes.trimmed().isEmpty()) {
        rb.diagnostics.append({1, Severity::Error,
                               tr("The file is empty; write a title and at least one rollback "
                                  "procedure (see docs/runbook-format.md).")});
        rb.title = QFileInfo(source).completeBaseName();
        rb.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        return rb;
    }
    if (looksBinary(bytes)) {
        rb.diagnostics.append({1, Severity::Error,
                               tr("This looks like binary data, not a Markdown runbook; check "
                                  "that the right file was given.")});
        rb.title = QFileInfo(source).completeBaseName();
        rb.sha256 = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
        return rb;
    }
    // Qt's SHA-256 takes several milliseconds for a megabyte (a tenth of the import): a
    // large document is hashed on a second thread while it is parsed. A thread costs
    // more than hashing a small one.
    const auto sha256 = [bytes] {
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    };
    std::future<QByteArray> hashing;
    if (bytes.size() >= 256 * 1024)
        hashing = std::async(std::launch::async, sha256);
    else
        rb.sha256 = sha256();
    QByteArray utf8;
    rb.text = decode(bytes, rb, &utf8);
    rb.title = takeFrontMatter(utf8);
    utf8 = MarkdownTree::unwrapContainers(utf8);
    const MarkdownTree tree = MarkdownTree::parse(utf8);
    ImportContext ctx{tree, rb, {}, {}, {}, {}, {}};
    checkFences(ctx, rb.text);
    checkTableRows(ctx);
    checkFenceLanguages(ctx);
    buildSections(ctx);
    if (rb.title.isEmpty())
        rb.title = QFileInfo(source).completeBaseName();
    for (int i = 0; i < ctx.sections.size(); ++i) {
        if (ctx.sections.at(i).consumed)
            continue;
        if (isSeverityHeading(ctx, i)) {
            readSeverityHeading(ctx, i);
            // Its body defines the level; only commands under it make it more than that.
            if (!isProcedureSection(ctx, i))
                continue;
        }
        readSection(ctx, i);
    }
    matchProcedureIndex(ctx);
    if (rb.procedures.isEmpty() && !hasMarkdownStructure(tree))
        readUnstructured(ctx);

    static const QRegularExpression cadence(
        QStringLiteral(
            "update[sd]?\\b[^.\\n]{0,60}?every\\s+(\\d+)\\s*(min|minutes|hour|hours)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = matchText(cadence, rb.text);
    if (m.hasMatch())
        rb.statusCadenceMinutes = m.captured(1).toInt() * (m.captured(2).startsWith(u'h') ? 60 : 1);

    if (rb.procedures.isEmpty())
        rb.diagnostics.append(
            {1, Severity::Error,
             tr("No rollback procedure found. Add a heading such as \"## Rollback procedure\" "
                "followed by a numbered list of steps, or mark a section with <!-- rollcage: "
                "procedure --> (see docs/runbook-format.md).")});
    std::stable_sort(rb.diagnostics.begin(), rb.diagnostics.end(),
                     [](const Diagnostic &a, const Diagnostic &b) { return a.line < b.line; });
    std::stable_sort(rb.guesses.begin(), rb.guesses.end(),
                     [](const Guess &a, const Guess &b) { return a.line < b.line; });
    if (hashing.valid())
        rb.sha256 = hashing.get();
    return rb;
}

Result<Runbook> Importer::importFile(const QString &path)
{
    if (QFileInfo(path).isDir())
        return Result<Runbook>::failure(
            tr("%1 is a directory; give the runbook's Markdown file.").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<Runbook>::failure(
            tr("Cannot read %1: %2. Check the path and its permissions.")
                .arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Result<Runbook>::failure(tr("Cannot read %1: %2.").arg(path, file.errorString()));
    return Result<Runbook>::success(importText(bytes, path));
}

} // namespace rollcage::runbook
