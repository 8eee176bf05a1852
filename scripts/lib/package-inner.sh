#!/usr/bin/env bash
# The part of scripts/package that runs where the toolchain is: CPack's DEB generator
# (dpkg-shlibdeps needs the libraries the package links). Prints the .deb's path.
set -euo pipefail
cd "$1/build/release"
rm -f rollcage_*.deb
log=$(mktemp)
trap 'rm -f "$log"' EXIT
cpack -G DEB >"$log" 2>&1 || { cat "$log" >&2; echo "rollcage: cpack failed" >&2; exit 1; }
deb=$(ls "$PWD"/rollcage_*.deb)
echo "rollcage: made $deb; install it with: sudo apt-get install $deb" >&2
echo "$deb"
