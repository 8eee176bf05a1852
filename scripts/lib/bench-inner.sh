#!/usr/bin/env bash
# Runs bench_* executables from the release build; see scripts/bench.
set -euo pipefail
dir="$(cd "$(dirname "$0")/../.." && pwd)/build/release/tests/bench"
status=0
if [ $# -eq 0 ]; then
    mapfile -t benches < <(find "$dir" -type f -name 'bench_*' -perm -u+x | sort)
else
    benches=()
    for name in "$@"; do benches+=("$(find "$dir" -type f -name "bench_${name}" -perm -u+x | head -n 1)"); done
fi
for exe in "${benches[@]}"; do
    [ -n "$exe" ] || { echo "rollcage: no such benchmark" >&2; status=2; continue; }
    QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen} "$exe" || { echo "rollcage: $(basename "$exe") failed" >&2; status=1; }
done
exit $status
