#!/usr/bin/env bash
# Fails when the domains under app/ include each other in a cycle (execution -> health ->
# execution, say): every `#include "DIR/…"` in app/SRC/ is an edge SRC -> DIR, and tsort
# refuses a graph with a loop and names the directories in it. A type both sides need goes
# into a neutral place (core/HealthCheck.h, core/SecretSource.h), never into either side.
# Usage: include-cycles.sh APP_DIR
set -euo pipefail
app=${1:?usage: include-cycles.sh APP_DIR}
cd "$app"

edges=$(
    for dir in */; do
        dir=${dir%/}
        grep -rhoE '^#include "[a-z]+/' --include='*.h' --include='*.cpp' "$dir" |
            sed -E 's/^#include "([a-z]+)\//\1/' | sort -u |
            while read -r target; do
                [ "$target" = "$dir" ] || printf '%s %s\n' "$dir" "$target"
            done
    done
)
[ -n "$edges" ] || { echo "no includes found under $app" >&2; exit 1; }

if ! out=$(tsort <<<"$edges" 2>&1 >/dev/null) || [ -n "$out" ]; then
    echo "include cycle between the directories of $app:" >&2
    echo "$out" >&2
    echo "edges (directory -> what it includes):" >&2
    echo "$edges" >&2
    exit 1
fi
echo "no include cycles among: $(tsort <<<"$edges" | tr '\n' ' ')"
