#!/usr/bin/env bash
# The part of scripts/fuzz that runs where the toolchain is: each target in turn for its
# share of SECONDS, findings in build/fuzz/findings/TARGET/.
set -euo pipefail
cd "$(dirname "$0")/../.."
total=$1
top=$(pwd)
build=$top/build/fuzz
targets=(fuzz_importer fuzz_template fuzz_report)
each=$((total / ${#targets[@]}))
[ "$each" -ge 1 ] || each=1
# Qt's own one-off allocations are not leaks of ours (the same list the asan preset uses).
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$top/tests/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen
# What a failed run found, enough to act on from a CI log alone (the build directory may
# be gone): the sanitizer's or libFuzzer's verdict, the frames in our code, and the input
# itself, base64 so it can be recreated byte for byte.
report_finding() {
    local target=$1 log=$2 findings=$3 saved=$4 stamp=$5 input
    printf 'rollcage: %s found a problem:\n' "$target" >&2
    { grep -E '==ERROR|^SUMMARY|runtime error|deadly signal|timeout after|not in text|ASSERT' "$log" |
        head -n 12
      grep -E '^ +#[0-9]+ .* (/[^ ]*)?/(app|tests)/' "$log" | head -n 12; } >&2 || true
    input=$(find "$findings" -type f -newer "$stamp" | head -n 1)
    if [ -z "$input" ]; then
        printf 'rollcage: no input was saved; the end of %s:\n' "$log" >&2
        tail -n 30 "$log" >&2
        return
    fi
    printf 'rollcage: the input (%s bytes): %s\n' "$(stat -c %s "$input")" "$input" >&2
    if [ "$(stat -c %s "$input")" -le 8192 ]; then
        printf 'rollcage: recreate it with: base64 -d >FILE <<'"'"'EOF'"'"'\n' >&2
        base64 "$input" >&2
        printf 'EOF\n' >&2
    fi
    printf 'rollcage: reproduce with %s %s; once fixed, put it in %s/ (replayed by the suite).\n' \
        "$build/tests/fuzz/$target" "$input" "$saved" >&2
}

status=0
for target in "${targets[@]}"; do
    case "$target" in
        fuzz_importer) saved=$top/tests/fuzz/corpus ;;
        fuzz_template) saved=$top/tests/fuzz/corpus-template ;;
        fuzz_report) saved=$top/tests/fuzz/corpus-report ;;
    esac
    work=$build/corpus/$target
    findings=$build/findings/$target
    mkdir -p "$work" "$findings"
    log=$build/$target.log
    # Findings of earlier runs stay (until copied away); this run's are newer than this.
    stamp=$build/$target.started
    touch "$stamp"
    printf 'rollcage: fuzzing %s for %d s (log: %s)\n' "$target" "$each" "$log" >&2
    # -timeout: an input that takes 10 s is a hang; -max_len: runbooks are text, and a
    # longer input mostly slows the search down.
    if "$build/tests/fuzz/$target" -max_total_time="$each" -timeout=10 -max_len=65536 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$findings/" \
        "$work" "$saved" >"$log" 2>&1; then
        runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
        cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1 || true)
        printf 'rollcage: %s: nothing found in %s runs (%s)\n' "$target" "${runs:-?}" "${cov:-cov: ?}" >&2
    else
        status=1
        report_finding "$target" "$log" "$findings" "$saved" "$stamp"
    fi
done
exit "$status"
