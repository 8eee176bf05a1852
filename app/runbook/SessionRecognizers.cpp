// Which commands need a terminal: those that open a session the operator types into
// (ssh, `az webapp ssh`, `kubectl exec -it … sh`, psql/redis-cli with no command) and
// those that ask a question (`read -p`, `terraform apply`, sudo's password). Read from
// the commands, word by word: a tiny shell lexer, no regular expressions per line, since
// this runs over every step of a megabyte runbook.

#include "core/Tr.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QSet>

namespace rollcage::runbook::recognize {

namespace {

using namespace Qt::StringLiterals;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::recognize")

// One simple command: its words (quotes removed) and how its input is connected.
struct Simple
{
    QStringList words;
    bool pipedIn = false;    // `… | psql`
    bool redirectIn = false; // `psql < dump.sql`, `<<EOF`
};

// Splits a logical line into simple commands at ; && || | & and newlines, outside
// quotes and $( ).
QList<Simple> simpleCommands(const QString &line)
{
    QList<Simple> result;
    Simple cur;
    QString word;
    bool inWord = false;
    QChar quote;
    int depth = 0; // inside $( ) or ( )
    auto endWord = [&] {
        if (inWord) {
            if (word == QLatin1String("<") || word == QLatin1String("<<") ||
                word == QLatin1String("<<<") || word == QLatin1String("0<") ||
                word.startsWith(QLatin1String("<<")) ||
                (word.startsWith(QLatin1Char('<')) && !word.startsWith(QLatin1String("<("))))
                cur.redirectIn = true;
            else
                cur.words.append(word);
        }
        word.clear();
        inWord = false;
    };
    auto endCommand = [&](bool pipe) {
        endWord();
        if (!cur.words.isEmpty())
            result.append(cur);
        cur = Simple{};
        cur.pipedIn = pipe;
    };
    const qsizetype n = line.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = line.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\\' && quote == u'"' && i + 1 < n)
                word += line.at(++i);
            else
                word += c;
            continue;
        }
        if (depth > 0) {
            word += c;
            if (c == u'(')
                ++depth;
            else if (c == u')')
                --depth;
            continue;
        }
        if (c == u'\'' || c == u'"') {
            quote = c;
            inWord = true;
        } else if (c == u'\\' && i + 1 < n) {
            const QChar next = line.at(++i);
            if (next != u'\n') {
                word += next;
                inWord = true;
            } else {
                endWord();
            }
        } else if (c == u'$' && i + 1 < n && line.at(i + 1) == u'(') {
            word += QStringLiteral("$(");
            ++i;
            depth = 1;
            inWord = true;
        } else if (c == u'#' && !inWord) {
            break; // a comment to the end of the line
        } else if (c == u';' || c == u'\n' || c == u'(' || c == u')') {
            endCommand(false);
        } else if (c == u'|') {
            const bool orOp = i + 1 < n && line.at(i + 1) == u'|';
            if (orOp)
                ++i;
            endCommand(!orOp);
        } else if (c == u'&') {
            if (i + 1 < n && line.at(i + 1) == u'&')
                ++i;
            else if (i + 1 < n && line.at(i + 1) == u'>')
                continue; // &> is an output redirection
            endCommand(false);
        } else if (c.isSpace()) {
            endWord();
        } else if (c == u'<' && inWord && !word.isEmpty() && !word.at(0).isDigit()) {
            endWord();
            word = c;
            inWord = true;
        } else {
            word += c;
            inWord = true;
        }
    }
    endCommand(false);
    return result;
}

QString programName(const QString &word)
{
    return word.section(QLatin1Char('/'), -1);
}

bool isAssignment(const QString &word)
{
    const qsizetype eq = word.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    for (qsizetype i = 0; i < eq; ++i) {
        const QChar c = word.at(i);
        if (!(c.isLetterOrNumber() || c == u'_'))
            return false;
    }
    return !word.at(0).isDigit();
}

bool hasAny(const QStringList &words, std::initializer_list<const char *> options)
{
    for (const QString &w : words) {
        for (const char *o : options) {
            const QLatin1StringView opt(o);
            if (w == opt || (opt.startsWith(QLatin1String("--")) && w.startsWith(opt + u'=')))
                return true;
        }
    }
    return false;
}

// -it, -ti, -i -t, --stdin --tty (kubectl, docker, podman, oc).
bool asksForTty(const QStringList &words)
{
    bool in = false;
    bool tty = false;
    for (const QString &w : words) {
        if (w == QLatin1String("--"))
            break;
        if (w.startsWith(QLatin1String("--"))) {
            in = in || w == QLatin1String("--stdin") || w == QLatin1String("--interactive");
            tty = tty || w == QLatin1String("--tty");
        } else if (w.startsWith(QLatin1Char('-')) && w.size() <= 4) {
            in = in || w.contains(QLatin1Char('i'));
            tty = tty || w.contains(QLatin1Char('t'));
        }
    }
    return in && tty;
}

bool isShellProgram(const QString &program)
{
    static const QSet<QString> shells = {u"sh"_s,   u"bash"_s, u"zsh"_s,  u"ash"_s,
                                         u"dash"_s, u"ksh"_s,  u"fish"_s, u"pwsh"_s};
    return shells.contains(program);
}

// Positional words after the program, skipping options (and the values of those in
// `withValue`).
QStringList positionals(const QStringList &words, const QSet<QString> &withValue)
{
    QStringList result;
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QLatin1Char('-'))) {
            if (withValue.contains(w))
                ++i;
            continue;
        }
        result.append(w);
    }
    return result;
}

InteractionHit session(const QString &what, SessionLanguage language)
{
    InteractionHit h;
    h.kind = Interaction::Session;
    h.what = what;
    h.language = language;
    h.reason = tr("Opens a session with \"%1\": it runs in a terminal, and the commands the "
                  "runbook lists after it are typed into that session.")
                   .arg(what);
    return h;
}

InteractionHit prompt(const QString &what, const QString &reason)
{
    InteractionHit h;
    h.kind = Interaction::Prompt;
    h.what = what;
    h.reason = reason;
    return h;
}

InteractionHit analyse(QStringList words, const Simple &s);

// The command a container or remote exec runs: after "--" or after the container name.
InteractionHit innerCommand(const QStringList &inner, const Simple &s, const QString &outer)
{
    if (inner.isEmpty())
        return session(outer, SessionLanguage::Shell);
    const QString program = programName(inner.first());
    if (isShellProgram(program) && !inner.contains(u"-c"_s))
        return session(outer + u' ' + program, SessionLanguage::Shell);
    Simple bare = s;
    bare.pipedIn = bare.redirectIn = false;
    InteractionHit h = analyse(inner, bare);
    if (h.kind == Interaction::Session)
        return session(outer + u' ' + h.what, h.language);
    return prompt(outer, tr("Runs \"%1\" with a terminal (-it): it runs in a terminal.").arg(outer));
}

InteractionHit database(const QString &program, const QStringList &words, const Simple &s)
{
    if (s.pipedIn || s.redirectIn)
        return {};
    static const QSet<QString> sql = {u"psql"_s, u"pgcli"_s, u"mysql"_s, u"mariadb"_s,
                                      u"mycli"_s, u"sqlite3"_s, u"cqlsh"_s, u"sqlplus"_s,
                                      u"sqlcmd"_s, u"clickhouse-client"_s};
    static const QSet<QString> redis = {u"redis-cli"_s, u"valkey-cli"_s, u"keydb-cli"_s};
    static const QSet<QString> mongo = {u"mongosh"_s, u"mongo"_s};
    if (sql.contains(program)) {
        if (hasAny(words, {"-c", "--command", "-f", "--file", "-l", "--list", "-e", "--execute",
                           "-q", "--query", "-Q", "-i", "--version", "--help"}))
            return {};
        if (program == QLatin1String("sqlite3") &&
            positionals(words, {u"-cmd"_s, u"-separator"_s}).size() > 1)
            return {};
        if (program == QLatin1String("sqlplus") &&
            std::any_of(words.cbegin(), words.cend(), [](const QString &w) { return w.startsWith(u'@'); }))
            return {};
        return session(program, SessionLanguage::Sql);
    }
    if (redis.contains(program)) {
        if (hasAny(words, {"-x", "--pipe", "--scan", "--bigkeys", "--memkeys", "--stat",
                           "--latency", "--latency-history", "--rdb", "--eval", "--cluster",
                           "--version", "--help"}))
            return {};
        static const QSet<QString> withValue = {
            u"-h"_s, u"-p"_s, u"-s"_s, u"-a"_s, u"-u"_s, u"-r"_s, u"-i"_s, u"-n"_s, u"-d"_s,
            u"-D"_s, u"--user"_s, u"--pass"_s, u"--cacert"_s, u"--cacertdir"_s, u"--cert"_s,
            u"--key"_s, u"--tls-ciphers"_s, u"--sni"_s, u"--askpass"_s};
        if (!positionals(words, withValue).isEmpty())
            return {};
        return session(program, SessionLanguage::Redis);
    }
    if (mongo.contains(program)) {
        if (hasAny(words, {"--eval", "-f", "--file", "--version", "--help"}) ||
            std::any_of(words.cbegin() + 1, words.cend(),
                        [](const QString &w) { return w.endsWith(QLatin1String(".js")); }))
            return {};
        return session(program, SessionLanguage::Mongo);
    }
    return {};
}

InteractionHit analyse(QStringList words, const Simple &s)
{
    // Prefixes that run the rest: assignments, env, exec, time, command, nohup.
    while (!words.isEmpty()) {
        const QString &w = words.first();
        if (isAssignment(w) || w == QLatin1String("exec") || w == QLatin1String("time") ||
            w == QLatin1String("command") || w == QLatin1String("nohup") ||
            w == QLatin1String("env"))
            words.removeFirst();
        else
            break;
    }
    if (words.isEmpty())
        return {};
    if (InteractionHit h = holdsTerminal(words); h.kind != Interaction::None)
        return h;
    const QString program = programName(words.first());
    const QString sub = words.value(1);
    if (program == QLatin1String("sudo")) {
        if (hasAny(words.mid(1, 4), {"-i", "--login"}))
            return session(u"sudo -i"_s, SessionLanguage::Shell);
        if (hasAny(words.mid(1, 4), {"-s", "--shell"}))
            return session(u"sudo -s"_s, SessionLanguage::Shell);
        qsizetype i = 1;
        static const QSet<QString> withValue = {u"-u"_s, u"-g"_s, u"-C"_s, u"-D"_s, u"-h"_s,
                                                u"-p"_s, u"-U"_s, u"-r"_s, u"-t"_s};
        while (i < words.size() && words.at(i).startsWith(u'-'))
            i += withValue.contains(words.at(i)) ? 2 : 1;
        // sudo alone is not a prompt: with NOPASSWD or a cached ticket it asks nothing, and
        // a headless run must not refuse it for that (annotate terminal=prompt if it asks).
        const InteractionHit inner = analyse(words.mid(i), s);
        return inner.kind == Interaction::Session ? session(u"sudo "_s + inner.what, inner.language)
                                                  : inner;
    }
    if (program == QLatin1String("su"))
        return positionals(words, {u"-c"_s}).size() > 1 || words.contains(u"-c"_s)
                   ? InteractionHit{}
                   : session(u"su"_s, SessionLanguage::Shell);
    if (isShellProgram(program) && words.size() <= 2 && !s.pipedIn && !s.redirectIn &&
        (words.size() == 1 || words.at(1) == QLatin1String("-i") ||
         words.at(1) == QLatin1String("-l") || words.at(1) == QLatin1String("--login")))
        return session(program, SessionLanguage::Shell);
    if (program == QLatin1String("ssh") || program == QLatin1String("mosh")) {
        static const QSet<QString> withValue = {
            u"-b"_s, u"-c"_s, u"-D"_s, u"-E"_s, u"-e"_s, u"-F"_s, u"-I"_s, u"-i"_s, u"-J"_s,
            u"-L"_s, u"-l"_s, u"-m"_s, u"-O"_s, u"-o"_s, u"-p"_s, u"-Q"_s, u"-R"_s, u"-S"_s,
            u"-W"_s, u"-w"_s, u"-B"_s, u"-P"_s};
        if (hasAny(words, {"-N", "-f", "-O", "-V"}))
            return {};
        // The host is the first word that is not an option; what follows runs there.
        qsizetype host = 1;
        while (host < words.size() && words.at(host).startsWith(u'-'))
            host += withValue.contains(words.at(host)) ? 2 : 1;
        if (host + 1 >= words.size())
            return session(program, SessionLanguage::Shell);
        if (hasAny(words.mid(0, host), {"-t", "-tt"}))
            return innerCommand(words.mid(host + 1), s, program + u" -t"_s);
        return {};
    }
    if (program == QLatin1String("az")) {
        const QString pair = sub + u' ' + words.value(2);
        if (pair == QLatin1String("webapp ssh") || pair == QLatin1String("ssh vm") ||
            pair == QLatin1String("ssh arc") || pair == QLatin1String("containerapp exec") ||
            pair == QLatin1String("spring app-instance"))
            return session(u"az "_s + pair, SessionLanguage::Shell);
        return {};
    }
    if (program == QLatin1String("gcloud")) {
        const qsizetype at = words.indexOf(u"ssh"_s);
        if (at > 0 && at <= 3 && !hasAny(words, {"--command"}))
            return session(words.mid(0, at + 1).join(u' '), SessionLanguage::Shell);
        if (words.contains(u"delete"_s) && !hasAny(words, {"--quiet", "-q"}))
            return prompt(u"gcloud … delete"_s,
                          tr("\"gcloud … delete\" asks to confirm unless --quiet: it runs in a "
                             "terminal."));
        return {};
    }
    if (program == QLatin1String("aws") && sub == QLatin1String("ssm") &&
        words.value(2) == QLatin1String("start-session") && !hasAny(words, {"--document-name"}))
        return session(u"aws ssm start-session"_s, SessionLanguage::Shell);
    if ((program == QLatin1String("heroku") && sub == QLatin1String("run") &&
         isShellProgram(programName(words.value(2)))) ||
        (program == QLatin1String("fly") && sub == QLatin1String("ssh") && !hasAny(words, {"-C", "--command"})) ||
        (program == QLatin1String("cf") && sub == QLatin1String("ssh") && !hasAny(words, {"-c"})))
        return session(program + u' ' + sub, SessionLanguage::Shell);
    if (program == QLatin1String("kubectl") || program == QLatin1String("oc")) {
        if (program == QLatin1String("oc") && sub == QLatin1String("rsh"))
            return positionals(words, {u"-c"_s, u"--container"_s, u"-n"_s}).size() <= 2
                       ? session(u"oc rsh"_s, SessionLanguage::Shell)
                       : InteractionHit{};
        if (program == QLatin1String("oc") && sub == QLatin1String("debug") && !words.contains(u"--"_s))
            return session(u"oc debug"_s, SessionLanguage::Shell);
        static const QSet<QString> interactive = {u"exec"_s, u"attach"_s, u"run"_s, u"debug"_s};
        const qsizetype at = std::find_if(words.cbegin() + 1, words.cend(),
                                          [](const QString &w) { return interactive.contains(w); }) -
                             words.cbegin();
        if (at >= words.size() || !asksForTty(words))
            return {};
        const qsizetype dash = words.indexOf(u"--"_s);
        return innerCommand(dash < 0 ? QStringList{} : words.mid(dash + 1), s,
                            program + u' ' + words.at(at) + u" -it"_s);
    }
    if (program == QLatin1String("docker") || program == QLatin1String("podman") ||
        program == QLatin1String("docker-compose")) {
        qsizetype at = 1;
        if (sub == QLatin1String("compose") || sub == QLatin1String("container"))
            at = 2;
        const QString verb = words.value(at);
        const bool compose = program == QLatin1String("docker-compose") || sub == QLatin1String("compose");
        if (verb != QLatin1String("exec") && verb != QLatin1String("run") && verb != QLatin1String("attach"))
            return {};
        // compose exec has a terminal unless -T; docker exec/run only with -it.
        if (compose ? hasAny(words, {"-T", "--no-TTY"}) || verb == QLatin1String("run") : !asksForTty(words))
            return {};
        static const QSet<QString> withValue = {u"-e"_s, u"--env"_s, u"-u"_s, u"--user"_s,
                                                u"-w"_s, u"--workdir"_s, u"--name"_s,
                                                u"--env-file"_s, u"-v"_s, u"--volume"_s,
                                                u"-p"_s, u"--entrypoint"_s, u"--network"_s};
        // The container (or service) is the first word that is not an option.
        qsizetype target = at + 1;
        while (target < words.size() && words.at(target).startsWith(u'-'))
            target += withValue.contains(words.at(target)) ? 2 : 1;
        return innerCommand(words.mid(target + 1), s, words.mid(0, at + 1).join(u' '));
    }
    if (InteractionHit h = database(program, words, s); h.kind != Interaction::None)
        return h;
    if ((program == QLatin1String("rails") || program == QLatin1String("bin/rails")) &&
        (sub == QLatin1String("console") || sub == QLatin1String("c") || sub == QLatin1String("dbconsole")))
        return session(u"rails "_s + sub, SessionLanguage::Other);
    if ((program == QLatin1String("tmux") || program == QLatin1String("screen")) &&
        words.size() <= 3)
        return session(program, SessionLanguage::Shell);
    if (program == QLatin1String("read") && !s.pipedIn && !s.redirectIn &&
        (words.contains(u"-p"_s) || words.contains(u"-s"_s) || words.size() <= 3))
        return prompt(u"read"_s, tr("Reads an answer from the terminal (\"read\"): it runs in a "
                                   "terminal so the operator can answer."));
    if ((program == QLatin1String("terraform") || program == QLatin1String("tofu")) &&
        (sub == QLatin1String("apply") || sub == QLatin1String("destroy")) &&
        !hasAny(words, {"-auto-approve", "--auto-approve"}) &&
        positionals(words.mid(1), {u"-var"_s, u"-var-file"_s, u"-target"_s, u"-state"_s,
                                   u"-parallelism"_s, u"-lock-timeout"_s})
            .isEmpty())
        return prompt(program + u' ' + sub,
                      tr("\"%1 %2\" asks \"yes\" before it acts: it runs in a terminal so the "
                         "operator can answer.")
                          .arg(program, sub));
    return {};
}

} // namespace

InteractionHit interaction(const QString &code)
{
    if (!mayInteract(code))
        return {};
    InteractionHit found;
    for (const LogicalLine &l : logicalLines(code)) {
        const QString trimmed = l.text.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        for (const Simple &s : simpleCommands(l.text)) {
            InteractionHit h = analyse(s.words, s);
            if (h.kind == Interaction::Session) {
                h.lastLine = l.last;
                return h;
            }
            if (h.kind == Interaction::Prompt && found.kind == Interaction::None)
                found = h;
        }
    }
    return found;
}

} // namespace rollcage::runbook::recognize
