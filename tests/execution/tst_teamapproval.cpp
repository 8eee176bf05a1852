// Team mode's decisions between consoles on a real PostgreSQL server (tests/pg-session.sh):
// four-eyes approval of a destructive step, taking a step over from a killed `rollcage
// run` (journalled, outcome unknown), and handing over command. Two or three engines in
// this process stand for the laptops.
#include "EngineTestBase.h"
#include "incident/IncidentSummary.h"
#include "TeamDrill.h"

#include "incident/Journal.h"
#include "incident/TeamSession.h"
#include "runbook/Importer.h"

#include <QJsonDocument>


using namespace rollcage::enginetest;
using rollcage::incident::StepState;
namespace events = rollcage::incident::events;

class TestTeamApproval : public EngineTestBase
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void fourEyesBlocksThenAllows();
    void takeOverAfterTheConsoleIsKilled();
    void commandIsHandedOver();
    void aHeadlessRunWaitsForApprovalFromATerminal();
    void theRequestShowsValuesAndNeverASecret();

private:
    QString m_url;
};

namespace {
const QString kProc = QStringLiteral("Application rollback");

rollcage::runbook::Runbook destructiveRunbook()
{
    auto drop = commandStep(QStringLiteral("Drop the cache table"),
                            QStringLiteral("echo dropped <TABLE>"), 3, {angle(QStringLiteral("TABLE"))});
    drop.destructive = true;
    drop.confirmation = rollcage::runbook::Confirmation::Typed;
    drop.confirmTarget = QStringLiteral("cache");
    return makeRunbook({drop, commandStep(QStringLiteral("Look"), QStringLiteral("true"), 9)});
}

// The latest event of type E in the engine's journal.
template<class E> std::optional<rollcage::incident::Event> latest(const Engine &engine)
{
    const auto &journal = engine.journal();
    for (auto it = journal.crbegin(); it != journal.crend(); ++it) {
        if (events::is<E>(*it))
            return *it;
    }
    return std::nullopt;
}
} // namespace

void TestTeamApproval::init()
{
    m_url = qEnvironmentVariable("ROLLCAGE_TEST_DATABASE");
    if (m_url.isEmpty())
        QSKIP("needs PostgreSQL (run through tests/pg-session.sh)");
}

void TestTeamApproval::fourEyesBlocksThenAllows()
{
    auto anaStore = openConsole(m_url, QStringLiteral("Ana"));
    auto benStore = openConsole(m_url, QStringLiteral("Ben"));
    QVERIFY(anaStore && benStore);
    const auto rb = destructiveRunbook();
    Engine a(anaStore.get(), nullptr);
    Engine b(benStore.get(), nullptr);
    rollcage::execution::DeclareOptions options;
    options.variables.insert(QStringLiteral("TABLE"), QStringLiteral("orders_cache"));
    const auto id = a.declare(rb, kProc, options);
    QVERIFY2(id, qPrintable(id.error));
    QVERIFY(b.resume(*id, rb));
    QVERIFY(a.mayRun(0)); // four-eyes is off: the typed confirmation is enough

    QVERIFY(a.setFourEyes(true));
    QTRY_VERIFY(b.state().fourEyes);
    QVERIFY(a.needsApproval(0));
    QVERIFY(!a.needsApproval(1));
    QVERIFY(a.mayRun(1));
    rollcage::Status refused = a.runStep(0, QStringLiteral("cache"));
    QVERIFY(!refused);
    QVERIFY2(refused.error.contains(QLatin1String("needs a second person's approval")),
             qPrintable(refused.error));
    QVERIFY(!b.decideApproval(kProc, 0, true, {})); // nothing asked yet

    QVERIFY(a.requestApproval(0, QStringLiteral("the cache holds stale prices")));
    QVERIFY(!a.requestApproval(0)); // asked already
    // Ben's console sees the request with the exact command, values filled in.
    QTRY_COMPARE(b.pendingApprovals().size(), qsizetype(1));
    QCOMPARE(b.state().step(0).approval.command, QStringLiteral("echo dropped 'orders_cache'"));
    QCOMPARE(b.state().step(0).approval.requestedBy, QStringLiteral("Ana"));
    QVERIFY2(b.mayRun(0).error.contains(QLatin1String("waits for a second person's approval (asked by Ana")),
             qPrintable(b.mayRun(0).error));
    refused = a.decideApproval(kProc, 0, true, {});
    QVERIFY2(refused.error.contains(QLatin1String("four eyes are two people")),
             qPrintable(refused.error));

    // Ben refuses, saying why; Ana is told, and asks again once that is settled.
    QVERIFY(!b.decideApproval(kProc, 0, false, QString()));
    QVERIFY(b.decideApproval(kProc, 0, false, QStringLiteral("take a backup first")));
    QTRY_VERIFY(a.mayRun(0).error.contains(QLatin1String("Ben refused step 1")));
    QVERIFY(a.mayRun(0).error.contains(QLatin1String("take a backup first")));
    QVERIFY(a.requestApproval(0, QStringLiteral("backup taken")));
    QTRY_COMPARE(b.pendingApprovals().size(), qsizetype(1));
    QVERIFY(b.decideApproval(kProc, 0, true, QStringLiteral("backup checked")));
    QTRY_VERIFY(a.mayRun(0));

    const auto decided = latest<events::ApprovalDecided>(a);
    QVERIFY(decided);
    QCOMPARE(decided->operatorName, QStringLiteral("Ben"));
    const auto answer = events::read<events::ApprovalDecided>(*decided);
    QVERIFY(answer.approved);
    QCOMPARE(answer.requestedBy, QStringLiteral("Ana"));
    QCOMPARE(answer.requestId, latest<events::ApprovalRequested>(a)->id);

    QCOMPARE(runAndWait(a, 0, QStringLiteral("cache")).status, StepStatus::Succeeded);
    // One approval, one run: a second run needs a second approval.
    QTRY_VERIFY(!b.mayRun(0));
    QVERIFY(!a.mayRun(0));
    QVERIFY(a.mayRun(0).error.contains(QLatin1String("needs a second person's approval")));
}

void TestTeamApproval::takeOverAfterTheConsoleIsKilled()
{
    QTemporaryDir dir;
    const QString killed = killAnaMidStep(m_url, dir.path());
    QVERIFY2(killed.isEmpty(), qPrintable(killed));

    auto benStore = openConsole(m_url, QStringLiteral("Ben"));
    QVERIFY(benStore);
    const auto incidents = benStore->incidents();
    QVERIFY(incidents && !incidents->isEmpty());
    const qint64 id = incidents->constLast().id;
    auto rb = rollcage::runbook::Importer::importFile(teamDrillPath());
    QVERIFY2(rb, qPrintable(rb.error));
    Engine b(benStore.get(), nullptr);
    QVERIFY(b.resume(id, *rb));
    QCOMPARE(b.state().step(0).state, StepState::Running);
    QTRY_VERIFY_WITH_TIMEOUT(((void)b.team()->refresh(), b.mayTakeOverStep(0)), 10000);
    QVERIFY2(b.mayRun(0).error.contains(QLatin1String("stopped answering")),
             qPrintable(b.mayRun(0).error));
    QVERIFY(!b.takeOverStep(0, QStringLiteral("  ")));
    QVERIFY(b.takeOverStep(0, QStringLiteral("Ana's laptop died")));

    // Journalled with who held it and why; the run's outcome is unknown until Ben looks.
    const auto taken = latest<events::StepTakenOver>(b);
    QVERIFY(taken);
    QCOMPARE(taken->operatorName, QStringLiteral("Ben"));
    QCOMPARE(events::read<events::StepTakenOver>(*taken).from, QStringLiteral("Ana"));
    QCOMPARE(events::read<events::StepTakenOver>(*taken).reason, QStringLiteral("Ana's laptop died"));
    QCOMPARE(b.state().step(0).state, StepState::OutcomeUnknown);
    QCOMPARE(b.team()->view().claim(QStringLiteral("Roll Forward"), 0)->operatorName,
             QStringLiteral("Ben"));
    QVERIFY(!b.mayRun(1)); // nothing runs while an outcome is unknown
    QVERIFY(b.resolveUnknown(0, rollcage::execution::Resolution::MarkDone,
                             QStringLiteral("queue held, checked by hand")));
    QVERIFY(b.team()->refresh());
    QVERIFY(!b.team()->view().claim(QStringLiteral("Roll Forward"), 0));
    QCOMPARE(runAndWait(b, 1).status, StepStatus::Succeeded);
}

void TestTeamApproval::commandIsHandedOver()
{
    auto anaStore = openConsole(m_url, QStringLiteral("Ana"));
    auto benStore = openConsole(m_url, QStringLiteral("Ben"));
    auto cyStore = openConsole(m_url, QStringLiteral("Cy"));
    QVERIFY(anaStore && benStore && cyStore);
    const auto rb = destructiveRunbook();
    Engine a(anaStore.get(), nullptr);
    const auto id = a.declare(rb, kProc);
    QVERIFY(id);
    Engine b(benStore.get(), nullptr);
    Engine c(cyStore.get(), nullptr);
    QVERIFY(b.resume(*id, rb));
    QVERIFY(c.resume(*id, rb));
    QVERIFY(c.setRole(QStringLiteral("observer")));
    QCOMPARE(a.role(), QStringLiteral("commander"));
    QCOMPARE(b.role(), QStringLiteral("operator"));
    // Everyone's presence list says who is what.
    const auto roleIn = [](const Engine &viewer, const Engine &of) {
        const auto *p = viewer.team()->view().presence(of.team()->console());
        return p ? p->role : QString();
    };
    QTRY_COMPARE(roleIn(b, c), QStringLiteral("observer"));
    QTRY_COMPARE(roleIn(b, a), QStringLiteral("commander"));

    // An observer reads: no step, no approval.
    QTRY_VERIFY(c.state().roles.value(QStringLiteral("Cy")) == QLatin1String("observer"));
    QVERIFY2(c.mayRun(1).error.contains(QLatin1String("observer")), qPrintable(c.mayRun(1).error));
    QVERIFY(!c.runStep(1));
    // Nor anything else that acts: each is refused saying why, and nothing is recorded.
    const qsizetype before = c.journal().size();
    for (const rollcage::Status &s : {c.waiveStep(1, QStringLiteral("looks fine")),
                            c.completeManualStep(1, QStringLiteral("did it")),
                            c.tickChecklistItem(QStringLiteral("Before"), QStringLiteral("Backups")),
                            c.recordMessageSent(QStringLiteral("slack"), QStringLiteral("all"),
                                                QStringLiteral("we are rolling back")),
                            c.recordEscalation(2, QStringLiteral("DBA"), QString()),
                            c.recordDecision(QStringLiteral("s"), QStringLiteral("rollback"),
                                             QStringLiteral("because"), std::nullopt),
                            c.transition(rollcage::incident::Phase::Resolved, QStringLiteral("done"))}) {
        QVERIFY(!s);
        QVERIFY2(s.error.contains(QLatin1String("observer")), qPrintable(s.error));
    }
    QCOMPARE(c.journal().size(), before);
    // Deciding and ending the incident are the commander's; an operator is told to ask.
    const rollcage::Status decided = b.recordDecision(QStringLiteral("s"), QStringLiteral("rollback"),
                                            QStringLiteral("because"), std::nullopt);
    QVERIFY(!decided);
    QVERIFY2(decided.error.contains(QLatin1String("Ana commands")), qPrintable(decided.error));
    QVERIFY(!b.transition(rollcage::incident::Phase::Aborted, QStringLiteral("wrong incident")));
    QVERIFY(b.tickChecklistItem(QStringLiteral("Before"), QStringLiteral("Backups")));

    QVERIFY(!b.handOverCommand(QStringLiteral("Cy"))); // only the commander hands over
    QVERIFY(a.handOverCommand(QStringLiteral("Ben"), QStringLiteral("my shift ends")));
    QTRY_COMPARE(b.role(), QStringLiteral("commander"));
    QCOMPARE(a.role(), QStringLiteral("operator"));
    QTRY_COMPARE(roleIn(c, b), QStringLiteral("commander"));
    QTRY_COMPARE(roleIn(c, a), QStringLiteral("operator"));
    const auto handed = latest<events::CommandHandedOver>(c);
    QVERIFY(handed);
    QCOMPARE(handed->operatorName, QStringLiteral("Ana"));
    QCOMPARE(events::read<events::CommandHandedOver>(*handed).note, QStringLiteral("my shift ends"));
    // Command handed over, it is Ben's to decide, and no longer Ana's.
    QVERIFY(!a.recordDecision(QStringLiteral("s"), QStringLiteral("rollback"), QStringLiteral("because"), std::nullopt));
    QVERIFY(b.recordDecision(QStringLiteral("s"), QStringLiteral("rollback"), QStringLiteral("because"), std::nullopt));
    // Ending the incident from the list of incidents is the commander's too.
    const rollcage::Status closed = rollcage::incident::closeIncident(*anaStore, *id, QStringLiteral("fixed"));
    QVERIFY(!closed);
    QVERIFY2(closed.error.contains(QLatin1String("Ben commands")), qPrintable(closed.error));
    QVERIFY(rollcage::incident::closeIncident(*benStore, *id, QStringLiteral("fixed")));
}

// The CLI alike: `rollcage run` asks for the annotated step's approval and waits; Ana
// cannot answer her own request; Ben's `rollcage approve` shows the command and approves,
// and the run goes on to the end.
void TestTeamApproval::aHeadlessRunWaitsForApprovalFromATerminal()
{
    QTemporaryDir dir;
    QProcess ana;
    ana.setWorkingDirectory(dir.path());
    ana.start(QStringLiteral(ROLLCAGE_BINARY),
              {QStringLiteral("run"),
               QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/execution/runbooks/approval-drill.md"),
               QStringLiteral("--procedure"), QStringLiteral("Reset the cache"),
               QStringLiteral("--database"), m_url, QStringLiteral("--operator"),
               QStringLiteral("Ana"), QStringLiteral("--yes"), QStringLiteral("--directory"),
               dir.path()});
    QVERIFY(ana.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += ana.readAllStandardError()).contains("approve it") ||
                                 ana.state() != QProcess::Running,
                             20000);
    QVERIFY2(ana.state() == QProcess::Running, said.constData());
    QVERIFY2(said.contains("step 2 needs a second person's approval; asked"), said.constData());
    auto store = openConsole(m_url, QStringLiteral("test"));
    QVERIFY(store);
    const qint64 id = store->incidents()->constLast().id;

    const auto approve = [&](const QString &who, QByteArray *output) {
        QProcess p;
        p.start(QStringLiteral(ROLLCAGE_BINARY),
                {QStringLiteral("approve"), QString::number(id), QStringLiteral("--database"),
                 m_url, QStringLiteral("--operator"), who, QStringLiteral("--note"),
                 QStringLiteral("looked at it")});
        if (!p.waitForFinished(20000))
            return -1;
        *output = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    };
    QByteArray output;
    QCOMPARE(approve(QStringLiteral("Ana"), &output), 1);
    QVERIFY2(output.contains("four eyes are two people"), output.constData());
    QCOMPARE(approve(QStringLiteral("Ben"), &output), 0);
    QVERIFY2(output.contains("echo \"dropping the cache\""), output.constData());
    QVERIFY2(output.contains("asked by Ana"), output.constData());

    QVERIFY(ana.waitForFinished(20000));
    said += ana.readAllStandardError();
    QVERIFY2(ana.exitCode() == 0, said.constData());
    QVERIFY2(said.contains("Ben approved step 2: looked at it"), said.constData());
    rollcage::incident::Journal journal(store.get(), id);
    QVERIFY(journal.load());
    QCOMPARE(journal.state().step(1).state, StepState::Succeeded);
    QCOMPARE(journal.state().step(1).approval.requestId, qint64(0)); // spent by the run
}

// What Ben is asked to approve is what will run, values filled in, with no secret in it:
// the step's secret is shown as its placeholder although Ana's console has its value, and
// the value she pasted into her note is masked. In his console and in the shared store.
void TestTeamApproval::theRequestShowsValuesAndNeverASecret()
{
    auto anaStore = openConsole(m_url, QStringLiteral("Ana"));
    auto benStore = openConsole(m_url, QStringLiteral("Ben"));
    QVERIFY(anaStore && benStore);
    const QString secret = QString::fromUtf8(kSecret);
    auto flush =
        commandStep(QStringLiteral("Flush the cache"),
                    QStringLiteral("curl -H 'Authorization: Bearer <api-token>' "
                                   "https://<REGION>.cache.example/flush"),
                    3, {angle(QStringLiteral("api-token"), true), angle(QStringLiteral("REGION"))});
    flush.destructive = true;
    const auto rb = makeRunbook({flush});
    TableSecretSource keychain; // what Ana's keychain keeps for payments/staging
    keychain.table.insert(QStringLiteral("api-token"), secret);
    Engine a(anaStore.get(), &keychain);
    Engine b(benStore.get(), nullptr);
    rollcage::execution::DeclareOptions options{
        {}, QStringLiteral("payments"), QStringLiteral("staging"), {}};
    options.variables.insert(QStringLiteral("REGION"), QStringLiteral("eu-west-3"));
    const auto id = a.declare(rb, kProc, options);
    QVERIFY2(id, qPrintable(id.error));
    QVERIFY(b.resume(*id, rb));
    QTRY_VERIFY(a.maskKnownSecrets(secret) != secret); // read from the keychain
    QVERIFY(a.setFourEyes(true));
    QVERIFY(a.requestApproval(0, QStringLiteral("token is ") + secret));

    QTRY_COMPARE(b.pendingApprovals().size(), qsizetype(1));
    const auto approval = b.state().step(0).approval;
    QVERIFY2(approval.command.contains(QLatin1String("https://'eu-west-3'.cache.example")) ||
                 approval.command.contains(QLatin1String("https://eu-west-3.cache.example")),
             qPrintable(approval.command));
    QVERIFY2(!approval.command.contains(secret), qPrintable(approval.command));
    QVERIFY2(approval.command.contains(QStringLiteral("Bearer \u2022\u2022\u2022\u2022")),
             qPrintable(approval.command));
    QCOMPARE(approval.requestNote, QStringLiteral("token is \u2022\u2022\u2022\u2022"));
    const auto stored = benStore->events(*id);
    QVERIFY(stored);
    for (const rollcage::incident::Event &e : *stored) {
        const QByteArray json = QJsonDocument(e.data).toJson();
        QVERIFY2(!json.contains(secret.toUtf8()), json.constData());
    }
}

QTEST_GUILESS_MAIN(TestTeamApproval)
#include "tst_teamapproval.moc"
