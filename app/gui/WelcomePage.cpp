#include "gui/WelcomePage.h"

#include "gui/DisplayText.h"
#include "gui/IncidentListModel.h"
#include "gui/RecentRunbooks.h"
#include "ui_WelcomePage.h"

#include <QDir>
#include <QFileInfo>

namespace rollcage::gui {

WelcomePage::WelcomePage(RecentRunbooks *recent, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
    , m_recent(recent)
{
    m_ui->setupUi(this);
    // Larger, not bold: one font face for the whole first frame (a bold one is a second
    // file to open and its glyphs to rasterise before the window can show).
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.8);
    m_ui->titleLabel->setFont(title);
    m_ui->subtitleLabel->setMinimumWidth(480);
    m_ui->subtitleLabel->setMaximumWidth(560);
    m_ui->recentList->setMaximumWidth(520);
    m_ui->recentList->setMaximumHeight(220);
    m_ui->recentList->setTextElideMode(Qt::ElideMiddle);
    m_ui->recentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->incidentList->setMaximumWidth(520);
    m_ui->incidentList->setMaximumHeight(150);
    m_ui->incidentList->setTextElideMode(Qt::ElideRight);
    m_ui->incidentList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    connect(m_ui->openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(m_ui->exampleButton, &QPushButton::clicked, this, &WelcomePage::exampleRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT runbookChosen(item->data(Qt::UserRole).toString());
    });
    connect(m_ui->incidentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT incidentChosen(item->data(Qt::UserRole).toLongLong());
    });
    connect(m_ui->incidentsButton, &QPushButton::clicked, this, &WelcomePage::incidentsRequested);
    connect(m_recent, &RecentRunbooks::changed, this, &WelcomePage::refreshRecent);
    refreshRecent();
    setIncidents({});
}

void WelcomePage::setIncidents(const QList<incident::IncidentSummary> &incidents)
{
    m_ui->incidentList->clear();
    for (const incident::IncidentSummary &s : incidents) {
        if (!s.isOpen())
            continue;
        // What the full list shows: which it is, how far it got and when it was last worked
        // on, in a line that fits; the runbook, service and declaration on hover.
        const QString service = s.record.environment.isEmpty()
                                    ? s.record.service
                                    : tr("%1 (%2)").arg(s.record.service, s.record.environment);
        auto *item = new QListWidgetItem(tr("#%1 %2 — %3, last activity %4")
                                             .arg(s.record.id)
                                             .arg(plainInline(s.record.title), describeState(s),
                                                  shortWhen(s.lastActivityMs)),
                                         m_ui->incidentList);
        item->setData(Qt::UserRole, s.record.id);
        item->setToolTip(tr("Runbook: %1\nService: %2\nDeclared: %3\nEnter resumes it")
                             .arg(plainInline(s.record.runbookTitle), service, shortWhen(s.record.createdMs)));
    }
    const bool open = m_ui->incidentList->count() > 0;
    m_ui->incidentList->setVisible(open);
    m_ui->incidentsLabel->setVisible(open);
    m_ui->incidentsButton->setVisible(!incidents.isEmpty());
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::refreshRecent()
{
    m_ui->recentList->clear();
    const QStringList files = m_recent->files();
    for (const QString &file : files) {
        const QFileInfo info(file);
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(info.fileName(), QDir::toNativeSeparators(info.absolutePath())),
            m_ui->recentList);
        item->setData(Qt::UserRole, file);
        item->setToolTip(QDir::toNativeSeparators(file));
    }
    const bool empty = files.isEmpty();
    m_ui->recentList->setVisible(!empty);
    m_ui->recentLabel->setVisible(!empty);
}

} // namespace rollcage::gui
