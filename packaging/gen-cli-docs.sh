#!/usr/bin/env bash
# gen-cli-docs.sh ROLLCAGE OUTDIR
# Writes the man page rollcage.1 and the bash and zsh completions (rollcage.bash,
# _rollcage) into OUTDIR from what the built binary prints for --help and for each
# command's --help. The help text is the one source: a new option or command appears in
# all three at the next build, and nothing here repeats what an option does.
set -euo pipefail
bin=$1
out=$2
here=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# English, whatever the builder's locale; no display needed for --help. In a sanitizer
# build a leak report at exit must not fail the build of the documentation.
help() {
    env -u LANGUAGE LC_ALL=C.UTF-8 LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
        ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" "$bin" "$@" --help
}

help >"$work/top.txt"
version=$(env LC_ALL=C.UTF-8 ASAN_OPTIONS=detect_leaks=0 "$bin" --version | awk '{ print $NF; exit }')
# The commands are the ones the top-level help names ("Commands (…): a, b, c.").
commands=$(sed -n 's/^Commands[^:]*: *//p' "$work/top.txt" | tr -d '.' | tr ',' ' ')
[ -n "$commands" ] || { echo "gen-cli-docs: no 'Commands' line in rollcage --help" >&2; exit 1; }
for c in $commands; do
    help "$c" >"$work/cmd-$c.txt" ||
        { echo "gen-cli-docs: 'rollcage $c --help' failed" >&2; exit 1; }
done

# Each help file becomes records in one flat form the generators read:
#   usage<TAB>WORDS    description<TAB>LINE    option<TAB>SPEC<TAB>TEXT    argument<TAB>NAME<TAB>TEXT
parse() { # FILE COMMAND
    local prefix="Usage: $bin"
    awk -v prefix="$prefix" -v cmd="$2" -f "$here/parse-help.awk" "$1"
}
parse "$work/top.txt" "" >"$work/top.rec"
for c in $commands; do parse "$work/cmd-$c.txt" "$c" >"$work/cmd-$c.rec"; done

date=$(date -u -d "@${SOURCE_DATE_EPOCH:-$(stat -c %Y "$bin")}" +%Y-%m-%d)
awk -v version="$version" -v date="$date" -f "$here/man.awk" \
    "$work/top.rec" $(for c in $commands; do echo "$work/cmd-$c.rec"; done) >"$out/rollcage.1"
awk -v shell=bash -f "$here/completion.awk" \
    "$work/top.rec" $(for c in $commands; do echo "$work/cmd-$c.rec"; done) >"$out/rollcage.bash"
awk -v shell=zsh -f "$here/completion.awk" \
    "$work/top.rec" $(for c in $commands; do echo "$work/cmd-$c.rec"; done) >"$out/_rollcage"
