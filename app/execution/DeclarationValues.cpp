#include "execution/DeclarationValues.h"

#include "execution/ShellSession.h"
#include "execution/StepScript.h"

#include "messaging/TemplateFiller.h"

#include <QCoreApplication>

namespace rollcage::execution {

QString stepNumbers(const QList<int> &steps)
{
    QStringList parts;
    for (int i = 0; i < steps.size();) {
        int j = i;
        while (j + 1 < steps.size() && steps.at(j + 1) == steps.at(j) + 1)
            ++j;
        parts << (j == i ? QString::number(steps.at(i) + 1)
                         : QStringLiteral("%1–%2").arg(steps.at(i) + 1).arg(steps.at(j) + 1));
        i = j + 1;
    }
    return parts.join(QStringLiteral(", "));
}

QList<NeededValue> neededValues(const runbook::Runbook &runbook, const runbook::Procedure &procedure)
{
    QList<NeededValue> needed;
    const auto find = [&needed](const QString &name) -> NeededValue * {
        for (NeededValue &v : needed) {
            if (v.name == name)
                return &v;
        }
        return nullptr;
    };
    // What a step of the procedure assigns itself (`LATEST=$(ls -t …)`, `read -r word`)
    // comes from the run, through the incident's shell session, and what bash sets
    // ($EPOCHREALTIME, $BASH_VERSION) from bash: neither from the operator.
    QSet<QString> assigned;
    for (const runbook::Step &step : procedure.steps)
        assigned.unite(assignedShellNames(joinedCode(step)));
    for (int i = 0; i < procedure.steps.size(); ++i) {
        for (const runbook::Placeholder &p : procedure.steps.at(i).placeholders) {
            if (p.secret || (isShellReference(p) && (assigned.contains(p.name) || isBashVariable(p.name))))
                continue;
            NeededValue *v = find(p.name);
            if (!v) {
                needed.append({p.name, p.choices, {}});
                v = &needed.last();
            }
            if (!v->steps.contains(i))
                v->steps.append(i);
        }
    }
    QStringList bodies;
    for (const runbook::MessageTemplate &t : runbook.templates)
        bodies << t.body;
    for (const QString &name : messaging::operatorVariables(bodies)) {
        if (!find(name))
            needed.append({name, {}, {}});
    }
    return needed;
}

QStringList neededSecrets(const runbook::Procedure &procedure)
{
    QStringList names;
    for (const runbook::Step &step : procedure.steps) {
        for (const runbook::Placeholder &p : step.placeholders) {
            if (p.secret && !names.contains(p.name))
                names << p.name;
        }
    }
    return names;
}

QList<NeededValue> missingValues(const QList<NeededValue> &needed,
                                 const QHash<QString, QString> &values)
{
    QList<NeededValue> missing;
    for (const NeededValue &v : needed) {
        if (v.required() && values.value(v.name).trimmed().isEmpty())
            missing.append(v);
    }
    return missing;
}

QString describeMissing(const QList<NeededValue> &missing)
{
    QStringList parts;
    for (const NeededValue &v : missing)
        parts << (v.steps.size() == 1
                      ? QCoreApplication::translate("rollcage::execution", "%1 (step %2)")
                      : QCoreApplication::translate("rollcage::execution", "%1 (steps %2)"))
                     .arg(v.name, stepNumbers(v.steps));
    return parts.join(QStringLiteral(", "));
}

} // namespace rollcage::execution
