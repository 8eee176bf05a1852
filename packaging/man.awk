# Turns the records of parse-help.awk (the top level first, then one file per command)
# into the man page rollcage(1). `version` and `date` go into the title line.
function esc(s) {
    gsub(/\\/, "\\e", s)
    s = minus(s)
    if (s ~ /^[.']/) s = "\\&" s
    return s
}
# The dashes of a word that starts with one (an option) are minus signs, \-; a hyphen
# inside a word stays a hyphen.
function minus(s,    r, w, n, i) {
    n = split(s, w, / /)  # one space each: a preformatted line keeps its alignment
    r = ""
    for (i = 1; i <= n; ++i) {
        if (w[i] ~ /^[(]?-/) gsub(/-/, "\\-", w[i])
        r = r (i > 1 ? " " : "") w[i]
    }
    return r
}
function spec_roff(s,    n, w, i, r, tail) {
    n = split(s, w, " ")
    r = ""
    for (i = 1; i <= n; ++i) {
        tail = ""
        if (w[i] ~ /,$/) { tail = ","; w[i] = substr(w[i], 1, length(w[i]) - 1) }
        if (w[i] ~ /^-/) { gsub(/-/, "\\-", w[i]); w[i] = "\\fB" w[i] "\\fR" }
        else w[i] = "\\fI" w[i] "\\fR"
        r = r (i > 1 ? " " : "") w[i] tail
    }
    return r
}
function synopsis(c, args) {
    return ".B rollcage" (c == "" ? "" : " " c) "\n" (args == "" ? "[\\fIoptions\\fR]" : "[\\fIoptions\\fR] " esc(args))
}
BEGIN { FS = "\t"; n = 0 }
{
    if (!($2 in seen)) { seen[$2] = 1; order[++n] = $2 }
    c = $2
    if ($1 == "usage") usage[c] = $3
    else if ($1 == "description") desc[c, ++ndesc[c]] = $3
    else { items[c, ++nitems[c]] = $1 "\t" $3 "\t" $4 }
}
function body(c,    i, line, inpre, last, f) {
    inpre = 0
    for (i = 1; i <= ndesc[c]; ++i) {
        line = desc[c, i]
        if (c == "" && i == 1) continue  # the NAME line
        if (line ~ /^ /) { if (!inpre) { print ".PP\n.nf"; inpre = 1 } sub(/^ +/, "", line); print esc(line); continue }
        if (inpre) { print ".fi"; inpre = 0 }
        if (line == "") continue
        print ".PP"; print esc(line)
    }
    if (inpre) print ".fi"
    last = ""
    for (i = 1; i <= nitems[c]; ++i) {
        split(items[c, i], f, "\t")
        if (f[1] != last) { print ".PP"; print (f[1] == "option" ? "Options:" : "Arguments:"); last = f[1] }
        print ".TP"; print spec_roff(f[2]); print esc(f[3])
    }
}
END {
    print ".\\\" Generated from rollcage --help by packaging/gen-cli-docs.sh; do not edit."
    printf ".TH ROLLCAGE 1 \"%s\" \"rollcage %s\" \"User Commands\"\n", date, version
    name = desc["", 1]; sub(/^[^:]*: */, "", name); sub(/\.$/, "", name)
    print ".SH NAME"; print "rollcage \\- " esc(name)
    print ".SH SYNOPSIS"
    for (k = 1; k <= n; ++k) { if (k > 1) print ".br"; print synopsis(order[k], usage[order[k]]) }
    print ".SH DESCRIPTION"
    body("")
    print ".SH COMMANDS"
    for (k = 2; k <= n; ++k) {
        c = order[k]
        print ".SS \"rollcage " c "\""
        print synopsis(c, usage[c])
        body(c)
    }
    print ".SH SEE ALSO"
    print "Each command's own \\fB\\-\\-help\\fR prints the text of its section above."
}
