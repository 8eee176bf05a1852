# Reads the help QCommandLineParser prints and writes tab-separated records:
#   usage  CMD ARGS | description CMD LINE | option CMD SPEC TEXT | argument CMD NAME TEXT
# `prefix` is "Usage: " and the binary's path as it printed it; `cmd` the command word.
function flush() {
    if (kind != "") print kind "\t" cmd "\t" spec "\t" text
    kind = ""
}
BEGIN { OFS = "\t"; section = "head" }
index($0, prefix) == 1 {
    rest = substr($0, length(prefix) + 1)
    sub(/^ *\[options\] */, "", rest)
    if (cmd != "" && (rest == cmd || index(rest, cmd " ") == 1)) rest = substr(rest, length(cmd) + 2)
    print "usage", cmd, rest
    section = "description"
    next
}
/^Options:$/ { flush(); section = "option"; next }
/^Arguments:$/ { flush(); section = "argument"; next }
section == "description" { print "description", cmd, $0; next }
/^$/ { flush(); next }
/^  [^ ]/ {
    flush()
    line = substr($0, 3)
    at = match(line, /  +/)
    kind = section
    if (at) { spec = substr(line, 1, at - 1); text = substr(line, at + RLENGTH) }
    else { spec = line; text = "" }
    next
}
/^   +[^ ]/ { t = $0; sub(/^ +/, "", t); text = text (text == "" ? "" : " ") t; next }
END { flush() }
