// A procedure's steps once read: a block whose comments number its parts is that many
// steps, a block that only defines a script is not a step of its own, and the warnings the
// runbook wrote mark the steps they are about.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

} // namespace

bool mayHaveNumberedParts(const Step &st)
{
    // A session's later lines are typed into it, numbered or not; {nosplit} on the fence:
    // the author says the block is one step.
    if (st.commands.size() != 1 || !recognize::isShellLanguage(st.commands.first().language) ||
        !st.name.isEmpty() || st.interaction == Interaction::Session ||
        st.commands.first().attributes.contains(QStringLiteral("nosplit")))
        return false;
    const QString &code = st.commands.first().code;
    // Most blocks number nothing: one search decides it before any line is split. A
    // script's own text is run by the block that calls it, not part by part.
    static const RE firstNumber(QStringLiteral(R"(^\s*#+\s*(?:step\s*)?1\b)"),
                                RE::CaseInsensitiveOption | RE::MultilineOption);
    return code.contains(QLatin1Char('#')) && firstNumber.match(code).hasMatch() &&
           !recognize::isFileDefinition(code);
}

QList<Step> splitNumberedBlock(const Step &st)
{
    if (!mayHaveNumberedParts(st))
        return {st};
    const CodeBlock &block = st.commands.first();
    static const RE numbered(
        QStringLiteral(
            R"(^\s*#+\s*(?:step\s*(\d+)\s*[:.)\x{2013}\x{2014}-]?|(\d+)[.):])\s*(\S.*)$)"),
        RE::CaseInsensitiveOption);
    const QStringList lines = block.code.split(QLatin1Char('\n'));
    struct Part
    {
        int first = 0; // index into lines
        QString title;
    };
    QList<Part> parts;
    int expect = 1;
    for (int i = 0; i < lines.size(); ++i) {
        const auto m = numbered.match(lines.at(i));
        if (!m.hasMatch())
            continue;
        const int n = (m.hasCaptured(1) ? m.captured(1) : m.captured(2)).toInt();
        // Numbers that count up from 1 number steps; "# 5 replicas" does not.
        if (n != expect)
            continue;
        parts.append({i, recognize::cleanLabel(m.captured(3))});
        ++expect;
    }
    if (parts.size() < 2)
        return {st};
    parts.first().first = 0;
    const QList<Placeholder> whole = recognize::placeholders(block.code, recognize::Scope::Shell);
    QList<Step> result;
    for (int p = 0; p < parts.size(); ++p) {
        const int from = parts.at(p).first;
        const int to = p + 1 < parts.size() ? parts.at(p + 1).first : int(lines.size());
        QStringList piece = lines.mid(from, to - from);
        while (!piece.isEmpty() && piece.last().trimmed().isEmpty())
            piece.removeLast();
        int skipped = 0;
        while (!piece.isEmpty() && piece.first().trimmed().isEmpty()) {
            piece.removeFirst();
            ++skipped;
        }
        Step part;
        part.line = block.line + from + skipped;
        part.title = parts.at(p).title;
        part.expected = trailingDuration(&part.title);
        part.errexit = st.errexit;
        part.isolated = st.isolated;
        part.timeoutSeconds = st.timeoutSeconds;
        // The step's own title and prose introduce the first part.
        if (p == 0) {
            QStringList intro;
            if (!st.title.isEmpty() && st.title != part.title)
                intro.append(st.title);
            if (!st.description.isEmpty())
                intro.append(st.description);
            part.description = intro.join(QLatin1Char('\n'));
        }
        const bool onlyComments = std::all_of(piece.cbegin(), piece.cend(), [](const QString &l) {
            const QString t = l.trimmed();
            return t.isEmpty() || t.startsWith(QLatin1Char('#'));
        });
        if (onlyComments) {
            // Nothing to run: a manual step that says what the comments say.
            QStringList said;
            for (const QString &l : piece.mid(1))
                said.append(l.trimmed().remove(0, 1).trimmed());
            part.description =
                (QStringList{part.description} << said).join(QLatin1Char('\n')).trimmed();
        } else {
            CodeBlock c = block;
            c.code = piece.join(QLatin1Char('\n'));
            c.line = part.line;
            part.commands.append(c);
        }
        finishStep(part);
        // A value an earlier part sets is the shell session's, not the operator's to give.
        part.placeholders.removeIf([&](const Placeholder &ph) {
            return ph.style == Placeholder::Style::Dollar || ph.style == Placeholder::Style::Brace
                       ? !std::any_of(whole.cbegin(), whole.cend(),
                                      [&](const Placeholder &w) { return w.name == ph.name; })
                       : false;
        });
        result.append(std::move(part));
    }
    return result;
}

// A block that defines a script ("#!/bin/bash" then "# scripts/rollback_now.sh") and
// a later step that runs it would roll back twice: the step that runs it stays, the
// definition becomes its note.
void foldScriptDefinitions(Procedure &p, QList<StepWarning> &warnings)
{
    static const RE named(
        QStringLiteral(R"(^\s*(?:#!.*\n\s*)?#\s*([\w./-]*\w\.(?:sh|bash|py|rb|ps1))\s*$)"),
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
            appendLine(runs.description, tr("Runs %1, whose text the runbook shows at line %2.")
                                             .arg(m.captured(1))
                                             .arg(def.commands.first().line));
            for (StepWarning &w : warnings) {
                if (w.beforeStep > int(i))
                    --w.beforeStep;
            }
            p.steps.removeAt(i);
            --i;
            break;
        }
    }
}

// Blocks that number their parts become that many steps; warnings keep pointing after the
// steps they followed.
void splitNumberedBlocks(ImportContext &ctx, Procedure &p, QList<StepWarning> &warnings)
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
        for (StepWarning &w : warnings) {
            if (w.beforeStep > int(steps.size()))
                w.beforeStep += int(parts.size()) - 1;
        }
        steps.append(parts);
    }
    p.steps = std::move(steps);
}

namespace {

void markDestructive(Step &st, const QString &reason)
{
    st.destructive = true;
    st.destructiveReason = reason;
    if (st.confirmTarget.isEmpty())
        st.confirmTarget = st.name.isEmpty() ? st.title : st.name;
}

} // namespace

// A warning after the steps it is about marks them: the destructive ones, or the step just
// before it when none is. A warning admonition marks the step after it.
void applyWarnings(Procedure &p, const QList<StepWarning> &warnings)
{
    for (const StepWarning &w : warnings) {
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
        if (!any && !p.steps.isEmpty())
            markDestructive(p.steps[std::clamp(end - 1, 0, int(p.steps.size()) - 1)], w.text);
    }
}

namespace {

// "helm rollback", "kubectl rollout": the program and its subcommand, what a variant repeats.
QString commandHead(const QString &code)
{
    for (const QStringView line : QStringView(code).split(u'\n')) {
        QStringView t = line.trimmed();
        if (t.isEmpty() || t.startsWith(u'#'))
            continue;
        if (t.startsWith(u"$ "))
            t = t.mid(2).trimmed();
        if (t.startsWith(u"sudo "))
            t = t.mid(5).trimmed();
        const QList<QStringView> words = t.split(u' ', Qt::SkipEmptyParts);
        if (words.size() >= 2 && !words.at(1).startsWith(u'-'))
            return words.at(0) + u' ' + words.at(1);
        return words.isEmpty() ? QString() : words.at(0).toString();
    }
    return {};
}

} // namespace

bool isStepVariant(const Step &previous, const Step &step, const QString &lead)
{
    // Only a change done twice hurts; a second read-only check is just another look.
    if (previous.confirmation == Confirmation::OneClick ||
        step.confirmation == Confirmation::OneClick || previous.commands.isEmpty() ||
        step.commands.isEmpty())
        return false;
    // "To target a specific revision", "Or, for one namespace only", "… instead": a lead
    // that offers a choice. "To apply the config map:" introduces the next step.
    static const RE another(
        QStringLiteral(R"(^\W*(?:or\b|alternatively|if you (?:want|need|prefer|would rather)))"
                       R"(|\binstead\b|\brather\b|^\W*to\b.*\b(?:specific|particular|different|)"
                       R"(another|other|given|certain|exact|older|earlier|only)\b)"),
        RE::CaseInsensitiveOption);
    if (!another.match(lead).hasMatch())
        return false;
    const QString head = commandHead(previous.commands.first().code);
    return !head.isEmpty() && head == commandHead(step.commands.first().code);
}

QList<Procedure> variantProcedures(ImportContext &ctx, int section, Procedure &procedure,
                                   const QList<StepVariant> &variants)
{
    QList<Procedure> result;
    for (const StepVariant &v : variants) {
        const auto at = std::find_if(procedure.steps.cbegin(), procedure.steps.cend(),
                                     [&](const Step &st) { return st.line == v.replaces; });
        if (at == procedure.steps.cend())
            continue;
        const qsizetype index = std::distance(procedure.steps.cbegin(), at);
        Procedure other = procedure;
        other.title = procedure.title + QStringLiteral(" \u2014 ") + v.lead;
        other.line = v.step.line;
        other.steps[index] = v.step;
        describeProcedure(ctx, section, other, Alternative{v.lead, v.step.line, {}, false});
        appendLine(procedure.steps[index].description,
                   tr("Another way to do this step: the procedure \"%1\".").arg(other.title));
        result.append(std::move(other));
    }
    return result;
}

} // namespace rollcage::runbook::detail
