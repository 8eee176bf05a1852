// A runbook with no Markdown structure at all (no heading, no fence): a note pasted from a
// chat or a wiki export, steps numbered with "1." or emoji keycaps ("1️⃣"), commands on
// lines of their own. Read line by line on a best-effort basis, and said so, rather than
// offering the operator nothing.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QStringTokenizer>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

// "1. Stop", "2) Switch", "1️⃣ Stop", "🔟 Check", "Step 3: Start", "#4 Verify"; the text after.
std::optional<QString> numberedStep(const QString &line)
{
    static const RE numbered(QStringLiteral(
        R"(^\s*(?:\d{1,2}\s*[.)]|\d\x{FE0F}?\x{20E3}|\x{1F51F}|step\s+\d+\s*[:.)\x{2013}\x{2014}-]?|#\d+\b)\s*(.+)$)"),
                             RE::CaseInsensitiveOption);
    const auto m = numbered.match(line);
    return m.hasMatch() ? std::optional<QString>(m.captured(1).trimmed()) : std::nullopt;
}

std::optional<QString> bulletStep(const QString &line)
{
    static const RE bullet(QStringLiteral(R"(^\s*(?:[-*+\x{2022}\x{25B6}\x{27A1}]\x{FE0F}?)\s+(.+)$)"));
    const auto m = bullet.match(line);
    return m.hasMatch() ? std::optional<QString>(m.captured(1).trimmed()) : std::nullopt;
}

// A line that is a command to type, not a sentence: it reads as one and shows it by its
// arguments (an option, a path, an assignment, a variable, a pipe) or by its first word.
std::optional<QString> commandLine(QString line)
{
    line = line.trimmed();
    static const RE prompt(QStringLiteral(R"(^[$%>]\s+)"));
    const bool prompted = prompt.match(line).hasMatch();
    line.remove(prompt);
    if (line.isEmpty() || !recognize::looksLikeCommands(line))
        return std::nullopt;
    static const RE shaped(QStringLiteral(R"((?:\s-{1,2}\w|/|=|\$|\||&&|^sudo\s|^\./))"));
    static const RE tool(QStringLiteral(
        R"(^(?:kubectl|oc|helm|docker|podman|systemctl|service|git|aws|gcloud|az|terraform|psql|mysql|redis-cli|curl|wget|ssh|scp|rsync|make|npm|yarn|pip|python3?|ansible(?:-playbook)?|argocd|flux|cf|heroku|fly|vault|consul|nomad|journalctl|tail|grep|cat|ls|cp|mv|ln|rm|mkdir|chmod|chown|tar|crontab)\b)"));
    if (prompted || shaped.match(line).hasMatch() || tool.match(line).hasMatch())
        return line;
    return std::nullopt;
}

} // namespace

// "Run: cachectl rollback --to previous", "Run `svc restart`": the command in a step's line.
QString commandInTitle(const QString &title)
{
    static const RE span(QStringLiteral("`([^`]+)`"));
    QStringList found;
    for (auto it = span.globalMatch(title); it.hasNext();) {
        if (const auto c = commandLine(it.next().captured(1)))
            found << *c;
    }
    if (!found.isEmpty())
        return found.join(QLatin1Char('\n'));
    static const RE run(QStringLiteral(R"(^(?:run|execute|command|type)\s*:?\s+(.+)$)"),
                        RE::CaseInsensitiveOption);
    if (const auto m = run.match(title); m.hasMatch())
        return commandLine(m.captured(1)).value_or(QString());
    return {};
}

std::optional<QuotedCommand> quotedCommand(const QString &text)
{
    if (!text.contains(u'`'))
        return std::nullopt; // most items quote nothing: no expression is tried on them
    // Programs a list item names at the start of a span it means to be typed. A file
    // name (`config.yaml`), a flag (`--force`), a value (`prod`) or a program alone
    // (`kubectl`) is not a command.
    static const QSet<QString> programs = [] {
        QSet<QString> set;
        const QString names =
            QStringLiteral("kubectl oc helm docker podman systemctl service git aws gcloud az "
                           "terraform tofu psql mysql redis-cli curl wget ssh scp rsync make npm "
                           "yarn ansible ansible-playbook argocd flux cf heroku fly flyctl vault "
                           "consul nomad journalctl etcdctl velero kustomize gh doctl openstack "
                           "pg_dump pg_restore pg_basebackup pg_ctl mongosh mongodump "
                           "mongorestore sv supervisorctl nginx apachectl sudo ceph rake rails "
                           "alembic gsutil virsh");
        for (const QStringView name : QStringTokenizer(names, u' '))
            set.insert(name.toString());
        return set;
    }();
    // Not an instruction to run it: "Don't `kubectl delete …`", "never", "instead of",
    // "`git checkout …` is not needed";
    // nor a condition ("If `curl -f …` fails, …") or an item that introduces what follows.
    static const RE negated(
        QStringLiteral(R"(\b(?:don[\x{2019}']?t|do not|never|avoid|instead of|rather than|no need|)"
                       R"(not (?:needed|required|necessary|to be run)|unnecessary)\b|\x{274C})"),
        RE::CaseInsensitiveOption);
    static const RE condition(QStringLiteral(R"(^\W*(?:if|when|unless|in case|whether)\b)"),
                              RE::CaseInsensitiveOption);
    // Nor a description: "**STATE**: Now the cluster has … `ceph -s` should report …",
    // "Note: the `helm history` output …", "You will see …". An instruction starts with
    // its verb (or with the command itself).
    static const RE described(
        QStringLiteral(R"(^(?:(?:state|status|note|tip|hint|info|output|result|expected|)"
                       R"(example|background|context)\b|(?:[^:`]{1,40}:\s+)?(?:now|the|this|)"
                       R"(that|these|those|it|its|there|here|all|a|an|we|you|they|our|your)\b))"),
        RE::CaseInsensitiveOption);
    const QString plain = QString(text).remove(QStringLiteral("**")).trimmed();
    if (plain.endsWith(u':') || negated.match(plain).hasMatch() ||
        condition.match(plain).hasMatch() || described.match(plain).hasMatch())
        return std::nullopt;
    static const RE span(QStringLiteral("`([^`\n]+)`"));
    std::optional<QuotedCommand> found;
    for (auto it = span.globalMatch(plain); it.hasNext();) {
        const auto m = it.next();
        const QString code = m.captured(1).trimmed();
        const QString first = code.section(u' ', 0, 0);
        if (!programs.contains(first) || !code.contains(u' '))
            continue;
        // One command, said once: an item that quotes two ("`a` or `b`") offers a choice.
        if (found)
            return std::nullopt;
        found = QuotedCommand{code, m.capturedStart(0), m.capturedEnd(0)};
    }
    if (!found)
        return std::nullopt;
    // A pattern, not a command: an ellipsis, a name left to fill in ("pod-xxxxx"), or a
    // word the prose defines ("`kubectl delete deploy/X` where X is every deployment").
    static const RE pattern(QStringLiteral(R"(\.\.\.|\x{2026}|xxxx|XXXX)"));
    if (pattern.match(found->code).hasMatch())
        return std::nullopt;
    static const RE where(QStringLiteral(R"(\bwhere\s+(\S+)\s+(?:is|are|means)\b)"),
                          RE::CaseInsensitiveOption);
    if (const auto m = where.match(plain, found->end); m.hasMatch()) {
        const RE word(
            QStringLiteral(R"((?<![\w-])%1(?![\w-]))").arg(RE::escape(m.captured(1).remove(u'`'))));
        if (word.match(found->code).hasMatch())
            return std::nullopt;
    }
    found->line = int(QStringView(plain).left(found->start).count(u'\n'));
    return found;
}

namespace {

void addCommand(Step &step, const QString &code, int line)
{
    // Consecutive lines make one block, so its lines still match the file's.
    if (!step.commands.isEmpty()) {
        CodeBlock &last = step.commands.last();
        if (last.line + int(last.code.count(QLatin1Char('\n'))) + 1 == line) {
            last.code += QLatin1Char('\n') + code;
            return;
        }
    }
    CodeBlock block;
    block.code = code;
    block.line = line;
    step.commands.append(block);
}

} // namespace

bool hasMarkdownStructure(const MarkdownTree &tree)
{
    for (int i = 0; i < tree.size(); ++i) {
        const MdNode &n = tree.node(i);
        if (n.kind == MdNode::Kind::Heading || (n.kind == MdNode::Kind::Code && n.fenced))
            return true;
    }
    return false;
}

void readUnstructured(ImportContext &ctx)
{
    Runbook &rb = ctx.runbook;
    const QStringList lines = rb.text.split(QLatin1Char('\n'));
    bool anyNumbered = false;
    bool anyBullet = false;
    for (const QString &l : lines) {
        anyNumbered = anyNumbered || numberedStep(l).has_value();
        anyBullet = anyBullet || bulletStep(l).has_value();
    }
    // Numbered lines are the steps when there are any; else bullets are.
    const auto stepText = [&](const QString &l) { return anyNumbered ? numberedStep(l) : bulletStep(l); };

    Procedure p;
    p.title = rb.title;
    QString firstProse;
    int firstProseLine = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        if (line.isEmpty())
            continue;
        if (const auto title = stepText(line)) {
            Step st;
            st.title = *title;
            st.line = number;
            if (const QString code = commandInTitle(*title); !code.isEmpty())
                addCommand(st, code, number);
            p.steps.append(st);
            continue;
        }
        const std::optional<QString> command = commandLine(line);
        // Without numbered lines or bullets, each command is a step of its own.
        if (command && !anyNumbered && !anyBullet) {
            Step st;
            st.title = *command;
            st.line = number;
            addCommand(st, *command, number);
            p.steps.append(st);
            continue;
        }
        if (p.steps.isEmpty()) {
            if (!command) {
                if (firstProse.isEmpty()) {
                    firstProse = line;
                    firstProseLine = number;
                }
                continue;
            }
            // Bare commands before any numbered line: a step of their own.
            Step st;
            st.title = *command;
            st.line = number;
            p.steps.append(st);
        }
        Step &st = p.steps.last();
        if (command) {
            addCommand(st, *command, number);
        } else {
            if (!st.description.isEmpty())
                st.description += QLatin1Char('\n');
            st.description += line;
        }
    }
    if (p.steps.isEmpty())
        return;
    // A first line of prose names the document when no file title was given.
    if (!firstProse.isEmpty() && firstProse.size() <= 80 && firstProseLine < p.steps.first().line &&
        !rb.source.isEmpty() && rb.title == QFileInfo(rb.source).completeBaseName())
        rb.title = p.title = recognize::cleanLabel(firstProse);
    for (Step &st : p.steps)
        finishStep(st);
    p.line = p.steps.first().line;
    p.kind = classifyProcedure(p.title, {}, p.steps);
    rb.procedures.append(p);
    ctx.procedureContext.append({p.title.toLower()});
    ctx.diagnose(1, Severity::Warning,
                 tr("This document has no Markdown headings or code fences, so Rollcage read it "
                    "line by line: %n step(s), from its numbered lines (or bullets, or else each "
                    "command), with the lines that read as commands as their commands. Check them "
                    "in the preview, or give the steps a heading and fence the commands (see "
                    "docs/runbook-format.md).",
                    nullptr, int(p.steps.size())));
}

} // namespace rollcage::runbook::detail
