#!/usr/bin/env bash
# The part of scripts/test that runs where the toolchain is (host or build root).
set -euo pipefail
cd "$(dirname "$0")/../.."
"$(pwd)/scripts/lib/build.sh" ci "$(pwd)"
# ctest prints its own summary line ("100% tests passed, 0 tests failed out of N").
exec ctest --preset ci -j "$(nproc)" "$@"
