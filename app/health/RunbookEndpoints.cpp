#include "health/RunbookEndpoints.h"

#include "runbook/MarkdownTree.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace rollcage::health {

using runbook::MdNode;

namespace {

// Paths that are a health endpoint by their name alone.
bool healthLikePath(const QString &address)
{
    static const QRegularExpression word(
        QStringLiteral(R"(/(?:health\w*|status|ready\w*|live\w*|ping|heartbeat)(?:[/?#]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    return word.match(address).hasMatch();
}

// The component a prose endpoint belongs to, from the words just before it on its line.
QString targetBefore(const QString &text, qsizetype at)
{
    static const QRegularExpression component(
        QStringLiteral(R"(\b(frontend|backend|api|web|website|ui|worker|admin|gateway)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at - 1) + 1;
    const QString before = text.mid(std::max(lineStart, at - 40), at - std::max(lineStart, at - 40));
    QString found;
    for (auto it = component.globalMatch(before); it.hasNext();)
        found = it.next().captured(1).toLower();
    return found;
}

QStringList shellWords(const QString &text)
{
    QStringList words;
    QString word;
    QChar quote;
    bool inWord = false;
    for (const QChar c : text) {
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else
                word += c;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            quote = c;
            inWord = true;
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

struct CurlRead
{
    QString url;
    bool head = false;
    bool fail = false;
    bool writes = false; // sends data or a method other than GET/HEAD: not a probe
};

// Reads the arguments of one curl invocation (everything after "curl" up to a pipe,
// ";", "&&", "||" or a redirection).
CurlRead readCurl(const QString &arguments)
{
    static const QSet<QString> longWithValue = {
        QStringLiteral("--header"),        QStringLiteral("--output"),
        QStringLiteral("--request"),       QStringLiteral("--user"),
        QStringLiteral("--write-out"),     QStringLiteral("--max-time"),
        QStringLiteral("--connect-timeout"), QStringLiteral("--user-agent"),
        QStringLiteral("--referer"),       QStringLiteral("--cookie"),
        QStringLiteral("--cookie-jar"),    QStringLiteral("--retry"),
        QStringLiteral("--retry-delay"),   QStringLiteral("--retry-max-time"),
        QStringLiteral("--proxy"),         QStringLiteral("--cacert"),
        QStringLiteral("--cert"),          QStringLiteral("--key"),
        QStringLiteral("--range"),         QStringLiteral("--resolve")};
    static const QString shortWithValue = QStringLiteral("HoXduwmAebcFTxr");
    CurlRead read;
    const QStringList words = shellWords(arguments);
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QString &w = words.at(i);
        if (w.startsWith(QLatin1String("--"))) {
            const QString name = w.section(QLatin1Char('='), 0, 0);
            if (name == QLatin1String("--head"))
                read.head = true;
            else if (name.startsWith(QLatin1String("--fail")))
                read.fail = true;
            else if (name.startsWith(QLatin1String("--data")) || name == QLatin1String("--form") ||
                     name == QLatin1String("--upload-file") || name == QLatin1String("--json"))
                read.writes = true;
            QString value;
            if (longWithValue.contains(name) && !w.contains(QLatin1Char('=')))
                value = words.value(++i);
            else
                value = w.section(QLatin1Char('='), 1);
            if (name == QLatin1String("--request") && value.compare(QLatin1String("GET"), Qt::CaseInsensitive) != 0 &&
                value.compare(QLatin1String("HEAD"), Qt::CaseInsensitive) != 0)
                read.writes = true;
        } else if (w.startsWith(QLatin1Char('-')) && w.size() > 1) {
            for (qsizetype c = 1; c < w.size(); ++c) {
                const QChar flag = w.at(c);
                if (flag == QLatin1Char('I'))
                    read.head = true;
                else if (flag == QLatin1Char('f'))
                    read.fail = true;
                if (!shortWithValue.contains(flag))
                    continue;
                const QString value = c + 1 < w.size() ? w.mid(c + 1) : words.value(++i);
                if (flag == QLatin1Char('d') || flag == QLatin1Char('F') || flag == QLatin1Char('T'))
                    read.writes = true;
                if (flag == QLatin1Char('X') && value.compare(QLatin1String("GET"), Qt::CaseInsensitive) != 0 &&
                    value.compare(QLatin1String("HEAD"), Qt::CaseInsensitive) != 0)
                    read.writes = true;
                break;
            }
        } else if (read.url.isEmpty()) {
            read.url = w;
        }
    }
    return read;
}

// Replaces $NAME / ${NAME} with values known for it; unknown ones are left as written.
QStringList unfilled(const QString &text)
{
    static const QRegularExpression variable(QStringLiteral(R"(\$\{?([A-Za-z_]\w*))"));
    QStringList names;
    for (auto it = variable.globalMatch(text); it.hasNext();)
        names.append(it.next().captured(1));
    names.removeDuplicates();
    return names;
}

bool isUrlLike(const QString &text)
{
    return text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")) ||
           text.startsWith(QLatin1Char('$'));
}

class Finder
{
public:
    void add(RunbookEndpoint e)
    {
        const QString key = QStringLiteral("%1|%2|%3|%4")
                                .arg(e.relative ? e.target : QString(), e.address)
                                .arg(e.relative)
                                .arg(e.headOnly);
        if (m_seen.contains(key))
            return;
        m_seen.insert(key);
        m_found.append(std::move(e));
    }

    void scanCode(const MdNode &node)
    {
        static const QRegularExpression assignment(QStringLiteral(
            R"re(^\s*(?:export\s+|local\s+|readonly\s+)?([A-Za-z_]\w*)=(?:"([^"$`]*)"|'([^']*)'|([^\s;$`'"]+))\s*$)re"));
        static const QRegularExpression curl(QStringLiteral(R"((?:^|[\s;(!&|])curl\s+([^|;&>)]*))"));
        const bool gate = node.info.section(QLatin1Char(' '), 0, 0).compare(QLatin1String("health"), Qt::CaseInsensitive) == 0;
        QHash<QString, QString> local;
        const QStringList lines = node.text.split(QLatin1Char('\n'));
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const int lineNo = node.line + int(i);
            QString logical = lines.at(i);
            // A command continued with "\" is read as one line, found on its first line.
            while (logical.endsWith(QLatin1Char('\\')) && i + 1 < lines.size()) {
                logical.chop(1);
                logical += QLatin1Char(' ') + lines.at(++i);
            }
            if (logical.trimmed().startsWith(QLatin1Char('#')))
                continue;
            if (gate) {
                scanGateLine(logical, lineNo);
                continue;
            }
            if (const auto m = assignment.match(logical); m.hasMatch()) {
                local.insert(m.captured(1), m.captured(2) + m.captured(3) + m.captured(4));
                continue;
            }
            for (auto it = curl.globalMatch(logical); it.hasNext();) {
                const CurlRead read = readCurl(it.next().captured(1));
                if (read.writes || read.url.isEmpty() || !isUrlLike(read.url))
                    continue;
                const QString address = substituteVariables(read.url, local);
                if (!read.fail && !read.head && !healthLikePath(address))
                    continue;
                add({address, false, {}, read.head, lineNo});
            }
        }
    }

    void scanGateLine(const QString &line, int lineNo)
    {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.isEmpty())
            return;
        const bool head = words.first().compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0;
        const bool method = head || words.first().compare(QLatin1String("GET"), Qt::CaseInsensitive) == 0;
        const QString url = words.value(method ? 1 : 0);
        if (isUrlLike(url))
            add({url, false, {}, head, lineNo});
    }

    void scanProse(const MdNode &node)
    {
        // Code spans first: `/health`, `HEAD /`, `https://…/status`.
        static const QRegularExpression span(
            QStringLiteral(R"(`(?:(GET|HEAD)\s+)?((?:https?://[^`\s]+)|/[^`\s]*)`)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression bare(QStringLiteral(
            R"((?<![\w/.:`])(/(?:health\w*|status|ready\w*|live\w*|ping)(?:/[\w\-]+)*)(?![\w/`]))"),
            QRegularExpression::CaseInsensitiveOption);
        const QString &text = node.text;
        QString withoutSpans = text;
        for (auto it = span.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            withoutSpans.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
            const bool head = m.captured(1).compare(QLatin1String("HEAD"), Qt::CaseInsensitive) == 0;
            const QString address = m.captured(2);
            if (m.captured(1).isEmpty() && !healthLikePath(address))
                continue;
            addProse(text, m.capturedStart(), address, head, node.line);
        }
        for (auto it = bare.globalMatch(withoutSpans); it.hasNext();) {
            const auto m = it.next();
            addProse(text, m.capturedStart(), m.captured(1), false, node.line);
        }
    }

    QList<RunbookEndpoint> result() const { return m_found; }

private:
    void addProse(const QString &text, qsizetype at, const QString &address, bool head, int firstLine)
    {
        const int line = firstLine + int(text.left(at).count(QLatin1Char('\n')));
        const bool relative = address.startsWith(QLatin1Char('/'));
        add({address, relative, relative ? targetBefore(text, at) : QString(), head, line});
    }

    QList<RunbookEndpoint> m_found;
    QSet<QString> m_seen;
};

QString checkName(const RunbookEndpoint &e)
{
    QString name = e.headOnly ? QStringLiteral("HEAD ") + e.address : e.address;
    if (e.relative && !e.target.isEmpty())
        name = e.target + QLatin1Char(' ') + name;
    return name;
}

} // namespace

QList<RunbookEndpoint> findEndpoints(const runbook::Runbook &runbook)
{
    const auto tree = runbook::MarkdownTree::parse(runbook.text.toUtf8());
    Finder finder;
    for (int i = 0; i < tree.size(); ++i) {
        const MdNode &node = tree.node(i);
        switch (node.kind) {
        case MdNode::Kind::Code:
            finder.scanCode(node);
            break;
        case MdNode::Kind::Paragraph:
        case MdNode::Kind::Item:
        case MdNode::Kind::Cell:
            finder.scanProse(node);
            break;
        default:
            break;
        }
    }
    return finder.result();
}

ResolvedChecks resolveEndpoints(const QList<RunbookEndpoint> &endpoints,
                                const QHash<QString, QString> &variables, const BaseUrls &baseUrls)
{
    ResolvedChecks out;
    for (const RunbookEndpoint &e : endpoints) {
        QString address = substituteVariables(e.address, variables);
        if (const QStringList missing = unfilled(address); !missing.isEmpty()) {
            out.unresolved.append(QStringLiteral("line %1: %2 needs a value for %3")
                                      .arg(e.line)
                                      .arg(e.address, missing.join(QStringLiteral(", "))));
            continue;
        }
        if (e.relative) {
            const QUrl base = baseUrls.value(e.target, baseUrls.value(QString()));
            if (!base.isValid() || base.isEmpty()) {
                out.unresolved.append(
                    QStringLiteral("line %1: %2 needs a base URL for %3")
                        .arg(e.line)
                        .arg(e.address, e.target.isEmpty() ? QStringLiteral("the service") : e.target));
                continue;
            }
            QString root = base.toString();
            while (root.endsWith(QLatin1Char('/')))
                root.chop(1);
            address = root + address;
        }
        HealthCheckSpec spec;
        const QString error = parseHealthCheck(
            (e.headOnly ? QStringLiteral("HEAD ") : QString()) + address, &spec);
        if (!error.isEmpty()) {
            out.unresolved.append(QStringLiteral("line %1: %2").arg(e.line).arg(error));
            continue;
        }
        spec.name = checkName(e);
        spec.line = e.line;
        // Two spellings of one endpoint ("${DOMAIN}" and the literal host) probe once.
        const bool duplicate = std::any_of(out.checks.cbegin(), out.checks.cend(), [&](const HealthCheckSpec &c) {
            return c.url == spec.url && c.headOnly == spec.headOnly;
        });
        if (!duplicate)
            out.checks.append(spec);
    }
    return out;
}

QStringList targetsNeeded(const QList<RunbookEndpoint> &endpoints)
{
    QStringList targets;
    for (const RunbookEndpoint &e : endpoints) {
        if (e.relative && !targets.contains(e.target))
            targets.append(e.target);
    }
    std::sort(targets.begin(), targets.end());
    return targets;
}

} // namespace rollcage::health
