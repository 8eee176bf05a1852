// What the prose around steps says: the labels of a procedure's metadata ("**When to
// use:**", "**Target Time**"), and titles for steps the runbook gives no heading — the
// sentence that introduces a block, the comment that opens it, or its first command. An
// engineer scanning the step list at 3 a.m. reads what each step does, not "Run the
// commands" five times over.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

using RE = QRegularExpression;

// Titles longer than this are cut: a step list is read at a glance.
constexpr qsizetype kLongest = 100;
constexpr qsizetype kLongestCommand = 60;

// Cut at a clause (", ", "; ") when one leaves enough to read, else at a word; "…" says
// the rest is in the step's description.
QString shortened(const QString &text, qsizetype longest)
{
    if (text.size() <= longest)
        return text;
    const QStringView head = QStringView(text).left(longest);
    for (const QLatin1String stop : {QLatin1String(", "), QLatin1String("; ")}) {
        const qsizetype at = head.lastIndexOf(stop);
        if (at >= longest / 2)
            return text.left(at) + QChar(0x2026);
    }
    const qsizetype space = head.lastIndexOf(QLatin1Char(' '));
    return text.left(space > longest / 3 ? space : longest).trimmed() + QChar(0x2026);
}

QString capitalised(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

} // namespace

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

MetadataLabel metadataLabel(const QString &label)
{
    if (label.isEmpty())
        return MetadataLabel::None;
    // One expression, its groups in MetadataLabel's order: most bold leads name none.
    // "**Target Time**: < 10 min" and an RTO are how long the procedure is meant to take.
    static const RE re(
        QStringLiteral("^(?:(when to use|use case|use when|use it when|use for|when)|"
                       "(time to complete|time required|duration|expected (?:duration|time)|"
                       "target time|time target|rto|rto target|"
                       "rto \\(recovery time objective\\)|recovery time objective|"
                       "estimated time|eta|takes|time)|"
                       "(risk(?: level)?)|(data loss)|(impact))$"),
        RE::CaseInsensitiveOption);
    const auto m = re.match(label);
    if (!m.hasMatch())
        return MetadataLabel::None;
    for (int group = 1; group <= 5; ++group) {
        if (m.hasCaptured(group))
            return static_cast<MetadataLabel>(group);
    }
    return MetadataLabel::None;
}

namespace {

// A sentence ends at ". " before a capital, a code span or a link; "e.g. the" does not.
const RE &sentenceEnd()
{
    static const RE end(QStringLiteral(R"([.!?]\s+(?=[A-Z`*\["(]))"));
    return end;
}

// One sentence as a title: asides, the closing ':' or '.', and a lead about order cut.
QString sentenceTitle(QString sentence)
{
    // "(if possible, with the same settings)" and "(`m1.etcd`, `m2.etcd`)" are detail.
    static const RE aside(QStringLiteral(R"(\s*\([^()]*\))"));
    const QString plain = QString(sentence).remove(aside);
    if (plain.size() >= 3)
        sentence = plain;
    sentence = recognize::cleanLabel(sentence);
    while (sentence.endsWith(QLatin1Char('.')))
        sentence.chop(1);
    // "After the operator is running, create …": the action is the title when the lead is
    // only about order. A condition ("If …", "In case …") stays: it says when to run it.
    static const RE order(
        QStringLiteral(R"(^(?:(?:first|then|next|now|finally|afterwards)\b,?|)"
                       R"((?:after|once|continuing|having|now that)\b[^,]{0,60},)\s+)"),
        RE::CaseInsensitiveOption);
    if (const auto m = order.match(sentence);
        m.hasMatch() && sentence.size() - m.capturedEnd() >= 12)
        sentence = capitalised(sentence.mid(m.capturedEnd()));
    if (sentence.size() < 3)
        return {};
    return shortened(sentence, kLongest);
}

} // namespace

QString lastSentence(const QString &text, bool *several)
{
    qsizetype start = 0;
    for (auto it = sentenceEnd().globalMatch(text); it.hasNext();)
        start = it.next().capturedEnd(0);
    if (several)
        *several = start > 0;
    return text.mid(start);
}

QString titleFromProse(const QString &paragraph)
{
    const QString text = paragraph.simplified();
    bool several = false;
    const QString sentence = lastSentence(text, &several);
    // A paragraph that ends with ':' introduces the block. Otherwise only one plain
    // sentence reads as its title; several sentences are an explanation.
    if (!text.endsWith(QLatin1Char(':')) &&
        (several || !text.endsWith(QLatin1Char('.')) || text.size() > 120))
        return {};
    return sentenceTitle(sentence);
}

QString titleFromLead(const QString &text)
{
    const QString simple = text.simplified();
    const auto m = sentenceEnd().match(simple);
    return sentenceTitle(m.hasMatch() ? simple.left(m.capturedStart(0) + 1) : simple);
}

QString titleFromCode(const CodeBlock &block)
{
    // The first line with text: a comment says what the block does, a command what it runs.
    qsizetype start = 0;
    const QString &code = block.code;
    while (start < code.size()) {
        qsizetype end = code.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = code.size();
        QString line = code.mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty() || line.startsWith(u"#!"))
            continue;
        static const RE comment(QStringLiteral(R"(^(?:#+|//|--|;|REM\b|::)\s*)"));
        if (const auto m = comment.match(line); m.hasMatch()) {
            const QString said = recognize::cleanLabel(line.mid(m.capturedEnd()));
            if (said.size() >= 3 && said.contains(QLatin1Char(' ')))
                return shortened(capitalised(said), kLongest);
            continue;
        }
        // "apiVersion: v1" names nothing; "gsutil du -s gs://…" in a cmd block does.
        if (!recognize::isShellLanguage(block.language) && !recognize::looksLikeCommands(line))
            return {};
        if (line.startsWith(u"$ "))
            line = line.mid(2).trimmed();
        if (line.endsWith(QLatin1Char('\\')))
            line = line.chopped(1).trimmed();
        return shortened(line, kLongestCommand);
    }
    return {};
}

// "### Rolling back" with only sentences under it ("use `revert-bump.sh` to roll back",
// "if not, run `make deploy-all`"): each paragraph a step, the commands it quotes its
// commands. A guess, said as one; nothing when no paragraph quotes a command.
QList<Step> proseSteps(ImportContext &ctx, int section, const QList<int> &blocks)
{
    QList<Step> steps;
    bool anyCommand = false;
    for (const int b : blocks) {
        const MdNode &n = ctx.node(b);
        if (n.kind != MdNode::Kind::Paragraph || !recognize::warning(n.text).isEmpty())
            continue;
        Step st;
        st.line = n.line;
        st.description = n.text.simplified();
        // Titled by the sentence that quotes the command, not the context before it.
        const qsizetype tick = st.description.indexOf(u'`');
        const qsizetype from = tick < 0 ? 0 : tick - lastSentence(st.description.left(tick)).size();
        st.title = titleFromLead(st.description.mid(from));
        if (const QString code = commandInTitle(n.text); !code.isEmpty()) {
            CodeBlock c;
            c.code = code;
            c.line = n.line;
            st.commands.append(c);
            anyCommand = true;
        }
        if (st.title.isEmpty())
            continue;
        finishStep(st);
        steps.append(std::move(st));
    }
    if (!anyCommand)
        return {};
    ctx.guess(ctx.sections.at(section).line,
              tr("The section has neither a list nor a code block: each paragraph is read as a "
                 "step, the commands it quotes as the step's commands."),
              tr("A numbered list with each command in a fence makes the steps explicit; "
                 "<!-- rollcage: reference --> under the heading says it is no procedure."));
    return steps;
}

} // namespace rollcage::runbook::detail
