#include "execution/ShellSession.h"

#include "execution/ShellDeclarations.h"

#include <QRegularExpression>
#include <QStringList>

namespace rollcage::execution {

QString scriptPrelude(bool errexit, int traceFd, int sessionFd)
{
    QString prelude;
    if (errexit)
        prelude += QStringLiteral("set -o errexit -o pipefail; ");
    // errtrace: the ERR trap also fires in functions and subshells, so the innermost
    // failing command is the one named. `local -` keeps the trap's `set +x` to itself;
    // BASH_LINENO[0] is the line the trap interrupted. A multi-line command is flattened:
    // the report is one line on the trace fd.
    prelude += QStringLiteral("set -o errtrace; __rc_err() { local __rc_s=$?; local -; set +x; "
                              "printf '\\036%s %s %s\\n' \"${BASH_LINENO[0]}\" \"$__rc_s\" "
                              "\"${BASH_COMMAND//$'\\n'/ }\" >&%1; return $__rc_s; }; "
                              "trap __rc_err ERR; ")
                   .arg(traceFd);
    if (sessionFd >= 0) {
        // The session is two `declare -p` dumps, one before the step's code and one from
        // the EXIT trap, each ended by a NUL (values never hold one): a builtin each, so
        // the step pays no fork for it. The first says what bash defined itself before
        // the step (SHELL, TERM or PATH when the environment lacked them: a CI runner, a
        // service unit); such a variable the step left alone is not the step's doing.
        // Tracing and errexit/nounset off inside the trap: the dump must neither show in
        // the executing-line display nor stop half-way.
        prelude += QStringLiteral("{ declare -p; printf '\\0'; } >&%1 2>/dev/null || :; "
                                  "__rc_session() { set +xeu; { printf '%s\\0' \"$PWD\"; "
                                  "declare -p; printf '\\0'; } >&%1 2>/dev/null; }; "
                                  "trap __rc_session EXIT; ")
                       .arg(sessionFd);
    }
    prelude += QStringLiteral("BASH_XTRACEFD=%1; PS4='+${LINENO}> '; set -x\n").arg(traceFd);
    return prelude;
}

FailureReport parseFailureReport(QByteArrayView text)
{
    FailureReport report;
    const QString line = QString::fromUtf8(text);
    const qsizetype first = line.indexOf(QLatin1Char(' '));
    const qsizetype second = first < 0 ? -1 : line.indexOf(QLatin1Char(' '), first + 1);
    if (second < 0)
        return report;
    bool lineOk = false;
    bool statusOk = false;
    report.line = line.left(first).toInt(&lineOk);
    report.status = line.mid(first + 1, second - first - 1).toInt(&statusOk);
    report.command = line.mid(second + 1).trimmed();
    if (!lineOk || !statusOk)
        return {};
    return report;
}

bool isBashVariable(const QString &name)
{
    static const QSet<QString> own = {
        QStringLiteral("BASHOPTS"),   QStringLiteral("BASHPID"),    QStringLiteral("COLUMNS"),
        QStringLiteral("DIRSTACK"),   QStringLiteral("EPOCHREALTIME"),
        QStringLiteral("EPOCHSECONDS"), QStringLiteral("EUID"),     QStringLiteral("FUNCNAME"),
        QStringLiteral("GROUPS"),     QStringLiteral("HISTCMD"),    QStringLiteral("HISTFILE"),
        QStringLiteral("HISTFILESIZE"), QStringLiteral("HISTSIZE"), QStringLiteral("HOSTNAME"),
        QStringLiteral("HOSTTYPE"),   QStringLiteral("IFS"),        QStringLiteral("LINENO"),
        QStringLiteral("LINES"),      QStringLiteral("MACHTYPE"),   QStringLiteral("MAILCHECK"),
        QStringLiteral("OLDPWD"),     QStringLiteral("OPTERR"),     QStringLiteral("OPTIND"),
        QStringLiteral("OPTARG"),     QStringLiteral("OSTYPE"),     QStringLiteral("PIPESTATUS"),
        QStringLiteral("PPID"),       QStringLiteral("PS1"),        QStringLiteral("PS2"),
        QStringLiteral("PS4"),        QStringLiteral("PWD"),        QStringLiteral("RANDOM"),
        QStringLiteral("SECONDS"),    QStringLiteral("SHELLOPTS"),  QStringLiteral("SHLVL"),
        QStringLiteral("SRANDOM"),    QStringLiteral("UID"),        QStringLiteral("_"),
    };
    return own.contains(name) || name.startsWith(QLatin1String("BASH")) ||
           name.startsWith(QLatin1String("COMP_"));
}

bool isShellOwnVariable(const QString &name)
{
    return isBashVariable(name) || name.startsWith(QLatin1String("RC_")) ||
           name.startsWith(QLatin1String("__rc_"));
}

std::optional<SessionState> parseSessionReport(const QByteArray &report,
                                               const QProcessEnvironment &base)
{
    // before \0 directory \0 after \0: a step killed before its EXIT trap finished
    // writing has no session to take (the last one stays, rather than half of this one).
    const qsizetype beforeEnd = report.indexOf('\0');
    const qsizetype directoryEnd = beforeEnd < 0 ? -1 : report.indexOf('\0', beforeEnd + 1);
    if (directoryEnd < 0 || !report.endsWith('\0') || report.size() - 1 <= directoryEnd)
        return std::nullopt;
    const QByteArrayView view(report);
    const auto before = parseDeclarations(view.first(beforeEnd));
    const auto after =
        parseDeclarations(view.sliced(directoryEnd + 1, report.size() - directoryEnd - 2));

    auto valueOf = [&after](const ShellDeclaration &d) {
        // A nameref stands for the variable it names, as ${!name} read it.
        if (!d.has('n'))
            return d.value;
        const auto target = after.constFind(d.value);
        return target == after.cend() || target->has('n') ? QString() : target->value;
    };
    SessionState state;
    state.directory = QString::fromUtf8(view.sliced(beforeEnd + 1, directoryEnd - beforeEnd - 1));
    for (auto it = after.constBegin(); it != after.constEnd(); ++it) {
        const QString &name = it.key();
        const ShellDeclaration &d = it.value();
        if (!d.hasValue || d.has('A') || isShellOwnVariable(name))
            continue;
        const QString value = valueOf(d);
        if (!d.has('x')) {
            const auto was = before.constFind(name);
            if (was != before.cend() && !was->has('x') && was->value == value)
                continue;
        }
        if (base.contains(name) && base.value(name) == value)
            continue;
        state.variables.insert(name, value);
    }
    return state;
}

QSet<QString> assignedShellNames(const QString &code)
{
    static const QRegularExpression assignment(
        QStringLiteral(R"((?:^|[;&|({`]|\$\(|\bthen|\bdo|\belse)\s*([A-Za-z_][A-Za-z0-9_]*)(?:\[[^\]]*\])?\+?=)"),
        QRegularExpression::MultilineOption);
    static const QRegularExpression declaration(
        QStringLiteral(R"(\b(?:export|local|declare|typeset|readonly)((?:\s+-[A-Za-z]+)*)((?:\s+[A-Za-z_][A-Za-z0-9_]*(?:=[^\s;&|)]*)?)+))"));
    static const QRegularExpression reading(
        QStringLiteral(R"(\bread((?:\s+-[A-Za-z]*[adinNptu]\s+(?:"[^"]*"|'[^']*'|\S+)|\s+-[A-Za-z]+)*)((?:\s+[A-Za-z_][A-Za-z0-9_]*)+))"));
    static const QRegularExpression loop(
        QStringLiteral(R"(\b(?:for|select)\s+([A-Za-z_][A-Za-z0-9_]*)\s+in\b)"));
    static const QRegularExpression arrays(
        QStringLiteral(R"(\b(?:mapfile|readarray)(?:\s+-[A-Za-z]+(?:\s+\S+)?)*\s+([A-Za-z_][A-Za-z0-9_]*))"));
    static const QRegularExpression name(QStringLiteral(R"([A-Za-z_][A-Za-z0-9_]*)"));

    QSet<QString> names;
    for (auto it = assignment.globalMatch(code); it.hasNext();)
        names.insert(it.next().captured(1));
    for (auto it = loop.globalMatch(code); it.hasNext();)
        names.insert(it.next().captured(1));
    for (auto it = arrays.globalMatch(code); it.hasNext();)
        names.insert(it.next().captured(1));
    for (const QRegularExpression *list : {&declaration, &reading}) {
        for (auto it = list->globalMatch(code); it.hasNext();) {
            const QString words = it.next().captured(2);
            for (const QString &word : words.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const QString trimmed = word.trimmed();
                const auto m = name.match(trimmed);
                if (m.hasMatch() && m.capturedStart() == 0)
                    names.insert(m.captured(0));
            }
        }
    }
    return names;
}

} // namespace rollcage::execution
