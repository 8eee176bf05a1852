#pragma once

#include "core/Result.h"
#include "runbook/Runbook.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace rollcage::execution {

// A step's code made ready to run. Values never become code: each one is exported as
// an environment variable and every placeholder is rewritten into a quoted reference to
// that variable, so bash expands it as text, whatever it contains.
struct StepScript
{
    QString code;                // the step's commands with placeholders rewritten
    QHash<QString, QString> env; // variable name -> value (secrets included)
    QStringList secretValues;    // for the masker
    bool errexit = true;
    int firstCodeLine = 0; // the runbook line of the block's first line
    // The incident's shell session: variables earlier steps left (set in the step's
    // environment before it starts) and whether the step reports its own back.
    QHash<QString, QString> session;
    bool reportSession = false;
};

// Whether the placeholder is written as a shell variable (${NAME} or $NAME), so bash
// expands it from the environment: the kind a script may set itself.
bool isShellReference(const runbook::Placeholder &p);

// The environment variable that carries a placeholder's value: "RC_" plus the name in
// upper case with anything not [A-Z0-9_] turned into '_'.
QString placeholderVariable(const QString &name);

// The names among `step`'s placeholders that are secret, and those that are not.
QStringList secretNames(const runbook::Step &step);
// The non-secret placeholders without a value. A name the step's own code assigns, or
// one in `shellNames` (what the session or an earlier step sets), is the script's
// variable, not a value to ask for.
QStringList missingValues(const runbook::Step &step, const QHash<QString, QString> &variables,
                          const QSet<QString> &shellNames = {});

// Builds the script for `step`. Fails, listing every missing value, when a non-secret
// placeholder has no value in `variables` or a secret one none in `secrets`.
Result<StepScript> buildStepScript(const runbook::Step &step,
                                   const QHash<QString, QString> &variables,
                                   const QHash<QString, QString> &secrets,
                                   const QSet<QString> &shellNames = {});

// Whether bash runs the block: no language, bash/sh/shell/zsh, or a console transcript
// (whose prompt lines the importer made the code). A ```sql, ```yaml or ```promql block
// is for the operator to run where it belongs; Rollcage shows it and never runs it.
bool isShellBlock(const runbook::CodeBlock &block);
// The step's shell blocks as one script (joined by newlines); the other blocks are not in it.
QString joinedCode(const runbook::Step &step);
// Whether the step has anything for bash to run (else the operator does it: manual).
bool hasShellCode(const runbook::Step &step);

// What a dry run prints: the commands with each value inlined, quoted for where it sits,
// so a copied line does what the run would do; each secret as "••••".
QString renderForDisplay(const runbook::Step &step, const QHash<QString, QString> &variables,
                         const QSet<QString> &shellNames = {});

// `value` as one single-quoted shell word.
QString shellQuote(const QString &value);

// Where in a line of shell a piece of text sits.
enum class QuoteContext { None, Single, Double };

// Replaces every occurrence of `raw` in `code` with what `replacement` returns for the
// quoting context it sits in (a tiny shell lexer: quotes and backslashes).
QString replaceInContext(const QString &code, const QString &raw,
                         const std::function<QString(QuoteContext)> &replacement);

// Rewrites every occurrence of `raw` into a reference to `variable` quoted to suit the
// place it appears: "${VAR}" outside quotes, ${VAR} inside double quotes, and
// '"${VAR}"' (closing and reopening) inside single quotes.
QString rewritePlaceholder(const QString &code, const QString &raw, const QString &variable);

// `value` as literal text for the given context: a single-quoted word outside quotes,
// backslash-escaped inside double quotes, closed-quoted-reopened inside single quotes.
QString quoteForContext(const QString &value, QuoteContext context);

} // namespace rollcage::execution
