#include "report/ReportPdf.h"

#include <QAbstractTextDocumentLayout>
#include <QFile>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

namespace rollcage::report {

namespace {

void collectTables(QTextFrame *frame, QList<QTextTable *> &tables)
{
    const QList<QTextFrame *> children = frame->childFrames();
    for (QTextFrame *child : children) {
        if (auto *table = qobject_cast<QTextTable *>(child))
            tables.append(table);
        collectTables(child, tables);
    }
}

// The vertical extent of row `r` as laid out: from the top of its cells' first blocks
// to the bottom of their last ones.
std::pair<qreal, qreal> rowExtent(QTextDocument &document, QTextTable *table, int r)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    qreal top = std::numeric_limits<qreal>::max();
    qreal bottom = 0;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(r, c);
        if (!cell.isValid() || cell.row() != r || cell.column() != c)
            continue;
        const QTextBlock first = cell.firstCursorPosition().block();
        const QTextBlock last = cell.lastCursorPosition().block();
        top = std::min(top, layout->blockBoundingRect(first).top());
        bottom = std::max(bottom, layout->blockBoundingRect(last).bottom());
    }
    return {top, bottom};
}

// Row `r` starts on a new page: the row before it ends with a page break in each of its
// cells, so it reaches down to the page's end and row r is laid out on the next one.
// (A break before each of row r's cells made Qt drop the row to the next page and then
// take the breaks again: every moved row left an empty page.)
void startOnNewPage(QTextTable *table, int r)
{
    const int before = r - 1;
    for (int c = 0; c < table->columns(); ++c) {
        const QTextTableCell cell = table->cellAt(before, c);
        if (!cell.isValid() || cell.row() + cell.rowSpan() - 1 != before || cell.column() != c)
            continue;
        QTextCursor cursor = cell.lastCursorPosition();
        QTextBlockFormat format = cursor.blockFormat();
        format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysAfter);
        cursor.setBlockFormat(format);
    }
}

} // namespace

int keepTableRowsTogether(QTextDocument &document, qreal pageHeight)
{
    if (pageHeight <= 0)
        return 0;
    QList<QTextTable *> tables;
    collectTables(document.rootFrame(), tables);
    int moved = 0;
    // One row at a time, top to bottom: moving a row shifts everything after it.
    for (QTextTable *table : std::as_const(tables)) {
        const int header = table->format().headerRowCount();
        for (int r = std::max(header, 1); r < table->rows(); ++r) {
            const auto [top, bottom] = rowExtent(document, table, r);
            if (bottom <= top || bottom - top >= pageHeight * 0.9)
                continue;
            const int firstPage = int(std::floor(top / pageHeight));
            const int lastPage = int(std::floor((bottom - 0.5) / pageHeight));
            if (firstPage != lastPage) {
                startOnNewPage(table, r);
                ++moved;
            }
        }
    }
    return moved;
}

Status writePdf(const QString &html, const QString &title, const QString &path)
{
    // QPdfWriter reports no errors, so make sure the file can be written at all first.
    QFile probe(path);
    if (!probe.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("cannot write the report to %1: %2")
                                   .arg(path, probe.errorString()));
    probe.close();
    QPdfWriter writer(path);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Rollcage"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    const QRectF paper = writer.pageLayout().paintRectPixels(writer.resolution());
    const qreal footer = writer.resolution() * 10 / 25.4; // 10 mm under the text

    QTextDocument document;
    // Laid out in the writer's own units and fonts: what is measured is what prints.
    document.documentLayout()->setPaintDevice(&writer);
    document.setHtml(html);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);
    const QSizeF page(paper.width(), paper.height() - footer);
    document.setPageSize(page);
    keepTableRowsTogether(document, page.height());

    QPainter painter(&writer);
    QFont small = painter.font();
    small.setPointSizeF(8);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            writer.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        document.drawContents(&painter, QRectF(QPointF(0, i * page.height()), page));
        painter.restore();
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x5f, 0x69));
        painter.drawText(QRectF(0, page.height(), page.width(), footer),
                         Qt::AlignRight | Qt::AlignBottom,
                         QStringLiteral("%1 — %2/%3").arg(title).arg(i + 1).arg(pages));
    }
    painter.end();
    if (QFileInfo(path).size() == 0)
        return Status::failure(QStringLiteral("the PDF at %1 came out empty; is the disk full?").arg(path));
    return Status::success();
}

} // namespace rollcage::report
