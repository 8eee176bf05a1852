#!/usr/bin/env bash
# The part of scripts/test that runs where the toolchain is (host or build root).
# The whole suite (no ctest arguments) ends with a short fuzzing run: the libFuzzer
# targets, built with clang in build/fuzz (only they and the core libraries; ccache makes
# that seconds once it has seen the sources), each for its share of ROLLCAGE_FUZZ_SECONDS
# (default 60; 0 skips it). A crash, hang or sanitizer report fails the run and is printed
# with its input (scripts/lib/fuzz-inner.sh). With ctest arguments (a part of the suite)
# it runs only when ROLLCAGE_FUZZ_SECONDS is set: ROLLCAGE_FUZZ_SECONDS=60 scripts/test -L fuzz.
set -euo pipefail
cd "$(dirname "$0")/../.."
top=$(pwd)
if [ $# -eq 0 ]; then fuzz_seconds=${ROLLCAGE_FUZZ_SECONDS:-60}; else fuzz_seconds=${ROLLCAGE_FUZZ_SECONDS:-0}; fi
case "$fuzz_seconds" in ''|*[!0-9]*) echo "rollcage: ROLLCAGE_FUZZ_SECONDS must be a number of seconds" >&2; exit 2 ;; esac

"$top/scripts/lib/build.sh" ci "$top"
if [ "$fuzz_seconds" -gt 0 ]; then
    # Built before the suite runs, so a compile error shows up first, not after it.
    start=$SECONDS
    "$top/scripts/lib/build.sh" fuzz "$top" --quiet "the fuzz targets" fuzz_importer fuzz_template fuzz_report ||
        { echo "rollcage: the fuzz targets did not build; the compiler's messages are above" >&2; exit 1; }
    echo "rollcage: fuzz targets built in $((SECONDS - start)) s" >&2
fi
# ctest prints its own summary line ("100% tests passed, 0 tests failed out of N").
status=0
ctest --preset ci -j "$(nproc)" "$@" || status=$?
if [ "$fuzz_seconds" -gt 0 ]; then
    "$top/scripts/lib/fuzz-inner.sh" "$fuzz_seconds" || status=1
fi
exit "$status"
