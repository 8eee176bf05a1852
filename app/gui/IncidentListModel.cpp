#include "gui/IncidentListModel.h"

#include "gui/DisplayText.h"

#include <QDateTime>
#include <QFont>
#include <QLocale>

namespace rollcage::gui {

QString shortWhen(qint64 ms)
{
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(ms).toLocalTime();
    const QLocale locale = QLocale::system();
    // Today's times need no date; older ones do.
    return at.date() == QDate::currentDate()
               ? locale.toString(at.time(), QLocale::ShortFormat)
               : locale.toString(at, QLocale::ShortFormat);
}

QString describeState(const incident::IncidentSummary &incident)
{
    QString state = incident::phaseName(incident.phase).replace(QLatin1Char('_'), QLatin1Char(' '));
    if (incident.outcomeUnknown)
        return IncidentListModel::tr("%1 — a step's outcome is unknown").arg(state);
    return state;
}

IncidentListModel::IncidentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentListModel::setIncidents(const QList<incident::IncidentSummary> &incidents)
{
    beginResetModel();
    m_incidents = incidents;
    endResetModel();
}

const incident::IncidentSummary *IncidentListModel::incident(int row) const
{
    return row >= 0 && row < m_incidents.size() ? &m_incidents.at(row) : nullptr;
}

void IncidentListModel::setPresence(const QHash<qint64, QStringList> &names)
{
    m_presence = names;
    if (!m_incidents.isEmpty())
        Q_EMIT dataChanged(index(0, HereNow), index(int(m_incidents.size()) - 1, HereNow));
}

int IncidentListModel::openCount() const
{
    return int(std::count_if(m_incidents.cbegin(), m_incidents.cend(),
                             [](const incident::IncidentSummary &s) { return s.isOpen(); }));
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_incidents.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incident::IncidentSummary &s = m_incidents.at(index.row());
    if (role == IdRole)
        return s.record.id;
    if (role == OpenRole)
        return s.isOpen();
    if (role == Qt::FontRole && s.isOpen()) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::ToolTipRole) {
        QString tip = tr("%1\nRunbook: %2\nService: %3 (%4)\nProcedure: %5")
                          .arg(s.record.title, plainInline(s.record.runbookTitle), s.record.service,
                               s.record.environment, plainInline(s.procedure));
        if (!s.endReason.isEmpty())
            tip += QLatin1Char('\n') + tr("Ended: %1").arg(s.endReason);
        return tip;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return s.record.id;
    case State:
        return describeState(s);
    case Title:
        return s.record.title;
    case Runbook:
        return plainInline(s.record.runbookTitle);
    case Service:
        return s.record.environment.isEmpty()
                   ? s.record.service
                   : tr("%1 (%2)").arg(s.record.service, s.record.environment);
    case Declared:
        return shortWhen(s.record.createdMs);
    case LastActivity:
        return shortWhen(s.lastActivityMs);
    case HereNow:
        return m_presence.value(s.record.id).join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return tr("#");
    case State:
        return tr("State");
    case Title:
        return tr("Title");
    case Runbook:
        return tr("Runbook");
    case Service:
        return tr("Service");
    case Declared:
        return tr("Declared");
    case LastActivity:
        return tr("Last activity");
    case HereNow:
        return tr("Here now");
    default:
        return {};
    }
}

} // namespace rollcage::gui
