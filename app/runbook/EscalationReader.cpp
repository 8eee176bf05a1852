// Escalation levels from lists ("**Level 2**: Team lead", "Primary: …", "After 30 min: …")
// and tables ("| L1 | On-call SRE | 15 min |"), in escalation and contacts sections. Runbooks often keep an internal list and a
// vendor list, each numbered from 1: levels are numbered on across lists in document order,
// so one number names one contact in the journal, and each level keeps its list as `group`.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

// The rank a label states: "Level 2", "L2", "Tier 2", "2nd line", "Secondary", "2".
std::optional<int> writtenRank(const QString &label)
{
    static const QRegularExpression numbered(
        QStringLiteral("^(?:level|tier|line|l|t)?\\s*(\\d+)(?:st|nd|rd|th)?"
                       "(?:\\s+(?:line|level|tier))?$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QHash<QString, int> ordinals = {{QStringLiteral("primary"), 1},
                                                 {QStringLiteral("secondary"), 2},
                                                 {QStringLiteral("tertiary"), 3}};
    const QString l = label.simplified();
    if (const auto m = numbered.match(l); m.hasMatch())
        return m.captured(1).toInt();
    if (ordinals.contains(l.toLower()))
        return ordinals.value(l.toLower());
    return std::nullopt;
}

// "after 15 min", "within 1 hour", "+30m", "immediately": when this level is called.
const QRegularExpression &timePhrase()
{
    static const QRegularExpression re(
        QStringLiteral("(?:\\b(?:if\\s+not\\s+resolved\\s+)?(?:after|within|in|past|over)\\s+"
                       "|(?:T\\s*)?\\+\\s*|>\\s*)"
                       "\\d+(?:\\.\\d+)?\\s*(?:minutes?|mins?|m|hours?|hrs?|h)\\b"
                       "|\\b(?:immediately|at once)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

// Text left once a time phrase is cut out: "(after 15 min): Team lead" -> "Team lead".
QString withoutPhrase(QString text, qsizetype at, qsizetype length)
{
    text.remove(at, length);
    text.replace(QStringLiteral("()"), QString());
    static const QRegularExpression edges(QStringLiteral("^[\\s:,;\\-–—]+|[\\s:,;\\-–—]+$"));
    return text.remove(edges).simplified();
}

struct Numbering
{
    int first = 0;  // index of this list's first level in runbook.escalation
    int offset = 0; // added to the numbers this list writes, once it restarts below the last
};

// Numbers `e` after the levels already read and appends it, with a diagnostic where the
// runbook's own number could not be kept.
void append(ImportContext &ctx, EscalationLevel e, std::optional<int> written, Numbering &n)
{
    QList<EscalationLevel> &all = ctx.runbook.escalation;
    const int previous = all.isEmpty() ? 0 : all.last().level;
    const bool firstOfList = all.size() == n.first;
    if (!written) {
        e.level = previous + 1;
    } else if (*written + n.offset > previous) {
        e.level = *written + n.offset;
    } else if (firstOfList) {
        n.offset = previous + 1 - *written;
        e.level = previous + 1;
        // The first list of all, numbered from 0 or below: there is no list before it to
        // mention (all.last() on the empty list crashed; found by scripts/fuzz).
        if (!all.isEmpty() && all.last().group == e.group) {
            ctx.diagnose(e.line, Severity::Warning,
                         tr("This escalation list starts again at %1 under the same heading as "
                            "the list before it, so Rollcage numbers it on from level %2. Put "
                            "each list under its own heading (such as \"### Vendor escalation\") "
                            "to show them as separate groups.")
                             .arg(e.label)
                             .arg(e.level));
        } else if (!all.isEmpty()) {
            ctx.diagnose(e.line, Severity::Info,
                         tr("\"%1\" numbers its levels from %2 again; Rollcage numbers them on "
                            "from level %3, so each level has one number in the incident record.")
                             .arg(e.group, e.label)
                             .arg(e.level));
        }
    } else {
        e.level = previous + 1;
        ctx.diagnose(e.line, Severity::Warning,
                     tr("%1 comes after level %2 in the same list; Rollcage takes the list "
                        "in order and calls it level %3. Renumber the list if another order "
                        "is meant.")
                         .arg(e.label)
                         .arg(previous - n.offset)
                         .arg(e.level));
    }
    if (!firstOfList && e.afterMinutes && all.last().afterMinutes &&
        *e.afterMinutes < *all.last().afterMinutes) {
        ctx.diagnose(e.line, Severity::Warning,
                     tr("Level %1 is called %2 but comes after a level called %3; Rollcage "
                        "keeps the written order. Reorder the list if time decides.")
                         .arg(e.level)
                         .arg(e.afterText, all.last().afterText));
    }
    all.append(e);
}

// Splits the time phrase off `who` (or off the label, when the label is only a time).
void takeTime(EscalationLevel &e, QString &label, QString &who)
{
    for (QString *part : {&label, &who}) {
        const auto m = timePhrase().match(*part);
        if (!m.hasMatch())
            continue;
        e.afterText = m.captured().trimmed();
        e.afterMinutes = recognize::deadlineMinutes(e.afterText);
        *part = withoutPhrase(*part, m.capturedStart(), m.capturedLength());
        return;
    }
}

// "If no response in 15 min: page the manager", "Escalate to the DBA lead if data loss is
// suspected", "When the on-call cannot be reached – Ops manager": the condition is when to
// call the level, never part of who it is. Its time, if any, is the level's time.
void takeCondition(EscalationLevel &e, QString &label, QString &who)
{
    static const QRegularExpression leading(
        QStringLiteral("^(?:if|when|unless|once|should|in case(?: of)?)\\b.*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression trailing(
        QStringLiteral("[\\s,;(\\-\\x{2013}\\x{2014}]+((?:if|when|unless|once|should|in case(?: "
                       "of)?)\\b[^)]*)\\)?\\s*\\.?$"),
        QRegularExpression::CaseInsensitiveOption);
    // "Database lead — data loss suspected", "Security on-call – breach confirmed": after a
    // dash, a situation rather than a way to reach someone (a name, a number, a handle).
    static const QRegularExpression situation(
        QStringLiteral("^(.{2,60}?)\\s+[\\-\\x{2013}\\x{2014}]\\s+(.*\\b(?:suspect\\w*|fail\\w*|"
                       "unresolved|not resolved|no response|unreachable|unavailable|"
                       "persists?|exceed\\w*|breach\\w*|outage|data loss|confirmed|"
                       "required|needed|affected|over \\d+|beyond \\d+|after \\d+)\\b.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression reach(QStringLiteral("[@#+]|\\d{3}|https?://"));
    QString condition;
    if (leading.match(label).hasMatch()) {
        condition = label;
        label.clear();
    } else if (const auto m = trailing.match(who); m.hasMatch()) {
        condition = m.captured(1).trimmed();
        who = who.left(m.capturedStart()).trimmed();
    } else if (const auto sm = situation.match(who);
               sm.hasMatch() && !reach.match(sm.captured(2)).hasMatch()) {
        condition = sm.captured(2).trimmed();
        who = sm.captured(1).trimmed();
    } else if (who.isEmpty() || !label.isEmpty()) {
        return;
    } else if (const auto whole = leading.match(who); whole.hasMatch()) {
        // "If nobody answers within 15 min – the manager" has no colon to split on.
        static const QRegularExpression dash(QStringLiteral("\\s+[\\-\\x{2013}\\x{2014}]\\s+"));
        const auto d = dash.match(who);
        if (!d.hasMatch())
            return;
        condition = who.left(d.capturedStart());
        who = who.mid(d.capturedEnd());
    } else {
        return;
    }
    e.condition = condition.simplified();
    if (e.afterText.isEmpty()) {
        if (const auto t = timePhrase().match(e.condition); t.hasMatch()) {
            e.afterText = t.captured().trimmed();
            e.afterMinutes = recognize::deadlineMinutes(e.afterText);
        }
    }
    // "page the manager", "escalate to the DBA lead": the verb says nothing of whom.
    static const QRegularExpression verb(
        QStringLiteral("^(?:then\\s+)?(?:(?:escalate\\s+to|page|call|contact|notify|loop\\s+in|involve)\\s+)?(?:the\\s+)?"),
        QRegularExpression::CaseInsensitiveOption);
    who.remove(verb);
}

// What only a contacts section needs said: these levels are the author's contacts read as
// an escalation order, and some entries may be no one to call.
void checkContact(ImportContext &ctx, const EscalationLevel &e, const QString &label,
                  const QString &contact)
{
    static const QRegularExpression unfilled(
        QStringLiteral("^(?:\\[[^\\]]*\\]|<[^>]*>|tbd|todo|tba|n/a|x+|\\?+|…|\\.\\.\\.)$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression place(
        QStringLiteral("\\b(?:incident|war[ -]?room|bridge|status page|announcements?)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression channel(QStringLiteral("^(?:#\\S+|https?://\\S+)$"));
    if (unfilled.match(contact).hasMatch()) {
        ctx.diagnose(e.line, Severity::Warning,
                     tr("\"%1\" has no way to reach them yet (\"%2\"); it is listed as level %3. "
                        "Write the phone number, pager or channel to use.")
                         .arg(label.isEmpty() ? e.who : label, contact)
                         .arg(e.level));
    } else if (place.match(label).hasMatch() && channel.match(contact).hasMatch()) {
        ctx.diagnose(e.line, Severity::Info,
                     tr("\"%1\" (%2) looks like where the incident is discussed rather than "
                        "someone to call; it is listed as level %3. If it is not an escalation "
                        "contact, put it in the communication plan instead.")
                         .arg(label, contact)
                         .arg(e.level));
    }
}

// Contacts read as an escalation order: said once, at the first entry, when the order is
// Rollcage's guess (nothing ranks them) or when this group may be an alternative to the last.
void checkContactOrder(ImportContext &ctx, int line, const QString &group,
                       const ContactList &contacts, bool ranked)
{
    const int first = int(ctx.runbook.escalation.size()) + 1;
    if (!contacts.previousGroup.isEmpty() && contacts.previousGroup != group) {
        ctx.diagnose(line, Severity::Info,
                     tr("The contacts under \"%1\" are numbered on after those under "
                        "\"%2\", from level %3. If the two lists are alternatives (office "
                        "hours, nights) rather than one order, call from the one that applies.")
                         .arg(group, contacts.previousGroup)
                         .arg(first));
    } else if (contacts.previousGroup.isEmpty() && !ranked) {
        ctx.diagnose(line, Severity::Info,
                     tr("\"%1\" lists contacts without saying in which order to call them; "
                        "Rollcage offers them as escalation levels from %2 in the order "
                        "written. Number the list, or put it under an \"Escalation\" "
                        "heading, to say the order is meant.")
                         .arg(contacts.section)
                         .arg(first));
    }
}

// One level from a line of text ("**Level 2** (after 15 min): Team lead", "Primary: …",
// "Escalate to the DBA lead if data loss is suspected"); `condition` is one written on a
// line of its own before it (an arrow in a drawn chain).
void readLevel(ImportContext &ctx, const QString &text, const QString &boldLead, int line,
               const QString &group, const std::optional<ContactList> &contacts,
               Numbering &numbering, const QString &condition = {})
{
    static const QRegularExpression generic(
        QStringLiteral("^(?:then|next|finally|escalat(?:e|ion)(?:\\s+to)?|contact|call|page)$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString lead = recognize::cleanLabel(boldLead);
    EscalationLevel e;
    e.line = line;
    e.group = group;
    QString label = lead;
    QString rest = ImportContext::afterLead(text, lead);
    if (label.isEmpty() && text.contains(QLatin1Char(':'))) {
        label = text.section(QLatin1Char(':'), 0, 0).trimmed();
        rest = text.section(QLatin1Char(':'), 1).trimmed();
    }
    takeCondition(e, label, rest);
    if (e.afterText.isEmpty())
        takeTime(e, label, rest);
    if (e.condition.isEmpty() && !condition.isEmpty()) {
        QString none;
        QString written = condition;
        takeCondition(e, written, none);
        if (e.condition.isEmpty()) {
            e.condition = condition;
            if (const auto t = timePhrase().match(condition); t.hasMatch() && e.afterText.isEmpty()) {
                e.afterText = t.captured().trimmed();
                e.afterMinutes = recognize::deadlineMinutes(e.afterText);
            }
        }
    }
    // "If not resolved within 2 hours" is a time and nothing more.
    if (e.condition.compare(e.afterText, Qt::CaseInsensitive) == 0)
        e.condition.clear();
    const std::optional<int> written = writtenRank(label);
    const QString contact = rest; // how to reach them, when the label names them
    if (written)
        e.label = label;
    else if (rest.isEmpty())
        rest = label; // a plain "Database vendor support": the next level
    else if (!label.isEmpty() && !generic.match(label).hasMatch())
        rest = label + QStringLiteral(": ") + rest; // "Team lead: Jane Doe" names both
    // "Escalation: CTO": the lead only says what the line is, the contact follows.
    e.who = recognize::cleanLabel(rest.isEmpty() ? text : rest);
    append(ctx, e, written, numbering);
    if (contacts && !written && !label.isEmpty() && !contact.isEmpty())
        checkContact(ctx, ctx.runbook.escalation.last(), label, contact);
}

} // namespace

void readEscalation(ImportContext &ctx, int list, const QString &group,
                    const std::optional<ContactList> &contacts)
{
    Numbering numbering{int(ctx.runbook.escalation.size()), 0};
    const QList<int> items = ctx.items(list);
    if (contacts && !items.isEmpty())
        checkContactOrder(ctx, ctx.node(items.first()).line, group, *contacts,
                          ctx.node(list).ordered);
    for (const int item : items)
        readLevel(ctx, ctx.itemText(item), ctx.itemLead(item), ctx.node(item).line, group, contacts,
                  numbering);
}

bool readEscalationTable(ImportContext &ctx, int table, const QString &group,
                         const std::optional<ContactList> &contacts)
{
    const TableData t = ctx.tableData(table);
    const int rank = column(t.header, {QStringLiteral("level"), QStringLiteral("tier"),
                                       QStringLiteral("rank"), QStringLiteral("#")});
    // Who fills the level: a role ("| Role | Name |": "Platform lead: Jane Doe"), a person
    // or contact, or both; a second contact column is kept with its header ("Alice
    // (backup contact: Bob)"); every channel column in parentheses.
    const int role = column(t.header,
                            {QStringLiteral("role"), QStringLiteral("team"), QStringLiteral("owner"),
                             QStringLiteral("escalate to"), QStringLiteral("stakeholder"),
                             QStringLiteral("position")},
                            {rank});
    const QStringList personWords = {QStringLiteral("contact"), QStringLiteral("who"),
                                     QStringLiteral("name"), QStringLiteral("person"),
                                     QStringLiteral("call")};
    const int person = column(t.header, personWords, {rank, role});
    if (role < 0 && person < 0)
        return false;
    // Whole words: "SLA" is a time, "Slack" is not.
    static const QRegularExpression timeHeader(
        QStringLiteral("\\b(?:after|when|time|timeframe|wait|sla|within|due|deadline)\\b"));
    int time = -1;
    for (int c = 0; c < t.header.size() && time < 0; ++c) {
        if (c != rank && c != role && c != person && timeHeader.match(t.header.at(c)).hasMatch())
            time = c;
    }
    const int second = role < 0 ? column(t.header, personWords, {rank, person, time}) : -1;
    // "| Condition |", "| Escalate if |", "| Criteria |": when to call, other than a time.
    static const QRegularExpression conditionHeader(
        QStringLiteral("\\b(?:condition|conditions|criteria|trigger|triggers|if)\\b"));
    int conditionColumn = -1;
    for (int c = 0; c < t.header.size() && conditionColumn < 0; ++c) {
        if (c != rank && c != role && c != person && c != time && c != second &&
            conditionHeader.match(t.header.at(c)).hasMatch())
            conditionColumn = c;
    }
    QList<int> taken{rank, role, person, time, second, conditionColumn};
    QList<int> channels;
    const QStringList channelWords = {
        QStringLiteral("channel"), QStringLiteral("how"),   QStringLiteral("method"),
        QStringLiteral("via"),     QStringLiteral("phone"), QStringLiteral("reach"),
        QStringLiteral("mail"),    QStringLiteral("slack"), QStringLiteral("pager")};
    for (int c = column(t.header, channelWords, taken); c >= 0;
         c = column(t.header, channelWords, taken)) {
        channels.append(c);
        taken.append(c);
    }
    // How to reach them: the first channel column, or else a contact column beside the
    // role ("| Role | Contact |"); a name alone says nothing about that.
    const bool contactBeside =
        person >= 0 && role >= 0 && t.header.at(person).contains(QLatin1String("contact"));
    if (contacts && !t.rows.isEmpty())
        checkContactOrder(ctx, t.lines.first(), group, *contacts, rank >= 0);
    Numbering numbering{int(ctx.runbook.escalation.size()), 0};
    for (int i = 0; i < t.rows.size(); ++i) {
        const QStringList &row = t.rows.at(i);
        EscalationLevel e;
        e.line = t.lines.at(i);
        e.group = group;
        const QString title = recognize::cleanLabel(cell(row, role >= 0 ? role : person));
        const QString named = role >= 0 ? cell(row, person).trimmed() : QString();
        e.who = title.isEmpty() || named.isEmpty() ? QString(title + named)
                                                   : QString(title + QStringLiteral(": ") + named);
        QStringList extras;
        if (const QString other = cell(row, second).trimmed(); !other.isEmpty())
            extras << t.header.at(second) + QStringLiteral(": ") + other;
        for (const int c : std::as_const(channels)) {
            if (const QString via = cell(row, c).trimmed(); !via.isEmpty())
                extras << via;
        }
        if (!extras.isEmpty())
            e.who += QStringLiteral(" (%1)").arg(extras.join(QStringLiteral(", ")));
        e.condition = cell(row, conditionColumn).trimmed();
        if (const QString when = cell(row, time).trimmed(); !when.isEmpty()) {
            e.afterMinutes = recognize::deadlineMinutes(when);
            if (e.afterMinutes) {
                e.afterText = when;
            } else if (e.condition.isEmpty()) {
                // "When data loss is suspected" in a "When" column: the condition to call
                // it, with no countdown; the author is told, in case a time was meant.
                e.condition = when;
                ctx.diagnose(e.line, Severity::Info,
                             tr("\"%1\" is not a time Rollcage can count, so it is shown as "
                                "the condition for calling this level, with no countdown; write "
                                "it as \"after 15 min\", \"30 minutes\" or \"Immediately\" if "
                                "a time is meant.")
                                 .arg(when));
            }
        }
        if (const auto tm = timePhrase().match(e.condition); e.afterText.isEmpty() && tm.hasMatch()) {
            e.afterText = tm.captured().trimmed(); // "Not resolved within 30 min"
            e.afterMinutes = recognize::deadlineMinutes(e.afterText);
        }
        const QString label = recognize::cleanLabel(cell(row, rank));
        const std::optional<int> written = writtenRank(label);
        if (written)
            e.label = label;
        else if (!label.isEmpty())
            ctx.diagnose(e.line, Severity::Warning,
                         tr("\"%1\" is not a level number; Rollcage takes the rows in order. "
                            "Write levels as \"1\", \"L1\" or \"Level 1\".")
                             .arg(label));
        if (e.who.isEmpty()) {
            ctx.diagnose(e.line, Severity::Warning,
                         tr("This escalation row names nobody; it was left out. Fill in the "
                            "contact column."));
            continue;
        }
        append(ctx, e, written, numbering);
        const QString reach = !channels.isEmpty() ? cell(row, channels.first()).trimmed()
                              : contactBeside     ? named
                                                  : QString();
        if (contacts && !written && !title.isEmpty() && !reach.isEmpty())
            checkContact(ctx, ctx.runbook.escalation.last(), title, reach);
    }
    return true;
}

bool readEscalationBlock(ImportContext &ctx, int code, const QString &group,
                         const std::optional<ContactList> &contacts)
{
    // A chain drawn in a plain fence: a level per line ("L1: On-call engineer"), joined by
    // arrows and bars, where an arrow may carry the condition to go on ("v (not resolved
    // in 30 min)", "↓ if nobody answers").
    static const QRegularExpression connector(
        QStringLiteral("^[\\s|│┃↓⬇▼vV→>=~\\-]*[|│┃↓⬇▼vV→>](?=\\s|\\(|$)[\\s|│┃↓⬇▼vV→>=~\\-]*(.*)$"));
    static const QRegularExpression marker(QStringLiteral("^(?:\\d+[.)]|[-*+•])\\s+"));
    static const QRegularExpression conditionStart(
        QStringLiteral("^(?:if|when|unless|once|after|no |not |in case)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression letter(QStringLiteral("[A-Za-z]"));
    const MdNode &n = ctx.node(code);
    struct Line
    {
        QString text;
        QString condition;
        int line = 0;
    };
    QList<Line> levels;
    QString pending;
    const QStringList lines = n.text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        QString t = lines.at(i).trimmed();
        if (!letter.match(t).hasMatch())
            continue; // bars, arrows, box drawing
        if (const auto m = connector.match(t); m.hasMatch()) {
            QString rest = m.captured(1).trimmed();
            if (rest.isEmpty())
                continue;
            if (rest.startsWith(u'(') && rest.endsWith(u')'))
                rest = rest.mid(1, rest.size() - 2).trimmed();
            if (m.captured(1).trimmed().startsWith(u'(') || conditionStart.match(rest).hasMatch()) {
                pending = pending.isEmpty() ? rest : pending + QStringLiteral("; ") + rest;
                continue;
            }
            t = rest; // "→ L2: Engineering lead"
        }
        t.remove(marker);
        levels.append({t, std::exchange(pending, QString()), n.line + i});
    }
    // One line is a note, not a chain.
    if (levels.size() < 2)
        return false;
    Numbering numbering{int(ctx.runbook.escalation.size()), 0};
    if (contacts)
        checkContactOrder(ctx, levels.first().line, group, *contacts, true);
    for (const Line &l : std::as_const(levels))
        readLevel(ctx, l.text, QString(), l.line, group, contacts, numbering, l.condition);
    return true;
}

} // namespace rollcage::runbook::detail
