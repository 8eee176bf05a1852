#!/usr/bin/env bash
# deb-install-test.sh BUILD_DIR
# Makes the .deb from BUILD_DIR with CPack, runs lintian on it (no error allowed), then
# installs it with `apt-get install ./rollcage_*.deb` into a copy of a clean Debian 13
# root (debootstrap --variant=minbase, nothing else) and runs there what a new user
# would: rollcage --version, rollcage check on the bundled example, and --self-test under
# Xvfb. The clean root is made once and kept, stamped like scripts/setup's build root
# (ROLLCAGE_CLEAN_ROOT, default /var/cache/rollcage/clean-trixie); every run installs into
# a fresh copy of it. Exit 77 (skipped) when not root, or when no clean root exists and
# debootstrap cannot reach a mirror (offline).
set -euo pipefail
build=$(cd "$1" && pwd)
skip() { echo "SKIPPED: $*"; exit 77; }
say() { echo "deb-install-test: $*"; }

[ "$(id -u)" -eq 0 ] || skip "needs root (debootstrap, chroot, apt-get in the clean root)"
for tool in cpack lintian debootstrap; do
    command -v "$tool" >/dev/null || { echo "FAIL: $tool is not installed (scripts/packages.txt)"; exit 1; }
done

work=$(mktemp -d)
root="$work/root"
cleanup() {
    for m in proc dev/pts dev var/cache/apt/archives; do
        mountpoint -q "$root/$m" 2>/dev/null && umount -l "$root/$m"
    done
    rm -rf "$work"
}
trap cleanup EXIT

# 1. The package, and lintian's verdict on it.
say "making the package with cpack"
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/pkg" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; echo "FAIL: cpack -G DEB failed"; exit 1; }
deb=$(ls "$work"/pkg/rollcage_*.deb)
say "made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
lintian --allow-root --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
cat "$work/lintian.log"
if grep -q '^E:' "$work/lintian.log"; then
    echo "FAIL: lintian reports errors (above)"
    exit 1
fi
say "lintian: $(grep -c '^E:' "$work/lintian.log") errors, $(grep -c '^W:' "$work/lintian.log") warnings"

# 2. The clean root, made once. The build root's apt cache serves the packages it
# already downloaded (debootstrap --cache-dir, and bound into the root for apt-get).
clean=${ROLLCAGE_CLEAN_ROOT:-/var/cache/rollcage/clean-trixie}
mirror=${ROLLCAGE_MIRROR:-http://deb.debian.org/debian}
CLEAN_VERSION=1   # bump when how the clean root is made changes
want=$(printf 'clean=%s\nmirror=%s\n' "$CLEAN_VERSION" "$mirror" | sha256sum | cut -d' ' -f1)
archives=/var/cache/apt/archives
# Two suites running at once (two checkouts) share the clean root: one makes it, the
# other waits, and neither copies it while it is being made.
mkdir -p "$(dirname "$clean")"
exec 9>"$clean.lock"
flock 9
if [ ! -f "$clean/.rollcage-stamp" ] || [ "$(cat "$clean/.rollcage-stamp")" != "$want" ]; then
    say "creating the clean Debian 13 root at $clean (debootstrap, about a minute, once)"
    rm -rf "$clean"
    if ! debootstrap --variant=minbase --cache-dir="$archives" trixie "$clean" "$mirror" \
            >"$work/debootstrap.log" 2>&1; then
        tail -n 20 "$work/debootstrap.log"
        rm -rf "$clean"
        if grep -qiE "Failed getting release file|Temporary failure resolving|Could not resolve|Connection refused|Network is unreachable" "$work/debootstrap.log"; then
            skip "no clean root yet and debootstrap cannot reach $mirror (offline?)"
        fi
        echo "FAIL: debootstrap failed"
        exit 1
    fi
    printf '#!/bin/sh\nexit 101\n' >"$clean/usr/sbin/policy-rc.d"
    chmod 755 "$clean/usr/sbin/policy-rc.d"
    echo "$want" >"$clean/.rollcage-stamp"
fi

say "copying the clean root"
cp -a "$clean" "$root"
flock -u 9
cp -L /etc/resolv.conf "$root/etc/resolv.conf" 2>/dev/null || true
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
mount --bind /dev/pts "$root/dev/pts" 2>/dev/null || true
mount --bind "$archives" "$root/var/cache/apt/archives"
cp "$deb" "$root/tmp/"
in_clean() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
        LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "$@"
}

# 3. Install as a user would. apt-get update first: the clean root's lists are whatever
# debootstrap left, and the mirror moves on.
apt_or_skip() {
    if ! in_clean "$@" >"$work/apt.log" 2>&1; then
        tail -n 30 "$work/apt.log"
        if grep -qE "Failed to fetch|Temporary failure resolving|Could not resolve" "$work/apt.log" &&
           ! grep -q "^E: Unable to correct problems\|unmet dependencies" "$work/apt.log"; then
            skip "apt-get in the clean root cannot reach the mirror (offline?)"
        fi
        echo "FAIL: $*"
        exit 1
    fi
}
say "apt-get update in the clean root"
apt_or_skip apt-get update -q
say "apt-get install ./$(basename "$deb")"
apt_or_skip apt-get install -y -q "./tmp/$(basename "$deb")"
grep -E "^(Setting up|Unpacking) rollcage" "$work/apt.log" || true

# 4. What a new user runs.
fail=0
version=$(in_clean rollcage --version) || { echo "FAIL: rollcage --version exited $?"; fail=1; }
say "rollcage --version: $version"
[[ "$version" == "rollcage "[0-9]* ]] || { echo "FAIL: unexpected version line"; fail=1; }
example=/usr/share/doc/rollcage/examples/larkspur-checkout-rollback.md
if in_clean rollcage check "$example" >"$work/check.log" 2>&1; then
    say "rollcage check on the example: $(head -n 1 "$work/check.log")"
else
    cat "$work/check.log"; echo "FAIL: rollcage check $example"; fail=1
fi
in_clean man -w rollcage >/dev/null 2>&1 || [ -f "$root/usr/share/man/man1/rollcage.1.gz" ] ||
    { echo "FAIL: no rollcage(1) installed"; fail=1; }

# Xvfb is the test's, not the package's: installed after, so it cannot have satisfied
# a dependency the package forgot.
say "installing xvfb for --self-test"
apt_or_skip apt-get install -y -q --no-install-recommends xvfb xauth
if in_clean xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        env XDG_RUNTIME_DIR=/tmp rollcage --self-test >"$work/selftest.log" 2>&1 &&
   grep -q "console loaded" "$work/selftest.log"; then
    say "rollcage --self-test under Xvfb: $(tail -n 1 "$work/selftest.log")"
else
    cat "$work/selftest.log"; echo "FAIL: rollcage --self-test under Xvfb"; fail=1
fi
[ "$fail" -eq 0 ] && say "the package installs and runs on a clean Debian 13"
exit "$fail"
