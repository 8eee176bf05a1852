// The Credentials dialog offscreen, over a real gnome-keyring (keyring-session.sh).
// Also saves a PNG of it (credentialsdialog.png in the test's build directory) for a
// human look.
#include "gui/CredentialsDialog.h"
#include "integrations/CredentialStore.h"
#include "runbook/Runbook.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using rollcage::gui::CredentialsDialog;
using rollcage::integrations::CredentialResult;
using rollcage::integrations::CredentialStore;

namespace {
const QString kProd = QStringLiteral("larkspur-checkout/production");
const QString kStaging = QStringLiteral("larkspur-checkout/staging");

rollcage::runbook::Runbook runbookUsing(const QStringList &secretNames)
{
    rollcage::runbook::Runbook book;
    book.title = QStringLiteral("Larkspur checkout rollback");
    rollcage::runbook::Procedure procedure;
    procedure.title = QStringLiteral("Slot swap");
    for (const QString &name : secretNames) {
        rollcage::runbook::Step step;
        step.title = QStringLiteral("Use ") + name;
        rollcage::runbook::Placeholder secret;
        secret.name = name;
        secret.raw = QStringLiteral("$") + name;
        secret.style = rollcage::runbook::Placeholder::Style::Dollar;
        secret.secret = true;
        step.placeholders.append(secret);
        rollcage::runbook::Placeholder plain;
        plain.name = QStringLiteral("PREVIOUS_VERSION");
        step.placeholders.append(plain);
        procedure.steps.append(step);
    }
    book.procedures.append(procedure);
    return book;
}
} // namespace

class TestCredentialsDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CredentialStore> m_store;

    CredentialResult sync(quint64 id)
    {
        QSignalSpy spy(m_store.get(), &CredentialStore::finished);
        for (;;) {
            for (const auto &args : std::as_const(spy)) {
                if (args.at(0).toULongLong() == id)
                    return args.at(1).value<CredentialResult>();
            }
            if (!spy.wait(10000))
                return {};
        }
    }

    static QTreeWidgetItem *find(QTreeWidget *tree, const QString &parent, const QString &name)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *top = tree->topLevelItem(i);
            if (top->text(0) != parent)
                continue;
            for (int j = 0; j < top->childCount(); ++j) {
                if (top->child(j)->text(0) == name)
                    return top->child(j);
            }
        }
        return nullptr;
    }

    template<typename T> static T *child(QWidget *w, const char *name)
    {
        return w->findChild<T *>(QLatin1String(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        m_store =
            std::make_unique<CredentialStore>(nullptr, m_dir.filePath(QStringLiteral("s.ini")));
        QVERIFY(
            sync(m_store->write(kProd, QStringLiteral("REDIS_KEY"), QStringLiteral("redis-prod")))
                .ok());
        QVERIFY(
            sync(m_store->write(kProd, QStringLiteral("AZURE_TOKEN"), QStringLiteral("azure-prod")))
                .ok());
        QVERIFY(sync(m_store->write(kStaging, QStringLiteral("REDIS_KEY"),
                                    QStringLiteral("redis-staging")))
                    .ok());
    }

    void listsPerScopeWithTheStepsThatUseThem()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.setRunbooks(
            {runbookUsing({QStringLiteral("REDIS_KEY"), QStringLiteral("postgres-password")})});
        dialog.resize(760, 560);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tree = child<QTreeWidget>(&dialog, "credentialTree");
        QCOMPARE(tree->topLevelItemCount(), 3);
        QCOMPARE(tree->topLevelItem(0)->text(0), kProd);
        QCOMPARE(tree->topLevelItem(1)->text(0), kStaging);
        QTreeWidgetItem *redis = find(tree, kProd, QStringLiteral("REDIS_KEY"));
        QVERIFY(redis);
        QCOMPARE(redis->text(1),
                 QStringLiteral("Larkspur checkout rollback › Slot swap › Use REDIS_KEY"));
        QVERIFY(find(tree, kProd, QStringLiteral("AZURE_TOKEN")));
        QCOMPARE(find(tree, kProd, QStringLiteral("AZURE_TOKEN"))->text(1),
                 QStringLiteral("no loaded runbook step"));
        // Needed by a step and not stored anywhere: listed so it can be added.
        QVERIFY(find(tree, tree->topLevelItem(2)->text(0), QStringLiteral("postgres-password")));
        QVERIFY(!find(tree, tree->topLevelItem(2)->text(0), QStringLiteral("PREVIOUS_VERSION")));
        // Values are nowhere in the widget tree.
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY(!edit->text().contains(QStringLiteral("redis-prod")));

        QVERIFY(dialog.select(kProd, QStringLiteral("REDIS_KEY")));
        const QString png = QDir(QCoreApplication::applicationDirPath())
                                .filePath(QStringLiteral("credentialsdialog.png"));
        QVERIFY(dialog.grab().save(png));
    }

    void revealsOnlyWhileHeld()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(dialog.select(kProd, QStringLiteral("REDIS_KEY")));
        auto *reveal = child<QPushButton>(&dialog, "revealButton");
        auto *value = child<QLineEdit>(&dialog, "revealedValue");
        QVERIFY(reveal->isEnabled());
        QTest::mousePress(reveal, Qt::LeftButton);
        QTRY_COMPARE(value->text(), QStringLiteral("redis-prod"));
        QTest::mouseRelease(reveal, Qt::LeftButton);
        QCOMPARE(value->text(), QString());
    }

    void dropsARevealThatArrivesAfterRelease()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.show();
        QVERIFY(dialog.select(kStaging, QStringLiteral("REDIS_KEY")));
        auto *reveal = child<QPushButton>(&dialog, "revealButton");
        QSignalSpy done(m_store.get(), &CredentialStore::finished);
        QTest::mousePress(reveal, Qt::LeftButton);
        QTest::mouseRelease(reveal, Qt::LeftButton); // before the keychain answers
        QVERIFY(done.wait(10000));
        QCOMPARE(child<QLineEdit>(&dialog, "revealedValue")->text(), QString());
    }

    void addsReplacesAndDeletes()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.show();
        auto *tree = child<QTreeWidget>(&dialog, "credentialTree");
        auto *editor = child<QWidget>(&dialog, "editorBox");
        QVERIFY(!editor->isVisible());

        // Add
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QVERIFY(editor->isVisible());
        child<QComboBox>(&dialog, "scopeEdit")
            ->setCurrentText(QStringLiteral("billing-api/production"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("DB_PASSWORD"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "valueEdit"), QStringLiteral("first-value"));
        child<QDialogButtonBox>(&dialog, "editorButtons")->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(
            find(tree, QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));
        QTRY_VERIFY(!editor->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "valueEdit")->text(), QString()); // not kept around
        QCOMPARE(sync(m_store->read(QStringLiteral("billing-api/production"),
                                    QStringLiteral("DB_PASSWORD")))
                     .value,
                 QStringLiteral("first-value"));

        // Replace
        QVERIFY(
            dialog.select(QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));
        QTest::mouseClick(child<QPushButton>(&dialog, "replaceButton"), Qt::LeftButton);
        QVERIFY(!child<QLineEdit>(&dialog, "nameEdit")->isEnabled());
        QTest::keyClicks(child<QLineEdit>(&dialog, "valueEdit"), QStringLiteral("second-value"));
        child<QDialogButtonBox>(&dialog, "editorButtons")->button(QDialogButtonBox::Save)->click();
        QTRY_VERIFY(child<QLabel>(&dialog, "statusLabel")
                        ->text()
                        .startsWith(QStringLiteral("Stored DB_PASSWORD")));
        QCOMPARE(sync(m_store->read(QStringLiteral("billing-api/production"),
                                    QStringLiteral("DB_PASSWORD")))
                     .value,
                 QStringLiteral("second-value"));

        // Delete, after confirming; Cancel first keeps it.
        QVERIFY(
            dialog.select(QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));
        QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
        auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        QVERIFY(box->text().contains(QStringLiteral("DB_PASSWORD")));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(
            find(tree, QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));

        QTRY_VERIFY(!dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox")));
        QVERIFY(
            dialog.select(QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));
        QTest::mouseClick(child<QPushButton>(&dialog, "deleteButton"), Qt::LeftButton);
        box = dialog.findChild<QMessageBox *>(QStringLiteral("confirmDeleteBox"));
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QTRY_VERIFY(
            !find(tree, QStringLiteral("billing-api/production"), QStringLiteral("DB_PASSWORD")));
        QCOMPARE(sync(m_store->read(QStringLiteral("billing-api/production"),
                                    QStringLiteral("DB_PASSWORD")))
                     .error,
                 CredentialResult::Error::NotFound);
    }

    void addingANeededSecretStartsFromItsName()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.setUsages(
            {{QStringLiteral("postgres-password"), {QStringLiteral("Restore › Run psql")}}});
        dialog.show();
        auto *tree = child<QTreeWidget>(&dialog, "credentialTree");
        QTreeWidgetItem *needed = tree->topLevelItem(tree->topLevelItemCount() - 1)->child(0);
        QCOMPARE(needed->text(0), QStringLiteral("postgres-password"));
        tree->setCurrentItem(needed);
        QVERIFY(!child<QPushButton>(&dialog, "revealButton")->isEnabled()); // nothing stored
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        QCOMPARE(child<QLineEdit>(&dialog, "nameEdit")->text(),
                 QStringLiteral("postgres-password"));
    }

    void refusesABadNameAndKeepsWhatWasTyped()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.show();
        QTest::mouseClick(child<QPushButton>(&dialog, "addButton"), Qt::LeftButton);
        child<QComboBox>(&dialog, "scopeEdit")->setCurrentText(kProd);
        QTest::keyClicks(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("has space"));
        QTest::keyClicks(child<QLineEdit>(&dialog, "valueEdit"), QStringLiteral("kept"));
        child<QDialogButtonBox>(&dialog, "editorButtons")->button(QDialogButtonBox::Save)->click();
        QVERIFY(child<QLabel>(&dialog, "statusLabel")
                    ->text()
                    .contains(QStringLiteral("not a credential name")));
        QVERIFY(child<QWidget>(&dialog, "editorBox")->isVisible());
        QCOMPARE(child<QLineEdit>(&dialog, "valueEdit")->text(), QStringLiteral("kept"));
        dialog.resize(760, 560);
        QVERIFY(dialog.grab().save(QDir(QCoreApplication::applicationDirPath())
                                       .filePath(QStringLiteral("credentialsdialog-editor.png"))));
    }

    void copyClearsTheClipboardLater()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.setClipboardClearDelay(std::chrono::milliseconds(200));
        dialog.show();
        QClipboard *clipboard = QGuiApplication::clipboard();
        clipboard->setText(QStringLiteral("before"));
        QVERIFY(dialog.select(kProd, QStringLiteral("AZURE_TOKEN")));
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QTRY_COMPARE(clipboard->text(), QStringLiteral("azure-prod"));
        QVERIFY(child<QLabel>(&dialog, "statusLabel")->text().contains(QStringLiteral("cleared")));
        QTRY_COMPARE(clipboard->text(), QString());
    }

    void copyLeavesWhatThePersonCopiedSince()
    {
        CredentialsDialog dialog(m_store.get());
        dialog.setClipboardClearDelay(std::chrono::milliseconds(200));
        dialog.show();
        QClipboard *clipboard = QGuiApplication::clipboard();
        QVERIFY(dialog.select(kProd, QStringLiteral("AZURE_TOKEN")));
        QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
        QTRY_COMPARE(clipboard->text(), QStringLiteral("azure-prod"));
        clipboard->setText(QStringLiteral("an incident link"));
        auto *timer = dialog.findChild<QTimer *>(QStringLiteral("clipboardClearTimer"));
        QVERIFY(timer);
        QSignalSpy fired(timer, &QTimer::timeout); // after the dialog's own handler
        QVERIFY(fired.wait(5000));
        QCOMPARE(clipboard->text(), QStringLiteral("an incident link"));
    }

    void closingClearsACopiedSecret()
    {
        QClipboard *clipboard = QGuiApplication::clipboard();
        {
            CredentialsDialog dialog(m_store.get());
            dialog.show();
            QVERIFY(dialog.select(kProd, QStringLiteral("REDIS_KEY")));
            QTest::mouseClick(child<QPushButton>(&dialog, "copyButton"), Qt::LeftButton);
            QTRY_COMPARE(clipboard->text(), QStringLiteral("redis-prod"));
        }
        QCOMPARE(clipboard->text(), QString());
    }

    void saysWhenNothingIsStored()
    {
        CredentialStore empty(nullptr, m_dir.filePath(QStringLiteral("empty.ini")));
        CredentialsDialog dialog(&empty);
        QCOMPARE(child<QTreeWidget>(&dialog, "credentialTree")->topLevelItemCount(), 0);
        QVERIFY(child<QLabel>(&dialog, "statusLabel")
                    ->text()
                    .contains(QStringLiteral("rollcage secret set")));
        QVERIFY(!child<QPushButton>(&dialog, "revealButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "copyButton")->isEnabled());
        QVERIFY(!child<QPushButton>(&dialog, "deleteButton")->isEnabled());
    }

    void cleanupTestCase() { m_store.reset(); }
};

QTEST_MAIN(TestCredentialsDialog)
#include "tst_credentialsdialog.moc"
