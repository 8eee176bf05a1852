#include "runbook/MarkdownTree.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

namespace {
// The first node of `kind` in document order, or -1.
int find(const MarkdownTree &tree, MdNode::Kind kind, int from = 0)
{
    for (int i = from; i < tree.size(); ++i) {
        if (tree.node(i).kind == kind)
            return i;
    }
    return -1;
}
} // namespace

class TestMarkdownTree : public QObject
{
    Q_OBJECT

private slots:
    void blocksKnowTheirLines()
    {
        const MarkdownTree tree = MarkdownTree::parse(
            "# Title\n\nIntro **not lead**.\n\n1. **Lead** rest\n2. plain\n\n"
            "```bash {name=\"x\"}\necho hi\n```\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\n"
            "- [x] done\n- [ ] todo\n\n> ## Quoted heading\n");
        const int heading = find(tree, MdNode::Kind::Heading);
        QCOMPARE(tree.node(heading).line, 1);
        QCOMPARE(tree.node(heading).level, 1);
        QCOMPARE(tree.node(heading).text, u"Title"_s);

        const int intro = find(tree, MdNode::Kind::Paragraph);
        QCOMPARE(tree.node(intro).line, 3);
        QVERIFY(tree.node(intro).leadStrong.isEmpty()); // bold in the middle is no lead

        const int list = find(tree, MdNode::Kind::List);
        QVERIFY(tree.node(list).ordered);
        const int first = tree.node(list).children.at(0);
        QCOMPARE(tree.node(first).line, 5);
        QCOMPARE(tree.node(first).leadStrong, u"Lead"_s);
        QCOMPARE(tree.node(first).text, u"Lead rest"_s);
        QCOMPARE(tree.node(tree.node(list).children.at(1)).line, 6);

        const int code = find(tree, MdNode::Kind::Code);
        QCOMPARE(tree.node(code).line, 9);
        QCOMPARE(tree.node(code).info, u"bash {name=\"x\"}"_s);
        QCOMPARE(tree.node(code).text, u"echo hi"_s);
        QVERIFY(tree.node(code).fenced);

        const int table = find(tree, MdNode::Kind::Table);
        QCOMPARE(tree.node(table).children.size(), 2);
        const MdNode &head = tree.node(tree.node(table).children.at(0));
        QVERIFY(head.header);
        QCOMPARE(head.line, 12);
        QCOMPARE(tree.node(tree.node(table).children.at(1)).line, 14);
        QCOMPARE(tree.node(head.children.at(1)).text, u"B"_s);

        const int tasks = find(tree, MdNode::Kind::List, list + 1);
        QCOMPARE(tree.node(tree.node(tasks).children.at(0)).taskMark, 'x');
        QCOMPARE(tree.node(tree.node(tasks).children.at(1)).taskMark, ' ');
        QCOMPARE(tree.node(tree.node(tasks).children.at(1)).line, 17);

        // Quotes are transparent: the heading inside is a block of the document.
        const int quoted = find(tree, MdNode::Kind::Heading, heading + 1);
        QCOMPARE(tree.node(quoted).parent, 0);
        QCOMPARE(tree.node(quoted).line, 19);
    }

    void codeSpansAndEntities()
    {
        const MarkdownTree tree = MarkdownTree::parse("Use `rm -rf` &amp; &#9888; &bogus;\n");
        QCOMPARE(tree.node(find(tree, MdNode::Kind::Paragraph)).text,
                 u"Use `rm -rf` & ⚠ &bogus;"_s);
    }

    void sourceLines()
    {
        const MarkdownTree tree = MarkdownTree::parse("one\r\ntwo\nthree");
        QCOMPARE(tree.lineCount(), 3);
        QCOMPARE(tree.sourceLine(1), QByteArray("one"));
        QCOMPARE(tree.sourceLine(3), QByteArray("three"));
        QVERIFY(tree.sourceLine(4).isEmpty());
        QVERIFY(tree.sourceLine(0).isEmpty());
    }

    void emptyDocument()
    {
        const MarkdownTree tree = MarkdownTree::parse(QByteArray());
        QCOMPARE(tree.size(), 1);
        QCOMPARE(tree.root().kind, MdNode::Kind::Document);
    }

    // Admonitions and tabs are opened: a label line, the body without the container's
    // indent, and never a line more or less.
    void containersAreOpened_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QByteArray>("opened");
        QTest::newRow("mkdocs warning") << QByteArray("!!! warning \"Data loss\"\n    Back up first.\n")
                                        << QByteArray("**Warning: Data loss:**\nBack up first.\n");
        QTest::newRow("tab with a list")
            << QByteArray("=== \"Helm\"\n\n    1. Roll back\n\n        ```bash\n        helm x\n        ```\n")
            << QByteArray("**Helm:**\n\n1. Roll back\n\n    ```bash\n    helm x\n    ```\n");
        QTest::newRow("nested in a list item")
            << QByteArray("1. Run it\n\n    ??? example \"Expected output\"\n\n        ```\n        ok\n        ```\n")
            << QByteArray("1. Run it\n\n    **Expected output:**\n\n    ```\n    ok\n    ```\n");
        QTest::newRow("docusaurus") << QByteArray(":::info[Important]\n    Read this.\n:::\nafter\n")
                                    << QByteArray("**Info: Important:**\nRead this.\n\nafter\n");
        QTest::newRow("inside a fence stays") << QByteArray("```\n!!! note\n```\n")
                                              << QByteArray("```\n!!! note\n```\n");
        QTest::newRow("crlf") << QByteArray("!!! note\r\n    Body\r\n")
                              << QByteArray("**Note:**\r\nBody\r\n");
    }
    void containersAreOpened()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QByteArray, opened);
        const QByteArray actual = MarkdownTree::unwrapContainers(markdown);
        QCOMPARE(actual, opened);
        QCOMPARE(actual.count('\n'), markdown.count('\n'));
    }
};

QTEST_GUILESS_MAIN(TestMarkdownTree)
#include "tst_markdowntree.moc"
