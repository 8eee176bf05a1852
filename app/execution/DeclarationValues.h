#pragma once

#include "runbook/Runbook.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rollcage::execution {

// A value an incident on a procedure asks for when it is declared (and that can be
// changed later): a placeholder of its steps, or a variable its message templates use.
struct NeededValue
{
    QString name;
    QStringList choices; // "[Backend/Frontend]" offers these
    QList<int> steps;    // 0-based steps that use it; empty when only the messages do
    // A step cannot run without it; a message can be sent with its placeholder left.
    bool required() const { return !steps.isEmpty(); }
};

// The non-secret values for `procedure` of `runbook`: those its steps use, in order of
// first use, then those only the runbook's message templates use. Secrets are never
// asked here: the keychain provides them.
QList<NeededValue> neededValues(const runbook::Runbook &runbook, const runbook::Procedure &procedure);

// The secrets the procedure's steps use, each once, in order of first use.
QStringList neededSecrets(const runbook::Procedure &procedure);

// The required values with no (or only a blank) value in `values`: what declaring, or
// running the steps, refuses.
QList<NeededValue> missingValues(const QList<NeededValue> &needed,
                                 const QHash<QString, QString> &values);

// "1", "1–3", "1, 3–4": 0-based step indexes as people count them.
QString stepNumbers(const QList<int> &steps);

// "RELEASES_DIR (steps 1–3), PREVIOUS_VERSION (step 2)": what is missing, for a sentence.
QString describeMissing(const QList<NeededValue> &missing);

} // namespace rollcage::execution
