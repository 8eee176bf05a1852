# Turns the records of parse-help.awk (the top level first, then one file per command)
# into a bash (shell=bash) or zsh (shell=zsh) completion for rollcage: the commands, each
# command's options, files for an option's value and for FILE-like arguments, and the
# choices a usage line spells as a|b|c.
function zq(s) { gsub(/'/, "'\\''", s); return s }
function zbr(s) { gsub(/[][]/, "", s); return s }
function zdesc(s) { gsub(/:/, "\\:", s); return zq(zbr(s)) }
BEGIN { FS = "\t"; n = 0 }
{
    if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 }
    c = $2
    if ($1 == "usage") {
        usage[c] = $3
        m = split($3, w, " ")
        for (i = 1; i <= m; ++i) if (w[i] ~ /\|/ && w[i] !~ /^\[/) { choices[c] = w[i]; gsub(/\|/, " ", choices[c]); break }
    } else if ($1 == "description") {
        if (!(c in summary) && $3 != "") { summary[c] = $3; sub(/\. .*/, ".", summary[c]) }
    } else if ($1 == "option") {
        k = split($3, names, ", ")
        arg = ""
        if (match(names[k], / <[^>]*>$/)) { arg = substr(names[k], RSTART + 2, RLENGTH - 3); names[k] = substr(names[k], 1, RSTART - 1) }
        for (i = 1; i <= k; ++i) {
            opts[c] = opts[c] (opts[c] == "" ? "" : " ") names[i]
            if (arg != "") valued[c] = valued[c] (valued[c] == "" ? "" : " ") names[i]
            # Files for a value named like a path; nothing to offer for a name or a number.
            if (arg ~ /FILE|PNG|DIR|PATH/) paths[c] = paths[c] (paths[c] == "" ? "" : " ") names[i]
            zopt[c] = zopt[c] sprintf("        '%s%s[%s]%s' \\\n", names[i], (arg == "" ? "" : (names[i] ~ /^--/ ? "=" : "+")),
                                      zq(zbr($4)), (arg == "" ? "" : ":" zdesc(arg) (arg ~ /FILE|PNG|DIR|PATH/ ? ":_files" : ": ")))
        }
    } else if ($1 == "argument") {
        nargs[c]++
    }
}
function bash_out(    k, c) {
    print "# bash completion for rollcage. Generated from rollcage --help by"
    print "# packaging/gen-cli-docs.sh; do not edit."
    print "_rollcage() {"
    print "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}"
    print "    local cmd='' i w positional=0 opts valued paths choices"
    print "    local valued_all='" substr(valued_all, 2) "'"
    print "    for ((i = 1; i < COMP_CWORD; i++)); do"
    print "        w=${COMP_WORDS[i]}"
    print "        case $w in"
    printf "            "
    for (k = 2; k <= n; ++k) printf "%s%s", (k > 2 ? "|" : ""), order[k]
    print ") [ -z \"$cmd\" ] && { cmd=$w; continue; } ;;"
    print "        esac"
    print "        [[ $w == -* ]] && continue"
    print "        [[ \" $valued_all \" == *\" ${COMP_WORDS[i-1]} \"* ]] && continue"
    print "        positional=$((positional + 1))"
    print "    done"
    print "    case $cmd in"
    for (k = 1; k <= n; ++k) {
        c = order[k]
        printf "        '%s') opts='%s'; valued='%s'; paths='%s'; choices='%s' ;;\n", c, opts[c], valued[c],
               paths[c], (c == "" ? commands : choices[c])
    }
    print "    esac"
    print "    if [[ \" $paths \" == *\" $prev \"* ]]; then"
    print "        compopt -o filenames 2>/dev/null"
    print "        mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")"
    print "        return"
    print "    fi"
    print "    [[ \" $valued \" == *\" $prev \"* ]] && { COMPREPLY=(); return; }"
    print "    if [[ $cur == -* ]]; then"
    print "        mapfile -t COMPREPLY < <(compgen -W \"$opts\" -- \"$cur\")"
    print "        return"
    print "    fi"
    print "    if [ -n \"$choices\" ] && [ \"$positional\" -eq 0 ]; then"
    print "        mapfile -t COMPREPLY < <(compgen -W \"$choices\" -- \"$cur\")"
    print "        [ -n \"$cmd\" ] && return"
    print "    fi"
    print "    compopt -o filenames 2>/dev/null"
    print "    mapfile -t -O \"${#COMPREPLY[@]}\" COMPREPLY < <(compgen -f -- \"$cur\")"
    print "}"
    print "complete -F _rollcage rollcage"
}
function zsh_out(    k, c) {
    print "#compdef rollcage"
    print "# zsh completion for rollcage. Generated from rollcage --help by"
    print "# packaging/gen-cli-docs.sh; do not edit."
    print "_rollcage() {"
    print "    local curcontext=$curcontext state line ret=1"
    print "    local -a commands=("
    for (k = 2; k <= n; ++k) printf "        '%s:%s'\n", order[k], zdesc(summary[order[k]])
    print "    )"
    print "    _arguments -C \\"
    printf "%s", zopt[""]
    print "        '1: :->first' '*:: :->rest' && ret=0"
    print "    case $state in"
    print "    first) _describe -t commands command commands && ret=0; _files && ret=0 ;;"
    print "    rest)"
    print "        case $words[1] in"
    for (k = 2; k <= n; ++k) {
        c = order[k]
        printf "        %s) _arguments \\\n%s", c, zopt[c]
        if (choices[c] != "") printf "            '1:action:(%s)' '*: :_files' && ret=0 ;;\n", choices[c]
        else if (nargs[c] > 0) printf "            '*: :_files' && ret=0 ;;\n"
        else printf "            && ret=0 ;;\n"
    }
    print "        esac ;;"
    print "    esac"
    print "    return ret"
    print "}"
    print "_rollcage \"$@\""
}
END {
    commands = ""
    for (k = 2; k <= n; ++k) commands = commands (k > 2 ? " " : "") order[k]
    for (k = 1; k <= n; ++k) if (valued[order[k]] != "") valued_all = valued_all " " valued[order[k]]
    if (shell == "bash") bash_out()
    else zsh_out()
}
