# Shared helpers for the scripts in scripts/. Sourced, never executed.
# shellcheck shell=bash

RC_TOP=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
RC_PACKAGES="$RC_TOP/scripts/packages.txt"

rc_say() { printf 'rollcage: %s\n' "$*" >&2; }
rc_die() { printf 'rollcage: error: %s\n' "$*" >&2; exit 1; }

# Root privileges for package installs: sudo only when we are not root already.
rc_sudo() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The package names from scripts/packages.txt, comments stripped.
rc_packages() { sed -e 's/#.*//' -e '/^[[:space:]]*$/d' "$RC_PACKAGES"; }

# Where the Debian 13 build root lives on Debian 12 hosts. Outside the checkout so a
# fresh clone reuses it; overridable for people who keep such things elsewhere.
rc_buildroot() {
    if [ -n "${ROLLCAGE_BUILDROOT:-}" ]; then
        printf '%s\n' "$ROLLCAGE_BUILDROOT"
    elif [ "$(id -u)" -eq 0 ]; then
        printf '%s\n' /var/lib/rollcage/trixie-root
    else
        printf '%s\n' "${XDG_CACHE_HOME:-$HOME/.cache}/rollcage/trixie-root"
    fi
}

# How this machine gets its toolchain:
#   host      - the distribution ships everything (Debian 13+, Ubuntu 24.04+)
#   buildroot - Debian 12: build and test inside a Debian 13 build root
#   unsupported
rc_mode() {
    if [ -n "${ROLLCAGE_MODE:-}" ]; then printf '%s\n' "$ROLLCAGE_MODE"; return; fi
    local id="" version="" like=""
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && printf '%s' "${ID:-}")
        version=$(. /etc/os-release && printf '%s' "${VERSION_ID:-}")
        like=$(. /etc/os-release && printf '%s' "${ID_LIKE:-}")
    fi
    case "$id" in
        debian)
            case "$version" in
                ''|1[3-9]*|[2-9][0-9]*) echo host ;;  # trixie and later, testing, sid
                12*) echo buildroot ;;
                *) echo unsupported ;;
            esac ;;
        ubuntu)
            local major=${version%%.*}
            if [ -n "$major" ] && [ "$major" -ge 24 ] 2>/dev/null; then echo host; else echo unsupported; fi ;;
        *)
            case " $like " in
                *" debian "*|*" ubuntu "*) echo unsupported ;;
                *) echo unsupported ;;
            esac ;;
    esac
}

# Run a command where the toolchain is: directly on a capable host, inside the build
# root on Debian 12.
rc_exec() {
    if [ "$(rc_mode)" = buildroot ]; then
        "$RC_TOP/scripts/in-root" "$@"
    else
        "$@"
    fi
}
