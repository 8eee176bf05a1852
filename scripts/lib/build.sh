#!/usr/bin/env bash
# build.sh PRESET TOP [--quiet WHAT] [TARGET…]
# Configures preset PRESET and builds TARGET… (default: everything) from the
# checkout root TOP. With --quiet WHAT, ninja's lines go to a log and the user sees
# "building WHAT…" with a percentage now and then; on failure the compiler's messages
# are printed. If an incremental build fails because moc/uic output is missing, retries
# once after dropping AUTOGEN's timestamps: after new Q_OBJECT headers or .ui forms
# arrive (a pull, a merge), CMake's autogen step can be skipped ("ui_X.h: No such
# file", "undefined reference to ...staticMetaObject").
set -euo pipefail
preset=$1
cd "$2"
shift 2
what=""
if [ "${1:-}" = --quiet ]; then
    what=$2
    shift 2
fi
targets=()
for t in "$@"; do targets+=(--target "$t"); done
dir="build/$preset"

# Configure every time (a second when nothing changed), so a preset's new cache variables
# reach an existing build directory.
if [ -n "$what" ]; then
    mkdir -p "$dir"
    cmake --preset "$preset" >"$dir/configure.log" 2>&1 || { cat "$dir/configure.log" >&2; exit 1; }
else
    cmake --preset "$preset" >/dev/null
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

# Ninja prints "[N/M] …" per edge: turn those into a percentage every tenth, keep every
# other line (compiler messages) in the log only.
progress() {
    # A shell loop, not awk: mawk reads its input in blocks and would say nothing until
    # the end.
    local line next_pct=10 pct
    while IFS= read -r line; do
        [[ $line =~ ^\[([0-9]+)/([0-9]+)\] ]] || continue
        pct=$((100 * BASH_REMATCH[1] / BASH_REMATCH[2]))
        if [ "$pct" -ge "$next_pct" ]; then
            printf 'rollcage: building %s… %d%%\n' "$what" "$pct" >&2
            next_pct=$((pct - pct % 10 + 10))
        fi
    done
}

build() {
    if [ -z "$what" ]; then
        cmake --build --preset "$preset" "${targets[@]}" 2>&1 | tee "$log"
    else
        cmake --build --preset "$preset" "${targets[@]}" >"$log" 2>&1 &
        local pid=$!
        tail -n +1 --pid=$pid -f "$log" 2>/dev/null | progress
        wait $pid
    fi
}

show_errors() {
    # Everything but ninja's progress lines: the compiler's and CMake's own messages.
    [ -n "$what" ] && grep -v '^\[[0-9]*/[0-9]*\]' "$log" | tail -n 60 >&2
    return 0
}

if build; then
    exit 0
fi
if grep -qE "ui_[A-Za-z]+\.h: No such file|staticMetaObject|vtable for" "$log"; then
    echo "rollcage: moc/uic output was stale; rebuilding it once" >&2
    find "$dir" -path '*_autogen/timestamp' -delete
    build && exit 0
fi
show_errors
exit 1
