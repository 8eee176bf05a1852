// Import speed: a 40 KB and a 1 MB runbook (targets 5 ms and 50 ms), each seed, and the
// corpus of real runbooks in all (import_corpus_ms: each document's fastest import, summed).
// The documents are built from the bundled example, renamed per copy so every section
// is distinct. Each is imported many times; the value is the fastest run, because the
// build machines are shared and a median measures the neighbours' builds as much as
// the importer. The median wall time and the thread's CPU time are reported beside it.

#include "BenchUtil.h"

#include "runbook/Importer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <ctime>

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

struct Timing
{
    double bestMs = 0;   // the figure: the run that had a core to itself
    double medianMs = 0; // wall time as it came, on a machine shared with builds
    double cpuMs = 0;    // median CPU time of this thread
};

double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

Timing measure(const QByteArray &bytes, int runs)
{
    QList<double> wall;
    QList<double> cpu;
    qsizetype procedures = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        const double cpuStart = threadCpuMs();
        timer.start();
        const runbook::Runbook rb =
            runbook::Importer::importText(bytes, QStringLiteral("bench.md"));
        wall.append(double(timer.nsecsElapsed()) / 1e6);
        cpu.append(threadCpuMs() - cpuStart);
        procedures += rb.procedures.size(); // keeps the work observable
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    if (procedures < 0)
        return {};
    return {wall.first(), wall.at(wall.size() / 2), cpu.at(cpu.size() / 2)};
}

void report(const QString &name, const QByteArray &bytes, int runs, QJsonObject extra)
{
    const Timing t = measure(bytes, runs);
    extra.insert(QStringLiteral("median_ms"), t.medianMs);
    extra.insert(QStringLiteral("cpu_ms"), t.cpuMs);
    extra.insert(QStringLiteral("bytes"), double(bytes.size()));
    extra.insert(QStringLiteral("peak_rss_mb"), bench::peakRssMb());
    bench::report(name, t.bestMs, QStringLiteral("ms"), extra);
}

} // namespace

int main()
{
    const QByteArray unit = readFile(
        QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
    if (unit.isEmpty())
        return 1;
    const QByteArray small = document(unit, 40 * 1024);
    const QByteArray large = document(unit, 1024 * 1024);
    measure(small, 3); // warm up caches and the regular expressions

    report(QStringLiteral("import_40k_ms"), small, 51, {{QStringLiteral("target"), 5.0}});
    report(QStringLiteral("import_1m_ms"), large, 21, {{QStringLiteral("target"), 50.0}});
    // What a team's own documents cost, shape by shape: skipped when the folder is absent.
    const QDir corpus(QStringLiteral(ROLLCAGE_CORPUS_DIR));
    QStringList documents = corpus.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    documents.removeAll(QStringLiteral("SOURCES.md")); // where they come from, as corpus-report
    documents.removeAll(QStringLiteral("README.md"));
    if (!documents.isEmpty()) {
        double total = 0;
        double bytes = 0;
        for (const QString &f : documents) {
            const QByteArray text = readFile(corpus.filePath(f));
            total += measure(text, 11).bestMs;
            bytes += double(text.size());
        }
        bench::report(QStringLiteral("import_corpus_ms"), total, QStringLiteral("ms"),
                      {{QStringLiteral("documents"), int(documents.size())},
                       {QStringLiteral("bytes"), bytes},
                       {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});
    }
    const QDir seeds(QStringLiteral(ROLLCAGE_SEEDS_DIR));
    for (const QString &f : seeds.entryList(QDir::Files, QDir::Name))
        report(QStringLiteral("import_seed_%1_ms").arg(f.left(3)), readFile(seeds.filePath(f)), 51,
               {{QStringLiteral("file"), f}});
    return 0;
}
