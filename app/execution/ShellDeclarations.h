#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>

namespace rollcage::execution {

// One variable as `declare -p` prints it: `declare -x NAME="value"`.
struct ShellDeclaration
{
    QByteArray attributes; // the letters after '-': "x" exported, "a" array, "n" nameref…
    bool hasValue = false; // `declare -- u` (declared, never set) has none
    QString value;         // a scalar's value; an indexed array's element 0

    bool has(char attribute) const { return attributes.contains(attribute); }
};

// Reads what `declare -p` writes (bash 5: one declaration per line, values in "…" or
// $'…' quoting, arrays as ([0]="…" …)). The session dump is read this way because one
// builtin call costs bash about 0.1 ms, where a loop over `compgen -v` with a
// command substitution cost 3–5 ms on every step (issue 17: step overhead < 3 ms).
// A declaration cut short (a step killed mid-dump) is left out; associative arrays
// have no element 0 and keep no value.
QHash<QString, ShellDeclaration> parseDeclarations(QByteArrayView text);

} // namespace rollcage::execution
