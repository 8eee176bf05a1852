#include "execution/StepScript.h"

#include "execution/SecretMasker.h"

#include <QCoreApplication>

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

QString valueOf(const Placeholder &p, const QHash<QString, QString> &values, bool *found)
{
    const auto it = values.constFind(p.name);
    *found = it != values.constEnd();
    return *found ? *it : QString();
}

// Quoting context at each position, enough for the placeholder rewrite.
enum class Quote { None, Single, Double };

} // namespace

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

QString rewritePlaceholder(const QString &code, const QString &raw, const QString &variable)
{
    if (raw.isEmpty())
        return code;
    const QString ref = QStringLiteral("${") + variable + QLatin1Char('}');
    QString out;
    out.reserve(code.size());
    Quote quote = Quote::None;
    for (qsizetype i = 0; i < code.size();) {
        if (QStringView(code).mid(i).startsWith(raw)) {
            switch (quote) {
            case Quote::None:
                out += QLatin1Char('"') + ref + QLatin1Char('"');
                break;
            case Quote::Double:
                out += ref;
                break;
            case Quote::Single:
                out += QStringLiteral("'\"") + ref + QStringLiteral("\"'");
                break;
            }
            i += raw.size();
            continue;
        }
        const QChar c = code.at(i);
        if (c == QLatin1Char('\\') && quote != Quote::Single && i + 1 < code.size()) {
            out += c;
            out += code.at(i + 1);
            i += 2;
            continue;
        }
        if (c == QLatin1Char('\'') && quote != Quote::Double)
            quote = quote == Quote::Single ? Quote::None : Quote::Single;
        else if (c == QLatin1Char('"') && quote != Quote::Single)
            quote = quote == Quote::Double ? Quote::None : Quote::Double;
        out += c;
        ++i;
    }
    return out;
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

QStringList missingValues(const runbook::Step &step, const QHash<QString, QString> &variables)
{
    QStringList missing;
    for (const Placeholder &p : step.placeholders) {
        if (!p.secret && !variables.contains(p.name) && !missing.contains(p.name))
            missing.append(p.name);
    }
    return missing;
}

static QString joinedCode(const runbook::Step &step)
{
    QStringList blocks;
    for (const runbook::CodeBlock &block : step.commands)
        blocks.append(block.code.endsWith(QLatin1Char('\n')) ? block.code.chopped(1) : block.code);
    return blocks.join(QLatin1Char('\n'));
}

Result<StepScript> buildStepScript(const runbook::Step &step,
                                   const QHash<QString, QString> &variables,
                                   const QHash<QString, QString> &secrets)
{
    StepScript script;
    script.errexit = step.errexit;
    script.firstCodeLine = step.commands.isEmpty() ? step.line : step.commands.first().line;
    script.code = joinedCode(step);
    QStringList missing;
    for (const Placeholder &p : step.placeholders) {
        bool found = false;
        const QString value = valueOf(p, p.secret ? secrets : variables, &found);
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

QString renderForDisplay(const runbook::Step &step, const QHash<QString, QString> &variables)
{
    QString code = joinedCode(step);
    for (const Placeholder &p : step.placeholders) {
        QString shown;
        if (p.secret)
            shown = QString::fromUtf8(SecretMasker::replacement());
        else if (variables.contains(p.name))
            shown = shellQuote(variables.value(p.name));
        else
            shown = QStringLiteral("<missing: %1>").arg(p.name);
        code.replace(p.raw, shown);
    }
    return code;
}

} // namespace rollcage::execution
