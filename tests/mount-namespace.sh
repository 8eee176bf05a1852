#!/bin/sh
# Runs a test in a mount namespace of its own, so the small filesystems it mounts (a
# tmpfs to fill up, one remounted read-only) are seen by it and its children only and
# vanish with it, whatever happens to the test. Needs root (CI runs as root; the build
# root's scripts/in-root is root in its own namespace); exit 77 (skipped) without it.
#   tests/mount-namespace.sh PROGRAM [ARGS...]
set -eu
if [ "$(id -u)" != 0 ] || ! command -v unshare >/dev/null; then
    echo "mount-namespace: needs root and unshare (util-linux) to mount a tmpfs; skipped" >&2
    exit 77
fi
# Inside a chroot (scripts/in-root) "/" is no mount point and its propagation cannot be
# changed; scripts/in-root made that whole namespace private already, so it is kept.
if unshare --mount --propagation private -- true 2>/dev/null; then
    exec unshare --mount --propagation private -- "$@"
fi
exec unshare --mount --propagation unchanged -- "$@"
