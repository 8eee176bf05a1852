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
    run=(env QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$exe")
    if [ "$(basename "$exe")" = bench_startup ]; then
        # A first painted window is timed on a display server (and offscreen beside it); a
        # machine without one gets a private Xvfb at a desktop size and depth.
        run=("$exe")
        if [ -z "${QT_QPA_PLATFORM:-}${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xvfb-run >/dev/null; then
            run=(xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$exe")
        fi
    fi
    "${run[@]}" || { echo "rollcage: $(basename "$exe") failed" >&2; status=1; }
done
exit $status
