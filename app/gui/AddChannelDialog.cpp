#include "gui/AddChannelDialog.h"

#include "gui/Feedback.h"
#include "integrations/CredentialStore.h"
#include "messaging/Channel.h"
#include "messaging/ChannelDirectory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace rollcage::gui {

AddChannelDialog::AddChannelDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Add a channel"));
    setObjectName(QStringLiteral("addChannelDialog"));
    // A webhook URL is long: the field shows most of it.
    setMinimumWidth(620);
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (const auto k : {messaging::ChannelKind::Slack, messaging::ChannelKind::Teams, messaging::ChannelKind::Webhook})
        m_kind->addItem(messaging::channelKindLabel(k), messaging::channelKindName(k));
    m_url->setEchoMode(QLineEdit::Password); // a webhook URL is a credential
    m_url->setMinimumWidth(420);
    m_url->setObjectName(QStringLiteral("channelUrl"));
    m_url->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/…"));
    m_name->setObjectName(QStringLiteral("channelName"));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("Webhook &URL:"), m_url);
    // One short line: wrapped in the form's narrow label column it was cut when a message
    // appeared below it.
    auto *stored = new QLabel(tr("Stored in the OS keychain, never in Rollcage's files."), this);
    form->addRow(QString(), stored);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("channelMessage"));
    form->addRow(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, &AddChannelDialog::accept);
}

QString AddChannelDialog::message() const { return m_message->text(); }

void AddChannelDialog::accept()
{
    const QUrl address(m_url->text().trimmed(), QUrl::StrictMode);
    const auto kind = messaging::channelKindFromName(m_kind->currentData().toString());
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(m_message, tr("Give the channel a name (e.g. larkspur-incidents)."), true);
        growToFit(this);
        m_name->setFocus();
        return;
    }
    // The rules the channel directory applies when it stores the channel: said here, with
    // what was typed still in the fields, not lost after the dialog closed.
    if (const Status valid = integrations::CredentialStore::validate(messaging::ChannelDirectory::credentialScope(), name);
        !valid) {
        showMessage(m_message,
                    tr("“%1” cannot be a channel name: use letters, digits, '_', '-' and '.', for example "
                       "larkspur-incidents.")
                        .arg(name),
                    true);
        growToFit(this);
        m_name->setFocus();
        return;
    }
    if (!address.isValid() || address.scheme().isEmpty() || !kind) {
        showMessage(m_message, tr("The webhook URL is not a URL: paste the whole https://… address."), true);
        growToFit(this);
        m_url->setFocus();
        return;
    }
    if (const Status valid = messaging::checkWebhookUrl(address); !valid) {
        showMessage(m_message, valid.error, true);
        growToFit(this);
        m_url->setFocus();
        return;
    }
    Q_EMIT channelChosen(m_name->text().trimmed(), *kind, address);
    QDialog::accept();
}

} // namespace rollcage::gui
