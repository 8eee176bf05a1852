// The importer over the real runbooks of ../shared/corpus: the totals scripts/corpus-report
// prints must not go back. Each floor is the measured total when it was last raised;
// raise it with the change that improves it. Skipped where the corpus is not checked out.

#include "CorpusStats.h"

#include <QDir>
#include <QTest>

using namespace rollcage::runbook;
using namespace rollcage::runbook::corpus;

namespace {

// Measured on the 30 documents of ../shared/corpus (see the commit that set each value).
constexpr int kDocuments = 30;
// 146 since a way among others with commands ("Automatic rollback (recommended)", 28) is
// a procedure and a checklist heading's numbered items that mostly carry commands are
// steps (05: four blocks).
constexpr int kShellUsedFloor = 146;
// 33 since the log lines announced by "They will look similar to this:" (05) are shown as
// the expected output of the step before, not run.
// Still 33 after untagged log lines (08, 26) stopped being commands, `psql \` became one
// (18) and Prometheus queries are kept on their steps as promql (08, 26).
constexpr int kPlainUsedFloor = 33;
// 32 since a section whose heading names a procedure keeps its manifests on steps even
// when none is a shell command (14: recovery from an object store, from a Backup object;
// 26: creating a clone volume), said as a guess.
// 30 since a section of figures or options ("Recovery targets", 14) is no procedure: its
// two example manifests were steps of a procedure nobody runs.
constexpr int kOtherUsedFloor = 30;
constexpr int kMultiStepSplitFloor = 14;
// 0 since a "Rolling back" section of sentences that quote commands is read a paragraph a
// step (12).
constexpr int kWithoutProcedureCeiling = 0;
// 10 since `psql \` continued on the next lines reads as a command (18), no longer as the
// step before's output.
constexpr int kOutputShownFloor = 10;
constexpr int kSeveritiesFloor = 7;
// 7 since "### Contact Methods" bullets (24: the paging tool, the Slack channel) are how
// people are reached, not three more levels to call.
constexpr int kEscalationFloor = 7;
// 482 before terminal steps: the two etcdctl steps after `oc rsh` (03) are now typed
// into that session, as lines of the step that opens it.
// 475 since a fence right after a numbered item is that item's command (24, 25: no more
// "Run the commands" steps beside manual ones) and bold numbered lines are steps (21).
// 469 since bullets written as step headings take the block after them (04: five steps,
// not five manual ones and five "Run the commands"), an output bullet's block is the step
// before's output (04) and so are announced log lines (05); a bold "**1.**" paragraph is
// a step (18, +1).
// 486 since "Rolling back" and "Restoring" name procedures like "roll back" and "restore"
// (06: a ten-step restore into a new cluster) and prose steps (12: three).
// 487 since a second `helm rollback` offered as another way ("To target a specific
// revision:", 21) is its own procedure with the verification after it, not a second
// rollback in sequence.
// 486 since log messages in untagged blocks ("failed to write tenant index", 08) are not
// commands: the section that only shows them is no procedure of two steps; 18 gains the
// `psql \` step.
// 492 with those manifest steps (14, 26).
// 490 without the two of "Recovery targets" (14), which is no procedure; list items that
// quote their command (06: nine, 10, 26) run it rather than stay manual.
// 495 with those: one step (28) and four (05: checking a WAL-G upgrade).
constexpr int kStepsFloor = 495;
constexpr int kSessionsFloor = 2;

} // namespace

class TestCorpus : public QObject
{
    Q_OBJECT

    QList<DocStats> m_docs;

private slots:
    void initTestCase()
    {
        const QDir dir(QStringLiteral(ROLLCAGE_CORPUS_DIR));
        if (!dir.exists())
            QSKIP("the corpus runbooks (../shared/corpus) are not present");
        m_docs = measureDirectory(dir.path());
        qInfo().noquote() << '\n' + report(m_docs);
    }

    void everyDocumentIsMeasured() { QCOMPARE(int(m_docs.size()), kDocuments); }

    void documentsWithoutProcedureDoNotGrow()
    {
        const auto without = std::count_if(m_docs.cbegin(), m_docs.cend(),
                                           [](const DocStats &d) { return d.procedures == 0; });
        QVERIFY2(without <= kWithoutProcedureCeiling,
                 qPrintable(QStringLiteral("%1 documents import without a procedure, at most %2 did")
                                .arg(without)
                                .arg(kWithoutProcedureCeiling)));
    }

    void codeBlocksBecomeStepCommands()
    {
        const DocStats t = total(m_docs);
        QVERIFY2(t.shellUsed >= kShellUsedFloor,
                 qPrintable(QStringLiteral("%1 of %2 shell blocks are step commands, %3 were")
                                .arg(t.shellUsed)
                                .arg(t.shellBlocks)
                                .arg(kShellUsedFloor)));
        QVERIFY2(t.plainUsed >= kPlainUsedFloor,
                 qPrintable(QStringLiteral("%1 untagged blocks are step commands, %2 were")
                                .arg(t.plainUsed)
                                .arg(kPlainUsedFloor)));
        QVERIFY2(t.otherUsed >= kOtherUsedFloor,
                 qPrintable(QStringLiteral("%1 other-language blocks are kept on steps, %2 were")
                                .arg(t.otherUsed)
                                .arg(kOtherUsedFloor)));
        QVERIFY2(t.outputShown >= kOutputShownFloor,
                 qPrintable(QStringLiteral("%1 output blocks are shown as expected output, %2 were")
                                .arg(t.outputShown)
                                .arg(kOutputShownFloor)));
        QVERIFY2(t.sessions >= kSessionsFloor, qPrintable(QString::number(t.sessions)));
        QVERIFY2(t.steps >= kStepsFloor,
                 qPrintable(QStringLiteral("%1 steps, %2 were").arg(t.steps).arg(kStepsFloor)));
    }

    // What the Assess page offers and the escalation panel calls.
    void severitiesAndEscalationAreRead()
    {
        const DocStats t = total(m_docs);
        QVERIFY2(t.severities >= kSeveritiesFloor,
                 qPrintable(QStringLiteral("%1 severity levels, %2 were").arg(t.severities).arg(kSeveritiesFloor)));
        QVERIFY2(t.escalation >= kEscalationFloor,
                 qPrintable(QStringLiteral("%1 escalation levels, %2 were").arg(t.escalation).arg(kEscalationFloor)));
    }

    void multiStepBlocksAreSplit()
    {
        const DocStats t = total(m_docs);
        QVERIFY2(t.multiStepSplit >= kMultiStepSplitFloor,
                 qPrintable(QStringLiteral("%1 of %2 multi-step blocks are split, %3 were")
                                .arg(t.multiStepSplit)
                                .arg(t.multiStepBlocks)
                                .arg(kMultiStepSplitFloor)));
    }
};

QTEST_GUILESS_MAIN(TestCorpus)
#include "tst_corpus.moc"
