#pragma once

#include "messaging/Channel.h"

#include <QDialog>
#include <QUrl>

class QComboBox;
class QLabel;
class QLineEdit;

namespace rollcage::gui {

// Communicate → Add channel…: a name, a kind (Slack, Teams, JSON webhook) and the webhook
// URL, which is a credential (typed hidden, kept in the keychain). A missing name or a URL
// that is not one is said in the dialog, which stays open with what was typed.
class AddChannelDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AddChannelDialog(QWidget *parent = nullptr);

    QString message() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    void channelChosen(const QString &name, rollcage::messaging::ChannelKind kind, const QUrl &url);

private:
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_url;
    QLabel *m_message;
};

} // namespace rollcage::gui
