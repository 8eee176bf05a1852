#!/usr/bin/env bash
# Builds preset $1 from the checkout root ($2). If an incremental build fails because
# moc/uic output is missing, retries once after dropping AUTOGEN's timestamps: after new
# Q_OBJECT headers or .ui forms arrive (a pull, a merge), CMake's autogen step can be
# skipped ("ui_X.h: No such file", "undefined reference to ...staticMetaObject").
set -euo pipefail
preset=$1
cd "$2"
cmake --preset "$preset" >/dev/null
log=$(mktemp)
trap 'rm -f "$log"' EXIT
if cmake --build --preset "$preset" 2>&1 | tee "$log"; then
    exit 0
fi
if grep -qE "ui_[A-Za-z]+\.h: No such file|staticMetaObject|vtable for" "$log"; then
    echo "rollcage: moc/uic output was stale; rebuilding it once" >&2
    find "build/$preset" -path '*_autogen/timestamp' -delete
    cmake --build --preset "$preset"
else
    exit 1
fi
