#include "gui/CommunicatePage.h"

#include "incident/Events.h"

#include "execution/Engine.h"
#include "gui/AddChannelDialog.h"
#include "gui/DesktopNotifier.h"
#include "gui/Feedback.h"
#include "gui/Palette.h"
#include "messaging/Channel.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/Mailto.h"
#include "messaging/Outbox.h"
#include "messaging/OutboxEntry.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTimeZone>
#include <QTimer>
#include <QVBoxLayout>

namespace rollcage::gui {

namespace {
const QString kCopy = QStringLiteral("copy");
const QString kMail = QStringLiteral("mail");
} // namespace

CommunicatePage::CommunicatePage(execution::Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_planList(new QListWidget(this))
    , m_cadence(new QLabel(this))
    , m_templates(new QComboBox(this))
    , m_text(new QPlainTextEdit(this))
    , m_unfilledLabel(new QLabel(this))
    , m_leave(new QPushButton(tr("&Leave as written"), this))
    , m_channel(new QComboBox(this))
    , m_send(new QPushButton(tr("&Send"), this))
    , m_outboxList(new QListWidget(this))
    , m_resend(new QPushButton(tr("Re&send selected"), this))
    , m_message(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_tick(new QTimer(this))
    , m_notifier(new DesktopNotifier(this))
{
    auto *layout = new QVBoxLayout(this);
    m_banner->setWordWrap(true);
    m_banner->setAccessibleName(tr("Reminder"));
    m_banner->setStyleSheet(
        QStringLiteral("background:palette(alternate-base);color:%1;border:1px solid %1;padding:6px;font-weight:bold")
            .arg(toneColor(Tone::Warning).name()));
    m_banner->hide();
    layout->addWidget(m_banner);
    auto *split = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(split, 1);
    connect(m_notifier, &DesktopNotifier::unavailable, this,
            [this](quint64, const QString &summary, const QString &body) {
                m_banner->setText(summary + QStringLiteral(" — ") + body);
                m_banner->show();
            });

    auto *planBox = new QGroupBox(tr("Who must hear, and by when"), split);
    auto *pl = new QVBoxLayout(planBox);
    m_planList->setAccessibleName(tr("Stakeholder plan"));
    m_planList->setWordWrap(true);
    pl->addWidget(m_planList, 1);
    m_cadence->setWordWrap(true);
    pl->addWidget(m_cadence);
    auto *outboxLabel = new QLabel(tr("Outbox"), planBox);
    pl->addWidget(outboxLabel);
    m_outboxList->setAccessibleName(tr("Outbox"));
    m_outboxList->setWordWrap(true);
    pl->addWidget(m_outboxList, 1);
    auto *retry = new QPushButton(tr("Retry waiting messages &now"), planBox);
    auto *outboxButtons = new QHBoxLayout;
    outboxButtons->addWidget(retry);
    m_resend->setToolTip(tr("Send a refused or given-up message again, e.g. after fixing the "
                            "channel's webhook URL in Tools → Credentials"));
    m_resend->setEnabled(false);
    outboxButtons->addWidget(m_resend);
    pl->addLayout(outboxButtons);

    auto *compose = new QGroupBox(tr("Message"), split);
    auto *cl = new QVBoxLayout(compose);
    m_templates->setAccessibleName(tr("Message template"));
    cl->addWidget(m_templates);
    m_text->setAccessibleName(tr("Message text"));
    cl->addWidget(m_text, 1);
    auto *unfilledRow = new QHBoxLayout;
    m_unfilledLabel->setWordWrap(true);
    unfilledRow->addWidget(m_unfilledLabel, 1);
    unfilledRow->addWidget(m_leave);
    cl->addLayout(unfilledRow);
    auto *sendRow = new QHBoxLayout;
    auto *addChannelButton = new QPushButton(tr("Add c&hannel…"), compose);
    sendRow->addWidget(new QLabel(tr("To:"), compose));
    sendRow->addWidget(m_channel, 1);
    sendRow->addWidget(addChannelButton);
    sendRow->addWidget(m_send);
    cl->addLayout(sendRow);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("communicateMessage"));
    m_cadence->setObjectName(QStringLiteral("cadence"));
    cl->addWidget(m_message);
    split->setStretchFactor(1, 2);

    connect(m_templates, &QComboBox::currentIndexChanged, this, &CommunicatePage::chooseTemplate);
    connect(m_leave, &QPushButton::clicked, this, &CommunicatePage::leaveUnfilledAsWritten);
    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_filling)
            m_edited = true;
        // Typing over a placeholder fills it: recount what is still as written.
        QList<messaging::TemplateSlot> still;
        for (const messaging::TemplateSlot &slot : std::as_const(m_filled.unfilled)) {
            if (m_text->toPlainText().contains(slot.raw) && !m_leftAsWritten.contains(slot.raw))
                still << slot;
        }
        QStringList raws;
        for (const auto &slot : std::as_const(still))
            raws << slot.raw;
        m_unfilledLabel->setText(raws.isEmpty() ? tr("Every placeholder is filled.")
                                                : tr("Still to fill (or leave): %1").arg(raws.join(QStringLiteral(", "))));
        m_unfilledLabel->setStyleSheet(raws.isEmpty() ? QString() : toneTextStyle(Tone::Problem));
        m_leave->setVisible(!raws.isEmpty());
        m_send->setEnabled(raws.isEmpty() && !m_text->toPlainText().trimmed().isEmpty());
    });
    connect(m_send, &QPushButton::clicked, this, [this] { sendTo(m_channel->currentData().toString()); });
    connect(addChannelButton, &QPushButton::clicked, this, &CommunicatePage::addChannel);
    connect(retry, &QPushButton::clicked, this, [this] {
        if (m_outbox)
            m_outbox->retryNow();
    });
    connect(m_outboxList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        const auto e = item && m_outbox ? m_outbox->entry(item->data(Qt::UserRole).toString())
                                        : std::nullopt;
        m_resend->setEnabled(e && (e->state == messaging::DeliveryState::Rejected ||
                                   e->state == messaging::DeliveryState::Abandoned));
    });
    connect(m_resend, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_outboxList->currentItem())
            resend(item->data(Qt::UserRole).toString());
    });
    connect(m_planList, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // Ticking a stakeholder records that they were told by other means (a call, a
        // chat) — not a message sent: the status-update cadence does not restart.
        if (item->checkState() == Qt::Checked && !item->data(Qt::UserRole + 1).toBool()) {
            const QString who = item->data(Qt::UserRole).toString();
            if (Status s = m_engine->recordStakeholderNotified(who); !s)
                say(s.error, true);
            else
                say(tr("Recorded: %1 was told.").arg(who), false);
            refreshPlan();
        }
    });
    m_tick->setInterval(15'000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        refreshPlan();
        refreshOutbox();
    });
    m_tick->start();
    refreshChannels();
}

CommunicatePage::~CommunicatePage() = default;

void CommunicatePage::setChannels(messaging::ChannelDirectory *channels)
{
    m_channels = channels;
    if (m_channels) {
        connect(m_channels, &messaging::ChannelDirectory::channelsChanged, this, &CommunicatePage::refreshChannels);
        // A channel that could not be stored (the keychain refused) is said, not dropped.
        connect(m_channels, &messaging::ChannelDirectory::finished, this,
                [this](quint64 id, const Status &status, const QUrl &) {
                    if (id != m_addRequest || status)
                        return;
                    say(tr("The channel “%1” was not added: %2").arg(m_justAdded, status.error), true);
                    m_justAdded.clear();
                });
    }
    refreshChannels();
}

void CommunicatePage::attach(const runbook::Runbook &runbook)
{
    m_runbook = runbook;
    m_plan = messaging::StakeholderPlan::build(
        runbook, QDateTime::fromMSecsSinceEpoch(m_engine->state().declaredMs, QTimeZone::UTC));
    m_templates->clear();
    for (const runbook::MessageTemplate &t : runbook.templates)
        m_templates->addItem(t.title);
    if (runbook.templates.isEmpty())
        m_templates->addItem(tr("(this runbook has no message templates: write freely)"));
    if (m_channels && !m_outbox && m_engine->incidentJournal()) {
        m_outbox = new messaging::Outbox(*m_engine->incidentJournal(), *m_channels, this);
        connect(m_outbox, &messaging::Outbox::entryChanged, this, &CommunicatePage::refreshOutbox);
        connect(m_outbox, &messaging::Outbox::journalFailed, this, [this](const QString &e) { say(e, true); });
        connect(m_outbox, &messaging::Outbox::rejected, this,
                [this](const QString &, const QString &advice) { say(advice, true); });
        if (Status s = m_outbox->start(); !s)
            say(s.error, true);
    }
    connect(m_engine, &execution::Engine::stateChanged, this, &CommunicatePage::refreshPlan, Qt::UniqueConnection);
    chooseTemplate(0);
    refreshPlan();
    refreshOutbox();
}

messaging::MessageContext CommunicatePage::context() const
{
    const incident::IncidentState &s = m_engine->state();
    messaging::MessageContext c;
    c.service = m_engine->scope().section(QLatin1Char('/'), 0, 0);
    c.environment = m_engine->scope().section(QLatin1Char('/'), 1);
    c.reason = s.justification;
    c.status = incident::isTerminal(s.phase) ? tr("Complete") : tr("In progress");
    c.variables = s.variables;
    c.badVersion = s.variables.value(QStringLiteral("BAD_VERSION"));
    c.previousVersion = s.variables.value(QStringLiteral("PREVIOUS_VERSION"));
    c.startedAt = QDateTime::fromMSecsSinceEpoch(s.declaredMs, QTimeZone::UTC);
    if (s.deadlineMs)
        c.expectedAt = QDateTime::fromMSecsSinceEpoch(*s.deadlineMs, QTimeZone::UTC);
    c.now = m_clock();
    // Current health per component, from the latest result of each check ("backend
    // /health" speaks for the backend); one failing check makes its component unhealthy.
    for (auto it = s.latestHealth.cbegin(); it != s.latestHealth.cend(); ++it) {
        const QString check = it.key();
        const bool named = check.contains(QLatin1Char(' ')) && !check.startsWith(QLatin1Char('/')) &&
                           !check.startsWith(QLatin1String("HEAD "));
        const QString component = named ? check.section(QLatin1Char(' '), 0, 0) : check;
        if (!it.value() || !c.health.contains(component))
            c.health.insert(component, it.value() ? QStringLiteral("Healthy") : QStringLiteral("Unhealthy"));
    }
    c.nextUpdateAt = m_plan.nextStatusUpdate(lastUpdateAt());
    for (auto it = s.steps.cbegin(); it != s.steps.cend(); ++it) {
        if (it->state == incident::StepState::Succeeded || it->state == incident::StepState::Skipped)
            c.stepsTaken << tr("%1 — %2").arg(it->title, incident::stepStateName(it->state));
    }
    return c;
}

void CommunicatePage::chooseTemplate(int index)
{
    Q_UNUSED(index);
    m_leftAsWritten.clear();
    m_edited = false;
    refill();
}

void CommunicatePage::refreshFromIncident()
{
    if (!m_edited)
        refill();
    refreshPlan();
    refreshOutbox();
}

void CommunicatePage::refill()
{
    const int index = m_templates->currentIndex();
    const QString body = index >= 0 && index < m_runbook.templates.size() ? m_runbook.templates.at(index).body : QString();
    m_filled = messaging::fillTemplate(body, context(), {}, m_leftAsWritten);
    m_filling = true;
    m_text->setPlainText(m_filled.text);
    m_filling = false;
}

QString CommunicatePage::messageText() const { return m_text->toPlainText(); }

void CommunicatePage::leaveUnfilledAsWritten()
{
    for (const messaging::TemplateSlot &slot : std::as_const(m_filled.unfilled))
        m_leftAsWritten.insert(slot.raw);
    // Re-evaluate with the same text: what was left no longer blocks.
    Q_EMIT m_text->textChanged();
}

bool CommunicatePage::canSend() const { return m_send->isEnabled(); }

bool CommunicatePage::sendTo(const QString &channel)
{
    if (!canSend()) {
        say(tr("Fill or explicitly leave every placeholder first."), true);
        return false;
    }
    // Asked first: copying or mailing happens outside Rollcage, and only its record could
    // be refused afterwards (an observer's console sends nothing, team mode).
    if (Status s = m_engine->roleRule(); !s) {
        say(s.error, true);
        return false;
    }
    const QString text = messageText();
    // A template's title; a message written freely is called by its first line (the
    // combo's "(… write freely)" hint was the title in the outbox and the quit question).
    QString title = m_templates->currentText();
    if (m_runbook.templates.isEmpty()) {
        const QString first = text.trimmed().section(QLatin1Char('\n'), 0, 0).trimmed();
        title = first.isEmpty() ? tr("Status update")
                : first.size() > 60 ? first.left(59) + QStringLiteral("…")
                                    : first;
    }
    if (channel == kCopy) {
        QApplication::clipboard()->setText(text);
        // A failed write is said by the engine's storeError, shown in this window.
        (void)m_engine->recordMessageSent(QStringLiteral("clipboard"), title, text);
        say(tr("Copied. Paste it where it needs to go."), false);
        return true;
    }
    if (channel == kMail) {
        const auto url = messaging::mailtoUrl({{}, title, text});
        if (!url.ok()) {
            say(url.error, true);
            return false;
        }
        QDesktopServices::openUrl(*url);
        (void)m_engine->recordMessageSent(QStringLiteral("email"), title, text); // said on failure
        say(tr("Handed to your mail program."), false);
        return true;
    }
    if (!m_outbox) {
        say(tr("No outbox: the keychain that holds webhook addresses is not available."), true);
        return false;
    }
    const auto key = m_outbox->send(channel, title, text);
    if (!key.ok()) {
        say(key.error, true);
        return false;
    }
    say(tr("Queued for %1; it is recorded and will be retried until delivered.").arg(channel), false);
    refreshOutbox();
    return true;
}

QDateTime CommunicatePage::lastUpdateAt() const
{
    // The status cadence counts from the last message sent, or from the declaration.
    qint64 at = m_engine->state().declaredMs;
    for (const incident::Event &e : m_engine->journal()) {
        if (incident::events::is<incident::events::MessageSent>(e))
            at = e.atMs;
    }
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::UTC);
}

void CommunicatePage::refreshPlan()
{
    const QDateTime now = m_clock();
    QStringList told = m_engine->state().stakeholdersTold;
    for (const incident::Event &e : m_engine->journal()) {
        if (incident::events::is<incident::events::MessageSent>(e))
            told << incident::events::read<incident::events::MessageSent>(e).audience;
    }
    const QSignalBlocker blocker(m_planList);
    m_planList->clear();
    for (const messaging::PlanEntry &entry : m_plan.entries()) {
        const bool done = told.contains(entry.who);
        const auto state = messaging::StakeholderPlan::state(entry, done, now);
        auto *item = new QListWidgetItem(tr("%1\nvia %2").arg(messaging::StakeholderPlan::describe(entry), entry.channel), m_planList);
        item->setData(Qt::UserRole, entry.who);
        item->setData(Qt::UserRole + 1, done);
        item->setFlags(done ? Qt::ItemIsEnabled : (Qt::ItemIsEnabled | Qt::ItemIsUserCheckable));
        item->setCheckState(done ? Qt::Checked : Qt::Unchecked);
        if (state == messaging::PlanState::Overdue) {
            item->setForeground(toneColor(Tone::Problem));
            item->setText(item->text() + tr(" — OVERDUE"));
            remind(QStringLiteral("stakeholder:") + entry.who,
                   tr("Overdue: tell %1").arg(entry.who),
                   tr("%1 should have heard by now (%2).")
                       .arg(entry.who, messaging::StakeholderPlan::describe(entry)));
        }
    }
    const QDateTime next = m_plan.nextStatusUpdate(lastUpdateAt());
    const bool late = now > next && !incident::isTerminal(m_engine->state().phase);
    if (incident::isTerminal(m_engine->state().phase))
        m_cadence->setText(tr("The incident is closed: no more status updates are due."));
    else
        m_cadence->setText(tr("Status updates every %1 min; next due %2%3")
                               .arg(m_plan.cadenceMinutes())
                               .arg(QLocale::system().toString(next.toLocalTime().time(), QLocale::ShortFormat),
                                    late ? tr(" — due now") : QString()));
    m_cadence->setStyleSheet(late ? toneTextStyle(Tone::Warning) : QString());
    if (late)
        remind(QStringLiteral("update:%1").arg(next.toMSecsSinceEpoch()),
               tr("Status update due"),
               tr("The next status update on %1 was due at %2: send it from Communicate.")
                   .arg(m_engine->scope(),
                        QLocale::system().toString(next.toLocalTime().time(), QLocale::ShortFormat)));
}

void CommunicatePage::remind(const QString &what, const QString &summary, const QString &body)
{
    if (m_reminded.contains(what))
        return;
    m_reminded.insert(what);
    m_notifier->notify(summary, body);
}

QString CommunicatePage::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void CommunicatePage::refreshOutbox()
{
    const QString selected = m_outboxList->currentItem()
                                 ? m_outboxList->currentItem()->data(Qt::UserRole).toString()
                                 : QString();
    m_outboxList->clear();
    if (!m_outbox) {
        m_outboxList->addItem(tr("No webhook outbox (no keychain)."));
        return;
    }
    const QDateTime now = QDateTime::currentDateTime();
    const auto entries = m_outbox->entries();
    for (const messaging::OutboxEntry &e : entries) {
        auto *item = new QListWidgetItem(
            tr("%1 → %2: %3").arg(e.title, e.channel, messaging::describeEntry(e, now)), m_outboxList);
        item->setData(Qt::UserRole, e.key);
        if (e.state == messaging::DeliveryState::Rejected)
            item->setForeground(toneColor(Tone::Problem));
        if (e.key == selected)
            m_outboxList->setCurrentItem(item);
    }
    if (entries.isEmpty())
        m_outboxList->addItem(tr("Nothing sent yet."));
}

void CommunicatePage::refreshChannels()
{
    const QString current = m_channel->currentData().toString();
    m_channel->clear();
    if (m_channels) {
        for (const messaging::ChannelInfo &c : m_channels->channels())
            m_channel->addItem(tr("%1 (%2)").arg(c.name, messaging::channelKindLabel(c.kind)), c.name);
    }
    m_channel->addItem(tr("Copy to clipboard"), kCopy);
    m_channel->addItem(tr("E-mail…"), kMail);
    // A channel just added is the one the operator means to use.
    const int added = m_justAdded.isEmpty() ? -1 : m_channel->findData(m_justAdded);
    if (added >= 0)
        m_justAdded.clear();
    const int index = added >= 0 ? added : m_channel->findData(current);
    m_channel->setCurrentIndex(index >= 0 ? index : 0);
}

void CommunicatePage::addChannel()
{
    if (!m_channels) {
        say(tr("Channels need the OS keychain, which is not available."), true);
        return;
    }
    auto *dialog = new AddChannelDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AddChannelDialog::channelChosen, this,
            [this](const QString &name, messaging::ChannelKind kind, const QUrl &url) {
                m_justAdded = name; // selected once listed
                m_addRequest = m_channels->save(name, kind, url);
                refreshChannels();
            });
    dialog->open();
}

bool CommunicatePage::resend(const QString &key)
{
    if (!m_outbox)
        return false;
    const auto again = m_outbox->resend(key);
    if (!again) {
        say(again.error, true);
        return false;
    }
    say(tr("Queued again as a new message."), false);
    refreshOutbox();
    return true;
}

QString CommunicatePage::pageMessage() const
{
    return m_message->text();
}

void CommunicatePage::say(const QString &text, bool problem)
{
    showMessage(m_message, text, problem);
}

} // namespace rollcage::gui
