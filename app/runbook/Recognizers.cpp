#include "runbook/Recognizers.h"

#include "runbook/TextMatch.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace rollcage::runbook::recognize {

using namespace Qt::StringLiterals;

namespace {

using RE = QRegularExpression;

int unitSeconds(const QString &unit)
{
    const QChar u = unit.at(0).toLower();
    if (u == QLatin1Char('s'))
        return 1;
    if (u == QLatin1Char('m'))
        return 60;
    if (u == QLatin1Char('h'))
        return 3600;
    if (u == QLatin1Char('d'))
        return 86400;
    return 7 * 86400; // weeks
}

// Saturates: "9999999999 days" is a timeout nobody will wait out, not a wrapped-around
// negative or tiny one. A number too long for a double reads as infinite, so it saturates too.
int toSeconds(const QString &number, int unit)
{
    const double seconds = number.toDouble() * unit;
    if (!(seconds < double(std::numeric_limits<int>::max())))
        return std::numeric_limits<int>::max();
    return int(std::lround(seconds));
}

const QSet<QString> &environmentNames()
{
    // Set by the shell or the login session, never asked of the operator.
    static const QSet<QString> names = {
        QStringLiteral("HOME"),    QStringLiteral("PATH"),        QStringLiteral("PWD"),
        QStringLiteral("OLDPWD"),  QStringLiteral("USER"),        QStringLiteral("SHELL"),
        QStringLiteral("RANDOM"),  QStringLiteral("HOSTNAME"),    QStringLiteral("IFS"),
        QStringLiteral("UID"),     QStringLiteral("EUID"),        QStringLiteral("LINENO"),
        QStringLiteral("SECONDS"), QStringLiteral("BASH_SOURCE"), QStringLiteral("TMPDIR"),
        QStringLiteral("PPID"),    QStringLiteral("BASHPID"),     QStringLiteral("REPLY"),
        QStringLiteral("LANG"),    QStringLiteral("TERM")};
    return names;
}

QSet<QString> assignedNames(const QString &code)
{
    // NAME=… and NAME+=…, found from each "=" back to the name: an expression trying every
    // word of every step as a name was 4 % of a large runbook's import. The name
    // starts the code or follows a blank or one of ; & | ( `, as "export NAME=" has it.
    const auto word = [](char16_t c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'_';
    };
    static constexpr QStringView before = u" \t\n\v\f\r;&|(`";
    QSet<QString> names;
    const QStringView text(code);
    for (qsizetype eq = text.indexOf(u'='); eq >= 0; eq = text.indexOf(u'=', eq + 1)) {
        const qsizetype end = eq > 0 && text.at(eq - 1) == u'+' ? eq - 1 : eq;
        qsizetype start = end;
        while (start > 0 && word(text.at(start - 1).unicode()))
            --start;
        if (start == end || text.at(start).isDigit() ||
            (start > 0 && !before.contains(text.at(start - 1))))
            continue;
        names.insert(text.sliced(start, end - start).toString());
    }
    // for NAME in, select NAME in, read [-r] NAME.
    static const RE re(QStringLiteral(R"(\b(?:for|select)\s+([A-Za-z_]\w*)\s+in\b)"
                                      R"(|\bread\s+(?:-\w+\s+)*([A-Za-z_]\w*))"));
    for (auto it = matchAllText(re, code); it.hasNext();) {
        const auto m = it.next();
        for (int group = 1; group <= 2; ++group) {
            if (m.hasCaptured(group))
                names.insert(m.captured(group));
        }
    }
    return names;
}

void add(QList<Placeholder> &list, Placeholder p)
{
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return;
    for (const Placeholder &existing : list) {
        if (existing.name == p.name)
            return;
    }
    p.secret = looksSecret(p.name);
    list.append(std::move(p));
}

// The label a bracket stands after on its line ("Component: [Backend/Frontend]").
QString labelBefore(const QString &text, qsizetype at)
{
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    QString before = text.mid(lineStart, at - lineStart).trimmed();
    if (!before.endsWith(QLatin1Char(':')))
        return {};
    before.chop(1);
    static const RE label(QStringLiteral(R"(([A-Za-z][\w .-]{0,40})$)"));
    const auto m = label.match(before);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

QString cleanLabel(const QString &text)
{
    QString s = text;
    s.remove(QStringLiteral("**"));
    s = s.trimmed();
    while (s.endsWith(QLatin1Char(':')) || s.endsWith(QLatin1Char('-')) ||
           s.endsWith(QChar(0x2014)))
        s = s.chopped(1).trimmed();
    return s;
}

Duration duration(const QString &text)
{
    static const RE re(
        QStringLiteral(R"((?<![\w.])(\d+(?:\.\d+)?)\s*(?:(?:-|–|—|to)\s*(\d+(?:\.\d+)?)\s*)?)"
                       R"((seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w)\b)"),
        RE::CaseInsensitiveOption);
    Duration d;
    const auto m = matchText(re, text);
    if (!m.hasMatch())
        return d;
    const int unit = unitSeconds(m.captured(3));
    const int low = toSeconds(m.captured(1), unit);
    const int high = m.captured(2).isEmpty() ? low : toSeconds(m.captured(2), unit);
    d.minSeconds = std::min(low, high);
    d.maxSeconds = std::max(low, high);
    d.text = m.captured(0).trimmed();
    return d;
}

std::optional<int> deadlineMinutes(const QString &text)
{
    static const RE now(QStringLiteral(R"(\b(immediate(ly)?|asap|at once|now)\b)"),
                        RE::CaseInsensitiveOption);
    const Duration d = duration(text);
    if (d.isKnown())
        return int(std::ceil(double(*d.maxSeconds) / 60.0));
    if (now.match(text).hasMatch())
        return 0;
    return std::nullopt;
}

bool looksSecret(const QString &name)
{
    static const RE re(
        QStringLiteral(R"(token|key|passw(or)?d|secret|credential|private|\bpat\b|api[_-]?key)"),
        RE::CaseInsensitiveOption);
    return matchText(re, name).hasMatch();
}

bool isShellLanguage(const QString &language)
{
    static const QSet<QString> shells = {
        QString(), QStringLiteral("bash"), QStringLiteral("sh"), QStringLiteral("shell"),
        QStringLiteral("zsh"), QStringLiteral("console"), QStringLiteral("shell-session"),
        QStringLiteral("ksh"), QStringLiteral("fish"),
        // Linguist's and VS Code's names for the same.
        QStringLiteral("shell-script"), QStringLiteral("shellscript"),
        QStringLiteral("shellsession")};
    return shells.contains(language);
}

bool looksLikeCommands(const QString &code)
{
    // A prompt, a path, an assignment, a script in a folder ("hack/revert-bump.sh"), or a
    // lower-case command word and its arguments.
    static const RE command(QStringLiteral(
        R"(^(?:[$%>]\s+\S|sudo\s|\.{0,2}/\w|[A-Za-z_]\w*=\S|[\w.-]+/[\w./-]*\.(?:sh|py|rb|pl)(?:\s|$)|)"
        R"([a-z][\w.+-]*(?:\s+[-\w"'$./{<~=:@\\]|\s*$)))"));
    // What commands never look like: YAML keys, JSON, tables, logs, arrows.
    // Prose and log messages: a word, then one that no command takes as its argument
    // ("failed to write", "connection is refused"); log fields; a query.
    static const RE notCommand(QStringLiteral(
        R"(^(?:[\w.-]+:(?:\s|$)|[-*] |[{}\[\]|<]|.*\s{3,}\S.*\s{3,})"
        R"(|(?!echo\b|printf\b)[a-z]+\s+(?:to|the|a|an|is|are|was|were|be|been|of|not|has|have|had|will|can)\s)"
        R"(|\w+=\S*\s+\w+=\S*\s+\w+=))"));
    qsizetype start = 0;
    while (start < code.size()) {
        qsizetype end = code.indexOf(QLatin1Char('\n'), start);
        if (end < 0)
            end = code.size();
        const QString line = code.mid(start, end - start).trimmed();
        start = end + 1;
        // Comments, "#!" lines and root prompts alike: a comment is far more common.
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        if (line.startsWith(u"//") || line.startsWith(u"--"))
            continue;
        return command.match(line).hasMatch() && !notCommand.match(line).hasMatch();
    }
    return false;
}

QString untaggedLanguage(const QString &code)
{
    // The first line with text, without copying the block; a query has '(', '{' or '_'.
    QStringView line;
    for (const QStringView l : QStringView(code).split(u'\n')) {
        line = l.trimmed();
        if (!line.isEmpty())
            break;
    }
    if (line.isEmpty() || !(line.contains(u'(') || line.contains(u'{') || line.contains(u'_')))
        return {};
    // An aggregation or function over a series, a series with its labels, or a metric
    // name alone (three or more snake_case words: no command is called that).
    static const RE promql(QStringLiteral(
        R"(^(?:(?:sum|count|avg|min|max|rate|irate|increase|histogram_quantile|topk|bottomk|)"
        R"(ceil|floor|round|abs|absent|delta|deriv|quantile|stddev|count_values|label_replace|)"
        R"(label_join|clamp_min|clamp_max)(?:_over_time)?\s*(?:(?:by|without)\s*\([^)]*\)\s*)?\()"
        R"(|[a-zA-Z_:][\w:]*\{[^}]*\}|[a-z][a-z0-9]*(?:_[a-z0-9]+){2,}\s*$))"));
    return promql.matchView(line).hasMatch() ? QStringLiteral("promql") : QString();
}

std::optional<Transcript> transcript(const QString &code, bool console)
{
    static const RE dollar(QStringLiteral(R"(^\s*\$\s+(?=\S))"));
    static const RE anyPrompt(QStringLiteral(R"(^\s*(?:[\w.@:~/-]*[$#%]|[$#%>])\s+(?=\S))"));
    if (!console && !QStringView(code).trimmed().startsWith(u'$'))
        return std::nullopt; // the common case, decided without splitting lines
    const RE &re = console ? anyPrompt : dollar;
    // A "# " (or "host# ") prompt is a comment unless a command follows it: "# Store the
    // CR settings" explains, "# ps aux | grep wal" runs as root.
    const auto prompt = [&](const QString &line) {
        const auto m = re.match(line);
        if (!m.hasMatch())
            return m;
        if (m.captured(0).trimmed().endsWith(QLatin1Char('#')) &&
            !looksLikeCommands(line.mid(m.capturedLength(0))))
            return QRegularExpressionMatch();
        return m;
    };
    const QStringList lines = code.split(QLatin1Char('\n'));
    const auto first = std::find_if(lines.cbegin(), lines.cend(),
                                    [](const QString &l) { return !l.trimmed().isEmpty(); });
    if (first == lines.cend() || !prompt(*first).hasMatch())
        return std::nullopt;
    QStringList commands;
    QStringList output;
    bool continued = false;
    for (const QString &line : lines) {
        const auto m = prompt(line);
        if (continued || m.hasMatch()) {
            const QString command = continued ? line : line.mid(m.capturedLength(0));
            commands.append(command);
            continued = command.trimmed().endsWith(QLatin1Char('\\'));
        } else {
            commands.append(QString());
            if (!line.trimmed().isEmpty())
                output.append(line);
        }
    }
    while (!commands.isEmpty() && commands.last().trimmed().isEmpty())
        commands.removeLast();
    return Transcript{commands.join(QLatin1Char('\n')), output.join(QLatin1Char('\n'))};
}

bool isOutputBlock(const QString &language, const QString &code)
{
    static const QSet<QString> text = {QStringLiteral("text"), QStringLiteral("txt"),
                                       QStringLiteral("output"), QStringLiteral("plain"),
                                       QStringLiteral("plaintext"), QStringLiteral("log")};
    if (text.contains(language))
        return true;
    return language.isEmpty() && !looksLikeCommands(code) && untaggedLanguage(code).isEmpty();
}

bool sendsMessage(const QString &title)
{
    static const RE re(QStringLiteral(R"(\b(notify|notification|announce|message|slack|post (in|to|on)|)"
                                      R"(inform|e-?mail|status page|communicat|tell (the|your)))"),
                       RE::CaseInsensitiveOption);
    return re.match(title).hasMatch();
}

bool announcesOutput(const QString &text)
{
    static const RE re(QStringLiteral(R"(\boutput\b|\bresult\b|\bresponse\b|should (see|look|return|print)|)"
                                      R"(looks? (?:like|similar)|\breturns?\b|you will see|looking for|prints?\b)"),
                       RE::CaseInsensitiveOption);
    return matchText(re, text).hasMatch();
}

bool isFileDefinition(const QString &code)
{
    static const RE re(QStringLiteral(
        R"(^\s*(?:#!|(?:#|//)\s*(?:[\w./-]*\w\.(?:sh|bash|py|env|ya?ml|json|toml|conf|ini|sql|ps1|rb|js|ts)|\.[\w.-]+)\s*(?:\n|$)))"));
    return matchText(re, code).hasMatch();
}

QList<Placeholder> placeholders(const QString &text, Scope scope)
{
    // ${NAME…} and $NAME in one pass.
    static const RE variable(
        QStringLiteral(R"(\$(?:\{([A-Za-z_]\w*)(?:[:#%/^,]?[^}\n]*)?\}|([A-Za-z_]\w*)))"));
    static const RE mustache(QStringLiteral(R"(\{\{\s*([A-Za-z_][\w.-]*)\s*\}\})"));
    static const RE angle(QStringLiteral(R"(<([A-Za-z][\w.-]*)>)"));
    static const RE bracket(QStringLiteral(R"((?<!\[)\[([A-Za-z][^\[\]\n]{0,60}?)\](?![\](]))"));

    QList<Placeholder> list;
    const bool dollars = text.contains(QLatin1Char('$'));
    const QSet<QString> assigned =
        scope == Scope::Template || !dollars ? QSet<QString>() : assignedNames(text);
    const auto keepVariable = [&](const QString &name) {
        return !assigned.contains(name) && !environmentNames().contains(name);
    };
    if (dollars) {
        for (auto it = matchAllText(variable, text); it.hasNext();) {
            const auto m = it.next();
            const bool braced = m.hasCaptured(1);
            // $NAME is shell syntax; ${NAME} also marks a value in other languages.
            if (!braced && scope == Scope::OtherCode)
                continue;
            const QString name = braced ? m.captured(1) : m.captured(2);
            if (keepVariable(name))
                add(list, {name,
                           m.captured(0),
                           braced ? Placeholder::Style::Brace : Placeholder::Style::Dollar,
                           false,
                           {}});
        }
    }
    if (scope == Scope::Template && text.contains(QLatin1String("{{"))) {
        for (auto it = mustache.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            add(list, {m.captured(1), m.captured(0), Placeholder::Style::Brace, false, {}});
        }
    }
    for (auto it = text.contains(QLatin1Char('<')) ? matchAllText(angle, text)
                                                   : QRegularExpressionMatchIterator();
         it.isValid() && it.hasNext();) {
        const auto m = it.next();
        add(list, {m.captured(1), m.captured(0), Placeholder::Style::Angle, false, {}});
    }
    for (auto it = text.contains(QLatin1Char('[')) ? matchAllText(bracket, text)
                                                   : QRegularExpressionMatchIterator();
         it.isValid() && it.hasNext();) {
        const auto m = it.next();
        const QString inner = m.captured(1).trimmed();
        if (inner.size() < 2)
            continue; // "[x]" is a tick, not a value
        // "[y/N]", "[Y/n]", "[yes/no]": the question a prompt asks, not a value to give.
        static const QRegularExpression yesNo(QStringLiteral("^(y|yes)/(n|no)$|^(n|no)/(y|yes)$"),
                                              QRegularExpression::CaseInsensitiveOption);
        if (inner.size() <= 6 && yesNo.match(inner).hasMatch())
            continue;
        Placeholder p{inner, m.captured(0), Placeholder::Style::Bracket, false, {}};
        if (inner.contains(QLatin1Char('/')) && !inner.contains(QLatin1String("://"))) {
            for (const QString &choice : inner.split(QLatin1Char('/'), Qt::SkipEmptyParts))
                p.choices.append(choice.trimmed());
            const QString label = labelBefore(text, m.capturedStart(0));
            if (!label.isEmpty())
                p.name = label;
        }
        add(list, std::move(p));
    }
    return list;
}

QString warning(const QString &text)
{
    static const RE re(
        QStringLiteral(R"(⚠|\bwarning\b|\bdestructive\b|\bdata loss\b|cannot be undone)"
                       R"(|\birreversibl|\bpermanently\b)"),
        RE::CaseInsensitiveOption);
    const auto m = matchText(re, text);
    if (!m.hasMatch())
        return {};
    // The sentence around the match, on its own line.
    const qsizetype at = m.capturedStart(0);
    const qsizetype start = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    qsizetype end = text.indexOf(QLatin1Char('\n'), at);
    if (end < 0)
        end = text.size();
    QString sentence = text.mid(start, end - start);
    // Prose may be soft-wrapped: follow it until the sentence ends. A code comment
    // stands alone, the next line is the command it warns about.
    const bool comment = sentence.trimmed().startsWith(QLatin1Char('#'));
    while (!comment && end < text.size() && !sentence.trimmed().endsWith(QLatin1Char('.'))) {
        const qsizetype next = text.indexOf(QLatin1Char('\n'), end + 1);
        const qsizetype stop = next < 0 ? text.size() : next;
        const QString more = text.mid(end + 1, stop - end - 1).trimmed();
        if (more.isEmpty())
            break;
        sentence += QLatin1Char(' ') + more;
        end = stop;
    }
    sentence = sentence.trimmed();
    while (sentence.startsWith(QLatin1Char('#')) || sentence.startsWith(QLatin1String("--")))
        sentence = sentence.mid(sentence.startsWith(QLatin1Char('#')) ? 1 : 2).trimmed();
    return cleanLabel(sentence.remove(QStringLiteral("**")));
}

namespace {

// Damerau-Levenshtein distance of at most one: one letter added, dropped, changed, or two
// neighbours swapped.
bool withinOneEdit(QStringView a, QStringView b)
{
    if (a.size() < b.size())
        std::swap(a, b);
    if (a.size() - b.size() > 1)
        return false;
    qsizetype i = 0;
    while (i < b.size() && a[i] == b[i])
        ++i;
    if (i == b.size())
        return true;
    if (a.size() > b.size())
        return a.mid(i + 1) == b.mid(i);
    return a.mid(i + 1) == b.mid(i + 1) || (i + 1 < a.size() && a[i] == b[i + 1] &&
                                            a[i + 1] == b[i] && a.mid(i + 2) == b.mid(i + 2));
}

} // namespace

bool isShellNearMiss(const QString &language)
{
    if (language.isEmpty() || language.size() > 14 || isShellLanguage(language))
        return false;
    // "bash:", "sh,", "bash=" — a shell with punctuation the author did not mean.
    QStringView word(language);
    while (!word.isEmpty() && (word.back() == u':' || word.back() == u',' || word.back() == u';' ||
                               word.back() == u'.' || word.back() == u'='))
        word.chop(1);
    if (word.size() < language.size())
        return isShellLanguage(word.toString());
    // A typo of a longer shell name ("shel", "bsh", "bahs", "consle"); not of "sh" or
    // "zsh", whose one-letter neighbours are other languages ("hs", "csh").
    return word.size() >= 3 && (withinOneEdit(word, u"bash") || withinOneEdit(word, u"shell") ||
                                withinOneEdit(word, u"console"));
}

QHash<QString, QString> fenceAttributes(const QString &info, QString *language)
{
    QHash<QString, QString> attributes;
    const qsizetype brace = info.indexOf(QLatin1Char('{'));
    const QString head = (brace < 0 ? info : info.left(brace)).trimmed();
    if (language) {
        *language = head.section(QLatin1Char(' '), 0, 0).toLower();
        if (isShellNearMiss(*language))
            *language = QStringLiteral("bash"); // read as one, with a warning (checkFenceLanguages)
    }
    if (brace < 0)
        return attributes;
    const qsizetype close = info.indexOf(QLatin1Char('}'), brace);
    const QString body = info.mid(brace + 1, (close < 0 ? info.size() : close) - brace - 1);
    static const RE token(
        QStringLiteral(R"re(([A-Za-z_][\w-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s}]+)))?)re"));
    for (auto it = token.globalMatch(body); it.hasNext();) {
        const auto m = it.next();
        QString value = m.captured(2);
        if (value.isEmpty())
            value = m.captured(3);
        if (value.isEmpty())
            value = m.captured(4);
        attributes.insert(m.captured(1).toLower(), value);
    }
    return attributes;
}

} // namespace rollcage::runbook::recognize
