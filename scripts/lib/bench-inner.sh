#!/usr/bin/env bash
# Runs bench_* executables from the release build; see scripts/bench.
set -euo pipefail
top="$(cd "$(dirname "$0")/../.." && pwd)"
dir="$top/build/release/tests/bench"
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
        # A first painted window is timed on an X server (and offscreen beside it): a
        # private Xvfb at a desktop size and depth, the same on every machine, rather than
        # the session's display with its window manager (and ~600 windows flashing by).
        run=(env -u QT_QPA_PLATFORM "$exe")
        if command -v xvfb-run >/dev/null; then
            run=(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY
                 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$exe")
        fi
    fi
    case "$(basename "$exe")" in
    bench_team_*)
        # Team mode: consoles on a throwaway PostgreSQL started for this benchmark alone,
        # as the tests get theirs (ROLLCAGE_TEST_DATABASE); never a server of the machine.
        run=("$top/tests/pg-session.sh" "${run[@]}") ;;
    esac
    "${run[@]}" || { echo "rollcage: $(basename "$exe") failed" >&2; status=1; }
done
exit $status
