// Severity levels written as headings ("### SEV-1 — Critical" with its definition and
// response time below) or as a list of bold leads ("- **P1** — full outage, respond in
// 15 minutes"): read as the levels a severity table gives (BlockReaders.cpp).

#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"
#include "runbook/SeverityLevels.h"

#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

// A heading above that says its children are levels: "Severity levels", "Priorities",
// "Incident classification".
bool definesLevels(const QString &lowerTitle)
{
    static const WordList w = {u"severit", u"priorit", u"incident level", u"impact level",
                               u"classification"};
    return w.foundIn(lowerTitle);
}

// A level named by a word alone ("### Critical") counts only under such a heading.
bool isLevelWord(const QString &title)
{
    static const RE word(QStringLiteral(R"(^\W{0,3}(critical|urgent|major|high|medium|moderate|minor|low)\b)"),
                         RE::CaseInsensitiveOption);
    return word.match(title).hasMatch();
}

// "Response time: 15 minutes", "Respond within 15 min, day or night", "Acknowledge in
// 5 minutes", "SLA – next business day": the time, up to the end of its clause, and the
// line without that clause.
struct Response
{
    QString value;
    QString rest;
};
std::optional<Response> responseIn(const QString &line)
{
    static const RE re(
        QStringLiteral(R"(\b(?:respon(?:se|d)\w*|acknowledg\w*|ack|sla)\b[^:.;\n]{0,30}?(?:\s*[:\x{2013}\x{2014}-]\s*|\s+(?=within\b|in\b|immediately\b|asap\b))(?:within\s+|in\s+)?([^.;,\n]+)[^.;\n]*[.;]?)"),
        RE::CaseInsensitiveOption);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    // "Responses are slow - users notice" has the words but no time.
    static const RE notMinutes(QStringLiteral(R"(\b(?:business|working|next|best[- ]effort)\b)"),
                               RE::CaseInsensitiveOption);
    const QString value = m.captured(1).trimmed();
    if (!recognize::deadlineMinutes(value) && !notMinutes.match(value).hasMatch())
        return std::nullopt;
    QString rest = QString(line).remove(m.capturedStart(0), m.capturedLength(0)).trimmed();
    while (rest.endsWith(u';') || rest.endsWith(u','))
        rest.chop(1);
    return Response{value, rest.trimmed()};
}

// The block's lines as a reader sees them: a paragraph, or one line per list item.
QStringList blockLines(const ImportContext &ctx, int block)
{
    const MdNode &n = ctx.node(block);
    if (n.kind == MdNode::Kind::Paragraph)
        return {n.text.simplified()};
    QStringList lines;
    if (n.kind == MdNode::Kind::List) {
        for (const int item : ctx.items(block)) {
            lines.append(ctx.itemText(item).simplified());
            lines.append(ctx.nestedLines(item));
        }
    }
    return lines;
}

void describe(SeverityLevel &level, const QStringList &lines)
{
    QStringList about;
    for (QString line : lines) {
        // Nested bullets come as "- text"; the description lists them plainly.
        line = line.trimmed();
        if (line.startsWith(QLatin1String("- ")))
            line = line.mid(2).trimmed();
        if (line.isEmpty())
            continue;
        if (level.responseText.isEmpty()) {
            if (const auto response = responseIn(line)) {
                level.responseText = response->value;
                level.responseMinutes = recognize::deadlineMinutes(response->value);
                line = response->rest;
            }
        }
        // Joined with "; " as a table's columns are, so a sentence's full stop goes.
        while (line.endsWith(u'.'))
            line.chop(1);
        if (!line.isEmpty())
            about.append(line);
    }
    level.description = about.join(QStringLiteral("; "));
}

} // namespace

void addSeverity(ImportContext &ctx, const SeverityLevel &level)
{
    // A table that sums the levels up and a section per level describe the same ones.
    const QString code = severityCode(level.name);
    for (SeverityLevel &known : ctx.runbook.severities) {
        const bool same = code.isEmpty() ? known.name.compare(level.name, Qt::CaseInsensitive) == 0
                                         : severityCode(known.name) == code;
        if (!same)
            continue;
        if (known.description.isEmpty())
            known.description = level.description;
        if (known.responseText.isEmpty()) {
            known.responseText = level.responseText;
            known.responseMinutes = level.responseMinutes;
        }
        return;
    }
    ctx.runbook.severities.append(level);
}

bool isSeverityHeading(const ImportContext &ctx, int section)
{
    const Section &s = ctx.sections.at(section);
    if (s.level == 0 || s.documentTitle || s.parent < 0)
        return false;
    const Section &parent = ctx.sections.at(s.parent);
    const bool underLevels = !parent.documentTitle && definesLevels(parent.lower);
    if (severityCode(s.title).isEmpty())
        return underLevels && isLevelWord(s.title);
    if (underLevels)
        return true;
    // Codes alone ("### P1", "### P2") define levels when they come as a set.
    for (const int sibling : parent.children) {
        if (sibling != section && !severityCode(ctx.sections.at(sibling).title).isEmpty())
            return true;
    }
    return false;
}

void readSeverityHeading(ImportContext &ctx, int section)
{
    const Section &s = ctx.sections.at(section);
    SeverityLevel level;
    level.name = recognize::cleanLabel(s.title);
    level.line = s.line;
    QStringList lines;
    for (const int b : s.blocks)
        lines.append(blockLines(ctx, b));
    describe(level, lines);
    addSeverity(ctx, level);
}

bool readSeverityList(ImportContext &ctx, int section, int list)
{
    const QList<int> items = ctx.items(list);
    if (items.size() < 2)
        return false;
    const bool underLevels = definesLevels(ctx.sections.at(section).lower);
    for (const int item : items) {
        const QString lead = recognize::cleanLabel(ctx.itemLead(item));
        if (lead.isEmpty() ||
            (severityCode(lead).isEmpty() && !(underLevels && isLevelWord(lead))))
            return false;
    }
    for (const int item : items) {
        SeverityLevel level;
        const QString lead = ctx.itemLead(item);
        level.name = recognize::cleanLabel(lead);
        level.line = ctx.node(item).line;
        QString first = ImportContext::afterLead(ctx.itemText(item).simplified(), lead);
        // "**Severity 1** examples:" introduces the lines below it.
        if (first.endsWith(u':') && !ctx.nestedLines(item).isEmpty()) {
            first.chop(1);
            describe(level, ctx.nestedLines(item));
            first = first.trimmed();
            if (!first.isEmpty())
                first[0] = first.at(0).toUpper();
            level.description = first.isEmpty() ? level.description
                                                 : first + QStringLiteral(": ") + level.description;
        } else {
            describe(level, QStringList{first} + ctx.nestedLines(item));
        }
        addSeverity(ctx, level);
    }
    return true;
}

} // namespace rollcage::runbook::detail
