#!/usr/bin/env bash
# cli-docs-test.sh ROLLCAGE DOCS_DIR
# The generated man page and completions against what the binary says now: every command
# and every option of `rollcage [COMMAND] --help` is in rollcage(1) and is offered by the
# bash completion after `rollcage [COMMAND] -`; commands and a usage line's choices are
# offered where they go; the same through zsh's completion system.
set -euo pipefail
bin=$1
docs=$2
fail=0
zsh_checked=""
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

# zsh: the completion function run by zsh's own completion system in a pseudo-terminal
# (zsh-complete.zsh): the same offers as above, and after `rollcage C -` nothing that is
# not an option of C.
if command -v zsh >/dev/null; then
    zsh -n "$docs/_rollcage" || no "the zsh completion does not parse"
    queries=$({
        echo "rollcage "
        for c in "" $commands; do echo "rollcage ${c:+$c }-"; done
        for c in $commands; do echo "rollcage $c "; done
        echo "rollcage report --output $docs/rollcage."
    })
    zsh_got=$(timeout 120 zsh -f "$(dirname "$0")/zsh-complete.zsh" "$docs" <<<"$queries") ||
        no "zsh-complete.zsh failed or hung"
    zsh_offers() { awk -F '\t' -v q="$1" '$1 == q && $2 != "" { print $2 }' <<<"$zsh_got"; }
    top=$(zsh_offers "rollcage ")
    for c in $commands; do
        grep -qx "$c" <<<"$top" || no "zsh: 'rollcage <TAB>' does not offer $c"
    done
    for c in "" $commands; do
        offered=$(zsh_offers "rollcage ${c:+$c }-")
        # shellcheck disable=SC2086
        expected=$(options_of $c)
        for o in $expected; do
            grep -qx -- "$o" <<<"$offered" || no "zsh: 'rollcage $c -<TAB>' does not offer $o"
        done
        for o in $offered; do
            grep -qx -- "$o" <<<"$expected" || no "zsh: 'rollcage $c -<TAB>' offers $o, which is not an option of it"
        done
    done
    for c in $commands; do
        usage=$(help "$c" | sed -n 's/^Usage: .*\[options\] *//p')
        for w in $usage; do
            case $w in \[*|*[!a-z\|]*) continue ;; *\|*) ;; *) continue ;; esac
            got=$(zsh_offers "rollcage $c ")
            for choice in ${w//|/ }; do
                grep -qx "$choice" <<<"$got" || no "zsh: 'rollcage $c <TAB>' does not offer $choice"
            done
        done
    done
    zsh_offers "rollcage report --output $docs/rollcage." | grep -qx "rollcage.1" ||
        no "zsh: 'rollcage report --output <TAB>' does not complete files"
    zsh_checked=" and zsh"
else
    no "zsh is not installed (scripts/packages.txt lists it): its completion was not tried"
fi
[ "$fail" -eq 0 ] && echo "man page and bash${zsh_checked} completions match rollcage --help ($(wc -w <<<"$commands") commands)"
exit "$fail"
