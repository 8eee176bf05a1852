#!/bin/sh
# Builds preset $1 from the checkout root ($2). If an incremental build fails, retries
# once after dropping AUTOGEN's timestamps: after new Q_OBJECT headers or .ui forms
# arrive (a pull, a merge), CMake's autogen step can be skipped and leave moc/uic
# output missing ("ui_X.h: No such file", "undefined staticMetaObject").
set -eu
preset=$1
cd "$2"
cmake --preset "$preset" >/dev/null
if ! cmake --build --preset "$preset"; then
    echo "rollcage: build failed; retrying once with fresh moc/uic output" >&2
    find "build/$preset" -path '*_autogen/timestamp' -delete
    cmake --build --preset "$preset"
fi
