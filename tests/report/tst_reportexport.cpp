#include "report/ReportExport.h"

#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage::report;

namespace {
QString sample()
{
    QFile f(QStringLiteral(GOLDEN_DIR "/export-sample.md"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}
} // namespace

class TestReportExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void htmlMatchesGolden()
    {
        const QString html = markdownToHtml(sample(), QStringLiteral("Incident 7"));
        const QString goldenPath = QStringLiteral(GOLDEN_DIR "/export-sample.html");
        if (qEnvironmentVariableIsSet("ROLLCAGE_UPDATE_GOLDEN")) {
            QFile out(goldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write(html.toUtf8());
        }
        QFile golden(goldenPath);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(html, QString::fromUtf8(golden.readAll()));
    }

    void htmlIsSelfContainedAndInert()
    {
        const QString html = markdownToHtml(sample(), QStringLiteral("Incident 7"));
        QVERIFY(html.contains(QStringLiteral("<table>")));
        QVERIFY(html.contains(QStringLiteral("<style>")));
        QVERIFY(!html.contains(QStringLiteral("<script>")));      // output is shown, not run
        QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
        QVERIFY(!html.contains(QStringLiteral("src=\"http")));    // nothing fetched from outside
        QVERIFY(!html.contains(QStringLiteral("href=\"http")));
    }

    void formatsByName_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("md") << "md" << int(Format::Markdown);
        QTest::newRow("markdown") << "Markdown" << int(Format::Markdown);
        QTest::newRow("html") << "html" << int(Format::Html);
        QTest::newRow("pdf") << "pdf" << int(Format::Pdf);
        QTest::newRow("docx") << "docx" << -1;
    }
    void formatsByName()
    {
        QFETCH(QString, name);
        const auto format = formatFromName(name);
        QTEST(format ? int(*format) : -1, "format");
    }

    void exportsEveryFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("md") << int(Format::Markdown) << QByteArray("# Incident 7");
        QTest::newRow("html") << int(Format::Html) << QByteArray("<!DOCTYPE html>");
        QTest::newRow("pdf") << int(Format::Pdf) << QByteArray("%PDF-");
    }
    void exportsEveryFormat()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("report"));
        const auto status = exportReport(sample(), QStringLiteral("Incident 7"), Format(format), path);
        QVERIFY2(status.ok, qPrintable(status.error));
        QFile out(path);
        QVERIFY(out.open(QIODevice::ReadOnly));
        QVERIFY(out.readAll().startsWith(magic));
        // For looking at the rendering: ROLLCAGE_SAMPLE_DIR=/tmp/x, then pdftoppm -png.
        const QString keep = qEnvironmentVariable("ROLLCAGE_SAMPLE_DIR");
        if (!keep.isEmpty())
            QFile::copy(path, keep + QStringLiteral("/sample-report.") + QString::fromLatin1(QTest::currentDataTag()));
    }

    void unwritablePathIsAClearError()
    {
        for (const Format format : {Format::Markdown, Format::Pdf}) {
            const auto status = exportReport(sample(), QStringLiteral("x"), format,
                                             QStringLiteral("/nonexistent-dir/report.out"));
            QVERIFY(!status.ok);
            QVERIFY2(status.error.startsWith(QStringLiteral("cannot write the report to /nonexistent-dir/report.out")),
                     qPrintable(status.error));
        }
    }

    void pdfToStdoutIsRefused()
    {
        const auto bytes = renderReport(sample(), QStringLiteral("x"), Format::Pdf);
        QVERIFY(!bytes.ok());
        QVERIFY(bytes.error.contains(QStringLiteral("-o FILE.pdf")));
    }
};

QTEST_MAIN(TestReportExport)
#include "tst_reportexport.moc"
