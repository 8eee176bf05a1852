#include "runbook/MarkdownTree.h"

#include <md4c.h>

#include <QRegularExpression>

#include <algorithm>
#include <array>

namespace rollcage::runbook {

struct TreeBuilder
{
    MarkdownTree tree;
    QList<int> stack;      // open nodes, innermost last
    QList<QByteArray> raw; // UTF-8 text per node, converted once at the end
    // A node whose text a block interrupted ("1. Check the list:" then a code block, then
    // "(Note: …)" in a tight item): the text that resumes is a line of its own.
    QList<bool> interrupted;
    const char *begin = nullptr;
    qsizetype size = 0;
    bool inHead = false;
    int strongDepth = 0;
    qsizetype strongStart = -1; // byte position in the container's text where a lead bold began
    int strongNode = -1;

    MdNode &nodeAt(int index) { return tree.m_nodes[index]; }

    int lineOfOffset(qsizetype offset) const
    {
        const auto &starts = tree.m_lineStarts;
        const auto it = std::upper_bound(starts.cbegin(), starts.cend(), offset);
        return int(it - starts.cbegin());
    }

    int open(MdNode::Kind kind)
    {
        MdNode n;
        n.kind = kind;
        n.parent = stack.isEmpty() ? -1 : stack.last();
        const int index = int(tree.m_nodes.size());
        if (n.parent >= 0) {
            tree.m_nodes[n.parent].children.append(index);
            interrupted[n.parent] = !raw.at(n.parent).isEmpty();
        }
        tree.m_nodes.append(n);
        raw.append(QByteArray());
        interrupted.append(false);
        stack.append(index);
        return index;
    }

    void close()
    {
        if (!stack.isEmpty())
            stack.removeLast();
    }

    void noteLine(const char *p)
    {
        if (p < begin || p >= begin + size)
            return;
        const int line = lineOfOffset(p - begin);
        for (int i = int(stack.size()) - 1; i >= 0; --i) {
            MdNode &n = tree.m_nodes[stack.at(i)];
            if (n.line != 0)
                break;
            n.line = line;
        }
    }

    // Text goes to the innermost node that carries inline content.
    int container() const { return stack.isEmpty() ? -1 : stack.last(); }

    void append(const char *text, qsizetype length)
    {
        const int c = container();
        if (c < 0)
            return;
        if (interrupted.at(c)) {
            interrupted[c] = false;
            if (!raw.at(c).endsWith('\n'))
                raw[c].append('\n');
        }
        raw[c].append(text, length);
    }
};

namespace {

TreeBuilder *builder(void *userdata)
{
    return static_cast<TreeBuilder *>(userdata);
}

QByteArray attributeText(const MD_ATTRIBUTE &a)
{
    return a.text ? QByteArray(a.text, qsizetype(a.size)) : QByteArray();
}

int enterBlock(MD_BLOCKTYPE type, void *detail, void *userdata)
{
    TreeBuilder *b = builder(userdata);
    using K = MdNode::Kind;
    switch (type) {
    case MD_BLOCK_DOC:
        b->open(K::Document);
        break;
    case MD_BLOCK_QUOTE: // transparent: a quote's blocks join its parent
        break;
    case MD_BLOCK_UL:
        b->open(K::List);
        break;
    case MD_BLOCK_OL:
        b->nodeAt(b->open(K::List)).ordered = true;
        break;
    case MD_BLOCK_LI: {
        const int i = b->open(K::Item);
        const auto *d = static_cast<const MD_BLOCK_LI_DETAIL *>(detail);
        if (d->is_task) {
            MdNode &n = b->nodeAt(i);
            n.taskMark = (d->task_mark == 'x' || d->task_mark == 'X') ? 'x' : ' ';
            b->noteLine(b->begin + d->task_mark_offset);
        }
        break;
    }
    case MD_BLOCK_HR:
        b->open(K::Rule);
        break;
    case MD_BLOCK_H:
        b->nodeAt(b->open(K::Heading)).level =
            int(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level);
        break;
    case MD_BLOCK_CODE: {
        const int i = b->open(K::Code);
        const auto *d = static_cast<const MD_BLOCK_CODE_DETAIL *>(detail);
        b->nodeAt(i).fenced = d->fence_char != 0;
        b->nodeAt(i).info = QString::fromUtf8(attributeText(d->info)).trimmed();
        break;
    }
    case MD_BLOCK_HTML:
        b->open(K::Html);
        break;
    case MD_BLOCK_P:
        b->open(K::Paragraph);
        break;
    case MD_BLOCK_TABLE:
        b->open(K::Table);
        break;
    case MD_BLOCK_THEAD:
        b->inHead = true;
        break;
    case MD_BLOCK_TBODY:
        b->inHead = false;
        break;
    case MD_BLOCK_TR:
        b->nodeAt(b->open(K::Row)).header = b->inHead;
        break;
    case MD_BLOCK_TH:
    case MD_BLOCK_TD:
        b->open(K::Cell);
        break;
    }
    return 0;
}

int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
{
    switch (type) {
    case MD_BLOCK_QUOTE:
    case MD_BLOCK_THEAD:
    case MD_BLOCK_TBODY:
        break;
    default:
        builder(userdata)->close();
    }
    return 0;
}

int enterSpan(MD_SPANTYPE type, void *, void *userdata)
{
    TreeBuilder *b = builder(userdata);
    if (type == MD_SPAN_CODE) {
        b->append("`", 1);
    } else if (type == MD_SPAN_STRONG) {
        const int c = b->container();
        if (b->strongDepth++ == 0 && c >= 0 && b->raw.at(c).trimmed().isEmpty() &&
            b->nodeAt(c).leadStrong.isEmpty()) {
            b->strongStart = b->raw.at(c).size();
            b->strongNode = c;
        }
    }
    return 0;
}

int leaveSpan(MD_SPANTYPE type, void *, void *userdata)
{
    TreeBuilder *b = builder(userdata);
    if (type == MD_SPAN_CODE) {
        b->append("`", 1);
    } else if (type == MD_SPAN_STRONG && --b->strongDepth == 0 && b->strongNode >= 0) {
        const QByteArray &text = b->raw.at(b->strongNode);
        b->nodeAt(b->strongNode).leadStrong = QString::fromUtf8(text.mid(b->strongStart)).trimmed();
        b->strongNode = -1;
    }
    return 0;
}

QByteArray decodeEntity(const QByteArray &entity)
{
    static const QList<std::pair<QByteArray, QByteArray>> named = {
        {"&amp;", "&"},   {"&lt;", "<"},   {"&gt;", ">"},
        {"&quot;", "\""}, {"&apos;", "'"}, {"&nbsp;", " "}};
    for (const auto &[name, value] : named) {
        if (entity == name)
            return value;
    }
    if (entity.startsWith("&#") && entity.endsWith(';')) {
        bool ok = false;
        const bool hex = entity.size() > 3 && (entity.at(2) == 'x' || entity.at(2) == 'X');
        const uint code =
            entity.mid(hex ? 3 : 2, entity.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t c = code;
            return QString::fromUcs4(&c, 1).toUtf8();
        }
    }
    return entity;
}

int onText(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    TreeBuilder *b = builder(userdata);
    b->noteLine(text);
    switch (type) {
    case MD_TEXT_NULLCHAR:
        b->append("\xEF\xBF\xBD", 3);
        break;
    case MD_TEXT_BR:
    case MD_TEXT_SOFTBR:
        b->append("\n", 1);
        break;
    case MD_TEXT_ENTITY: {
        const QByteArray decoded = decodeEntity(QByteArray(text, qsizetype(size)));
        b->append(decoded.constData(), decoded.size());
        break;
    }
    default:
        b->append(text, qsizetype(size));
    }
    return 0;
}

} // namespace

QByteArray MarkdownTree::sourceLine(int line) const
{
    if (line < 1 || line > m_lineStarts.size())
        return {};
    const qsizetype start = m_lineStarts.at(line - 1);
    const qsizetype end = line < m_lineStarts.size() ? m_lineStarts.at(line) - 1 : m_source.size();
    QByteArray result = m_source.mid(start, end - start);
    if (result.endsWith('\r'))
        result.chop(1);
    return result;
}

MarkdownTree MarkdownTree::parse(const QByteArray &utf8)
{
    TreeBuilder b;
    b.tree.m_source = utf8;
    b.begin = b.tree.m_source.constData();
    b.size = b.tree.m_source.size();
    // Roughly one block per 40 bytes of a dense runbook: reserve to avoid regrowth.
    b.tree.m_nodes.reserve(b.size / 40 + 16);
    b.raw.reserve(b.size / 40 + 16);
    b.interrupted.reserve(b.size / 40 + 16);
    b.tree.m_lineStarts.reserve(b.size / 30 + 16);
    b.tree.m_lineStarts.append(0);
    for (qsizetype i = 0; i < b.size; ++i) {
        if (b.begin[i] == '\n')
            b.tree.m_lineStarts.append(i + 1);
    }

    MD_PARSER parser{};
    // Strict ATX headings: "#incidents" at the start of a line is a channel, not a title.
    parser.flags = MD_FLAG_TABLES | MD_FLAG_TASKLISTS | MD_FLAG_STRIKETHROUGH;
    parser.enter_block = enterBlock;
    parser.leave_block = leaveBlock;
    parser.enter_span = enterSpan;
    parser.leave_span = leaveSpan;
    parser.text = onText;
    md_parse(b.begin, MD_SIZE(b.size), &parser, &b);

    if (b.tree.m_nodes.isEmpty()) {
        b.tree.m_nodes.append(MdNode{});
        b.raw.append(QByteArray());
    }
    // Blocks without text (an empty heading, an empty code block) take the line of
    // the block before them, so nothing points at line 0.
    int last = 1;
    for (qsizetype i = 0; i < b.tree.m_nodes.size(); ++i) {
        MdNode &n = b.tree.m_nodes[i];
        if (n.line == 0)
            n.line = last;
        last = n.line;
        n.text = QString::fromUtf8(b.raw.at(i));
        if (n.kind == MdNode::Kind::Code && n.text.endsWith(QLatin1Char('\n')))
            n.text.chop(1);
    }
    return std::move(b.tree);
}

namespace {

int indentOf(const QByteArray &line)
{
    int n = 0;
    for (const char c : line) {
        if (c == ' ')
            ++n;
        else if (c == '\t')
            n += 4 - n % 4;
        else
            break;
    }
    return n;
}

// Removes up to `columns` columns of leading indentation.
QByteArray dedent(const QByteArray &line, int columns)
{
    int n = 0;
    qsizetype i = 0;
    while (i < line.size() && n < columns && (line.at(i) == ' ' || line.at(i) == '\t')) {
        n += line.at(i) == '\t' ? 4 - n % 4 : 1;
        ++i;
    }
    return line.mid(i);
}

QString capitalised(const QString &word)
{
    return word.isEmpty() ? word : word.at(0).toUpper() + word.mid(1);
}

// Whether the document has any of "!!!", "???", "===", ":::" or "[!": one pass over the
// bytes, where five searches of a megabyte cost 6 % of its import.
bool mayHaveContainers(QByteArrayView utf8)
{
    static constexpr auto marks = [] {
        std::array<bool, 256> is{};
        for (const unsigned char c : {'!', '?', '=', ':', '['})
            is[c] = true;
        return is;
    }();
    const auto *p = reinterpret_cast<const unsigned char *>(utf8.data());
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (!marks[p[i]])
            continue;
        const unsigned char c = p[i];
        if (c == '[' ? p[i + 1] == '!' : p[i + 1] == c && i + 2 < n && p[i + 2] == c)
            return true;
    }
    return false;
}

} // namespace

QByteArray MarkdownTree::unwrapContainers(const QByteArray &utf8)
{
    if (!mayHaveContainers(utf8))
        return utf8;
    // "> [!WARNING]": a GitHub alert, the quote's first line.
    static const QRegularExpression alert(
        QStringLiteral(R"(^((?:>\s*)+)\[!(note|tip|important|warning|caution)\]\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // "!!! warning "Title"", "???+ note", "=== "Tab"": MkDocs Material.
    static const QRegularExpression mkdocs(
        QStringLiteral(R"re(^(!!!|\?\?\?\+?|===)\s*([A-Za-z][\w-]*)?\s*(?:"([^"]*)")?\s*$)re"));
    // ":::warning", ":::info[Important]", ":::note Title": Docusaurus.
    static const QRegularExpression docusaurus(
        QStringLiteral(R"(^:::\s*([A-Za-z][\w-]*)\s*(?:\[([^\]]*)\]|(.*))?$)"));
    QList<QByteArray> lines = utf8.split('\n');
    QList<int> open;     // content indent of each open MkDocs container
    bool colons = false; // inside a Docusaurus admonition
    QByteArray fence;    // the fence of an open code block, empty when none
    for (QByteArray &raw : lines) {
        const bool cr = raw.endsWith('\r');
        QByteArray line = cr ? raw.chopped(1) : raw;
        const bool blank = line.trimmed().isEmpty();
        if (!blank) {
            while (!open.isEmpty() && indentOf(line) < open.last())
                open.removeLast();
        }
        // Each open container takes 4 columns off: a body nested in a list item keeps the
        // item's indent.
        line = dedent(line, 4 * int(open.size()));
        if (colons && fence.isEmpty())
            line = dedent(line, 4);
        const QByteArray trimmed = line.trimmed();
        if (!fence.isEmpty()) {
            if (trimmed.startsWith(fence))
                fence.clear();
        } else if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            fence = trimmed.left(3);
        } else if (trimmed.startsWith('>') && trimmed.contains("[!")) {
            if (const auto a = alert.match(QString::fromUtf8(trimmed)); a.hasMatch())
                line = QByteArray(indentOf(line), ' ') + a.captured(1).toUtf8() +
                       QStringLiteral("**%1:**").arg(capitalised(a.captured(2).toLower())).toUtf8();
        } else if (!trimmed.startsWith("!!!") && !trimmed.startsWith("???") &&
                   !trimmed.startsWith("===") && !trimmed.startsWith(":::")) {
            // most lines: nothing to open (the expressions below are for the rest)
        } else if (const auto m = mkdocs.match(QString::fromUtf8(trimmed)); m.hasMatch()) {
            const QString kind = m.captured(2);
            const QString title = m.captured(3);
            QString label;
            if (m.captured(1) == u"===")
                label = title.isEmpty() ? kind : title;
            else if (title.isEmpty() || title.compare(kind, Qt::CaseInsensitive) == 0)
                label = capitalised(kind.isEmpty() ? QStringLiteral("note") : kind);
            else if (kind == u"example" || kind == u"abstract" || kind == u"info")
                label = title; // "??? example "Expected output"": the title says it
            else
                label = capitalised(kind) + QStringLiteral(": ") + title;
            line = QByteArray(indentOf(line), ' ') + QStringLiteral("**%1:**").arg(label).toUtf8();
            open.append(indentOf(raw) + 4); // raw: the file's line, its whole indent
        } else if (const auto d = docusaurus.match(QString::fromUtf8(trimmed)); d.hasMatch()) {
            const QString title = (d.captured(2).isEmpty() ? d.captured(3) : d.captured(2)).trimmed();
            const QString kind = capitalised(d.captured(1));
            line = QStringLiteral("**%1:**").arg(title.isEmpty() ? kind : kind + u": " + title).toUtf8();
            colons = true;
        } else if (trimmed == ":::") {
            line.clear();
            colons = false;
        }
        raw = cr ? line + '\r' : line;
    }
    return lines.join('\n');
}

} // namespace rollcage::runbook
