// The lines of a session: continued lines joined, the line that ends a session, and
// whether a step speaks the session's language (SQL after psql, FLUSHALL after redis-cli).
// And the cheap look for any program that could need a terminal, before the real one.

#include "runbook/Recognizers.h"

#include <QSet>

namespace rollcage::runbook::recognize {

using namespace Qt::StringLiterals;

bool mayInteract(const QString &code)
{
    // Keep it a superset of the programs analyse() and database() (SessionRecognizers.cpp)
    // look at.
    // clang-format off
    static const QSet<QString> programs = {
        u"sudo"_s, u"su"_s, u"sh"_s, u"bash"_s, u"zsh"_s, u"ash"_s, u"dash"_s, u"ksh"_s,
        u"fish"_s, u"pwsh"_s, u"ssh"_s, u"mosh"_s, u"az"_s, u"gcloud"_s, u"aws"_s,
        u"heroku"_s, u"fly"_s, u"cf"_s, u"kubectl"_s, u"oc"_s, u"docker"_s, u"podman"_s,
        u"docker-compose"_s, u"psql"_s, u"pgcli"_s, u"mysql"_s, u"mariadb"_s, u"mycli"_s,
        u"sqlite3"_s, u"cqlsh"_s, u"sqlplus"_s, u"sqlcmd"_s, u"clickhouse-client"_s,
        u"redis-cli"_s, u"valkey-cli"_s, u"keydb-cli"_s, u"mongosh"_s, u"mongo"_s,
        u"rails"_s, u"tmux"_s, u"screen"_s, u"read"_s, u"terraform"_s, u"tofu"_s,
        // holdsTerminal()'s
        u"tail"_s, u"journalctl"_s, u"watch"_s, u"vi"_s, u"vim"_s, u"nvim"_s, u"nano"_s,
        u"emacs"_s, u"visudo"_s, u"vipw"_s, u"crontab"_s, u"systemctl"_s, u"less"_s,
        u"more"_s, u"top"_s, u"htop"_s};
    // clang-format on
    const auto inWord = [](QChar c) {
        return c.isLetterOrNumber() || c == u'_' || c == u'-' || c == u'.' || c == u'/';
    };
    const qsizetype n = code.size();
    qsizetype i = 0;
    while (i < n) {
        while (i < n && !inWord(code.at(i)))
            ++i;
        qsizetype start = i;
        while (i < n && inWord(code.at(i))) {
            if (code.at(i) == u'/')
                start = i + 1; // a path's last part: /usr/bin/psql
            ++i;
        }
        // Looked up without a copy: this runs for every word of every shell block.
        if (i > start && i - start <= 17 &&
            programs.contains(QString::fromRawData(code.constData() + start, i - start)))
            return true;
    }
    return false;
}

QList<LogicalLine> logicalLines(const QString &code)
{
    QList<LogicalLine> result;
    const QStringList lines = code.split(QLatin1Char('\n'));
    LogicalLine cur;
    bool open = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        if (!open) {
            cur = LogicalLine{};
            cur.first = i;
            cur.text = l;
        } else {
            cur.text += QLatin1Char('\n') + l;
        }
        cur.last = i;
        // A trailing "\" (a shell's) or " `" (PowerShell's, after a blank: a backtick
        // closing a shell substitution has none) carries the command on.
        open = (l.endsWith(QLatin1Char('\\')) || l.endsWith(QLatin1String(" `"))) &&
               !l.trimmed().startsWith(QLatin1Char('#'));
        if (!open)
            result.append(cur);
    }
    if (open)
        result.append(cur);
    return result;
}

bool endsSession(const QString &command)
{
    const QString c = command.trimmed().toLower();
    return c == QLatin1String("exit") || c.startsWith(QLatin1String("exit ")) ||
           c == QLatin1String("logout") || c == QLatin1String("\\q") || c == QLatin1String("quit") ||
           c == QLatin1String("quit;") || c == QLatin1String("exit;");
}

bool speaksSessionLanguage(SessionLanguage language, const QString &code)
{
    if (language == SessionLanguage::Shell)
        return true;
    static const QSet<QString> sqlWords = {
        u"select"_s, u"update"_s, u"delete"_s, u"insert"_s, u"alter"_s, u"drop"_s, u"create"_s,
        u"truncate"_s, u"begin"_s, u"commit"_s, u"rollback"_s, u"show"_s, u"grant"_s,
        u"revoke"_s, u"vacuum"_s, u"analyze"_s, u"explain"_s, u"set"_s, u"with"_s, u"use"_s,
        u"start"_s, u"reindex"_s, u"\\d"_s, u"\\dt"_s, u"\\l"_s, u"\\c"_s, u"\\q"_s, u"\\x"_s};
    static const QSet<QString> redisWords = {
        u"flushall"_s, u"flushdb"_s, u"del"_s, u"unlink"_s, u"get"_s, u"set"_s, u"keys"_s,
        u"scan"_s, u"info"_s, u"config"_s, u"ping"_s, u"ttl"_s, u"expire"_s, u"hget"_s,
        u"hgetall"_s, u"hset"_s, u"dbsize"_s, u"select"_s, u"monitor"_s, u"client"_s,
        u"memory"_s, u"slowlog"_s, u"auth"_s, u"exists"_s, u"type"_s, u"quit"_s};
    for (const LogicalLine &l : logicalLines(code)) {
        const QString t = l.text.trimmed();
        if (t.isEmpty() || t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1String("--")) ||
            t.startsWith(QLatin1String("//")))
            continue;
        const QString first = t.section(QLatin1Char(' '), 0, 0).toLower();
        switch (language) {
        case SessionLanguage::Sql:
            return sqlWords.contains(first.endsWith(u';') ? first.chopped(1) : first);
        case SessionLanguage::Redis:
            return redisWords.contains(first);
        case SessionLanguage::Mongo:
            return first.startsWith(QLatin1String("db.")) || first == QLatin1String("use") ||
                   first == QLatin1String("show") || first.startsWith(QLatin1String("rs.")) ||
                   first.startsWith(QLatin1String("sh."));
        case SessionLanguage::Shell:
        case SessionLanguage::Other:
            return language == SessionLanguage::Shell;
        }
    }
    return false;
}

} // namespace rollcage::runbook::recognize
