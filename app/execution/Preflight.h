#pragma once

#include "runbook/Runbook.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace rollcage::execution {

// What is checked before step 1, so that an incident does not stop at step 4 after
// step 3 has changed production: every value the procedures need, every program their
// steps call, every script they run by path, and the working directory. Secrets are
// fetched (or asked for) up front by the engine (Engine::prefetchSecrets).
struct PreflightProblem
{
    enum class Kind { MissingValue, MissingProgram, MissingScript, MissingDirectory };
    Kind kind = Kind::MissingValue;
    QString name;     // the value, the program, the script path or the directory
    QString procedure;
    QList<int> steps; // 0-based steps of `procedure` that need it
    QString advice;   // what to do about it, for a person
};

struct PreflightInput
{
    QList<runbook::Procedure> procedures;
    QHash<QString, QString> values;  // the incident's (or the command line's) values
    QSet<QString> shellNames;        // what the session already holds
    QString workingDirectory;
    QString path;                    // the PATH the steps will get; empty: Rollcage's own
};

QList<PreflightProblem> preflight(const PreflightInput &input);

// "`kubectl` is not installed, needed by steps 1–3 of “Roll back”. Install it or put it
// on PATH." One line per problem, everything at once.
QString describePreflight(const QList<PreflightProblem> &problems);

// One line for a status bar: "Pre-flight: not here: `az`, `redis-cli`; no value: ZONE."
QString summarizePreflight(const QList<PreflightProblem> &problems);

// The programs `code` calls: the first word of each simple command, minus shell
// keywords and builtins, assignments, functions the code defines and words made at run
// time ($X, $(…)). Paths (./deploy.sh, /opt/bin/x) are kept as written.
QStringList calledPrograms(const QString &code);

} // namespace rollcage::execution
