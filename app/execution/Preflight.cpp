#include "execution/Preflight.h"

#include "core/Tr.h"
#include "execution/DeclarationValues.h"
#include "execution/ShellSession.h"
#include "execution/StepScript.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace rollcage::execution {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::execution")

bool isShellWord(const QString &word)
{
    // Keywords and builtins: bash has them whatever PATH holds.
    static const QSet<QString> words = {
        QStringLiteral("if"),      QStringLiteral("then"),    QStringLiteral("else"),
        QStringLiteral("elif"),    QStringLiteral("fi"),      QStringLiteral("for"),
        QStringLiteral("while"),   QStringLiteral("until"),   QStringLiteral("do"),
        QStringLiteral("done"),    QStringLiteral("case"),    QStringLiteral("esac"),
        QStringLiteral("in"),      QStringLiteral("function"), QStringLiteral("select"),
        QStringLiteral("time"),    QStringLiteral("{"),       QStringLiteral("}"),
        QStringLiteral("!"),       QStringLiteral("[["),      QStringLiteral("]]"),
        QStringLiteral("["),       QStringLiteral("cd"),      QStringLiteral("echo"),
        QStringLiteral("export"),  QStringLiteral("read"),    QStringLiteral("set"),
        QStringLiteral("unset"),   QStringLiteral("local"),   QStringLiteral("declare"),
        QStringLiteral("typeset"), QStringLiteral("readonly"), QStringLiteral("printf"),
        QStringLiteral("test"),    QStringLiteral("true"),    QStringLiteral("false"),
        QStringLiteral("exit"),    QStringLiteral("return"),  QStringLiteral("source"),
        QStringLiteral("."),       QStringLiteral("eval"),    QStringLiteral("exec"),
        QStringLiteral("shift"),   QStringLiteral("trap"),    QStringLiteral("wait"),
        QStringLiteral("pwd"),     QStringLiteral("type"),    QStringLiteral("command"),
        QStringLiteral("builtin"), QStringLiteral("let"),     QStringLiteral("alias"),
        QStringLiteral("kill"),    QStringLiteral("mapfile"), QStringLiteral("readarray"),
        QStringLiteral("break"),   QStringLiteral("continue"), QStringLiteral("getopts"),
        QStringLiteral("hash"),    QStringLiteral("pushd"),   QStringLiteral("popd"),
        QStringLiteral("ulimit"),  QStringLiteral("umask"),   QStringLiteral("shopt"),
        QStringLiteral(":"),       QStringLiteral("bg"),      QStringLiteral("fg"),
        QStringLiteral("jobs"),    QStringLiteral("disown"),
    };
    return words.contains(word);
}

// Splits a line into simple commands at ; & | && || ( ) and $( — outside quotes.
QStringList simpleCommands(const QString &line)
{
    QStringList out;
    QString current;
    QChar quote;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            current += c;
            if (c == quote)
                quote = QChar();
            else if (c == QLatin1Char('\\') && quote == QLatin1Char('"') && i + 1 < line.size())
                current += line.at(++i);
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            quote = c == QLatin1Char('`') ? QChar() : c;
            if (c == QLatin1Char('`')) {
                out << current;
                current.clear();
                continue;
            }
            current += c;
            continue;
        }
        if (c == QLatin1Char('#') && (current.isEmpty() || current.back().isSpace()))
            break; // a comment to the end of the line
        if (c == QLatin1Char(';') || c == QLatin1Char('&') || c == QLatin1Char('|') ||
            c == QLatin1Char('(') || c == QLatin1Char(')')) {
            if (c == QLatin1Char('(') && current.endsWith(QLatin1Char('$')))
                current.chop(1);
            out << current;
            current.clear();
            continue;
        }
        current += c;
    }
    out << current;
    return out;
}

} // namespace

QStringList calledPrograms(const QString &code)
{
    static const QRegularExpression functionDef(
        QStringLiteral(R"((?:^|\s)(?:function\s+)?([A-Za-z_][A-Za-z0-9_:-]*)\s*\(\s*\)\s*\{?)"),
        QRegularExpression::MultilineOption);
    QSet<QString> functions;
    for (auto it = functionDef.globalMatch(code); it.hasNext();)
        functions.insert(it.next().captured(1));
    // Continuation lines belong to the line before; a heredoc's body is not commands.
    QString joined = code;
    joined.replace(QStringLiteral("\\\n"), QStringLiteral(" "));
    QStringList programs;
    QString heredocEnd;
    static const QRegularExpression heredoc(QStringLiteral(R"(<<-?\s*['"]?([A-Za-z_][A-Za-z0-9_]*)['"]?)"));
    for (const QString &line : joined.split(QLatin1Char('\n'))) {
        if (!heredocEnd.isEmpty()) {
            if (line.trimmed() == heredocEnd)
                heredocEnd.clear();
            continue;
        }
        if (const auto m = heredoc.match(line); m.hasMatch())
            heredocEnd = m.captured(1);
        for (const QString &command : simpleCommands(line)) {
            static const QRegularExpression space(QStringLiteral("\\s+"));
            const QStringList words = command.split(space, Qt::SkipEmptyParts);
            for (const QString &word : words) {
                // Assignments before the command (`FOO=1 cmd`) and redirections are not it.
                if (word.contains(QLatin1Char('=')) && !word.startsWith(QLatin1Char('=')) &&
                    !word.startsWith(QLatin1Char('-')))
                    continue;
                if (word.startsWith(QLatin1Char('<')) || word.startsWith(QLatin1Char('>')) ||
                    word.front().isDigit())
                    break;
                // Words after which the program comes (`sudo kubectl`, `if grep …`).
                static const QSet<QString> prefixes = {
                    QStringLiteral("sudo"), QStringLiteral("env"),   QStringLiteral("nohup"),
                    QStringLiteral("xargs"), QStringLiteral("time"), QStringLiteral("!"),
                    QStringLiteral("command"), QStringLiteral("exec"), QStringLiteral("then"),
                    QStringLiteral("do"),   QStringLiteral("else"),  QStringLiteral("{"),
                    QStringLiteral("if"),   QStringLiteral("elif"),  QStringLiteral("while"),
                    QStringLiteral("until")};
                if (prefixes.contains(word))
                    continue;
                if (isShellWord(word))
                    break; // a builtin or a keyword: bash has it
                if (word.contains(QLatin1Char('$')) || word.contains(QLatin1Char('"')) ||
                    word.contains(QLatin1Char('\'')) || word.contains(QLatin1Char('*')) ||
                    word.startsWith(QLatin1Char('-')) || functions.contains(word) ||
                    word.contains(QLatin1Char('<')) || word.contains(QLatin1Char('{')))
                    break;
                if (!programs.contains(word))
                    programs.append(word);
                break;
            }
        }
    }
    return programs;
}

QList<PreflightProblem> preflight(const PreflightInput &input)
{
    QList<PreflightProblem> problems;
    const auto note = [&problems](PreflightProblem::Kind kind, const QString &name,
                                  const QString &procedure, int step, const QString &advice) {
        for (PreflightProblem &p : problems) {
            if (p.kind == kind && p.name == name && p.procedure == procedure) {
                if (!p.steps.contains(step))
                    p.steps.append(step);
                return;
            }
        }
        problems.append({kind, name, procedure, {step}, advice});
    };
    const QFileInfo directory(input.workingDirectory);
    if (!input.workingDirectory.isEmpty() && !directory.isDir())
        problems.append({PreflightProblem::Kind::MissingDirectory, input.workingDirectory, {}, {},
                         tr("Create it, or choose another working directory (--directory, or "
                            "in the New incident dialog).")});
    const QStringList path = (input.path.isEmpty() ? qEnvironmentVariable("PATH") : input.path)
                                 .split(QLatin1Char(':'), Qt::SkipEmptyParts);
    QSet<QString> assigned = input.shellNames;
    for (const runbook::Procedure &procedure : input.procedures) {
        for (int i = 0; i < procedure.steps.size(); ++i) {
            const runbook::Step &step = procedure.steps.at(i);
            if (step.kind == runbook::StepKind::Manual || !hasShellCode(step))
                continue;
            const QString code = joinedCode(step);
            // What earlier steps assign is the session's by the time this one runs.
            for (const QString &name : missingValues(step, input.values, assigned))
                note(PreflightProblem::Kind::MissingValue, name, procedure.title, i,
                     tr("Give it a value (--var %1=…, or in the New incident dialog).").arg(name));
            assigned.unite(assignedShellNames(code));
            if (step.commands.constFirst().language == QLatin1String("health"))
                continue;
            for (const QString &program : calledPrograms(code)) {
                if (program.contains(QLatin1Char('/'))) {
                    const QString where = QDir(input.workingDirectory).filePath(program);
                    if (!QFileInfo::exists(program.startsWith(QLatin1Char('/')) ? program : where))
                        note(PreflightProblem::Kind::MissingScript, program, procedure.title, i,
                             tr("It is not in %1: check the working directory, or that the "
                                "script is checked out.")
                                 .arg(input.workingDirectory));
                    continue;
                }
                if (QStandardPaths::findExecutable(program, path).isEmpty())
                    note(PreflightProblem::Kind::MissingProgram, program, procedure.title, i,
                         tr("Install it or put it on PATH, or run the incident where it is "
                            "installed."));
            }
        }
    }
    return problems;
}

QString describePreflight(const QList<PreflightProblem> &problems)
{
    QStringList lines;
    for (const PreflightProblem &p : problems) {
        const QString steps = p.steps.size() == 1 ? tr("step %1").arg(stepNumbers(p.steps))
                                                  : tr("steps %1").arg(stepNumbers(p.steps));
        QString what;
        switch (p.kind) {
        case PreflightProblem::Kind::MissingDirectory:
            what = tr("The working directory %1 does not exist.").arg(p.name);
            break;
        case PreflightProblem::Kind::MissingValue:
            what = tr("No value for %1, needed by %2 of \u201c%3\u201d.").arg(p.name, steps, p.procedure);
            break;
        case PreflightProblem::Kind::MissingProgram:
            what = tr("`%1` is not installed, needed by %2 of \u201c%3\u201d.").arg(p.name, steps, p.procedure);
            break;
        case PreflightProblem::Kind::MissingScript:
            what = tr("`%1` does not exist, run by %2 of \u201c%3\u201d.").arg(p.name, steps, p.procedure);
            break;
        }
        lines.append(what + QLatin1Char(' ') + p.advice);
    }
    return lines.join(QLatin1Char('\n'));
}

QString summarizePreflight(const QList<PreflightProblem> &problems)
{
    QStringList programs;
    QStringList values;
    QStringList other;
    for (const PreflightProblem &p : problems) {
        switch (p.kind) {
        case PreflightProblem::Kind::MissingProgram:
        case PreflightProblem::Kind::MissingScript:
            programs.append(QLatin1Char('`') + p.name + QLatin1Char('`'));
            break;
        case PreflightProblem::Kind::MissingValue:
            values.append(p.name);
            break;
        case PreflightProblem::Kind::MissingDirectory:
            other.append(tr("the working directory %1 does not exist").arg(p.name));
            break;
        }
    }
    QStringList parts;
    if (!programs.isEmpty())
        parts.append(tr("not on this machine: %1").arg(programs.join(QStringLiteral(", "))));
    if (!values.isEmpty())
        parts.append(tr("no value: %1").arg(values.join(QStringLiteral(", "))));
    parts += other;
    return tr("Pre-flight: %1 (hover for what to do).").arg(parts.join(QStringLiteral("; ")));
}

} // namespace rollcage::execution
