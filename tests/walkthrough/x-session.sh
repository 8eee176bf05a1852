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
# Stop what this script started, by pid, whatever way it ends.
cleanup() {
    [ -n "$wm_pid" ] && kill "$wm_pid" 2>/dev/null || true
    [ -n "$xvfb_pid" ] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$scratch"
}
trap cleanup EXIT INT TERM
geometry=${ROLLCAGE_WALKTHROUGH_SCREEN:-1366x768x24}
# -displayfd: the server picks a free display number and writes it once it accepts
# connections, so nothing has to guess a number or sleep.
mkfifo "$scratch/display"
Xvfb -displayfd 3 -screen 0 "$geometry" -nolisten tcp 3>"$scratch/display" 2>"$scratch/xvfb.log" &
xvfb_pid=$!
read -r display <"$scratch/display" || { cat "$scratch/xvfb.log" >&2; exit 1; }
export DISPLAY=":$display"
unset WAYLAND_DISPLAY
openbox --sm-disable >"$scratch/openbox.log" 2>&1 &
wm_pid=$!
# The WM is up once it has claimed the root window (EWMH _NET_SUPPORTING_WM_CHECK).
tries=0
until xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ] || ! kill -0 "$wm_pid" 2>/dev/null; then
        echo "x-session: openbox did not start" >&2
        cat "$scratch/openbox.log" >&2
        exit 1
    fi
    sleep 0.05
done
status=0
"$@" || status=$?
exit "$status"
