// What is found by looking at the source itself, before or beside md4c: structural
// problems an author should hear about (md4c silently repairs them), front matter, and
// bytes that are no text at all.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringTokenizer>

#include <algorithm>

namespace rollcage::runbook::detail {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")
} // namespace

// YAML (---) or TOML (+++) front matter: its title is the runbook's, and md4c must not
// read "title: X" over "---" as a heading. The block is blanked, not cut, so every line
// number after it still points at the file.
QString takeFrontMatter(QByteArray &utf8)
{
    const bool yaml = utf8.startsWith("---\n") || utf8.startsWith("---\r\n");
    if (!yaml && !utf8.startsWith("+++\n") && !utf8.startsWith("+++\r\n"))
        return {};
    const QByteArray fence = yaml ? "---" : "+++";
    qsizetype at = utf8.indexOf('\n') + 1;
    QString title;
    while (at < utf8.size()) {
        qsizetype end = utf8.indexOf('\n', at);
        if (end < 0)
            end = utf8.size();
        const QByteArray line = utf8.mid(at, end - at).trimmed();
        if (line == fence || (yaml && line == "...")) {
            for (qsizetype i = 0; i < end; ++i) {
                if (utf8.at(i) != '\n' && utf8.at(i) != '\r')
                    utf8[i] = ' ';
            }
            return title;
        }
        static const QRegularExpression key(
            QStringLiteral(R"(^title\s*[:=]\s*["']?(.*?)["']?\s*$)"));
        const auto m = key.match(QString::fromUtf8(line));
        if (m.hasMatch() && title.isEmpty())
            title = m.captured(1).trimmed();
        at = end + 1;
    }
    return {}; // never closed: not front matter
}

bool looksBinary(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192);
    int control = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(bytes.at(i));
        if (c == 0)
            return true;
        if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
            ++control;
    }
    return n > 0 && control * 10 > n;
}

void checkFences(ImportContext &ctx, const QString &text)
{
    // A plain scan, not a regular expression per line: this runs over every line.
    int openLine = 0;
    QChar openChar;
    qsizetype openLength = 0;
    int line = 0;
    for (const QStringView l : QStringTokenizer(text, u'\n')) {
        ++line;
        qsizetype i = 0;
        while (i < l.size() && (l[i] == u' ' || l[i] == u'\t'))
            ++i;
        if (i >= l.size() || (l[i] != u'`' && l[i] != u'~'))
            continue;
        const QChar c = l[i];
        qsizetype run = 0;
        while (i + run < l.size() && l[i + run] == c)
            ++run;
        if (run < 3)
            continue;
        if (openLine == 0) {
            openLine = line;
            openChar = c;
            openLength = run;
        } else if (c == openChar && run >= openLength && l.mid(i + run).trimmed().isEmpty()) {
            openLine = 0;
        }
    }
    const QString openFence(openLength, openChar);
    if (openLine != 0)
        ctx.diagnose(openLine, Severity::Warning,
                     tr("The code block opened here is never closed, so everything after it "
                        "was read as code; add a closing %1 line.")
                         .arg(openFence));
}

void checkFenceLanguages(ImportContext &ctx)
{
    for (int i = 0; i < ctx.tree.size(); ++i) {
        const MdNode &n = ctx.node(i);
        if (n.kind != MdNode::Kind::Code || !n.fenced || n.info.isEmpty())
            continue;
        const qsizetype brace = n.info.indexOf(u'{');
        const QString written =
            (brace < 0 ? n.info : n.info.left(brace)).trimmed().section(u' ', 0, 0);
        if (!recognize::isShellNearMiss(written.toLower()))
            continue;
        ctx.diagnose(std::max(1, n.line - 1), Severity::Warning,
                     tr("The code block's language \"%1\" is no language Rollcage knows; it "
                        "is read as a shell (bash) block and its commands run. Write ```bash "
                        "(or ```text if it is not to be run).")
                         .arg(written));
    }
}

void checkTableRows(ImportContext &ctx)
{
    for (int i = 0; i < ctx.tree.size(); ++i) {
        const MdNode &table = ctx.node(i);
        if (table.kind != MdNode::Kind::Table || table.children.isEmpty())
            continue;
        const qsizetype columns = ctx.node(table.children.first()).children.size();
        for (const int row : table.children) {
            QByteArray source = ctx.tree.sourceLine(ctx.node(row).line).trimmed();
            if (source.startsWith('|'))
                source.remove(0, 1);
            if (source.endsWith('|') && !source.endsWith("\\|"))
                source.chop(1);
            qsizetype cells = 1;
            for (qsizetype k = 0; k < source.size(); ++k) {
                if (source.at(k) == '\\')
                    ++k;
                else if (source.at(k) == '|')
                    ++cells;
            }
            if (cells != columns)
                ctx.diagnose(ctx.node(row).line, Severity::Warning,
                             tr("This table row has %1 cells but the header has %2; missing "
                                "cells are read as empty, extra ones are ignored.")
                                 .arg(cells)
                                 .arg(columns));
        }
    }
}

} // namespace rollcage::runbook::detail
