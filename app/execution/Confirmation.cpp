#include "execution/Confirmation.h"

#include "runbook/Recognizers.h"

#include <QRegularExpression>

namespace rollcage::execution {

namespace {

QString joinedCode(const runbook::Step &step)
{
    QStringList blocks;
    for (const runbook::CodeBlock &block : step.commands) {
        // A manifest names things; the command that applies it is what acts (importer).
        if (runbook::recognize::isDataLanguage(block.language))
            continue;
        blocks << (block.code.endsWith(QLatin1Char('\n')) ? block.code.chopped(1) : block.code);
    }
    return blocks.join(QLatin1Char('\n'));
}

// `text` with each placeholder (in any of its forms) replaced by its value, as bash
// would see it; placeholders without a value stay as written.
QString withValues(QString text, const runbook::Step &step, const QHash<QString, QString> &variables)
{
    for (const runbook::Placeholder &p : step.placeholders) {
        if (p.secret || !variables.contains(p.name))
            continue;
        const QString value = variables.value(p.name);
        text.replace(p.raw, value);
        if (p.style == runbook::Placeholder::Style::Brace || p.style == runbook::Placeholder::Style::Dollar) {
            const QRegularExpression any(
                QStringLiteral(R"(\$\{%1(?:[^A-Za-z0-9_}\n][^}\n]*)?\}|\$%1(?![A-Za-z0-9_]))")
                    .arg(QRegularExpression::escape(p.name)));
            text.replace(any, value);
        }
    }
    return text;
}

// The operand of the command on `line`, after `command`: the first path, else the last
// word before a revision number. `ln -sfn FROM LINK` changes its last operand.
QString operand(const QString &line, const QString &command)
{
    const qsizetype at = line.indexOf(command, 0, Qt::CaseInsensitive);
    if (at < 0)
        return {};
    QString rest = line.mid(at + command.size());
    // The command ends at a pipe, a list or a comment.
    static const QRegularExpression end(QStringLiteral(R"(\s(?:\||&&|\|\||;|#)|;\s*$|;\s)"));
    const auto m = end.match(rest);
    if (m.hasMatch())
        rest = rest.left(m.capturedStart());
    QStringList words;
    QString file; // "-f manifests/api.yaml": what `kubectl apply -f` applies
    const QStringList tokens = rest.split(QRegularExpression(QStringLiteral(R"(\s+)")), Qt::SkipEmptyParts);
    for (int i = 0; i < tokens.size(); ++i) {
        QString word = tokens.at(i);
        word.remove(QLatin1Char('"')).remove(QLatin1Char('\''));
        while (word.endsWith(QLatin1Char(';')) || word.endsWith(QLatin1Char(',')))
            word.chop(1);
        if (word.startsWith(QLatin1Char('-'))) {
            // "-n prod": a one-letter option takes the next word as its value.
            if (word.size() == 2 && i + 1 < tokens.size()) {
                ++i;
                if ((word == QLatin1String("-f") || word == QLatin1String("-k")) && file.isEmpty())
                    file = QString(tokens.at(i)).remove(QLatin1Char('"')).remove(QLatin1Char('\''));
            } else if (word == QLatin1String("--filename") && i + 1 < tokens.size()) {
                file = tokens.at(++i);
            } else if (word.startsWith(QLatin1String("--filename="))) {
                file = word.section(QLatin1Char('='), 1);
            }
            continue;
        }
        if (!word.isEmpty())
            words << word;
    }
    if (words.isEmpty()) // "-f -" reads stdin, which names nothing
        return file == QLatin1String("-") ? QString() : file;
    if (command.startsWith(QLatin1String("ln "), Qt::CaseInsensitive))
        return words.constLast();
    for (const QString &w : std::as_const(words)) {
        if (w.contains(QLatin1Char('/')))
            return w;
    }
    // "helm rollback checkout 3": a bare number is a revision, the name comes before it.
    static const QRegularExpression number(QStringLiteral(R"(^\d+$)"));
    if (words.size() > 1 && number.match(words.constLast()).hasMatch())
        return words.at(words.size() - 2);
    return words.constLast();
}

// What the command `hit` found in `code` acts on, with the incident's values in it: the
// last part of a path ("v2.5.0" of ".../releases/v2.5.0"); the command itself while a
// value is still missing or the command names nothing.
// `az webapp deployment slot swap -g rg -n shop --slot staging --target-slot production`
// acts on the app, between two slots: "shop (staging → production)". Empty when the line
// names no app.
QString azureTarget(const QString &line)
{
    static const QRegularExpression option(
        QStringLiteral(R"((?:^|\s)(-n|--name|--slot|--target-slot)(?:\s+|=)["']?([^\s"']+))"));
    QString name;
    QString slot;
    QString targetSlot;
    for (auto it = option.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        const QString key = m.captured(1);
        (key == QLatin1String("--slot")          ? slot
         : key == QLatin1String("--target-slot") ? targetSlot
                                                 : name) = m.captured(2);
    }
    if (name.isEmpty())
        return {};
    if (slot.isEmpty())
        return name;
    return QStringLiteral("%1 (%2 \u2192 %3)")
        .arg(name, slot, targetSlot.isEmpty() ? QStringLiteral("production") : targetSlot);
}

// `pgbackrest --stanza=billing --type=time restore`: the verb comes last and names nothing
// after it; an option naming what the command acts on does. The first of these options
// (in this order) found on the line, with a value that is not a variable.
QString namingOption(const QString &line)
{
    static const QStringList names = {
        QStringLiteral("stanza"),  QStringLiteral("name"),      QStringLiteral("app"),
        QStringLiteral("service"), QStringLiteral("cluster"),   QStringLiteral("instance"),
        QStringLiteral("dbname"),  QStringLiteral("database"),  QStringLiteral("db"),
        QStringLiteral("release"), QStringLiteral("deployment")};
    static const QRegularExpression option(
        QStringLiteral(R"((?:^|\s)--([a-z-]+)(?:=|\s+)["']?([^\s"'-][^\s"']*))"));
    QHash<QString, QString> found;
    for (auto it = option.globalMatch(line); it.hasNext();) {
        const auto m = it.next();
        if (!found.contains(m.captured(1)))
            found.insert(m.captured(1), m.captured(2));
    }
    for (const QString &name : names) {
        const QString value = found.value(name);
        if (!value.isEmpty() && !value.contains(QLatin1Char('$')))
            return value;
    }
    return {};
}

// The logical line holding line `index` of `code`, its continuations joined and their
// marks dropped: a command's options often go on the next lines, and what it acts on is
// named there ("az … restore \" then "--name shop-db-restored").
QString logicalLine(const QString &code, int index)
{
    static const QRegularExpression mark(QStringLiteral(R"((?:\\|\s`)\n\s*)"));
    for (const runbook::recognize::LogicalLine &l : runbook::recognize::logicalLines(code)) {
        if (index >= l.first && index <= l.last)
            return QString(l.text).replace(mark, QStringLiteral(" ")).trimmed();
    }
    return {};
}

QString targetOf(const runbook::Step &step, const QString &code, const runbook::recognize::Hit &hit,
                 const QHash<QString, QString> &variables)
{
    const QString line = withValues(logicalLine(code, hit.lineOffset), step, variables);
    const QString &command = hit.what; // "psql app <": the file read in is what is restored
    // An Azure CLI line names what it acts on with -n/--name, whatever its verb.
    QString target = command.startsWith(QLatin1String("az "), Qt::CaseInsensitive) ||
                             line.startsWith(QLatin1String("az "))
                         ? azureTarget(line)
                         : QString();
    if (target.isEmpty())
        target = operand(line, command);
    // "kubectl -n queue scale deploy/worker --replicas=0" is matched up to its option:
    // what it acts on is among the words after the program.
    if (target.isEmpty() && command.contains(QLatin1String(" --")))
        target = operand(line, command.section(QLatin1Char(' '), 0, 0));
    if (target.isEmpty())
        target = namingOption(line);
    if (target.contains(QLatin1Char('/'))) {
        while (target.endsWith(QLatin1Char('/')) && target.size() > 1)
            target.chop(1);
        const QString last = target.section(QLatin1Char('/'), -1);
        target = last.isEmpty() ? target : last;
    }
    // A value not given yet leaves a variable in it: the command is a safer word.
    if (!target.isEmpty() && !target.contains(QLatin1Char('$')) &&
        !target.contains(QLatin1Char('*')))
        return target;
    return command.endsWith(QLatin1Char('<')) ? command.chopped(1).trimmed() : command;
}

} // namespace

QString confirmationTarget(const runbook::Step &step, const QHash<QString, QString> &variables)
{
    if (!step.destructive)
        return {};
    const QString code = joinedCode(step);
    const runbook::recognize::Hit hit =
        code.isEmpty() ? runbook::recognize::Hit{} : runbook::recognize::destructiveCommand(code);
    // An author's confirm= or a step name is what they chose: keep it.
    if (!step.confirmTarget.isEmpty() && (!hit.found() || step.confirmTarget != hit.what))
        return step.confirmTarget;
    if (hit.found())
        return targetOf(step, code, hit, variables);
    return step.confirmTarget.isEmpty() ? step.title : step.confirmTarget;
}

QString namedTarget(const runbook::Step &step, const QHash<QString, QString> &variables)
{
    if (step.confirmation != runbook::Confirmation::NameTarget)
        return {};
    const QString code = joinedCode(step);
    const runbook::recognize::Hit hit =
        code.isEmpty() ? runbook::recognize::Hit{} : runbook::recognize::changingCommand(code);
    return hit.found() ? targetOf(step, code, hit, variables) : step.title;
}

QString namedTarget(const runbook::SessionLine &line)
{
    if (line.confirmation != runbook::Confirmation::NameTarget)
        return {};
    const runbook::recognize::Hit hit = runbook::recognize::changingCommand(line.command);
    return hit.found() ? targetOf({}, line.command, hit, {})
                       : line.command.section(QLatin1Char(' '), 0, 0);
}

} // namespace rollcage::execution
