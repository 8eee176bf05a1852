#include "incident/Events.h"
#include "incident/IncidentSummary.h"

#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::incident;

// The incident list's query (Incident → Incidents…): every incident with its state and
// last activity, and abandoning one left unfinished, with a reason, in the journal.
class TestIncidentSummary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<IncidentStore> m_store;

    qint64 declare(const QString &title)
    {
        IncidentRecord r;
        r.title = title;
        r.service = QStringLiteral("checkout");
        r.environment = QStringLiteral("drill");
        r.procedure = QStringLiteral("Release Link Rollback");
        r.runbookTitle = QStringLiteral("Larkspur");
        const auto id = m_store->createIncident(r);
        if (!id)
            qFatal("%s", qPrintable(id.error));
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        auto store = IncidentStore::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
    }

    void mostRecentlyActiveFirst()
    {
        const qint64 first = declare(QStringLiteral("drill left over"));
        const qint64 second = declare(QStringLiteral("real one"));
        QTest::qWait(5); // a later timestamp for the event below
        QVERIFY(m_store->append(first, events::StateChanged::Name,
                                {{QStringLiteral("from"), QStringLiteral("declared")},
                                 {QStringLiteral("to"), QStringLiteral("rolling_back")}}));
        const auto list = summarizeIncidents(*m_store);
        QVERIFY2(list, qPrintable(list.error));
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).record.id, first);
        QCOMPARE(list->at(0).phase, Phase::RollingBack);
        QCOMPARE(list->at(1).record.id, second);
        QVERIFY(list->at(0).lastActivityMs >= list->at(1).lastActivityMs);
        QCOMPARE(list->at(1).procedure, QStringLiteral("Release Link Rollback"));
        QVERIFY(list->at(1).isOpen());
    }

    void abandonNeedsAReasonAndIsJournalled()
    {
        const qint64 id = declare(QStringLiteral("duplicate"));
        QVERIFY(!abandonIncident(*m_store, id, QStringLiteral("   ")));
        const Status s = abandonIncident(*m_store, id, QStringLiteral("declared twice by mistake"));
        QVERIFY2(s, qPrintable(s.error));
        const auto journal = m_store->events(id);
        QVERIFY(journal);
        const Event &last = journal->constLast();
        QCOMPARE(last.type, events::StateChanged::Name);
        QCOMPARE(last.data.value(QStringLiteral("to")).toString(), QStringLiteral("aborted"));
        QCOMPARE(last.data.value(QStringLiteral("reason")).toString(), QStringLiteral("declared twice by mistake"));
        QVERIFY(last.data.value(QStringLiteral("abandoned")).toBool());
        const auto list = summarizeIncidents(*m_store);
        QCOMPARE(list->first().phase, Phase::Aborted);
        QCOMPARE(list->first().endReason, QStringLiteral("declared twice by mistake"));
        // Nothing leaves aborted; and an id that is not there is said so.
        QVERIFY(!abandonIncident(*m_store, id, QStringLiteral("again")));
        QVERIFY(abandonIncident(*m_store, 999, QStringLiteral("x")).error.contains(QStringLiteral("999")));
    }

    // Fixed by other means: closed as resolved with a note, which the record keeps; the
    // clock stops there as for a resolution in the console.
    void closeAsResolvedNeedsANoteAndIsJournalled()
    {
        const qint64 id = declare(QStringLiteral("fixed by hand"));
        QVERIFY(!closeIncident(*m_store, id, QString()));
        const Status s = closeIncident(*m_store, id, QStringLiteral("rolled back by hand from the CLI; checks green"));
        QVERIFY2(s, qPrintable(s.error));
        const auto journal = m_store->events(id);
        const Event &last = journal->constLast();
        QCOMPARE(last.data.value(QStringLiteral("to")).toString(), QStringLiteral("resolved"));
        QVERIFY(last.data.value(QStringLiteral("closed")).toBool());
        const IncidentState state = deriveState(*journal);
        QCOMPARE(state.phase, Phase::Resolved);
        QVERIFY(state.endedMs > 0);
        const auto list = summarizeIncidents(*m_store);
        QCOMPARE(list->first().endReason, QStringLiteral("rolled back by hand from the CLI; checks green"));
        QVERIFY(!closeIncident(*m_store, id, QStringLiteral("again")));
        QVERIFY(!abandonIncident(*m_store, id, QStringLiteral("after all")));
    }
};

QTEST_GUILESS_MAIN(TestIncidentSummary)
#include "tst_incidentsummary.moc"
