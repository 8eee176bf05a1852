#pragma once

// A small block tree of a Markdown document, built with md4c (tables and task lists on).
// The importer reasons about blocks and their nesting; md4c's callback stream is awkward
// for that, so it is folded into this tree once. Every node knows its 1-based source line.

#include <QByteArray>
#include <QList>
#include <QString>

namespace rollcage::runbook {

struct MdNode
{
    enum class Kind {
        Document,
        List,
        Item,
        Heading,
        Code,
        Html,
        Paragraph,
        Table,
        Row,
        Cell,
        Rule
    };
    Kind kind = Kind::Document;
    int parent = -1;
    QList<int> children;
    int line = 0;
    int level = 0;        // heading level
    bool ordered = false; // list
    bool header = false;  // table row of the header
    char taskMark = 0;    // item: ' ' or 'x' for "- [ ]" / "- [x]", 0 otherwise
    bool fenced = false;  // code: ``` or ~~~ (not indented)
    QString text;         // inline text (code spans in backticks), code, or raw HTML
    QString leadStrong;   // a bold span that opens the block: "**Verify health**"
    QString info;         // code: the whole info string after the fence
};

class MarkdownTree
{
public:
    // `utf8` must outlive nothing: the tree copies what it keeps.
    static MarkdownTree parse(const QByteArray &utf8);
    // The containers CommonMark does not know, opened so md4c reads what is inside as
    // Markdown rather than as an indented code block: MkDocs admonitions (`!!! warning
    // "Title"`, `??? example`), content tabs (`=== "With Helm"`) and Docusaurus
    // admonitions (`:::warning` … `:::`); a GitHub alert's `[!WARNING]` line in a quote.
    // The marker line becomes a bold label ("**Warning: Title**", "**With Helm:**"), the
    // body loses the container's indent.
    // Lines are never added or removed, so line numbers stay those of the file.
    static QByteArray unwrapContainers(const QByteArray &utf8);

    const MdNode &node(int index) const { return m_nodes.at(index); }
    int size() const { return int(m_nodes.size()); }
    const MdNode &root() const { return m_nodes.first(); }
    int lineCount() const { return int(m_lineStarts.size()); }
    // The source line (without its newline) for a 1-based line number.
    QByteArray sourceLine(int line) const;

private:
    friend struct TreeBuilder;
    QList<MdNode> m_nodes;
    QList<qsizetype> m_lineStarts;
    QByteArray m_source;
};

} // namespace rollcage::runbook
