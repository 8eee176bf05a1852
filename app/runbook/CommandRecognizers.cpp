// What a step's commands do: destroy or overwrite (a typed confirmation), change
// production without destroying (a confirmation naming the target), or neither. Read
// from the commands themselves, never from the prose around them.

#include "runbook/Recognizers.h"

#include <QRegularExpression>

namespace rollcage::runbook::recognize {

using namespace Qt::StringLiterals;

namespace {

using RE = QRegularExpression;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

// The first match of `re` in `code` outside a comment line: a comment talks about the
// command (that is a warning() matter). `re` is tried only where a word of `triggers`
// starts (each of its alternatives begins with one): trying forty alternatives at every
// position of every step's code was most of a megabyte runbook's import time.
Hit firstCommandHit(const RE &re, const QString &code, const QSet<QString> &triggers)
{
    const qsizetype n = code.size();
    qsizetype i = 0;
    QString lower;
    while (i < n) {
        while (i < n && !isWordChar(code.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && (isWordChar(code.at(i)) || code.at(i) == u'-' || code.at(i) == u'.'))
            ++i;
        if (i == start || i - start > 32)
            continue;
        // Lower-cased into one buffer, its parts looked up without copies: this runs for
        // every word of every step.
        const qsizetype len = i - start;
        lower.resize(len);
        for (qsizetype k = 0; k < len; ++k) {
            const char16_t c = code.at(start + k).unicode();
            // ASCII inline: QChar::toLower is a call through the Unicode tables.
            lower[k] = c < 0x80 ? QChar(c >= u'A' && c <= u'Z' ? c + 32 : c) : QChar(c).toLower();
        }
        const auto part = [&](qsizetype from, qsizetype size) {
            return QString::fromRawData(lower.constData() + from, size);
        };
        const auto has = [&](qsizetype from, qsizetype size) {
            return size > 0 && triggers.contains(part(from, size));
        };
        // "mkfs.ext4", "restore-quorum", "db-reset": the part before a dot or the first
        // dash, or after the last dash, also counts; the match starts where that part does.
        const qsizetype dot = lower.indexOf(u'.');
        const qsizetype dash = lower.indexOf(u'-');
        qsizetype at = start;
        if (!has(0, len) && !(dot > 0 && has(0, dot)) && !(dash > 0 && has(0, dash))) {
            const qsizetype lastDash = lower.lastIndexOf(u'-');
            if (lastDash < 0)
                continue;
            const qsizetype from = lastDash + 1;
            // A script named after what it does ("restore-all.sh"), not a host name
            // ("db-demo-restore.example.org").
            static const QSet<QString> scripts = {u"sh"_s, u"bash"_s, u"py"_s, u"rb"_s, u"ps1"_s};
            const qsizetype extDot = lower.indexOf(u'.', from);
            const bool script = extDot > 0 && lower.indexOf(u'.', extDot + 1) < 0 &&
                                scripts.contains(part(extDot + 1, len - extDot - 1));
            const bool lastIs = has(from, len - from);
            if (!lastIs && !(script && has(from, extDot - from)))
                continue;
            // "db-reset --force" is matched from its start; "x-restore" from "restore".
            at = part(from, len - from).startsWith(u"reset") ? start : start + from;
        }
        // The code is a step's text (valid UTF-16, see TextMatch.h): checked once per
        // trigger word it would cost a pass over the whole text each time.
        const auto m = re.match(code, at, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption |
                                    QRegularExpression::DontCheckSubjectStringMatchOption);
        if (!m.hasMatch())
            continue;
        const qsizetype lineStart = code.lastIndexOf(QLatin1Char('\n'), start) + 1;
        const QStringView line = QStringView(code).mid(lineStart).trimmed();
        if (line.startsWith(u'#') || line.startsWith(u"--") || line.startsWith(u"//"))
            continue;
        return {m.captured(0).simplified(), int(QStringView(code).left(lineStart).count(u'\n'))};
    }
    return {};
}

} // namespace

// Fence languages come lower-cased (fenceAttributes), as isShellLanguage expects too.
bool isDataLanguage(const QString &language)
{
    static const QSet<QString> data = {
        u"yaml"_s, u"yml"_s,  u"json"_s, u"jsonc"_s, u"json5"_s,      u"toml"_s, u"xml"_s,
        u"ini"_s,  u"conf"_s, u"hcl"_s,  u"tf"_s,    u"properties"_s, u"csv"_s,  u"env"_s};
    return data.contains(language);
}

Hit destructiveCommand(const QString &code)
{
    // What destroys or overwrites: data, state, a whole service. One expression, one pass.
    static const RE re(
        QStringLiteral(
            R"(\bFLUSH(?:ALL|DB)\b|\bDROP\s+(?:TABLE|DATABASE|SCHEMA|INDEX|COLUMN|VIEW|USER)\b)"
            R"(|\bTRUNCATE\b|\bDELETE\s+FROM\b|\brestore\b|\bdowngrade\b)"
            // A schema migration taken back drops what the newer schema added.
            R"(|\bmigrate(?::|\s+)(?:down|rollback|reset|undo|fresh|refresh)\b|\bdb:rollback\b)"
            R"(|\brm\s+(?:-\w*r\w*f\w*|-\w*f\w*r\w*|-r\s+-f|-f\s+-r|--recursive)\b)"
            R"(|\bp?kill\s+(?:-9|-KILL|-s\s+KILL)\b|\bgit\s+checkout\s+\S+\s+--\s)"
            R"(|\bgit\s+reset\s+--hard\b|\bgit\s+clean\s+-\w*f|\bgit\s+push\s+\S*\s*--force\b)"
            R"(|\bkubectl\s+(?:\S+[ \t]+)*?delete\b|\bterraform\s+(?:destroy|state\s+rm)\b)"
            R"(|\bterraform\s+apply\s+(?:\S+[ \t]+)*?-destroy\b|\b(?:terraform|tofu)\s+force-unlock\b)"
            // helm rollback changes without destroying: changingCommand's.
            R"(|\bhelm\s+uninstall\b|\bdropdb\b|\bmkfs\b|\bdd\s+if=)"
            R"(|\baws\s+\S+\s+(?:delete-\S+|rm|rb|terminate-\S+)\b|\baz\s+(?:\S+[ \t]+)+?delete\b)"
            R"(|\bgcloud\s+(?:\S+[ \t]+)+?delete\b|\bpg_terminate_backend\b)"
            // A dump read in: the match ends at the '<' ("<host>" is a placeholder, not one).
            R"(|\b(?:psql|mysql|pg_restore)\b[^\n|]*?<(?![\w.-]+>)(?=\s*\S)|\bpg_restore\b[^\n]*?(?:--clean|--dbname|\s-[cd])\b)"
            R"(|\b(?:kubectl|oc)\s[^\n]*?--replicas[= ]0\b|\b(?:\w+-)*reset\s+--force\b|\betcdctl\s+del\b|\brm\s+-\w*f\b)"
            R"(|\b(?:cf|heroku|doctl|flyctl|openstack|nomad|consul|gsutil)\s+(?:\S+[ \t]+)*?(?:delete|destroy|rm|purge)(?:-\S+)?\b)"
            R"(|\bdocker\s+(?:container\s+|volume\s+|system\s+)?(?:rm|prune)\b|\bdocker(?:\s+compose|-compose)\s+(?:\S+[ \t]+)*?down\s+(?:\S+[ \t]+)*?-v\b)"),
        RE::CaseInsensitiveOption);
    // The word each alternative above begins with.
    // clang-format off
    static const QSet<QString> triggers = {
        u"flushall"_s, u"flushdb"_s, u"drop"_s, u"truncate"_s, u"delete"_s, u"restore"_s,
        u"downgrade"_s, u"rm"_s, u"kill"_s, u"pkill"_s, u"git"_s, u"kubectl"_s, u"oc"_s,
        u"terraform"_s, u"tofu"_s, u"helm"_s, u"dropdb"_s, u"mkfs"_s, u"dd"_s, u"aws"_s,
        u"az"_s, u"gcloud"_s, u"pg_terminate_backend"_s, u"psql"_s, u"mysql"_s,
        u"pg_restore"_s, u"reset"_s, u"etcdctl"_s, u"cf"_s, u"heroku"_s, u"doctl"_s,
        u"flyctl"_s, u"openstack"_s, u"nomad"_s, u"consul"_s, u"gsutil"_s, u"docker"_s,
        u"docker-compose"_s, u"migrate"_s, u"db"_s};
    // clang-format on
    return firstCommandHit(re, code, triggers);
}

Hit changingCommand(const QString &code)
{
    // What changes production without destroying it: a swap, a rollout, a deploy, a
    // restart. Read-only commands (get, describe, show, list, curl -f) are neither.
    static const RE re(
        QStringLiteral(
            R"(\baz\s+webapp\s+deployment\s+slot\s+swap\b|\baz\s+(?:\S+[ \t]+)+?(?:restart|update|set|swap|create)\b)"
            R"(|\b(?:kubectl|oc)\s+(?:\S+[ \t]+)*?(?:rollout\s+(?:undo|restart)|apply|patch|scale|set|edit|replace|cordon|drain|annotate|label)\b)"
            R"(|\bhelm\s+(?:rollback|upgrade|install)\b|\bargocd\s+app\s+(?:rollback|sync|set|patch)\b)"
            R"(|\bgh\s+workflow\s+run\b|\bterraform\s+apply\b|\btofu\s+apply\b)"
            R"(|\bsystemctl\s+(?:restart|stop|start|reload|disable)\b|\bservice\s+\S+\s+(?:restart|stop)\b)"
            R"(|\bdocker(?:\s+compose|-compose)?\s+(?:\S+[ \t]+)*?(?:up|down|restart|stop)\b|\brm\s+(?!-)\S)"
            R"(|\bgit\s+(?:push|revert)\b|\baws\s+\S+\s+(?:update|put|modify|create|start|stop|reboot|promote)-\S+)"
            R"(|\bgcloud\s+(?:\S+[ \t]+)+?(?:update|deploy|restart)\b|\bcf\s+(?:push|restart|restage|scale|bind-service|create-service)\b)"
            R"(|\bcurl\b[^\n]*\s-X\s*(?:POST|PUT|PATCH|DELETE)\b|\bvelero\s+restore\s+create\b)"
            R"(|\b(?:alembic|rails|rake|manage\.py|flyway|liquibase)\b[^\n]*\b(?:upgrade|migrate|rollback)\b)"
            // `ln -sfn releases/v2 current`: the live release switched by its symlink.
            R"(|\bln\s+(?:-\w+\s+)*-\w*f\w*\s)"),
        RE::CaseInsensitiveOption);
    static const QSet<QString> triggers = {
        u"az"_s,     u"kubectl"_s,        u"oc"_s,     u"helm"_s,      u"argocd"_s,
        u"gh"_s,     u"terraform"_s,      u"tofu"_s,   u"systemctl"_s, u"service"_s,
        u"docker"_s, u"docker-compose"_s, u"git"_s,    u"aws"_s,       u"gcloud"_s,
        u"cf"_s,     u"curl"_s,           u"velero"_s, u"alembic"_s,   u"rails"_s,
        u"rake"_s,   u"manage.py"_s,      u"flyway"_s, u"liquibase"_s, u"rm"_s,
        u"ln"_s};
    return firstCommandHit(re, code, triggers);
}

} // namespace rollcage::runbook::recognize
