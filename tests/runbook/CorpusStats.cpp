#include "CorpusStats.h"

#include "runbook/Importer.h"
#include "runbook/MarkdownTree.h"
#include "runbook/Recognizers.h"
#include "runbook/RunbookJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

namespace rollcage::runbook::corpus {

namespace {

using RE = QRegularExpression;

enum class BlockKind { Shell, Plain, Other };

struct Block
{
    BlockKind kind = BlockKind::Plain;
    int first = 0; // first and last line of its code
    int last = 0;
    bool multiStep = false;
    QString firstLine; // its first line with text, to find it as expected output
};

// Tagged as a shell by its author; untagged blocks are counted apart, since many are
// output, configuration or prose.
BlockKind kindOf(const MdNode &n)
{
    QString language;
    recognize::fenceAttributes(n.info, &language);
    if (language.isEmpty())
        return BlockKind::Plain;
    return recognize::isShellLanguage(language) ? BlockKind::Shell : BlockKind::Other;
}

// Two or more comments that number steps: "# 1. List versions", "# Step 2: Promote".
bool numbersSteps(const QString &code)
{
    static const RE numbered(QStringLiteral(R"(^\s*#+\s*(?:step\s*\d+\b|\d+(?:\.\d+)*[.):]\s))"),
                             RE::CaseInsensitiveOption | RE::MultilineOption);
    QSet<QString> seen;
    for (auto it = numbered.globalMatch(code); it.hasNext();)
        seen.insert(it.next().captured(0).simplified().toLower());
    return seen.size() >= 2;
}

QList<Block> blocksOf(const QString &text)
{
    // The text as the importer read it (decoded, repaired, admonitions and tabs opened),
    // so blocks and lines agree with what a reader sees.
    const MarkdownTree tree = MarkdownTree::parse(MarkdownTree::unwrapContainers(text.toUtf8()));
    QList<Block> blocks;
    for (int i = 0; i < tree.size(); ++i) {
        const MdNode &n = tree.node(i);
        if (n.kind != MdNode::Kind::Code || n.text.trimmed().isEmpty())
            continue;
        Block b;
        b.kind = kindOf(n);
        b.first = n.line;
        b.last = n.line + int(n.text.count(QLatin1Char('\n')));
        b.multiStep = b.kind == BlockKind::Shell && numbersSteps(n.text);
        for (const QString &l : n.text.split(QLatin1Char('\n'))) {
            if (!l.trimmed().isEmpty()) {
                b.firstLine = l;
                break;
            }
        }
        blocks.append(b);
    }
    return blocks;
}

Level levelOf(const Step &st)
{
    switch (st.confirmation) {
    case Confirmation::Typed:
        return Level::Typed;
    case Confirmation::NameTarget:
        return Level::NameTarget;
    case Confirmation::OneClick:
        break;
    }
    return Level::OneClick;
}

QString pad(const QString &s, int width)
{
    return s.size() >= width ? s.left(width) : s + QString(width - s.size(), QLatin1Char(' '));
}

QString ratio(int part, int whole)
{
    return QStringLiteral("%1/%2").arg(part).arg(whole);
}

QString percent(int part, int whole)
{
    return whole == 0 ? QStringLiteral("-")
                      : QStringLiteral("%1 %").arg(100.0 * part / whole, 0, 'f', 1);
}

} // namespace

DocStats &DocStats::operator+=(const DocStats &o)
{
    for (auto it = o.kinds.cbegin(); it != o.kinds.cend(); ++it)
        kinds[it.key()] += it.value();
    for (auto it = o.levels.cbegin(); it != o.levels.cend(); ++it)
        levels[it.key()] += it.value();
    procedures += o.procedures;
    steps += o.steps;
    shellBlocks += o.shellBlocks;
    shellUsed += o.shellUsed;
    plainBlocks += o.plainBlocks;
    plainUsed += o.plainUsed;
    otherBlocks += o.otherBlocks;
    otherUsed += o.otherUsed;
    outputShown += o.outputShown;
    multiStepBlocks += o.multiStepBlocks;
    multiStepSplit += o.multiStepSplit;
    severities += o.severities;
    triggers += o.triggers;
    escalation += o.escalation;
    escalationTimed += o.escalationTimed;
    escalationConditional += o.escalationConditional;
    sessions += o.sessions;
    prompts += o.prompts;
    guesses += o.guesses;
    errors += o.errors;
    warnings += o.warnings;
    infos += o.infos;
    importMs += o.importMs;
    return *this;
}

DocStats measure(const QString &path, const QString &name)
{
    DocStats d;
    d.name = name;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return d;
    const QByteArray bytes = f.readAll();
    QElapsedTimer timer;
    timer.start();
    const Runbook rb = Importer::importText(bytes, name);
    d.importMs = double(timer.nsecsElapsed()) / 1e6;

    QList<Block> blocks = blocksOf(rb.text);
    // For each block, the steps whose commands come from its lines.
    QList<QSet<int>> stepsOf(blocks.size());
    QString outputs; // every command's expected output, to find output blocks in
    for (const Procedure &p : rb.procedures) {
        for (const Step &st : p.steps) {
            for (const CodeBlock &c : st.commands)
                outputs += c.expectedOutput + QLatin1Char('\n');
        }
    }
    int stepIndex = 0;
    for (const Procedure &p : rb.procedures) {
        ++d.procedures;
        ++d.kinds[p.kind];
        for (const Step &st : p.steps) {
            ++d.steps;
            ++d.levels[levelOf(st)];
            for (const CodeBlock &c : st.commands) {
                for (qsizetype i = 0; i < blocks.size(); ++i) {
                    if (c.line >= blocks.at(i).first && c.line <= blocks.at(i).last)
                        stepsOf[i].insert(stepIndex);
                }
            }
            // Lines typed into a terminal step's session are that step's commands too.
            for (const SessionLine &l : st.sessionLines) {
                for (qsizetype i = 0; i < blocks.size(); ++i) {
                    if (l.line >= blocks.at(i).first && l.line <= blocks.at(i).last)
                        stepsOf[i].insert(stepIndex);
                }
            }
            if (st.interaction == Interaction::Session)
                ++d.sessions;
            else if (st.interaction == Interaction::Prompt)
                ++d.prompts;
            ++stepIndex;
        }
    }
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        const bool used = !stepsOf.at(i).isEmpty();
        if (!used && b.kind != BlockKind::Shell && outputs.contains(b.firstLine))
            ++d.outputShown;
        switch (b.kind) {
        case BlockKind::Shell:
            ++d.shellBlocks;
            d.shellUsed += used ? 1 : 0;
            break;
        case BlockKind::Plain:
            ++d.plainBlocks;
            d.plainUsed += used ? 1 : 0;
            break;
        case BlockKind::Other:
            ++d.otherBlocks;
            d.otherUsed += used ? 1 : 0;
            break;
        }
        if (!used && b.kind != BlockKind::Other)
            d.unused.append(QStringLiteral("%1:%2 (%3)")
                                .arg(name)
                                .arg(b.first - 1)
                                .arg(b.kind == BlockKind::Shell ? QStringLiteral("shell")
                                                                : QStringLiteral("untagged")));
        if (b.multiStep) {
            ++d.multiStepBlocks;
            d.multiStepSplit += stepsOf.at(i).size() >= 2 ? 1 : 0;
        }
    }
    d.severities = int(rb.severities.size());
    d.guesses = int(rb.guesses.size());
    d.triggers = int(rb.triggers.size());
    d.escalation = int(rb.escalation.size());
    d.escalationTimed = int(std::count_if(rb.escalation.cbegin(), rb.escalation.cend(),
                                          [](const EscalationLevel &e) { return e.afterMinutes.has_value(); }));
    d.escalationConditional = int(std::count_if(rb.escalation.cbegin(), rb.escalation.cend(),
                                                [](const EscalationLevel &e) { return !e.condition.isEmpty(); }));
    for (const Diagnostic &diag : rb.diagnostics) {
        switch (diag.severity) {
        case Severity::Error:
            ++d.errors;
            break;
        case Severity::Warning:
            ++d.warnings;
            break;
        case Severity::Info:
            ++d.infos;
            break;
        }
    }
    return d;
}

QList<DocStats> measureDirectory(const QString &dir)
{
    QList<DocStats> docs;
    const QDir d(dir);
    for (const QString &f : d.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name)) {
        if (f == QLatin1String("SOURCES.md") || f == QLatin1String("README.md"))
            continue;
        docs.append(measure(d.filePath(f), f));
    }
    return docs;
}

DocStats total(const QList<DocStats> &docs)
{
    DocStats t;
    t.name = QStringLiteral("TOTAL");
    for (const DocStats &d : docs)
        t += d;
    return t;
}

QString report(const QList<DocStats> &docs)
{
    QStringList lines;
    // rb/rc/dg/vf/ot: rollback, recovery, diagnosis, verification, other.
    lines << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
                 .arg(pad(QStringLiteral("document"), 34), pad(QStringLiteral("rb rc dg vf ot"), 15),
                      pad(QStringLiteral("steps"), 5), pad(QStringLiteral("shell"), 7),
                      pad(QStringLiteral("plain"), 7), pad(QStringLiteral("other"), 7),
                      pad(QStringLiteral("split"), 5), pad(QStringLiteral("1clk nam typ"), 12),
                      pad(QStringLiteral("err wrn inf"), 11), QStringLiteral("ms"));
    const auto line = [&](const DocStats &d) {
        QStringList kinds;
        for (const ProcedureKind k : {ProcedureKind::Rollback, ProcedureKind::Recovery,
                                      ProcedureKind::Diagnosis, ProcedureKind::Verification,
                                      ProcedureKind::Other})
            kinds << pad(QString::number(d.kinds.value(k)), 2);
        return QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10")
            .arg(pad(d.name, 34), pad(kinds.join(QLatin1Char(' ')), 15),
                 pad(QString::number(d.steps), 5), pad(ratio(d.shellUsed, d.shellBlocks), 7),
                 pad(ratio(d.plainUsed, d.plainBlocks), 7),
                 pad(ratio(d.otherUsed, d.otherBlocks), 7),
                 pad(ratio(d.multiStepSplit, d.multiStepBlocks), 5),
                 pad(QStringLiteral("%1 %2 %3")
                         .arg(pad(QString::number(d.levels.value(Level::OneClick)), 4),
                              pad(QString::number(d.levels.value(Level::NameTarget)), 3),
                              QString::number(d.levels.value(Level::Typed))),
                     12),
                 pad(QStringLiteral("%1 %2 %3")
                         .arg(pad(QString::number(d.errors), 3),
                              pad(QString::number(d.warnings), 3), QString::number(d.infos)),
                     11),
                 QString::number(d.importMs, 'f', 2));
    };
    for (const DocStats &d : docs)
        lines << line(d);
    const DocStats t = total(docs);
    lines << line(t) << QString();
    const auto without = std::count_if(docs.cbegin(), docs.cend(),
                                       [](const DocStats &d) { return d.procedures == 0; });
    lines << QStringLiteral("documents without a procedure:   %1 (%2)")
                 .arg(ratio(int(without), int(docs.size())), percent(int(without), int(docs.size())));
    lines << QStringLiteral("shell blocks -> step commands:   %1 (%2)")
                 .arg(ratio(t.shellUsed, t.shellBlocks), percent(t.shellUsed, t.shellBlocks));
    lines << QStringLiteral("untagged blocks -> commands:     %1 (%2)")
                 .arg(ratio(t.plainUsed, t.plainBlocks), percent(t.plainUsed, t.plainBlocks));
    lines << QStringLiteral("untagged/other shown as output:  %1").arg(t.outputShown);
    lines << QStringLiteral("other-language blocks on steps:  %1 (%2)")
                 .arg(ratio(t.otherUsed, t.otherBlocks), percent(t.otherUsed, t.otherBlocks));
    lines << QStringLiteral("multi-step blocks split:         %1 (%2)")
                 .arg(ratio(t.multiStepSplit, t.multiStepBlocks),
                      percent(t.multiStepSplit, t.multiStepBlocks));
    lines << QStringLiteral("severity levels, triggers:       %1, %2").arg(t.severities).arg(t.triggers);
    lines << QStringLiteral("escalation levels:               %1 (%2 with a time, %3 with a condition)")
                 .arg(t.escalation)
                 .arg(t.escalationTimed)
                 .arg(t.escalationConditional);
    lines << QStringLiteral("terminal steps:                  %1 sessions, %2 prompts")
                 .arg(t.sessions)
                 .arg(t.prompts);
    lines << QStringLiteral("guesses check points out:        %1").arg(t.guesses);
    lines << QStringLiteral("procedures %1, steps %2, import %3 ms in all")
                 .arg(t.procedures)
                 .arg(t.steps)
                 .arg(t.importMs, 0, 'f', 1);
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

} // namespace rollcage::runbook::corpus
