#!/usr/bin/env bash
# cli-docs-test.sh ROLLCAGE DOCS_DIR
# The generated man page and completions against what the binary says now: every command
# and every option of `rollcage [COMMAND] --help` is in rollcage(1) and is offered by the
# bash completion after `rollcage [COMMAND] -`; commands and a usage line's choices are
# offered where they go; the zsh completion parses.
set -euo pipefail
bin=$1
docs=$2
fail=0
no() { echo "FAIL: $*" >&2; fail=1; }

help() { env -u LANGUAGE LC_ALL=C.UTF-8 QT_QPA_PLATFORM=offscreen "$bin" "$@" --help; }
options_of() { help "$@" | sed -n 's/^  \(-[^ ,]*\)\(, \(--[^ ]*\)\)\{0,1\}.*/\1 \3/p' | tr -s ' ' '\n' | sed '/^$/d'; }

# The man page source, with roff's minus signs made plain again.
man=$(sed 's/\\-/-/g' "$docs/rollcage.1")

# shellcheck source=/dev/null
. "$docs/rollcage.bash"
complete_words() { # WORD… (the last one is being completed)
    COMP_WORDS=(rollcage "$@")
    COMP_CWORD=$#
    COMPREPLY=()
    _rollcage
    printf '%s\n' "${COMPREPLY[@]}"
}

commands=$(help | sed -n 's/^Commands[^:]*: *//p' | tr -d '.' | tr ',' ' ')
[ -n "$commands" ] || no "rollcage --help names no commands"
top=$(complete_words "")
for c in "" $commands; do
    grep -qx "$c" <<<"$top" || [ -z "$c" ] || no "'rollcage <TAB>' does not offer $c"
    [ -z "$c" ] || grep -q "^\.SS \"rollcage $c\"" <<<"$man" || no "rollcage(1) has no section for $c"
    # shellcheck disable=SC2086 # an empty $c (the top level) is no word at all
    offered=$(complete_words $c -)
    # shellcheck disable=SC2086
    for o in $(options_of $c); do
        grep -qx -- "$o" <<<"$offered" || no "'rollcage $c -<TAB>' does not offer $o"
        grep -q -- "$o" <<<"$man" || no "rollcage(1) does not mention $o of 'rollcage $c'"
    done
done

# A usage line's a|b|c is offered as the first argument (secret set|delete|list).
for c in $commands; do
    usage=$(help "$c" | sed -n 's/^Usage: .*\[options\] *//p')
    for w in $usage; do
        case $w in \[*|*[!a-z\|]*) continue ;; *\|*) ;; *) continue ;; esac
        got=$(complete_words "$c" "" | tr '\n' ' ')
        for choice in ${w//|/ }; do
            [[ " $got " == *" $choice "* ]] || no "'rollcage $c <TAB>' does not offer $choice"
        done
    done
done

# An option taking a file completes file names: the man page itself is one.
got=$(complete_words report --output "$docs/rollcage.")
grep -qx "$docs/rollcage.1" <<<"$got" || no "'rollcage report --output <TAB>' does not complete files"

if command -v zsh >/dev/null; then
    zsh -n "$docs/_rollcage" || no "the zsh completion does not parse"
else
    echo "zsh not installed: its completion was not parsed"
fi
[ "$fail" -eq 0 ] && echo "man page and completions match rollcage --help ($(wc -w <<<"$commands") commands)"
exit "$fail"
