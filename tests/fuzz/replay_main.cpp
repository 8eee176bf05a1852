// Without clang there is no libFuzzer: this driver feeds the same entry point the saved
// corpus plus generated hostile documents, so every finding stays fixed.

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {
void feed(const QByteArray &bytes)
{
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                           size_t(bytes.size()));
}
} // namespace

class TestFuzzReplay : public QObject
{
    Q_OBJECT

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(QStringLiteral(ROLLCAGE_FUZZ_CORPUS));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(!files.isEmpty());
        for (const QString &f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }
    void corpus()
    {
        QFETCH(QString, path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        feed(f.readAll());
    }

    // A small mutational fuzzer for where libFuzzer is missing: each corpus file, cut,
    // spliced and sprinkled with Markdown tokens. ROLLCAGE_FUZZ_MUTANTS raises the count
    // for a longer run (e.g. under the asan preset).
    void mutants()
    {
        static const QByteArrayList tokens = {
            "```",      "~~~", "\n", "|",      "**", "1. ",  "- [ ] ", "<!-- rollcage: ",
            "-->",      "${",  "}",  "$",      "<",  ">",    "[",      "]",
            "(",        ")",   "# ", "\t",     "\r", "\xe2", "\xc3",   "\x9d",
            "\xf0\x9f", "&#",  ";",  "{name=", "> ", "    "};
        const QDir dir(QStringLiteral(ROLLCAGE_FUZZ_CORPUS));
        QByteArrayList corpus;
        for (const QString &f : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(f));
            if (file.open(QIODevice::ReadOnly))
                corpus.append(file.readAll());
        }
        QVERIFY(!corpus.isEmpty());
        bool set = false;
        const int wanted = qEnvironmentVariableIntValue("ROLLCAGE_FUZZ_MUTANTS", &set);
        const int perFile = set ? wanted : 200;
        QRandomGenerator rng(7); // fixed: a failure must reproduce
        for (const QByteArray &original : corpus) {
            for (int n = 0; n < perFile; ++n) {
                QByteArray b = original;
                const int edits = 1 + int(rng.bounded(8));
                for (int e = 0; e < edits; ++e) {
                    const qsizetype at =
                        b.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(b.size())));
                    switch (rng.bounded(4)) {
                    case 0:
                        b.insert(at, tokens.at(rng.bounded(int(tokens.size()))));
                        break;
                    case 1:
                        b.remove(at, qsizetype(rng.bounded(32)));
                        break;
                    case 2:
                        if (!b.isEmpty())
                            b[at] = char(rng.bounded(256));
                        break;
                    default: {
                        const QByteArray &other = corpus.at(rng.bounded(int(corpus.size())));
                        const qsizetype from =
                            other.isEmpty() ? 0 : qsizetype(rng.bounded(quint32(other.size())));
                        b.insert(at, other.mid(from, qsizetype(rng.bounded(200))));
                    }
                    }
                }
                feed(b);
            }
        }
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only newlines") << QByteArray(100000, '\n');
        QTest::newRow("one long line") << QByteArray(2 * 1024 * 1024, 'x');
        QTest::newRow("unbalanced fences")
            << QByteArray("# R\n## Rollback\n1. a\n```\n```bash\n~~~\n").repeated(2000);
        QTest::newRow("ragged tables")
            << QByteArray("| Scenario | Action |\n|---|---|\n| a |\n| b | c | d | e |\n|\n")
                   .repeated(5000);
        QTest::newRow("deep lists") << [] {
            QByteArray b = "## Rollback\n";
            for (int i = 0; i < 3000; ++i)
                b += QByteArray(i % 200, ' ') + "1. **s** (2 min)\n";
            return b;
        }();
        QTest::newRow("deep quotes") << QByteArray(20000, '>') + " ## Rollback\n1. x\n";
        QTest::newRow("mojibake fragments") << QByteArray("â ð Ã âŒ ‚ö ").repeated(20000);
        QTest::newRow("placeholder soup")
            << QByteArray(
                   "## Rollback\n1. x\n   ```\n   ${A:-${B}} $ $$ <<a> [[b] [c/d/] {{e}\n   ```\n")
                   .repeated(3000);
        QTest::newRow("unterminated comment") << QByteArray("<!-- rollcage: checklist pre\n- a\n");
        QTest::newRow("random bytes") << [] {
            QRandomGenerator rng(20261122); // fixed: a failure must reproduce
            QByteArray b(1024 * 1024, Qt::Uninitialized);
            for (char &c : b)
                c = char(rng.bounded(1, 256));
            return b;
        }();
        QTest::newRow("ten megabytes of runbook") << [] {
            QFile f(QStringLiteral(ROLLCAGE_SOURCE_DIR
                                   "/resources/examples/larkspur-checkout-rollback.md"));
            const QByteArray one =
                f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("## Rollback\n1. x\n");
            return one.repeated(int(10 * 1024 * 1024 / std::max<qsizetype>(one.size(), 1)) + 1);
        }();
    }
    void hostile()
    {
        QFETCH(QByteArray, bytes);
        feed(bytes);
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "replay_main.moc"
