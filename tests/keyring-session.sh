#!/bin/sh
# Runs a test inside a private D-Bus session with a fresh, unlocked gnome-keyring in a
# throwaway home, so keychain tests never touch (or depend on) a real user's keyring.
set -eu
if [ -z "${ROLLCAGE_IN_KEYRING_SESSION:-}" ]; then
    export ROLLCAGE_IN_KEYRING_SESSION=1
    exec dbus-run-session -- "$0" "$@"
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch" XDG_DATA_HOME="$scratch/data" XDG_CONFIG_HOME="$scratch/config" \
       XDG_CACHE_HOME="$scratch/cache" XDG_RUNTIME_DIR="$scratch/run"
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# An empty password on --unlock creates and unlocks the login keyring.
eval "$(printf '' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
