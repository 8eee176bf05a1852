// Commands that hold the terminal until the operator ends them: they follow output
// (`kubectl logs -f`, `tail -f`, `journalctl -f`, `kubectl get -w`, `watch`), open an
// editor (`kubectl edit`, `vim`, `crontab -e`) or a full-screen viewer (`less`, `top`).
// As a plain step they would never end, or wait for keys nobody can press; as a terminal
// step the operator reads, edits and ends them. Words come from SessionRecognizers' lexer.

#include "core/Tr.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QSet>

namespace rollcage::runbook::recognize {

namespace {

using namespace Qt::StringLiterals;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::recognize")

// `--long` or `--long=value`, or a short option cluster holding `letter` (`-f`, `-fu`,
// `-fn100` is not one: a cluster is letters only).
bool hasOption(const QStringList &words, QLatin1StringView longName, QChar letter)
{
    for (const QString &w : words) {
        if (w == QLatin1String("--"))
            return false;
        if (w.startsWith(QLatin1String("--"))) {
            if (!longName.isEmpty() &&
                (w == longName || (w.startsWith(longName) && w.at(longName.size()) == u'=' &&
                                   !w.endsWith(QLatin1String("=false")))))
                return true;
            continue;
        }
        if (letter.isNull() || w.size() < 2 || w.at(0) != u'-' || w.size() > 5)
            continue;
        bool letters = true;
        for (qsizetype i = 1; i < w.size(); ++i)
            letters = letters && w.at(i).isLetter();
        if (letters && w.contains(letter))
            return true;
    }
    return false;
}

InteractionHit held(const QString &what, const QString &reason)
{
    return {Interaction::Prompt, what, reason};
}

InteractionHit follows(const QString &what)
{
    return held(what, tr("\"%1\" follows the output until it is stopped: it runs in a terminal, "
                         "where the operator ends it (Ctrl+C) once they have seen enough.")
                          .arg(what));
}

InteractionHit edits(const QString &what)
{
    return held(what, tr("\"%1\" opens an editor: it runs in a terminal so the operator can "
                         "make the change and save it.")
                          .arg(what));
}

} // namespace

InteractionHit holdsTerminal(const QStringList &words)
{
    const QString program = words.first().section(QLatin1Char('/'), -1);
    const QString sub = words.value(1);
    const QStringList rest = words.mid(1);
    if (program == QLatin1String("kubectl") || program == QLatin1String("oc")) {
        // The verb is the first word that is not an option (`kubectl -n prod logs -f …`).
        static const QSet<QString> withValue = {u"-n"_s,           u"--namespace"_s, u"--context"_s,
                                                u"--kubeconfig"_s, u"--cluster"_s,   u"--user"_s,
                                                u"-s"_s,           u"--server"_s};
        qsizetype at = 1;
        while (at < words.size() && words.at(at).startsWith(u'-'))
            at += withValue.contains(words.at(at)) ? 2 : 1;
        const QString verb = words.value(at);
        if (verb == QLatin1String("edit"))
            return edits(program + u" edit"_s);
        if (verb == QLatin1String("logs") && hasOption(rest, "--follow"_L1, u'f'))
            return follows(program + u" logs -f"_s);
        if (verb == QLatin1String("get") &&
            (hasOption(rest, "--watch"_L1, u'w') || hasOption(rest, "--watch-only"_L1, QChar())))
            return follows(program + u" get -w"_s);
        return {};
    }
    if ((program == QLatin1String("docker") || program == QLatin1String("podman")) &&
        (sub == QLatin1String("logs") ||
         (sub == QLatin1String("compose") && words.value(2) == QLatin1String("logs"))) &&
        hasOption(rest, "--follow"_L1, u'f'))
        return follows(program + u" logs -f"_s);
    if ((program == QLatin1String("tail") &&
         (hasOption(rest, "--follow"_L1, u'f') || hasOption(rest, {}, u'F'))) ||
        (program == QLatin1String("journalctl") && hasOption(rest, "--follow"_L1, u'f')))
        return follows(program + u" -f"_s);
    if (program == QLatin1String("watch"))
        return follows(u"watch"_s);
    static const QSet<QString> editors = {u"vi"_s,    u"vim"_s,    u"nvim"_s, u"nano"_s,
                                          u"emacs"_s, u"visudo"_s, u"vipw"_s};
    if (editors.contains(program))
        return edits(program);
    if ((program == QLatin1String("crontab") && hasOption(rest, {}, u'e')) ||
        (program == QLatin1String("systemctl") && sub == QLatin1String("edit")))
        return edits(program == QLatin1String("crontab") ? u"crontab -e"_s : u"systemctl edit"_s);
    if ((program == QLatin1String("less") || program == QLatin1String("more") ||
         ((program == QLatin1String("top") || program == QLatin1String("htop")) &&
          !hasOption(rest, {}, u'b') && !hasOption(rest, {}, u'n'))))
        return held(program, tr("\"%1\" is a full-screen program the operator reads and quits: it "
                                "runs in a terminal.")
                                 .arg(program));
    return {};
}

} // namespace rollcage::runbook::recognize
