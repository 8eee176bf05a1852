// Steps the runbook gives no heading are titled by what introduces them or what they run:
// the sentence before the block, the comment that opens it, its first command. Each row is
// a small runbook and the step titles an engineer should see for it.

#include "runbook/Importer.h"

#include <QTest>

using namespace rollcage::runbook;
using namespace Qt::StringLiterals;

namespace {

QStringList stepTitles(const QByteArray &markdown)
{
    QStringList result;
    for (const Procedure &p : Importer::importText(markdown, u"t.md"_s).procedures) {
        for (const Step &s : p.steps)
            result << s.title;
    }
    return result;
}

// A rollback procedure whose first step is a status check, then `rest`.
QByteArray procedure(const QByteArray &rest)
{
    return "# Orders\n## Rollback procedure\n\n```bash\norderctl status\n```\n\n" + rest;
}

} // namespace

class TestStepTitles : public QObject
{
    Q_OBJECT

private slots:
    void titles_data()
    {
        QTest::addColumn<QByteArray>("markdown");
        QTest::addColumn<QStringList>("expected");
        const QString first = u"Rollback procedure"_s;
        QTest::newRow("the sentence that introduces the block")
            << procedure("The release keeps two slots warm. Switch traffic back to the blue "
                         "slot, which still runs the previous release and its configuration:\n\n"
                         "```bash\norderctl slots switch blue\n```\n")
            << QStringList{first, u"Switch traffic back to the blue slot, which still runs the "
                                  "previous release and its configuration"_s};
        QTest::newRow("a lead about order is cut, an aside too")
            << procedure("Once the switch has finished on every node, drain the green slot "
                         "(it keeps serving open connections until then):\n\n"
                         "```bash\norderctl slots drain green\n```\n")
            << QStringList{first, u"Drain the green slot"_s};
        QTest::newRow("a leading \"Then\" is cut")
            << procedure("The importers resume on their own once the queue drains, usually "
                         "within a few minutes. Then resume the exports:\n\n"
                         "```bash\norderctl exports resume\n```\n")
            << QStringList{first, u"Resume the exports"_s};
        QTest::newRow("a condition stays")
            << procedure("If the queue still grows after five minutes, pause the importers:\n\n"
                         "```bash\norderctl importers pause\n```\n")
            << QStringList{first,
                           u"If the queue still grows after five minutes, pause the importers"_s};
        QTest::newRow("a long sentence is cut at a clause")
            << procedure("Restore the order index from the snapshot taken before the release, "
                         "because the new release rewrote the index format and the old code "
                         "cannot read it:\n\n```bash\norderctl index restore --latest\n```\n")
            << QStringList{
                   first,
                   u"Restore the order index from the snapshot taken before the release\u2026"_s};
        QTest::newRow("one plain sentence")
            << procedure(
                   "Clear the price cache on every region after the rollback has finished.\n\n"
                   "```bash\norderctl cache clear --all-regions\n```\n")
            << QStringList{
                   first,
                   u"Clear the price cache on every region after the rollback has finished"_s};
        QTest::newRow("an explanation: the block's comment")
            << procedure(
                   "The cache refills on its own from the order database. It takes about a "
                   "minute on a normal day.\n\n"
                   "```bash\n# Watch the hit rate come back\norderctl cache stats --watch\n```\n")
            << QStringList{first, u"Watch the hit rate come back"_s};
        QTest::newRow("nothing before it: its first command")
            << procedure("```bash\n$ orderctl queue inspect \\\n    --since 10m\n```\n")
            << QStringList{first, u"orderctl queue inspect"_s};
        QTest::newRow("a long first command is cut")
            << procedure("```bash\norderctl replay --from-offset 1048576 --to-offset 2097152 "
                         "--topic orders-eu --dry-run\n```\n")
            << QStringList{first,
                           u"orderctl replay --from-offset 1048576 --to-offset 2097152\u2026"_s};
        QTest::newRow("a manifest names nothing")
            << procedure("```yaml\napiVersion: v1\nkind: ConfigMap\n```\n")
            << QStringList{first, u"Run the commands"_s};
        QTest::newRow("a bold number leads a step")
            << procedure("**2.** Pin the release. Nothing may deploy over it until the review.\n\n"
                         "```bash\norderctl release pin v41\n```\n")
            << QStringList{first, u"Pin the release"_s};
        QTest::newRow("bullets for headings")
            << QByteArray(
                   "# Orders\n## Restore steps\n\n* Export the orders table\n\n"
                   "Run it from the bastion host.\n\n```cmd\npg_dump -t orders shop > "
                   "orders.sql\n```\n\n"
                   "* Load it into the standby\n\n```cmd\npsql shop-standby < orders.sql\n```\n")
            << QStringList{u"Export the orders table"_s, u"Load it into the standby"_s};
    }
    void titles()
    {
        QFETCH(QByteArray, markdown);
        QFETCH(QStringList, expected);
        QCOMPARE(stepTitles(markdown), expected);
    }
};

QTEST_GUILESS_MAIN(TestStepTitles)
#include "tst_steptitles.moc"
