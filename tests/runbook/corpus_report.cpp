// corpus_report [DIR]: what the importer makes of every runbook in DIR (scripts/corpus-report).

#include "CorpusStats.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    // --unused lists the shell and untagged blocks no step runs, to see what is missed.
    const bool listUnused = args.removeAll(QStringLiteral("--unused")) > 0;
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (args.size() != 1 || args.first().startsWith(QLatin1Char('-'))) {
        err << "usage: corpus_report [--unused] DIR\n";
        return 2;
    }
    const QString dir = args.first();
    const auto docs = rollcage::runbook::corpus::measureDirectory(dir);
    if (docs.isEmpty()) {
        err << "corpus_report: no Markdown runbooks (*.md) in " << QDir(dir).absolutePath()
            << "\n";
        return 1;
    }
    out << rollcage::runbook::corpus::report(docs);
    if (listUnused) {
        out << "\nblocks no step runs (file:line of the fence):\n";
        for (const auto &d : docs) {
            for (const QString &u : d.unused)
                out << "  " << u << "\n";
        }
    }
    return 0;
}
