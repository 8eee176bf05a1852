#pragma once

#include <QByteArray>
#include <QDialog>
#include <QHash>
#include <QList>
#include <QStringList>

#include <chrono>
#include <memory>
#include <optional>

class QTimer;
class QTreeWidgetItem;

namespace Ui {
class CredentialsDialog;
}

namespace rollcage::integrations {
class CredentialStore;
struct CredentialResult;
} // namespace rollcage::integrations

namespace rollcage::runbook {
struct Runbook;
}

namespace rollcage::gui {

// The Credentials dialog: the stored secrets' names per scope and the runbook steps
// that use them; add, replace, delete; reveal a value only while a button is held;
// copy one to the clipboard, which is cleared again after 30 seconds. Values live only
// in the keychain, the value field while held, and the clipboard after "Copy".
class CredentialsDialog : public QDialog
{
    Q_OBJECT
public:
    // `store` is not owned and must outlive the dialog.
    explicit CredentialsDialog(integrations::CredentialStore *store, QWidget *parent = nullptr);
    ~CredentialsDialog() override;

    // Which steps use each secret: from the secret placeholders of loaded runbooks, or
    // given directly as name -> step titles.
    void setRunbooks(const QList<runbook::Runbook> &runbooks);
    void setUsages(const QHash<QString, QStringList> &stepsByName);

    void setClipboardClearDelay(std::chrono::milliseconds delay);
    // Selects a stored credential; false when it is not listed.
    bool select(const QString &scope, const QString &name);

private:
    enum class Pending { Save, Delete, Reveal, Copy };
    struct Selection
    {
        QString scope;
        QString name;
        bool stored = false;
    };

    void refresh();
    void updateButtons();
    std::optional<Selection> selection() const;
    void startAdd();
    void startReplace();
    void save();
    void closeEditor();
    void confirmDelete();
    void startReveal();
    void hideValue();
    void copy();
    void onFinished(quint64 id, const integrations::CredentialResult &result);
    void clearClipboard();
    void showStatus(const QString &text, bool error);

    std::unique_ptr<Ui::CredentialsDialog> m_ui;
    integrations::CredentialStore *m_store;
    QHash<QString, QStringList> m_usages;
    QHash<quint64, Pending> m_pending;
    quint64 m_revealId = 0;
    QTimer *m_clipboardTimer;
    QByteArray m_copiedHash; // of what we put on the clipboard, never the value itself
};

} // namespace rollcage::gui
