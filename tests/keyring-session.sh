#!/bin/sh
# Runs a test inside a private D-Bus session with a fresh, unlocked gnome-keyring in a
# throwaway home, so keychain tests never touch (or depend on) a real user's keyring.
#   tests/keyring-session.sh PROGRAM [ARGS...]
set -eu
if [ -z "${ROLLCAGE_IN_KEYRING_SESSION:-}" ]; then
    command -v dbus-run-session >/dev/null || { echo "keyring-session: dbus-run-session missing (package dbus)" >&2; exit 1; }
    command -v gnome-keyring-daemon >/dev/null || { echo "keyring-session: gnome-keyring-daemon missing (package gnome-keyring)" >&2; exit 1; }
    export ROLLCAGE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d)
keyring_pid=
# The daemon usually leaves with its bus, but not always: stop it by its own pid.
cleanup() {
    if [ -n "$keyring_pid" ]; then kill "$keyring_pid" 2>/dev/null || true; fi
    rm -rf "$scratch"
}
trap cleanup EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The desktop variables steer QtKeychain towards KWallet; the test wants the Secret
# Service of the gnome-keyring below, whatever desktop the developer runs.
unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
      GNOME_DESKTOP_SESSION_ID DISPLAY WAYLAND_DISPLAY
# --unlock with a password on stdin creates the login keyring (the default collection)
# and unlocks it. An empty password would make the daemon ask a GUI prompter instead.
eval "$(printf 'throwaway-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL 2>/dev/null || true
# --unlock returns before the daemon owns org.freedesktop.secrets. A test calling in
# that gap would make the bus start a second, locked daemon by activation, so wait
# (bounded, about 10 s) until the name is ours. This image has no `gdbus wait`.
bus_call() {
    dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
        "org.freedesktop.DBus.$1" string:org.freedesktop.secrets 2>/dev/null
}
tries=0
until bus_call NameHasOwner | grep -q 'boolean true'; do
    tries=$((tries + 1))
    if [ "$tries" -gt 200 ]; then
        echo "keyring-session: gnome-keyring did not register the Secret Service on the test bus" >&2
        exit 1
    fi
    sleep 0.05
done
# The process that owns the name on this private bus is our daemon.
keyring_pid=$(bus_call GetConnectionUnixProcessID | awk '/uint32/ { print $2 }')
status=0
"$@" || status=$?
exit "$status"
