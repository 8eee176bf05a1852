#pragma once

#include "messaging/StakeholderPlan.h"
#include "messaging/TemplateFiller.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace rollcage::execution {
class Engine;
}
namespace rollcage::messaging {
class ChannelDirectory;
class Outbox;
}

namespace rollcage::gui {

class DesktopNotifier;

// Communicate: who must hear what by when (the runbook's stakeholder plan with due
// times), the runbook's message templates filled from the incident, and sending through
// the persisted outbox — or copying, or handing to the mail program.
class CommunicatePage : public QWidget
{
    Q_OBJECT
public:
    CommunicatePage(execution::Engine *engine, QWidget *parent = nullptr);
    ~CommunicatePage() override;

    // Channels may be null (no keychain): copy and e-mail still work.
    void setChannels(messaging::ChannelDirectory *channels);
    // After the engine has an incident: builds the plan, fills templates, resumes the outbox.
    void attach(const runbook::Runbook &runbook);

    messaging::MessageContext context() const;
    void chooseTemplate(int index);
    QString messageText() const;
    QList<messaging::TemplateSlot> unfilled() const { return m_filled.unfilled; }
    void leaveUnfilledAsWritten();
    bool canSend() const;
    messaging::Outbox *outbox() const { return m_outbox; }
    // Sends the message to the chosen channel (or copies it); false with a reason said
    // on the page when it cannot.
    bool sendTo(const QString &channel);

    // Queues a refused or given-up outbox message again (after the operator fixed the
    // channel); false with the reason said on the page when it cannot.
    bool resend(const QString &key);
    QString pageMessage() const; // what the page last told the operator
    // The in-app banner, shown when a reminder could not go out as a desktop notification.
    QString bannerText() const;
    DesktopNotifier *notifier() const { return m_notifier; }
    // What "now" is for due times and reminders; tests move it forward instead of waiting.
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Brings in what happened since (decision, steps, messages), unless the operator
    // has started editing the text.
    void refreshFromIncident();

private:
    void refill();
    QDateTime lastUpdateAt() const;
    void refreshPlan();
    void refreshOutbox();
    void refreshChannels();
    void addChannel();
    void say(const QString &text, bool problem);
    // Once per due thing (`what`): a desktop notification, or the banner without one.
    void remind(const QString &what, const QString &summary, const QString &body);

    execution::Engine *m_engine;
    messaging::ChannelDirectory *m_channels = nullptr;
    messaging::Outbox *m_outbox = nullptr;
    runbook::Runbook m_runbook;
    messaging::StakeholderPlan m_plan;
    messaging::FilledMessage m_filled;
    QSet<QString> m_leftAsWritten;
    bool m_filling = false;
    bool m_edited = false; // the operator changed the text: never overwrite it
    QListWidget *m_planList;
    QLabel *m_cadence;
    QComboBox *m_templates;
    QPlainTextEdit *m_text;
    QLabel *m_unfilledLabel;
    QPushButton *m_leave;
    QComboBox *m_channel;
    QPushButton *m_send;
    QListWidget *m_outboxList;
    QPushButton *m_resend;
    QLabel *m_message;
    QLabel *m_banner;
    QTimer *m_tick;
    DesktopNotifier *m_notifier;
    QSet<QString> m_reminded;
    QString m_justAdded; // a channel saved from "Add channel", to select once listed
    quint64 m_addRequest = 0; // its save in the keychain, whose failure is said
    std::function<QDateTime()> m_clock = [] { return QDateTime::currentDateTimeUtc(); };
};

} // namespace rollcage::gui
