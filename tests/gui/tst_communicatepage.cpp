// The Communicate page's outbox against a real webhook on 127.0.0.1 and a real keychain
// (the webhook address is a credential): a refused message says what to do, and the
// operator resends it from the page once the service is fixed.
#include "../common/HttpTestServer.h"
#include "core/SecretSource.h"
#include "gui/AddChannelDialog.h"
#include "gui/CommunicatePage.h"
#include "gui/IncidentConsole.h"
#include "gui/Phase.h"
#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "integrations/CredentialStore.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/Outbox.h"
#include "runbook/Importer.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rollcage;
using namespace rollcage::gui;

namespace {

class NoSecrets : public execution::SecretSource
{
public:
    using SecretSource::SecretSource;
    void request(quint64, const QString &, const QStringList &) override {}
};

QPushButton *buttonNamed(QWidget *page, const QString &text)
{
    for (QPushButton *b : page->findChildren<QPushButton *>()) {
        if (b->text().remove(QLatin1Char('&')) == text)
            return b;
    }
    return nullptr;
}

} // namespace

class TestCommunicatePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void resendsARefusedMessageOnceFixed()
    {
        test::HttpTestServer server;
        QVERIFY(server.listen());
        test::HttpTestServer::Response refused;
        refused.status = 404;
        refused.body = "no_such_hook";
        server.setResponse("/hook", refused);

        integrations::CredentialStore credentials(
            nullptr, m_dir.filePath(QStringLiteral("credentials.ini")));
        messaging::ChannelDirectory channels(credentials,
                                             m_dir.filePath(QStringLiteral("channels.ini")));
        QSignalSpy saved(&channels, &messaging::ChannelDirectory::finished);
        channels.save(QStringLiteral("ops-room"), messaging::ChannelKind::Webhook,
                      server.url(QStringLiteral("/hook")));
        QVERIFY(saved.wait(10000));
        QVERIFY2(saved.first().at(1).value<Status>().ok,
                 qPrintable(saved.first().at(1).value<Status>().error));

        auto store =
            incident::IncidentStore::open(m_dir.filePath(QStringLiteral("incidents.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        auto runbook = runbook::Importer::importFile(QStringLiteral(
            ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY2(runbook.ok(), qPrintable(runbook.error));
        NoSecrets secrets;
        IncidentConsole console(store->get(), &secrets);
        console.setChannels(&channels);
        execution::DeclareOptions options;
        options.title = QStringLiteral("Checkout 5xx");
        options.environment = QStringLiteral("drill");
        QVERIFY(console.start(*runbook, QStringLiteral("Release Link"), options).ok);
        console.goTo(Phase::Communicate);
        CommunicatePage *page = console.communicatePage();
        QVERIFY(page->outbox());

        page->leaveUnfilledAsWritten();
        QVERIFY(page->sendTo(QStringLiteral("ops-room")));
        // The service refuses it for good: no retry, and the page says what to do.
        QTRY_VERIFY_WITH_TIMEOUT(page->pageMessage().contains(QStringLiteral("Credentials")),
                                 15000);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(page->outbox()->entries().size(), 1);
        QCOMPARE(page->outbox()->entries().first().state, messaging::DeliveryState::Rejected);

        QListWidget *list = nullptr;
        for (QListWidget *candidate : page->findChildren<QListWidget *>()) {
            if (candidate->accessibleName() == QStringLiteral("Outbox"))
                list = candidate;
        }
        QPushButton *resend = buttonNamed(page, QStringLiteral("Resend selected"));
        QVERIFY(list && resend);
        QVERIFY(!resend->isEnabled()); // nothing selected yet
        QCOMPARE(list->count(), 1);
        list->setCurrentRow(0);
        QVERIFY(resend->isEnabled());

        // The operator fixes the hook, then resends from the page.
        server.setResponse("/hook", test::HttpTestServer::Response{});
        QTest::mouseClick(resend, Qt::LeftButton);
        QVERIFY(page->pageMessage().contains(QStringLiteral("Queued again")));
        QTRY_COMPARE_WITH_TIMEOUT(server.requests().size(), 2, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(page->outbox()->openCount() == 0, 15000);
        const QList<messaging::OutboxEntry> entries = page->outbox()->entries();
        QCOMPARE(entries.size(), 2); // the refused one stays on record beside the new one
        QCOMPARE(entries.last().state, messaging::DeliveryState::Delivered);
        QCOMPARE(list->count(), 2);
    }

    // Ticking a stakeholder records that they were told by other means — not a message
    // sent via "manual" — and the status-update cadence does not restart; a channel just
    // added is the one selected, and its URL field is wide enough to read.
    void stakeholderTickAndNewChannel()
    {
        integrations::CredentialStore credentials(nullptr, m_dir.filePath(QStringLiteral("cred2.ini")));
        messaging::ChannelDirectory channels(credentials, m_dir.filePath(QStringLiteral("channels2.ini")));
        auto store = incident::IncidentStore::open(m_dir.filePath(QStringLiteral("incidents2.sqlite")));
        QVERIFY2(store.ok(), qPrintable(store.error));
        auto runbook = runbook::Importer::importFile(QStringLiteral(
            ROLLCAGE_SOURCE_DIR "/resources/examples/larkspur-checkout-rollback.md"));
        QVERIFY(runbook.ok());
        NoSecrets secrets;
        IncidentConsole console(store->get(), &secrets);
        console.setChannels(&channels);
        QVERIFY(console.start(*runbook, QStringLiteral("Release Link"), {}).ok);
        console.goTo(Phase::Communicate);
        CommunicatePage *page = console.communicatePage();
        auto *cadence = page->findChild<QLabel *>(QStringLiteral("cadence"));
        const QString before = cadence->text();
        QListWidget *plan = nullptr;
        for (QListWidget *candidate : page->findChildren<QListWidget *>())
            plan = candidate->accessibleName() == QStringLiteral("Stakeholder plan") ? candidate : plan;
        QVERIFY(plan && plan->count() == 4);
        plan->item(1)->setCheckState(Qt::Checked);
        int told = 0;
        int sent = 0;
        for (const incident::Event &e : console.engine()->journal()) {
            told += e.type == incident::events::StakeholderNotified::Name ? 1 : 0;
            sent += e.type == incident::events::MessageSent::Name ? 1 : 0;
        }
        QCOMPARE(told, 1);
        QCOMPARE(sent, 0);
        QCOMPARE(cadence->text(), before);
        QCOMPARE(plan->item(1)->checkState(), Qt::Checked); // and it stays told

        buttonNamed(page, QStringLiteral("Add channel…"))->click();
        auto *dialog = page->findChild<AddChannelDialog *>();
        QVERIFY(dialog);
        dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QVERIFY(dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))->width() >= 400);
        dialog->accept(); // empty: refused, said in the dialog itself
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->message().contains(QStringLiteral("name")));
        // A name the keychain entry cannot have ("#war-room", as Slack writes it) is refused
        // here, with what was typed kept; it used to close the dialog and add nothing, saying
        // nothing (found in the walkthrough).
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("channelName"));
        name->setText(QStringLiteral("#war-room"));
        dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))->setText(QStringLiteral("https://127.0.0.1:9/hook"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY2(dialog->message().contains(QStringLiteral("cannot be a channel name")), qPrintable(dialog->message()));
        QCOMPARE(name->text(), QStringLiteral("#war-room"));
        // Said whole: the dialog grows for it rather than cutting it or the rows above.
        auto *said = dialog->findChild<QLabel *>(QStringLiteral("channelMessage"));
        QTRY_VERIFY(said->height() >= said->heightForWidth(said->width()));
        // A URL the sender would refuse is said here too.
        name->setText(QStringLiteral("war-room"));
        dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))->setText(QStringLiteral("ftp://127.0.0.1/hook"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->message().isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("channelName"))->setText(QStringLiteral("war-room"));
        dialog->findChild<QLineEdit *>(QStringLiteral("channelUrl"))->setText(QStringLiteral("https://127.0.0.1:9/hook"));
        dialog->accept();
        QComboBox *to = nullptr;
        for (QComboBox *candidate : page->findChildren<QComboBox *>())
            to = candidate->findData(QStringLiteral("copy")) >= 0 ? candidate : to;
        QVERIFY(to);
        QTRY_COMPARE_WITH_TIMEOUT(to->currentData().toString(), QStringLiteral("war-room"), 10000);
    }
};

QTEST_MAIN(TestCommunicatePage)
#include "tst_communicatepage.moc"
