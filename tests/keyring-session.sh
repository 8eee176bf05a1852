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
trap 'rm -rf "$scratch"' EXIT
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
"$@"
