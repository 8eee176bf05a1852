#include "gui/HealthDock.h"

#include "core/Result.h"
#include "gui/BaseUrlsDialog.h"
#include "gui/HealthDelegate.h"
#include "gui/HealthModel.h"
#include "gui/IncidentConsole.h"
#include "gui/Palette.h"
#include "health/HealthSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace rollcage::gui {

namespace {
// Sized for two rows, so the dock starts low and the Roll back page's log keeps the
// window's height at 1100×720; more checks scroll, and the dock can be dragged taller
// (the window remembers it).
class CompactTable : public QTableView
{
public:
    using QTableView::QTableView;
    QSize sizeHint() const override
    {
        constexpr int kRowsShown = 2;
        const int rows = std::clamp(model() ? model()->rowCount() : 0, 1, kRowsShown);
        const int height = horizontalHeader()->sizeHint().height() + rows * verticalHeader()->defaultSectionSize() +
                           2 * frameWidth();
        return {QTableView::sizeHint().width(), height};
    }
};
} // namespace

HealthDock::HealthDock(QWidget *parent)
    : HealthPanel(tr("Health"), parent)
    , m_model(new HealthModel(this))
{
    setObjectName(QStringLiteral("healthDock"));
    auto *body = new QWidget(this);
    m_banner = new QLabel(body);
    m_status = new QLabel(body);
    m_unresolved = new QLabel(body);
    m_view = new CompactTable(body);
    m_interval = new QComboBox(body);
    m_checkNow = new QPushButton(tr("Check &now"), body);
    m_pause = new QPushButton(tr("&Pause"), body);
    m_urls = new QPushButton(tr("&Base URLs…"), body);

    // The alert takes the status line's place instead of a row of its own: a dock that
    // grew when an alert came moved the Run button out from under the operator's cursor.
    m_banner->setWordWrap(false);
    m_banner->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_banner->setObjectName(QStringLiteral("healthAlert"));
    m_banner->setStyleSheet(QStringLiteral("QLabel { %1 }")
                                .arg(toneBadgeStyle(Tone::Problem, QStringLiteral("padding: 1px 6px; border-radius: 3px;"))));
    m_banner->setAccessibleName(tr("Health alert"));
    m_banner->hide();
    m_unresolved->setWordWrap(true);
    m_unresolved->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(toneColor(Tone::Warning).name()));
    m_status->setWordWrap(true);

    m_view->setModel(m_model);
    m_view->setItemDelegate(new HealthDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(24);
    m_view->horizontalHeader()->setSectionResizeMode(HealthModel::Check, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(HealthModel::Last, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(HealthModel::History, QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(HealthModel::Latency, QHeaderView::Fixed);
    m_view->horizontalHeader()->resizeSection(HealthModel::History, 20 * 11 + 10);
    m_view->horizontalHeader()->resizeSection(HealthModel::Latency, 150);
    m_view->setAccessibleName(tr("Health checks"));

    // Faster while a rollback is being watched closely, slower for a long verification;
    // "3 failures in a row" takes three of these.
    for (const auto &[seconds, text] :
         {std::pair{10, tr("Every 10 s")}, std::pair{30, tr("Every 30 s")},
          std::pair{60, tr("Every minute")}, std::pair{120, tr("Every 2 minutes")},
          std::pair{300, tr("Every 5 minutes")}})
        m_interval->addItem(text, seconds * 1000);
    m_interval->setAccessibleName(tr("Probe interval"));
    m_interval->setToolTip(tr("How often the checks are probed; alert rules such as \"3 "
                              "failures in a row\" count these probes"));
    m_checkNow->setToolTip(tr("Probe every check once, now"));
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop probing for a while (e.g. during a planned restart)"));
    m_urls->setToolTip(tr("Where the runbook's endpoint paths point in this environment"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_banner, 1);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_interval);
    buttons->addWidget(m_checkNow);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_urls);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_unresolved);
    layout->addLayout(buttons);
    setWidget(body);

    connect(m_checkNow, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->monitor()->probeNow();
    });
    connect(m_pause, &QPushButton::toggled, this, [this](bool paused) {
        if (m_session)
            m_session->setPaused(paused);
        refresh();
    });
    connect(m_interval, &QComboBox::activated, this, [this](int index) {
        if (m_session)
            m_session->setProbeInterval(
                std::chrono::seconds(m_interval->itemData(index).toInt() / 1000));
    });
    connect(m_urls, &QPushButton::clicked, this, &HealthDock::editBaseUrls);
    refresh();
}

void HealthDock::showIncident(IncidentView *view)
{
    auto *console = qobject_cast<IncidentConsole *>(view);
    setSession(console ? console->health() : nullptr);
}

void HealthDock::setSession(health::HealthSession *session)
{
    if (m_session) {
        m_session->disconnect(this);
        m_session->monitor()->disconnect(this);
    }
    m_session = session;
    m_model->setSession(session);
    m_alerts.clear();
    Q_EMIT checksChanged();
    if (session) {
        connect(session, &health::HealthSession::checksChanged, this, &HealthDock::refresh);
        connect(session, &health::HealthSession::checksChanged, this, &HealthPanel::checksChanged);
        connect(session, &health::HealthSession::runningChanged, this, &HealthDock::refresh);
        connect(session, &health::HealthSession::probeIntervalChanged, this, &HealthDock::refresh);
        connect(session, &QObject::destroyed, this, [this] { setSession(nullptr); });
        connect(session->monitor(), &health::HealthMonitor::alertRaised, this, &HealthDock::onAlert);
        connect(session->monitor(), &health::HealthMonitor::alertCleared, this, &HealthDock::onCleared);
    }
    refresh();
}

bool HealthDock::hasSomethingToProbe() const
{
    return m_session && (!m_session->checks().isEmpty() || !m_session->unresolved().isEmpty() ||
                         !m_session->targetsNeeded().isEmpty());
}

QString HealthDock::alertText() const
{
    return m_banner->isVisibleTo(widget()) ? m_banner->text() : QString();
}

void HealthDock::onAlert(const health::HealthAlert &alert)
{
    m_alerts.insert(alert.check + QLatin1Char('\n') + alert.rule, alert.message);
    Q_EMIT message(tr("Health alert: %1").arg(alert.message));
    refresh();
}

void HealthDock::onCleared(const QString &check, const QString &rule)
{
    if (m_alerts.remove(check + QLatin1Char('\n') + rule))
        Q_EMIT message(tr("Health alert cleared: %1 (%2)").arg(check, rule));
    refresh();
}

void HealthDock::refresh()
{
    const QStringList alerts = m_alerts.values();
    m_banner->setText(alerts.join(QStringLiteral(" · ")));
    m_banner->setToolTip(alerts.join(QLatin1Char('\n')));
    m_banner->setVisible(!alerts.isEmpty());
    m_status->setVisible(alerts.isEmpty());

    const bool has = m_session && !m_session->checks().isEmpty();
    showInterval();
    m_interval->setEnabled(has);
    m_checkNow->setEnabled(has);
    m_pause->setEnabled(has);
    m_urls->setEnabled(m_session && !m_session->targetsNeeded().isEmpty());
    if (m_session) {
        // The session may be paused from elsewhere; the button says what it would do.
        const QSignalBlocker quiet(m_pause);
        m_pause->setChecked(m_session->isPaused());
    }
    m_pause->setText(m_pause->isChecked() ? tr("&Resume") : tr("&Pause"));

    if (!m_session)
        m_status->setText(tr("No incident open."));
    else if (!has && m_session->unresolved().isEmpty())
        m_status->setText(tr("The runbook names no health endpoint."));
    else if (m_session->isPaused())
        m_status->setText(tr("Paused: not probing."));
    else if (m_session->isRunning())
        m_status->setText(tr("Probing %n check(s).", nullptr, int(m_session->checks().size())));
    else
        m_status->setText(tr("Probing starts when the incident is prepared for roll back."));

    const QStringList unresolved = m_session ? m_session->unresolved() : QStringList();
    m_unresolved->setText(unresolved.isEmpty() ? QString()
                                               : tr("Not checked yet: %1.").arg(unresolved.join(QStringLiteral("; "))));
    m_unresolved->setVisible(!unresolved.isEmpty());
}

void HealthDock::showInterval()
{
    const int ms = m_session ? m_session->monitor()->interval() : 30000;
    int index = m_interval->findData(ms);
    if (index < 0) { // an interval the list does not offer (set by hand, or in a test)
        m_interval->addItem(ms % 1000 ? tr("Every %1 ms").arg(ms) : tr("Every %1 s").arg(ms / 1000),
                            ms);
        index = m_interval->count() - 1;
    }
    const QSignalBlocker quiet(m_interval);
    m_interval->setCurrentIndex(index);
}

void HealthDock::editBaseUrls()
{
    if (!m_session)
        return;
    auto *dialog = new BaseUrlsDialog(m_session->targetsNeeded(), m_session->baseUrls(),
                                      m_session->environment(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (!m_session)
            return;
        if (Status s = m_session->setBaseUrls(dialog->baseUrls()); !s)
            Q_EMIT message(s.error);
        refresh();
    });
    dialog->open();
}

} // namespace rollcage::gui
