#include "runbook/ImportContext.h"

#include "runbook/Recognizers.h"

#include <cstring>

namespace rollcage::runbook::detail {

void ImportContext::diagnose(int line, Severity severity, const QString &message)
{
    runbook.diagnostics.append({std::max(line, 1), severity, message});
}

void ImportContext::guess(int line, const QString &what, const QString &annotation)
{
    runbook.guesses.append({std::max(line, 1), what, annotation});
}

QStringList ImportContext::titles(int section) const
{
    QStringList result;
    for (int i = section; i > 0; i = sections.at(i).parent) {
        if (!sections.at(i).documentTitle)
            result.append(sections.at(i).lower);
    }
    return result;
}

const QString &ImportContext::context(int section) const
{
    if (contextCache.size() != sections.size())
        contextCache = QList<std::optional<QString>>(sections.size());
    std::optional<QString> &joined = contextCache[section];
    if (!joined)
        joined = titles(section).join(QLatin1Char('\n'));
    return *joined;
}

bool ImportContext::titlesMention(int section, const WordList &words) const
{
    return words.foundIn(context(section));
}

WordList::WordList(std::initializer_list<QStringView> words)
    : m_byFirst(128)
{
    for (const QStringView w : words) {
        if (w.isEmpty())
            continue;
        m_byFirst[w.front().unicode() & 0x7F].append(m_words.size());
        m_words.append(w.toString());
    }
}

bool WordList::foundIn(QStringView text) const
{
    const char16_t *t = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        for (const qsizetype w : m_byFirst.at(t[i] & 0x7F)) {
            const QString &word = m_words.at(w);
            const qsizetype len = word.size();
            if (len <= n - i && std::memcmp(t + i, word.utf16(), size_t(len) * 2) == 0)
                return true;
        }
    }
    return false;
}

bool ImportContext::hasNestedOrderedList(int item) const
{
    for (const int c : node(item).children) {
        if (node(c).kind == MdNode::Kind::List && node(c).ordered)
            return true;
    }
    return false;
}

QString ImportContext::itemText(int item) const
{
    QString text = node(item).text.trimmed();
    for (const int c : node(item).children) {
        if (node(c).kind == MdNode::Kind::Paragraph) {
            if (!text.isEmpty())
                text += QLatin1Char('\n');
            text += node(c).text.trimmed();
        }
    }
    return text;
}

QString ImportContext::itemLead(int item) const
{
    if (!node(item).leadStrong.isEmpty() || !node(item).text.trimmed().isEmpty())
        return node(item).leadStrong;
    for (const int c : node(item).children) {
        if (node(c).kind == MdNode::Kind::Paragraph)
            return node(c).leadStrong;
    }
    return {};
}

QString ImportContext::afterLead(const QString &text, const QString &lead)
{
    if (lead.isEmpty())
        return text;
    const qsizetype at = text.indexOf(lead);
    QString rest = at < 0 ? text : text.mid(at + lead.size());
    rest = rest.trimmed();
    while (!rest.isEmpty() && (rest.at(0) == QLatin1Char(':') || rest.at(0) == QLatin1Char('-') ||
                               rest.at(0) == QChar(0x2014) || rest.at(0) == QChar(0x2013)))
        rest = rest.mid(1).trimmed();
    return rest;
}

QStringList ImportContext::nestedLines(int item) const
{
    QStringList lines;
    for (const int c : node(item).children) {
        if (node(c).kind != MdNode::Kind::List)
            continue;
        for (const int sub : items(c)) {
            lines.append(QStringLiteral("- ") + itemText(sub));
            for (const QString &deeper : nestedLines(sub))
                lines.append(QStringLiteral("  ") + deeper);
        }
    }
    return lines;
}

QList<int> ImportContext::items(int list) const
{
    QList<int> result;
    for (const int c : node(list).children) {
        if (node(c).kind == MdNode::Kind::Item)
            result.append(c);
    }
    return result;
}

QList<int> ImportContext::codeBlocksIn(int n) const
{
    QList<int> result;
    for (const int c : node(n).children) {
        if (node(c).kind == MdNode::Kind::Code)
            result.append(c);
        else
            result.append(codeBlocksIn(c));
    }
    return result;
}

TableData ImportContext::tableData(int table) const
{
    TableData t;
    for (const int r : node(table).children) {
        QStringList cells;
        for (const int c : node(r).children)
            cells.append(node(c).text.simplified());
        if (node(r).header) {
            for (const QString &h : cells)
                t.header.append(recognize::cleanLabel(h).toLower());
        } else {
            t.rows.append(cells);
            t.lines.append(node(r).line);
        }
    }
    return t;
}

int column(const QStringList &header, const QStringList &words, const QList<int> &taken)
{
    for (int i = 0; i < header.size(); ++i) {
        if (!taken.contains(i) && mentions(header.at(i), words))
            return i;
    }
    return -1;
}

QString cell(const QStringList &row, int i)
{
    return i >= 0 && i < row.size() ? row.at(i) : QString();
}

bool mentions(const QString &text, const QStringList &words)
{
    for (const QString &w : words) {
        if (text.contains(w))
            return true;
    }
    return false;
}

ChecklistPhase phaseFromTitles(const QStringList &titles)
{
    for (const QString &t : titles) {
        if (mentions(t, {QStringLiteral("pre-rollback"), QStringLiteral("pre rollback"),
                         QStringLiteral("before"), QStringLiteral("preparation"),
                         QStringLiteral("pre-flight"), QStringLiteral("prerequisite")}))
            return ChecklistPhase::Pre;
        if (mentions(t, {QStringLiteral("validation"), QStringLiteral("verification"),
                         QStringLiteral("verify")}))
            return ChecklistPhase::Validation;
        if (mentions(t, {QStringLiteral("post-rollback"), QStringLiteral("post rollback"),
                         QStringLiteral("after"), QStringLiteral("post-incident"),
                         QStringLiteral("follow-up")}))
            return ChecklistPhase::Post;
    }
    return ChecklistPhase::Other;
}

} // namespace rollcage::runbook::detail
