// Import speed: a 40 KB and a 1 MB runbook (targets 5 ms and 50 ms), and each seed.
// The documents are built from the bundled example, renamed per copy so every section
// is distinct, and each is imported several times; the median is reported.

#include "BenchUtil.h"

#include "runbook/Importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>

using namespace rollcage;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QByteArray document(const QByteArray &unit, qsizetype size)
{
    QByteArray doc;
    doc.reserve(size + unit.size());
    for (int copy = 1; doc.size() < size; ++copy) {
        QByteArray part = unit;
        const QByteArray renamed = "Rollback " + QByteArray::number(copy);
        part.replace(QByteArrayView("Rollback"), renamed);
        doc += part;
        doc += '\n';
    }
    doc.truncate(size);
    return doc;
}

double medianMs(const QByteArray &bytes, int runs)
{
    QList<double> times;
    int procedures = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const runbook::Runbook rb = runbook::Importer::importText(bytes, QStringLiteral("bench.md"));
        times.append(double(timer.nsecsElapsed()) / 1e6);
        procedures += int(rb.procedures.size()); // keeps the work observable
    }
    std::sort(times.begin(), times.end());
    return procedures >= 0 ? times.at(times.size() / 2) : 0;
}

} // namespace

int main()
{
    const QByteArray unit =
        readFile(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
    if (unit.isEmpty())
        return 1;
    const QByteArray small = document(unit, 40 * 1024);
    const QByteArray large = document(unit, 1024 * 1024);
    medianMs(small, 3); // warm up caches and the regular expressions

    bench::report(QStringLiteral("import_40k_ms"), medianMs(small, 51), QStringLiteral("ms"),
                  {{QStringLiteral("target"), 5.0},
                   {QStringLiteral("bytes"), double(small.size())},
                   {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});
    bench::report(QStringLiteral("import_1m_ms"), medianMs(large, 11), QStringLiteral("ms"),
                  {{QStringLiteral("target"), 50.0},
                   {QStringLiteral("bytes"), double(large.size())},
                   {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});

    const QDir seeds(QStringLiteral(ROLLCAGE_SEEDS_DIR));
    for (const QString &f : seeds.entryList(QDir::Files, QDir::Name)) {
        const QByteArray bytes = readFile(seeds.filePath(f));
        bench::report(QStringLiteral("import_seed_%1_ms").arg(f.left(3)), medianMs(bytes, 51),
                      QStringLiteral("ms"),
                      {{QStringLiteral("file"), f},
                       {QStringLiteral("bytes"), double(bytes.size())},
                       {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});
    }
    return 0;
}
