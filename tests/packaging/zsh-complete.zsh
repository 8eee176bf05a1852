#!/usr/bin/env zsh
# zsh-complete.zsh DIR < QUERIES
# What zsh's completion system really offers with the completion function in DIR
# (_rollcage): for each line of standard input, a command line like "rollcage secret "
# (completed at its end), prints "QUERY<TAB>MATCH" for every match offered, then
# "QUERY<TAB>" alone when that completion is over.
#
# It runs an interactive `zsh -f` in a pseudo-terminal (zpty), with compinit and DIR on
# fpath, types each line and presses Tab there: _main_complete, _arguments and _describe
# run exactly as for a user. compadd is wrapped to print what is added (after matching
# against the word being completed); compprefuncs/comppostfuncs mark the start and end of
# each completion, so nothing waits on a timer.
emulate -L zsh
setopt err_return no_unset
dir=${1:?usage: zsh-complete.zsh DIR < QUERIES}
dir=${dir:A}
zmodload zsh/zpty

zpty -b rc zsh -f -i
# The shell's own prompt and the echo of typed text are noise: every line we want starts
# with a marker.
zpty -w rc "PS1='' PS2='' RPS1=''; unsetopt zle_bracketed_paste 2>/dev/null; setopt no_beep"
zpty -w rc "fpath=(${(q)dir} \$fpath); autoload -Uz compinit; compinit -u -D"
zpty -w rc "zstyle ':completion:*' menu no; zstyle ':completion:*' list-prompt ''; LISTMAX=100000"
# The markers are written split ("<<""end>>") in what is typed: a line typed before the
# shell reads it is echoed by the terminal, and again by the line editor when it is read,
# so a marker written whole would be found in that echo (under load the first query's
# matches came after its end and every answer was the one before's).
# Pass through the calls that only collect (-O, -A, -D: _arguments and _describe filter
# with them); print the matches of every call that adds to what the user sees.
zpty -w rc 'compadd() {
    if (( ${@[(I)-[OAD]*]} )); then builtin compadd "$@"; return; fi
    local -a __got
    builtin compadd -O __got "$@"
    local __m; for __m in $__got; do print -r -- "<<""m>>$__m"; done
    builtin compadd "$@"
}'
zpty -w rc '_rc_begin() { print -r -- "<<""begin>>" }; _rc_end() { print -r -- "<<""end>>" }'
# Tab: arm the markers, then complete as zsh does; Ctrl-U then clears the line. Enter is
# unbound so a typed query can never run.
zpty -w rc '_rc_tab() { compprefuncs=(_rc_begin); comppostfuncs=(_rc_end); zle complete-word }'
zpty -w rc 'zle -N _rc_tab; bindkey "^I" _rc_tab; bindkey "^U" kill-whole-line'
zpty -w rc 'print -r -- "<<""ready>>"; bindkey -r "^M"; bindkey -r "^J"'
zpty -r -m rc out '*<<ready>>*' >/dev/null

local query line
while IFS= read -r query; do
    zpty -w -n rc "$query"$'\t'
    # Everything up to the end marker; the matches are the lines with <<m>>.
    zpty -r -m rc out '*<<end>>*'
    for line in ${(f)out}; do
        line=${line%$'\r'}
        [[ $line == *'<<m>>'* ]] && print -r -- "$query"$'\t'"${line#*<<m>>}"
    done
    print -r -- "$query"$'\t'
    zpty -w -n rc $'\x15'
done
zpty -d rc
