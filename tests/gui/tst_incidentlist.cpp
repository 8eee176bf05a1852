// Incident → Incidents… (issue 19): every incident with its state, runbook, service and
// times; open or resume one; abandon an unfinished one with a reason, in its journal.
#include "gui/IncidentListDialog.h"
#include "gui/IncidentListModel.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"

#include <QAbstractItemModelTester>
#include <QDialog>
#include <QDialogButtonBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeView>
#include <QTest>
#include <QTreeView>

using namespace rollcage;
using namespace rollcage::gui;

class TestIncidentList : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<incident::IncidentStore> m_store;

    qint64 declare(const QString &title, const QString &to = {})
    {
        incident::IncidentRecord r;
        r.title = title;
        r.service = QStringLiteral("checkout");
        r.environment = QStringLiteral("drill");
        r.procedure = QStringLiteral("Release Link Rollback");
        r.runbookTitle = QStringLiteral("Larkspur `Checkout`");
        const auto id = m_store->createIncident(r);
        if (!id)
            qFatal("%s", qPrintable(id.error));
        if (!to.isEmpty())
            if (!m_store->append(*id, incident::events::StateChanged::Name,
                                 {{QStringLiteral("from"), QStringLiteral("declared")},
                                  {QStringLiteral("to"), to}}))
                qFatal("could not record the incident's state");
        return *id;
    }

private Q_SLOTS:
    void init()
    {
        auto store = incident::IncidentStore::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".sqlite")));
        QVERIFY2(store, qPrintable(store.error));
        m_store = std::move(*store);
    }

    void listsEveryIncident()
    {
        declare(QStringLiteral("old drill"), QStringLiteral("resolved"));
        declare(QStringLiteral("left running"), QStringLiteral("rolling_back"));
        IncidentListDialog dialog(m_store.get());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.model()->rowCount(), 2);
        const QModelIndex running = dialog.model()->index(0, IncidentListModel::State);
        QCOMPARE(running.data().toString(), QStringLiteral("rolling back"));
        QCOMPARE(dialog.model()->index(0, IncidentListModel::Runbook).data().toString(), QStringLiteral("Larkspur Checkout"));
        QCOMPARE(dialog.model()->index(0, IncidentListModel::Service).data().toString(), QStringLiteral("checkout (drill)"));
        QVERIFY(!dialog.model()->index(0, IncidentListModel::Declared).data().toString().isEmpty());
        QVERIFY(!dialog.model()->index(0, IncidentListModel::LastActivity).data().toString().isEmpty());
        QVERIFY(dialog.message().contains(QStringLiteral("1 unfinished")));
        dialog.setOnlyUnfinished(true);
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        dialog.model()->setIncidents({}); // the tester checks the reset too
    }

    // Incident → Join…: only what is being worked on, who is on it, nothing to end here.
    void joinModeListsTheUnfinishedWithWhoIsThere()
    {
        declare(QStringLiteral("old drill"), QStringLiteral("resolved"));
        const qint64 running = declare(QStringLiteral("left running"), QStringLiteral("rolling_back"));
        incident::Presence ana;
        ana.console = QStringLiteral("console-a");
        ana.operatorName = QStringLiteral("Ana Lima");
        QVERIFY(m_store->heartbeat(running, ana, 60'000));
        IncidentListDialog dialog(m_store.get());
        QVERIFY(dialog.view()->isColumnHidden(IncidentListModel::HereNow));
        dialog.setJoinMode();
        QVERIFY(dialog.isJoinMode());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        QVERIFY(!dialog.view()->isColumnHidden(IncidentListModel::HereNow));
        QCOMPARE(dialog.model()->index(0, IncidentListModel::HereNow).data().toString(), QStringLiteral("Ana Lima"));
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("abandonIncident"))->isHidden());
        QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("closeIncident"))->isHidden());
        auto *join = dialog.findChild<QPushButton *>(QStringLiteral("openIncident"));
        QCOMPARE(join->text().remove(QLatin1Char('&')), QStringLiteral("Join"));
        QSignalSpy requested(&dialog, &IncidentListDialog::openRequested);
        join->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), running);
    }

    void openEmitsTheIncident()
    {
        const qint64 done = declare(QStringLiteral("finished"), QStringLiteral("resolved"));
        IncidentListDialog dialog(m_store.get());
        QVERIFY(dialog.select(done));
        auto *open = dialog.findChild<QPushButton *>(QStringLiteral("openIncident"));
        QCOMPARE(open->text().remove(QLatin1Char('&')), QStringLiteral("Open")); // finished: open to read
        QSignalSpy requested(&dialog, &IncidentListDialog::openRequested);
        open->click();
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toLongLong(), done);
    }

    void abandonAsksForAReasonAndJournalsIt()
    {
        const qint64 id = declare(QStringLiteral("duplicate drill"), QStringLiteral("assessing"));
        const qint64 here = declare(QStringLiteral("the one on screen"), QStringLiteral("rolling_back"));
        IncidentListDialog dialog(m_store.get());
        dialog.setCurrentIncident(here);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *abandon = dialog.findChild<QPushButton *>(QStringLiteral("abandonIncident"));
        QVERIFY(dialog.select(here));
        QVERIFY(!abandon->isEnabled()); // the open one is closed in the window first
        QVERIFY(dialog.select(id));
        QVERIFY(abandon->isEnabled());
        abandon->click();
        QDialog *ask = nullptr;
        for (QDialog *d : dialog.findChildren<QDialog *>())
            ask = d->isVisible() ? d : ask;
        QVERIFY(ask);
        QPushButton *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(ask->findChild<QPlainTextEdit *>(), QStringLiteral("declared twice"));
        ok->click();
        QVERIFY2(dialog.message().contains(QStringLiteral("abandoned")), qPrintable(dialog.message()));
        const auto journal = m_store->events(id);
        QCOMPARE(journal->constLast().data.value(QStringLiteral("reason")).toString(), QStringLiteral("declared twice"));
        QCOMPARE(incident::deriveState(*journal).phase, incident::Phase::Aborted);
        QVERIFY(dialog.select(id));
        QCOMPARE(dialog.model()->index(dialog.view()->currentIndex().row(), IncidentListModel::State).data().toString(),
                 QStringLiteral("aborted"));
        QVERIFY(!abandon->isEnabled());
    }

    // Fixed by other means: Close as resolved… asks how, and the incident ends resolved.
    void closeAsResolvedAsksHowAndJournalsIt()
    {
        const qint64 id = declare(QStringLiteral("fixed by hand"), QStringLiteral("verifying"));
        IncidentListDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *close = dialog.findChild<QPushButton *>(QStringLiteral("closeIncident"));
        QVERIFY(dialog.select(id));
        QVERIFY(close->isEnabled());
        close->click();
        QDialog *ask = nullptr;
        for (QDialog *d : dialog.findChildren<QDialog *>())
            ask = d->isVisible() ? d : ask;
        QVERIFY(ask);
        QVERIFY(ask->windowTitle().contains(QStringLiteral("as resolved")));
        QPushButton *ok = ask->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QTest::keyClicks(ask->findChild<QPlainTextEdit *>(), QStringLiteral("verified by hand"));
        ok->click();
        QVERIFY2(dialog.message().contains(QStringLiteral("closed as resolved")), qPrintable(dialog.message()));
        const auto journal = m_store->events(id);
        QCOMPARE(incident::deriveState(*journal).phase, incident::Phase::Resolved);
        QCOMPARE(journal->constLast().data.value(QStringLiteral("reason")).toString(), QStringLiteral("verified by hand"));
        QVERIFY(!close->isEnabled());
    }
};

QTEST_MAIN(TestIncidentList)
#include "tst_incidentlist.moc"
