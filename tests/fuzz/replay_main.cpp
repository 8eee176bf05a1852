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

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("only newlines") << QByteArray(100000, '\n');
        QTest::newRow("one long line") << QByteArray(2 * 1024 * 1024, 'x');
        QTest::newRow("unbalanced fences") << QByteArray("# R\n## Rollback\n1. a\n```\n```bash\n~~~\n").repeated(2000);
        QTest::newRow("ragged tables")
            << QByteArray("| Scenario | Action |\n|---|---|\n| a |\n| b | c | d | e |\n|\n").repeated(5000);
        QTest::newRow("deep lists") << [] {
            QByteArray b = "## Rollback\n";
            for (int i = 0; i < 3000; ++i)
                b += QByteArray(i % 200, ' ') + "1. **s** (2 min)\n";
            return b;
        }();
        QTest::newRow("deep quotes") << QByteArray(20000, '>') + " ## Rollback\n1. x\n";
        QTest::newRow("mojibake fragments") << QByteArray("â ð Ã âŒ ‚ö ").repeated(20000);
        QTest::newRow("placeholder soup")
            << QByteArray("## Rollback\n1. x\n   ```\n   ${A:-${B}} $ $$ <<a> [[b] [c/d/] {{e}\n   ```\n").repeated(3000);
        QTest::newRow("unterminated comment") << QByteArray("<!-- rollcage: checklist pre\n- a\n");
        QTest::newRow("random bytes") << [] {
            QRandomGenerator rng(20261122); // fixed: a failure must reproduce
            QByteArray b(1024 * 1024, Qt::Uninitialized);
            for (char &c : b)
                c = char(rng.bounded(1, 256));
            return b;
        }();
        QTest::newRow("ten megabytes of runbook") << [] {
            QFile f(QStringLiteral(ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
            const QByteArray one = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("## Rollback\n1. x\n");
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
