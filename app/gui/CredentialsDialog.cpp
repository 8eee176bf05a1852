#include "gui/CredentialsDialog.h"

#include "core/Logging.h"
#include "gui/Palette.h"
#include "integrations/CredentialStore.h"
#include "runbook/Runbook.h"
#include "ui_CredentialsDialog.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QTimer>

namespace rollcage::gui {

namespace {
using integrations::CredentialResult;
using integrations::CredentialStore;

enum Role { ScopeRole = Qt::UserRole, NameRole, StoredRole };

QByteArray fingerprint(const QString &value)
{
    return QCryptographicHash::hash(value.toUtf8(), QCryptographicHash::Sha256);
}
} // namespace

CredentialsDialog::CredentialsDialog(CredentialStore *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CredentialsDialog>())
    , m_store(store)
    , m_clipboardTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->editorBox->hide();
    m_ui->credentialTree->header()->setStretchLastSection(true);
    m_ui->credentialTree->setColumnWidth(0, 280);
    m_clipboardTimer->setObjectName(QStringLiteral("clipboardClearTimer"));
    m_clipboardTimer->setSingleShot(true);
    m_clipboardTimer->setInterval(std::chrono::seconds(30));

    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->addButton, &QPushButton::clicked, this, &CredentialsDialog::startAdd);
    connect(m_ui->replaceButton, &QPushButton::clicked, this, &CredentialsDialog::startReplace);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CredentialsDialog::confirmDelete);
    connect(m_ui->revealButton, &QPushButton::pressed, this, &CredentialsDialog::startReveal);
    connect(m_ui->revealButton, &QPushButton::released, this, &CredentialsDialog::hideValue);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &CredentialsDialog::copy);
    connect(m_ui->editorButtons, &QDialogButtonBox::accepted, this, &CredentialsDialog::save);
    connect(m_ui->editorButtons, &QDialogButtonBox::rejected, this,
            &CredentialsDialog::closeEditor);
    connect(m_ui->credentialTree, &QTreeWidget::itemSelectionChanged, this, [this] {
        hideValue();
        updateButtons();
    });
    connect(m_clipboardTimer, &QTimer::timeout, this, &CredentialsDialog::clearClipboard);
    connect(m_store, &CredentialStore::finished, this, &CredentialsDialog::onFinished);
    connect(m_store, &CredentialStore::namesChanged, this, &CredentialsDialog::refresh);
    refresh();
}

CredentialsDialog::~CredentialsDialog()
{
    // Closing the dialog must not leave a secret behind on the clipboard.
    if (m_clipboardTimer->isActive())
        clearClipboard();
}

void CredentialsDialog::setRunbooks(const QList<runbook::Runbook> &runbooks)
{
    QHash<QString, QStringList> usages;
    for (const runbook::Runbook &book : runbooks) {
        for (const runbook::Procedure &procedure : book.procedures) {
            for (const runbook::Step &step : procedure.steps) {
                for (const runbook::Placeholder &placeholder : step.placeholders) {
                    if (!placeholder.secret)
                        continue;
                    const QString where =
                        tr("%1 › %2 › %3").arg(book.title, procedure.title, step.title);
                    QStringList &steps = usages[placeholder.name];
                    if (!steps.contains(where))
                        steps.append(where);
                }
            }
        }
    }
    setUsages(usages);
}

void CredentialsDialog::setUsages(const QHash<QString, QStringList> &stepsByName)
{
    m_usages = stepsByName;
    refresh();
}

void CredentialsDialog::setClipboardClearDelay(std::chrono::milliseconds delay)
{
    m_clipboardTimer->setInterval(delay);
}

void CredentialsDialog::refresh()
{
    const std::optional<Selection> previous = selection();
    QTreeWidget *tree = m_ui->credentialTree;
    tree->clear();
    QStringList stored;
    const QStringList scopes = m_store->scopes();
    for (const QString &scope : scopes) {
        auto *scopeItem = new QTreeWidgetItem(tree, {scope});
        scopeItem->setData(0, ScopeRole, scope);
        QFont bold = scopeItem->font(0);
        bold.setBold(true);
        scopeItem->setFont(0, bold);
        for (const QString &name : m_store->names(scope)) {
            const QStringList steps = m_usages.value(name);
            auto *item =
                new QTreeWidgetItem(scopeItem, {name, steps.isEmpty() ? tr("no loaded runbook step")
                                                                      : steps.join(tr("; "))});
            item->setData(0, ScopeRole, scope);
            item->setData(0, NameRole, name);
            item->setData(0, StoredRole, true);
            item->setToolTip(1, steps.join(QLatin1Char('\n')));
            stored.append(name);
        }
    }
    // Secrets the loaded runbooks need but no scope has yet: what to add before a run.
    QStringList needed;
    for (auto it = m_usages.cbegin(); it != m_usages.cend(); ++it) {
        if (!stored.contains(it.key()))
            needed.append(it.key());
    }
    needed.sort();
    if (!needed.isEmpty()) {
        auto *group = new QTreeWidgetItem(tree, {tr("Needed by runbook steps, not stored yet")});
        group->setForeground(0, palette().brush(QPalette::PlaceholderText));
        for (const QString &name : std::as_const(needed)) {
            auto *item = new QTreeWidgetItem(group, {name, m_usages.value(name).join(tr("; "))});
            item->setData(0, NameRole, name);
            item->setData(0, StoredRole, false);
            item->setToolTip(1, m_usages.value(name).join(QLatin1Char('\n')));
        }
    }
    tree->expandAll();
    if (tree->topLevelItemCount() == 0)
        showStatus(tr("No secrets are stored yet. Add one here, or from a terminal with: "
                      "rollcage secret set SERVICE/ENVIRONMENT NAME"),
                   false);

    m_ui->scopeEdit->clear();
    m_ui->scopeEdit->addItems(scopes);
    if (previous && previous->stored)
        select(previous->scope, previous->name);
    updateButtons();
}

bool CredentialsDialog::select(const QString &scope, const QString &name)
{
    QTreeWidget *tree = m_ui->credentialTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *scopeItem = tree->topLevelItem(i);
        for (int j = 0; j < scopeItem->childCount(); ++j) {
            QTreeWidgetItem *item = scopeItem->child(j);
            if (item->data(0, StoredRole).toBool() && item->data(0, ScopeRole) == scope &&
                item->data(0, NameRole) == name) {
                tree->setCurrentItem(item);
                return true;
            }
        }
    }
    return false;
}

std::optional<CredentialsDialog::Selection> CredentialsDialog::selection() const
{
    const QTreeWidgetItem *item = m_ui->credentialTree->currentItem();
    if (!item || !item->isSelected())
        return std::nullopt;
    Selection s{item->data(0, ScopeRole).toString(), item->data(0, NameRole).toString(),
                item->data(0, StoredRole).toBool()};
    if (s.name.isEmpty() && s.scope.isEmpty())
        return std::nullopt;
    return s;
}

void CredentialsDialog::updateButtons()
{
    const std::optional<Selection> s = selection();
    const bool stored = s && s->stored;
    m_ui->replaceButton->setEnabled(stored);
    m_ui->deleteButton->setEnabled(stored);
    m_ui->revealButton->setEnabled(stored);
    m_ui->copyButton->setEnabled(stored);
}

void CredentialsDialog::startAdd()
{
    const std::optional<Selection> s = selection();
    m_ui->editorBox->setTitle(tr("Add a secret"));
    m_ui->scopeEdit->setEnabled(true);
    m_ui->nameEdit->setEnabled(true);
    m_ui->scopeEdit->setCurrentText(s ? s->scope : QString());
    m_ui->nameEdit->setText(s && !s->stored ? s->name : QString());
    m_ui->valueEdit->clear();
    m_ui->editorBox->show();
    (m_ui->scopeEdit->currentText().isEmpty() ? static_cast<QWidget *>(m_ui->scopeEdit)
     : m_ui->nameEdit->text().isEmpty()       ? m_ui->nameEdit
                                              : m_ui->valueEdit)
        ->setFocus();
}

void CredentialsDialog::startReplace()
{
    const std::optional<Selection> s = selection();
    if (!s || !s->stored)
        return;
    m_ui->editorBox->setTitle(tr("Replace %1").arg(s->name));
    m_ui->scopeEdit->setCurrentText(s->scope);
    m_ui->nameEdit->setText(s->name);
    m_ui->scopeEdit->setEnabled(false);
    m_ui->nameEdit->setEnabled(false);
    m_ui->valueEdit->clear();
    m_ui->editorBox->show();
    m_ui->valueEdit->setFocus();
}

void CredentialsDialog::save()
{
    const QString scope = m_ui->scopeEdit->currentText().trimmed();
    const QString name = m_ui->nameEdit->text().trimmed();
    const Status valid = CredentialStore::validate(scope, name);
    if (!valid) {
        showStatus(valid.error, true);
        return;
    }
    if (m_ui->valueEdit->text().isEmpty()) {
        showStatus(tr("Type the value of %1 first.").arg(name), true);
        m_ui->valueEdit->setFocus();
        return;
    }
    m_ui->editorButtons->setEnabled(false);
    m_pending.insert(m_store->write(scope, name, m_ui->valueEdit->text()), Pending::Save);
    showStatus(tr("Storing %1…").arg(name), false);
}

void CredentialsDialog::closeEditor()
{
    m_ui->valueEdit->clear();
    m_ui->editorBox->hide();
    m_ui->editorButtons->setEnabled(true);
}

void CredentialsDialog::confirmDelete()
{
    const std::optional<Selection> s = selection();
    if (!s || !s->stored)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete credential"),
                                tr("Delete %1 for %2 from the keychain? Steps that use it will "
                                   "ask for it again.")
                                    .arg(s->name, s->scope),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString scope = s->scope;
    const QString name = s->name;
    connect(box, &QMessageBox::finished, this, [this, scope, name](int button) {
        if (button != QMessageBox::Yes)
            return;
        m_pending.insert(m_store->remove(scope, name), Pending::Delete);
        showStatus(tr("Deleting %1…").arg(name), false);
    });
    box->open();
}

void CredentialsDialog::startReveal()
{
    const std::optional<Selection> s = selection();
    if (!s || !s->stored)
        return;
    m_revealId = m_store->read(s->scope, s->name);
    m_pending.insert(m_revealId, Pending::Reveal);
}

void CredentialsDialog::hideValue()
{
    m_revealId = 0; // a read still on its way is dropped when it arrives
    m_ui->revealedValue->clear();
}

void CredentialsDialog::copy()
{
    const std::optional<Selection> s = selection();
    if (!s || !s->stored)
        return;
    m_pending.insert(m_store->read(s->scope, s->name), Pending::Copy);
}

void CredentialsDialog::onFinished(quint64 id, const CredentialResult &result)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.constEnd())
        return;
    const Pending what = *it;
    m_pending.erase(it);
    if (!result.ok()) {
        if (what == Pending::Save)
            m_ui->editorButtons->setEnabled(true); // the typed value stays for a retry
        showStatus(result.message, true);
        return;
    }
    switch (what) {
    case Pending::Save:
        closeEditor();
        showStatus(tr("Stored %1 for %2 in the keychain.").arg(result.name, result.scope), false);
        select(result.scope, result.name);
        break;
    case Pending::Delete:
        showStatus(tr("Deleted %1 for %2.").arg(result.name, result.scope), false);
        break;
    case Pending::Reveal:
        if (id == m_revealId && m_ui->revealButton->isDown())
            m_ui->revealedValue->setText(result.value);
        break;
    case Pending::Copy: {
        auto *mime = new QMimeData;
        mime->setText(result.value);
        // Asks clipboard managers (Klipper and friends) not to keep it in their history.
        mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
        QGuiApplication::clipboard()->setMimeData(mime, QClipboard::Clipboard);
        m_copiedHash = fingerprint(result.value);
        m_clipboardTimer->start();
        const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
            m_clipboardTimer->intervalAsDuration());
        showStatus(tr("Copied %1; the clipboard is cleared in %n second(s).", nullptr,
                      int(seconds.count()))
                       .arg(result.name),
                   false);
        break;
    }
    }
}

void CredentialsDialog::clearClipboard()
{
    m_clipboardTimer->stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    // Only our copy is wiped: whatever the person copied since then stays.
    if (!m_copiedHash.isEmpty() && fingerprint(clipboard->text()) == m_copiedHash)
        clipboard->clear(QClipboard::Clipboard);
    m_copiedHash.clear();
}

void CredentialsDialog::showStatus(const QString &text, bool error)
{
    m_ui->statusLabel->setText(text);
    QPalette p = m_ui->statusLabel->palette();
    p.setColor(QPalette::WindowText,
               error ? toneColor(Tone::Problem, palette()) : palette().color(QPalette::WindowText));
    m_ui->statusLabel->setPalette(p);
    if (error)
        qCWarning(lcGui).noquote() << "credentials:" << text;
}

} // namespace rollcage::gui
