#pragma once

#include <QByteArray>
#include <QHash>
#include <QProcessEnvironment>
#include <QSet>
#include <QString>

#include <optional>

namespace rollcage::execution {

// One shell session per incident, the way the runbook's author ran it in one terminal:
// what a step sets or exports (`LATEST=$(ls -t …)`, `export REDIS_HOST=…`) and where it
// `cd`s carry into the next steps. The mechanism is deliberately plain: each step's bash
// writes its variables and directory to a pipe from an EXIT trap, and the next step gets
// them back as its environment. Nothing is written to disk (values may hold secrets).
struct SessionState
{
    QString directory;                      // empty: the incident's working directory
    QHash<QString, QString> variables;      // name -> value, as the step left them

    bool operator==(const SessionState &) const = default;
};

// The first line of every step's script: tracing to `traceFd` (the executing line), an
// ERR trap that reports the failing line, status and command on the same fd, and, when
// `sessionFd` >= 0, the EXIT trap that reports the session to that fd. One line, so the
// step's code starts on line 2.
QString scriptPrelude(bool errexit, int traceFd, int sessionFd);
constexpr int kPreludeLines = 1;

// The marker the ERR trap starts its report with on the trace fd (an ASCII record
// separator: never the start of an xtrace line, whose prefix is '+').
constexpr char kFailureMarker = '\x1e';

struct FailureReport
{
    int line = 0; // in the script (prelude included), 0 when none was reported
    int status = 0;
    QString command;
};
// Parses one line the ERR trap wrote (without the marker and the newline).
FailureReport parseFailureReport(QByteArrayView text);

// What the step's session dumps say, minus what the step started with and did not
// change: variables equal to `base` (Rollcage's environment plus the step's placeholder
// values), those bash defined itself, and the shell's own variables are not part of the
// session. None when the step ended before its EXIT trap wrote the whole session.
std::optional<SessionState> parseSessionReport(const QByteArray &report,
                                               const QProcessEnvironment &base);

// BASH_VERSION, EPOCHREALTIME, RANDOM, PPID, LINENO, PIPESTATUS, …: bash sets them in
// every shell, so a step that reads one gets bash's value, never one the operator gives.
bool isBashVariable(const QString &name);

// isBashVariable() and Rollcage's own RC_/__rc_ names: set by bash or by Rollcage, never
// by the runbook.
bool isShellOwnVariable(const QString &name);

// The names `code` assigns as shell variables: NAME=…, export/local/declare/readonly
// NAME, read [-opts] NAME…, for NAME in, mapfile/readarray NAME. A placeholder spelled
// like one of them ($word after `read -r word`) is the script's own, not a value to ask.
QSet<QString> assignedShellNames(const QString &code);

} // namespace rollcage::execution
