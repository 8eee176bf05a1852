// One step: its title, duration, prose, commands, placeholders and whether it is
// destructive, from a list item, from a sub-heading, or from what the procedure reader
// gathered.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringTokenizer>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

// "(2 minutes)" right at the start of `text`; removes it when found.
Duration leadingDuration(QString *text)
{
    if (!text->startsWith(QLatin1Char('(')))
        return {};
    static const RE paren(QStringLiteral("^\\(([^)]{1,40})\\)\\s*"));
    const auto m = paren.match(*text);
    if (!m.hasMatch())
        return {};
    const Duration d = recognize::duration(m.captured(1));
    if (d.isKnown())
        text->remove(0, m.capturedLength(0));
    return d;
}

} // namespace

// "Drain traffic (2 minutes)" -> "Drain traffic" and the duration.
Duration trailingDuration(QString *title)
{
    if (!QStringView(*title).trimmed().endsWith(u')'))
        return {};
    static const RE paren(QStringLiteral("\\s*\\(([^)]{1,40})\\)\\s*$"));
    const auto m = paren.match(*title);
    if (!m.hasMatch())
        return {};
    const Duration d = recognize::duration(m.captured(1));
    if (d.isKnown())
        title->chop(m.capturedLength(0));
    return d;
}

// "Immediate actions (0–5 minutes)", then "Stabilise (5–15 minutes)": a range that starts
// at zero or where the heading before it ended is a window on the incident's timeline.
bool isTimelineWindow(const ImportContext &ctx, int section, const Duration &d)
{
    if (!d.minSeconds || !d.maxSeconds || *d.minSeconds == *d.maxSeconds)
        return false;
    if (*d.minSeconds == 0)
        return true;
    const Section &s = ctx.sections.at(section);
    if (s.parent < 0)
        return false;
    const QList<int> &siblings = ctx.sections.at(s.parent).children;
    const qsizetype at = siblings.indexOf(section);
    if (at <= 0)
        return false;
    QString previous = ctx.sections.at(siblings.at(at - 1)).title;
    const Duration before = trailingDuration(&previous);
    return before.maxSeconds && *before.maxSeconds == *d.minSeconds;
}

namespace {

// "Time to complete: ~2 minutes" anywhere in prose.
Duration labelledDuration(const QString &text)
{
    static const RE label(
        QStringLiteral("(?:time to complete|time required|expected duration|"
                       "duration|takes about|estimated time)\\s*[:*]*\\s*(.{1,40})"),
        RE::CaseInsensitiveOption);
    const auto m = label.match(text);
    return m.hasMatch() ? recognize::duration(m.captured(1)) : Duration{};
}

} // namespace

CodeBlock codeBlock(const MdNode &n)
{
    CodeBlock c;
    c.attributes = recognize::fenceAttributes(n.info, &c.language);
    c.code = n.text;
    c.line = n.line;
    if (c.language.isEmpty())
        c.language = recognize::untaggedLanguage(c.code); // a query is not run by the shell
    if (recognize::isShellLanguage(c.language)) {
        const bool console =
            c.language == QLatin1String("console") || c.language == QLatin1String("shell-session");
        if (const auto t = recognize::transcript(c.code, console)) {
            c.code = t->commands;
            c.expectedOutput = t->output;
        }
    }
    return c;
}

bool readStepMessage(ImportContext &ctx, int section, int code, Step &st)
{
    const MdNode &n = ctx.node(code);
    QString language;
    recognize::fenceAttributes(n.info, &language);
    static const QSet<QString> text = {QString(), QStringLiteral("text"), QStringLiteral("txt"),
                                       QStringLiteral("markdown"), QStringLiteral("md"),
                                       QStringLiteral("plain"), QStringLiteral("plaintext")};
    if (!text.contains(language) || !recognize::sendsMessage(st.title) ||
        (language.isEmpty() && recognize::looksLikeCommands(n.text)))
        return false;
    readTemplate(ctx, section, code, st.title, QString());
    appendLine(st.description,
               tr("Send the message \"%1\" (its text is a template on the Communicate page).")
                   .arg(st.title));
    return true;
}

bool isNoOpCode(const QString &code)
{
    // Blank, or only the shell's no-op (":", "true"): nothing to run, show or title.
    for (const QStringView line : QStringTokenizer(code, u'\n')) {
        const QStringView t = line.trimmed();
        if (!t.isEmpty() && t != u":" && t != u"true")
            return false;
    }
    return true;
}

void addBlock(Step &st, const MdNode &n, bool announcedOutput)
{
    if (isNoOpCode(n.text))
        return;
    QString language;
    recognize::fenceAttributes(n.info, &language);
    const bool output = (announcedOutput && (language.isEmpty() || !recognize::isShellLanguage(language))) ||
                        recognize::isOutputBlock(language, n.text);
    if (!output) {
        st.commands.append(codeBlock(n));
        return;
    }
    // Output is shown beside the commands that print it; text that is neither is prose.
    QString text = n.text;
    while (text.endsWith(QLatin1Char('\n')))
        text.chop(1);
    if (!st.commands.isEmpty()) {
        QString &expected = st.commands.last().expectedOutput;
        expected = expected.isEmpty() ? text : expected + QLatin1Char('\n') + text;
    } else {
        st.description = st.description.isEmpty() ? text : st.description + QLatin1Char('\n') + text;
    }
}

// Kind, placeholders, destructiveness and annotations, once title, prose and code are in.
void finishStep(Step &st)
{
    readInteraction(st);
    st.kind = st.commands.isEmpty() ? StepKind::Manual : StepKind::Command;
    QString shell;
    QString other;
    QString otherCommands; // `other` but a manifest (YAML, JSON…) that a command applies
    for (const CodeBlock &c : st.commands) {
        const bool isShell = recognize::isShellLanguage(c.language);
        (isShell ? shell : other) += c.code + QLatin1Char('\n');
        if (!isShell && !recognize::isDataLanguage(c.language))
            otherCommands += c.code + QLatin1Char('\n');
        const auto &a = c.attributes;
        if (a.contains(QStringLiteral("name")))
            st.name = a.value(QStringLiteral("name"));
        if (a.contains(QStringLiteral("timeout"))) {
            // A bare number is seconds; "5m" and "1h" also work.
            bool number = false;
            const QString value = a.value(QStringLiteral("timeout"));
            const int seconds = value.toInt(&number);
            st.timeoutSeconds =
                number ? std::optional<int>(seconds) : recognize::duration(value).expectedSeconds();
        }
        if (a.contains(QStringLiteral("expected")))
            st.expected = recognize::duration(a.value(QStringLiteral("expected")));
        if (a.contains(QStringLiteral("errexit")))
            st.errexit = a.value(QStringLiteral("errexit")) != QLatin1String("false");
        if (a.contains(QStringLiteral("noerrexit")))
            st.errexit = false;
        if (a.contains(QStringLiteral("isolated")))
            st.isolated = a.value(QStringLiteral("isolated")) != QLatin1String("false");
        if (a.contains(QStringLiteral("confirm")) || a.contains(QStringLiteral("destructive"))) {
            st.destructive = true;
            st.confirmTarget = a.value(QStringLiteral("confirm"));
            if (st.destructiveReason.isEmpty())
                st.destructiveReason = a.value(QStringLiteral("destructive"));
        }
    }
    // Each recogniser runs once per step over everything it needs: a megabyte runbook
    // has thousands of steps and the cost is mostly per call.
    if (!shell.isEmpty())
        st.placeholders = recognize::placeholders(shell, recognize::Scope::Shell);
    if (!other.isEmpty()) {
        for (const Placeholder &p : recognize::placeholders(other, recognize::Scope::OtherCode)) {
            if (std::none_of(st.placeholders.cbegin(), st.placeholders.cend(),
                             [&](const Placeholder &q) { return q.name == p.name; }))
                st.placeholders.append(p);
        }
    }
    const QString code = shell + other;
    // Prose comes first, so its warning is the one quoted when both have one. A comment in
    // a manifest may warn; its keys and names are not commands.
    const QString warned = recognize::warning(st.title + QLatin1Char('\n') + st.description +
                                              QLatin1Char('\n') + code);
    const QString commands = shell + otherCommands;
    const recognize::Hit hit =
        commands.isEmpty() ? recognize::Hit{} : recognize::destructiveCommand(commands);
    if (!warned.isEmpty() || hit.found())
        st.destructive = true;
    if (st.destructive && st.destructiveReason.isEmpty()) {
        if (!warned.isEmpty())
            st.destructiveReason = warned;
        else if (hit.found())
            st.destructiveReason =
                tr("Runs \"%1\", which changes or deletes data and cannot be undone by Rollcage.")
                    .arg(hit.what);
        else
            st.destructiveReason = tr("The runbook asks for a confirmation before this step.");
    }
    if (st.destructive && st.confirmTarget.isEmpty())
        st.confirmTarget = !st.name.isEmpty() ? st.name : hit.found() ? hit.what : st.title;
    if (st.destructive) {
        st.confirmation = Confirmation::Typed;
        st.confirmationReason = st.destructiveReason;
    } else if (const recognize::Hit change =
                   commands.isEmpty() ? recognize::Hit{} : recognize::changingCommand(commands);
               change.found()) {
        st.confirmation = Confirmation::NameTarget;
        st.confirmationReason =
            tr("Runs \"%1\", which changes production without destroying anything: confirm "
               "the target before it runs.")
                .arg(change.what);
    } else {
        st.confirmation = Confirmation::OneClick;
        st.confirmationReason = st.commands.isEmpty()
                                    ? tr("A manual step: nothing runs.")
                                    : tr("Nothing in its commands changes or deletes anything.");
    }
    if (!st.expected.isKnown() && !st.description.isEmpty())
        st.expected = labelledDuration(st.description);
    finishInteraction(st);
}

Step withBlock(const Step &manual, const MdNode &code)
{
    Step st;
    st.line = manual.line;
    st.title = manual.title;
    st.description = manual.description;
    st.expected = manual.expected;
    addBlock(st, code, false);
    finishStep(st);
    return st;
}

Step reopened(const Step &manual)
{
    Step st;
    st.line = manual.line;
    st.title = manual.title;
    st.expected = manual.expected;
    st.description = manual.description;
    return st;
}

namespace {

// "Scale the API down: `kubectl scale deploy/api --replicas=0`": the quoted command is the
// step's, and the words before the colon its title.
void runQuotedCommand(ImportContext &ctx, const QString &text, Step &st)
{
    const std::optional<QuotedCommand> q = quotedCommand(text);
    if (!q)
        return;
    CodeBlock c;
    c.code = q->code;
    c.line = st.line + q->line;
    st.commands.append(c);
    const QString span = u'`' + q->code + u'`';
    if (st.title.endsWith(span)) {
        const QString before = st.title.chopped(span.size()).trimmed();
        // "Scale it down: `…`", "Check the namespace exists. `…`": the words are the title.
        if ((before.endsWith(u':') || before.endsWith(u'.')) && before.size() > 3)
            st.title = recognize::cleanLabel(before.endsWith(u'.') ? before.chopped(1) : before);
    }
    ctx.guess(c.line,
              tr("Step \"%1\" quotes `%2` in its text: read as the step's command.")
                  .arg(st.title, q->code),
              tr("The command in a ```bash fence under the item confirms it; <!-- rollcage: "
                 "manual --> before the list keeps the commands its items quote as text."));
}

} // namespace

Step stepFromItem(ImportContext &ctx, int item, bool quoted)
{
    Step st;
    st.line = ctx.node(item).line;
    const QString text = ctx.itemText(item);
    const QString lead = ctx.itemLead(item);
    QString rest;
    if (!lead.isEmpty()) {
        st.title = recognize::cleanLabel(lead);
        rest = ImportContext::afterLead(text, lead);
        st.expected = leadingDuration(&rest);
        rest = ImportContext::afterLead(rest, QString()).trimmed();
        while (rest.startsWith(QLatin1Char(':')) || rest.startsWith(QLatin1Char('-')))
            rest = rest.mid(1).trimmed();
    } else {
        st.title = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        rest = text.section(QLatin1Char('\n'), 1).trimmed();
        st.expected = trailingDuration(&st.title);
        st.title = recognize::cleanLabel(st.title);
    }
    QStringList description;
    if (!rest.isEmpty())
        description.append(rest);
    const QStringList nested = ctx.nestedLines(item);
    if (!nested.isEmpty())
        description.append(nested.join(QLatin1Char('\n')));
    st.description = description.join(QLatin1Char('\n'));
    const QList<int> blocks = ctx.codeBlocksIn(item);
    for (const int code : blocks)
        addBlock(st, ctx.node(code), recognize::announcesOutput(ctx.itemText(item)) &&
                                         !st.commands.isEmpty());
    if (quoted && blocks.isEmpty() && !ctx.manualLists.contains(ctx.node(item).parent))
        runQuotedCommand(ctx, text, st);
    finishStep(st);
    return st;
}

// A step written as a sub-heading ("### Step 2: Drain traffic"): its title, and its prose,
// lists and code in the order written.
Step stepFromSection(ImportContext &ctx, int index)
{
    const Section &s = ctx.sections.at(index);
    Step st;
    st.line = s.line;
    st.title = stripStepNumber(s.title);
    st.expected = trailingDuration(&st.title);
    if (isTimelineWindow(ctx, index, st.expected))
        st.window = std::exchange(st.expected, Duration{});
    QStringList description;
    QString annotation; // "template" or "ignore" for the next block
    bool announced = false; // the paragraph before said output follows
    for (const int b : s.blocks) {
        const MdNode &n = ctx.node(b);
        const QString pending = std::exchange(annotation, QString());
        if (n.kind == MdNode::Kind::Html) {
            static const RE re(
                QStringLiteral("<!--\\s*rollcage:\\s*(template|ignore)\\b\\s*(.*?)\\s*-->"));
            const auto m = re.match(n.text);
            if (m.hasMatch()) {
                annotation = m.captured(1);
                if (annotation == QLatin1String("template"))
                    annotation += QLatin1Char(' ') + m.captured(2);
            }
            continue;
        }
        if (pending == QLatin1String("ignore"))
            continue;
        if (n.kind == MdNode::Kind::Code && pending.startsWith(QLatin1String("template"))) {
            readTemplate(ctx, index, b, st.title, pending.mid(9).trimmed());
        } else if (n.kind == MdNode::Kind::Code) {
            if (!readStepMessage(ctx, index, b, st))
                addBlock(st, n, announced && !st.commands.isEmpty());
            announced = false;
        } else if (n.kind == MdNode::Kind::Paragraph) {
            description.append(n.text.trimmed());
            announced = recognize::announcesOutput(n.text);
        } else if (n.kind == MdNode::Kind::List) {
            for (const int item : ctx.items(b)) {
                description.append(QStringLiteral("- ") + ctx.itemText(item));
                for (const int code : ctx.codeBlocksIn(item))
                    addBlock(st, ctx.node(code), false);
            }
        }
    }
    const QString text = std::exchange(st.description, description.join(QLatin1Char('\n')));
    if (!text.isEmpty())
        appendLine(st.description, text); // text blocks addBlock kept as prose
    finishStep(st);
    return st;
}

} // namespace rollcage::runbook::detail
