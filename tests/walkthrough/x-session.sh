#!/bin/sh
# Runs a program on a private X server (Xvfb, 1366x768, the smallest common laptop
# screen) managed by a real window manager (openbox), the way an operator's desktop is:
# windows get decorations, focus and stacking from the WM, and input arrives as X events.
#   tests/walkthrough/x-session.sh PROGRAM [ARGS...]
# Used by the walkthrough suite after tests/keyring-session.sh (which clears DISPLAY).
set -eu
for tool in Xvfb openbox xdotool xprop; do
    # Skipped (77), not failed, where the packages are not installed: scripts/setup adds them.
    command -v "$tool" >/dev/null || { echo "x-session: $tool missing (scripts/packages.txt: xvfb, openbox, xdotool, x11-utils); skipped" >&2; exit 77; }
done
scratch=$(mktemp -d)
xvfb_pid=
wm_pid=
stop_x() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && wait "$xvfb_pid" 2>/dev/null || true
    wm_pid=
    xvfb_pid=
}
# Stop what this script started, by pid, whatever way it ends.
cleanup() {
    stop_x
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
geometry=${ROLLCAGE_WALKTHROUGH_SCREEN:-1366x768x24}

# Polls (50 ms, up to 10 s) until COMMAND succeeds or process PID is gone.
wait_for() {
    pid=$1
    shift
    tries=0
    until "$@" >/dev/null 2>&1; do
        tries=$((tries + 1))
        if [ "$tries" -gt 200 ] || ! kill -0 "$pid" 2>/dev/null; then return 1; fi
        sleep 0.05
    done
}
wm_claimed_root() { xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; }

# One attempt at a server with a window manager on it; 1 with the logs kept if either
# did not come up. Once in CI openbox could not open a display Xvfb had just announced
# (never reproduced alone), so a failed attempt is reported and tried again.
start_x() {
    rm -f "$scratch/display"
    mkfifo "$scratch/display"
    # -displayfd: the server picks a free display number and writes it once it accepts
    # connections, so nothing has to guess a number.
    Xvfb -displayfd 3 -screen 0 "$geometry" -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
    xvfb_pid=$!
    display=
    read -r display <"$scratch/display" || true
    [ -n "$display" ] || return 1
    export DISPLAY=":$display"
    # The server answers a client before the WM is started on it.
    wait_for "$xvfb_pid" xprop -root || return 1
    openbox --sm-disable >"$scratch/openbox.log" 2>&1 &
    wm_pid=$!
    # The WM is up once it has claimed the root window (EWMH _NET_SUPPORTING_WM_CHECK).
    wait_for "$wm_pid" wm_claimed_root
}

unset WAYLAND_DISPLAY
attempt=1
until start_x; do
    echo "x-session: attempt $attempt: Xvfb or openbox did not start (display '${display:-}')" >&2
    for log in xvfb openbox; do
        [ -s "$scratch/$log.log" ] && { echo "--- $log:" >&2; cat "$scratch/$log.log" >&2; }
    done
    stop_x
    rm -f "$scratch/openbox.log"
    attempt=$((attempt + 1))
    if [ "$attempt" -gt 3 ]; then
        echo "x-session: openbox did not start" >&2
        exit 1
    fi
done
status=0
"$@" || status=$?
exit "$status"
