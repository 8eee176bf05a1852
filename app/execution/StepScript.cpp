#include "execution/StepScript.h"

#include "core/SecretMasker.h"
#include "execution/ShellSession.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace rollcage::execution {

using runbook::Placeholder;

namespace {

bool substitutedInPlace(const Placeholder &p)
{
    // ${NAME} and $NAME are already shell parameter expansions: exporting NAME is
    // enough, and bash never executes what an expansion yields.
    return p.style == Placeholder::Style::Brace || p.style == Placeholder::Style::Dollar;
}

bool isShellName(const QString &name)
{
    if (name.isEmpty() || name.at(0).isDigit())
        return false;
    for (const QChar c : name) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// Every way `code` refers to shell variable `p` — ${NAME}, ${NAME:?}, ${NAME:-x}, $NAME —
// not only the one the importer happened to see first: at run time bash expands them
// all from the exported variable, so a preview must show the value in each.
QStringList shellForms(const QString &code, const Placeholder &p)
{
    QStringList forms{p.raw};
    if (!substitutedInPlace(p) || !isShellName(p.name))
        return forms;
    const QRegularExpression any(QStringLiteral(R"(\$\{%1(?:[^A-Za-z0-9_}\n][^}\n]*)?\}|\$%1(?![A-Za-z0-9_]))")
                                     .arg(p.name));
    for (auto it = any.globalMatch(code); it.hasNext();) {
        const QString form = it.next().captured(0);
        if (!forms.contains(form))
            forms.append(form);
    }
    return forms;
}

QString valueOf(const Placeholder &p, const QHash<QString, QString> &values, bool *found)
{
    const auto it = values.constFind(p.name);
    *found = it != values.constEnd();
    return *found ? *it : QString();
}

} // namespace

bool isShellReference(const Placeholder &p)
{
    return substitutedInPlace(p) && isShellName(p.name);
}

QString placeholderVariable(const QString &name)
{
    QString out = QStringLiteral("RC_");
    for (const QChar c : name.toUpper()) {
        const bool ok = (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                        (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_');
        out += ok ? c : QLatin1Char('_');
    }
    return out;
}

QString shellQuote(const QString &value)
{
    QString out = QStringLiteral("'");
    for (const QChar c : value) {
        if (c == QLatin1Char('\''))
            out += QStringLiteral("'\\''");
        else
            out += c;
    }
    return out + QLatin1Char('\'');
}

QString replaceInContext(const QString &code, const QString &raw,
                         const std::function<QString(QuoteContext)> &replacement)
{
    if (raw.isEmpty())
        return code;
    QString out;
    out.reserve(code.size());
    QuoteContext quote = QuoteContext::None;
    // "$(" opens a fresh quoting context, even inside double quotes; ")" closes it.
    QList<QuoteContext> outer;
    // "$NAME" must not match the start of "$NAME_OLD": a bare name ends at a non-word
    // character.
    const bool bareName = raw.startsWith(QLatin1Char('$')) && !raw.contains(QLatin1Char('{'));
    const auto endsHere = [&](qsizetype end) {
        if (!bareName || end >= code.size())
            return true;
        const QChar next = code.at(end);
        return !(next.isLetterOrNumber() || next == QLatin1Char('_'));
    };
    for (qsizetype i = 0; i < code.size();) {
        if (QStringView(code).mid(i).startsWith(raw) && endsHere(i + raw.size())) {
            out += replacement(quote);
            i += raw.size();
            continue;
        }
        const QChar c = code.at(i);
        if (c == QLatin1Char('\\') && quote != QuoteContext::Single && i + 1 < code.size()) {
            out += c;
            out += code.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('$') && quote != QuoteContext::Single && i + 1 < code.size() &&
            code.at(i + 1) == QLatin1Char('(')) {
            outer.append(quote);
            quote = QuoteContext::None;
            out += QStringLiteral("$(");
            i += 2;
            continue;
        }
        if (c == QLatin1Char(')') && quote == QuoteContext::None && !outer.isEmpty())
            quote = outer.takeLast();
        else if (c == QLatin1Char('\'') && quote != QuoteContext::Double)
            quote = quote == QuoteContext::Single ? QuoteContext::None : QuoteContext::Single;
        else if (c == QLatin1Char('"') && quote != QuoteContext::Single)
            quote = quote == QuoteContext::Double ? QuoteContext::None : QuoteContext::Double;
        out += c;
        ++i;
    }
    return out;
}

QString rewritePlaceholder(const QString &code, const QString &raw, const QString &variable)
{
    const QString ref = QStringLiteral("${") + variable + QLatin1Char('}');
    return replaceInContext(code, raw, [&ref](QuoteContext quote) -> QString {
        switch (quote) {
        case QuoteContext::None:
            return QLatin1Char('"') + ref + QLatin1Char('"');
        case QuoteContext::Double:
            return ref;
        case QuoteContext::Single:
            return QStringLiteral("'\"") + ref + QStringLiteral("\"'");
        }
        return ref;
    });
}

QString quoteForContext(const QString &value, QuoteContext context)
{
    switch (context) {
    case QuoteContext::None:
        return shellQuote(value);
    case QuoteContext::Single:
        return QLatin1Char('\'') + shellQuote(value) + QLatin1Char('\'');
    case QuoteContext::Double: {
        QString out;
        for (const QChar c : value) {
            if (c == QLatin1Char('"') || c == QLatin1Char('\\') || c == QLatin1Char('$') ||
                c == QLatin1Char('`'))
                out += QLatin1Char('\\');
            out += c;
        }
        return out;
    }
    }
    return shellQuote(value);
}

QStringList secretNames(const runbook::Step &step)
{
    QStringList names;
    for (const Placeholder &p : step.placeholders) {
        if (p.secret && !names.contains(p.name))
            names.append(p.name);
    }
    return names;
}

// A ${NAME} or $NAME the script itself, the session or bash ($EPOCHREALTIME, $RANDOM)
// gives a value: bash expands it from there, as it did in the author's terminal.
static bool ownedByShell(const Placeholder &p, const QSet<QString> &shellNames,
                         const QSet<QString> &assigned)
{
    return isShellReference(p) && (shellNames.contains(p.name) || assigned.contains(p.name) ||
                                   isBashVariable(p.name));
}

QStringList missingValues(const runbook::Step &step, const QHash<QString, QString> &variables,
                          const QSet<QString> &shellNames)
{
    QStringList missing;
    const QSet<QString> assigned = assignedShellNames(joinedCode(step));
    for (const Placeholder &p : step.placeholders) {
        if (!p.secret && !variables.contains(p.name) && !missing.contains(p.name) &&
            !ownedByShell(p, shellNames, assigned))
            missing.append(p.name);
    }
    return missing;
}

bool isShellBlock(const runbook::CodeBlock &block)
{
    static const QSet<QString> shells = {
        QString(),           QStringLiteral("bash"),    QStringLiteral("sh"),
        QStringLiteral("shell"), QStringLiteral("zsh"), QStringLiteral("console"),
        QStringLiteral("shell-session"), QStringLiteral("terminal"), QStringLiteral("shellsession")};
    return shells.contains(block.language);
}

QString joinedCode(const runbook::Step &step)
{
    QStringList blocks;
    for (const runbook::CodeBlock &block : step.commands) {
        if (isShellBlock(block))
            blocks.append(block.code.endsWith(QLatin1Char('\n')) ? block.code.chopped(1) : block.code);
    }
    return blocks.join(QLatin1Char('\n'));
}

bool hasShellCode(const runbook::Step &step)
{
    return std::any_of(step.commands.cbegin(), step.commands.cend(), isShellBlock);
}

Result<StepScript> buildStepScript(const runbook::Step &step,
                                   const QHash<QString, QString> &variables,
                                   const QHash<QString, QString> &secrets,
                                   const QSet<QString> &shellNames)
{
    StepScript script;
    const QSet<QString> assigned = assignedShellNames(joinedCode(step));
    script.errexit = step.errexit;
    script.firstCodeLine = step.commands.isEmpty() ? step.line : step.commands.first().line;
    script.code = joinedCode(step);
    QStringList missing;
    for (const Placeholder &p : step.placeholders) {
        bool found = false;
        const QString value = valueOf(p, p.secret ? secrets : variables, &found);
        if (!found && !p.secret && ownedByShell(p, shellNames, assigned))
            continue;
        if (!found) {
            if (!missing.contains(p.name))
                missing.append(p.name);
            continue;
        }
        if (p.secret)
            script.secretValues.append(value);
        if (substitutedInPlace(p) && isShellName(p.name)) {
            script.env.insert(p.name, value);
        } else {
            const QString var = placeholderVariable(p.name);
            script.env.insert(var, value);
            script.code = rewritePlaceholder(script.code, p.raw, var);
        }
    }
    if (!missing.isEmpty()) {
        return Result<StepScript>::failure(
            QCoreApplication::translate("execution",
                                        "Step \"%1\" (line %2) cannot run: no value for %3. Give "
                                        "each one (e.g. --var NAME=VALUE) and run it again.")
                .arg(step.title)
                .arg(step.line)
                .arg(missing.join(QStringLiteral(", "))));
    }
    return Result<StepScript>::success(script);
}

QString renderForDisplay(const runbook::Step &step, const QHash<QString, QString> &variables,
                         const QSet<QString> &shellNames)
{
    QString code = joinedCode(step);
    const QSet<QString> assigned = assignedShellNames(code);
    for (const Placeholder &p : step.placeholders) {
        // The script's own variable (or the session's): shown as written, bash fills it.
        if (!p.secret && !variables.contains(p.name) && ownedByShell(p, shellNames, assigned))
            continue;
        const QString masked = QString::fromUtf8(SecretMasker::replacement());
        const QString missing = QStringLiteral("<missing: %1>").arg(p.name);
        const bool known = variables.contains(p.name);
        const QString value = variables.value(p.name);
        // Longest first: "${X:?}" before "$X" would match inside it.
        QStringList forms = shellForms(code, p);
        std::sort(forms.begin(), forms.end(),
                  [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &form : std::as_const(forms)) {
            code = replaceInContext(code, form, [&](QuoteContext context) {
                if (p.secret)
                    return masked;
                return known ? quoteForContext(value, context) : missing;
            });
        }
    }
    return code;
}

} // namespace rollcage::execution
