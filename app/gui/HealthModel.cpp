#include "gui/HealthModel.h"

#include "gui/Palette.h"
#include "health/HealthSession.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace rollcage::gui {

using health::HealthResult;

HealthModel::HealthModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HealthModel::setSession(health::HealthSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    if (m_session)
        m_session->monitor()->disconnect(this);
    m_session = session;
    if (session) {
        connect(session, &health::HealthSession::checksChanged, this, &HealthModel::reload);
        health::HealthMonitor *monitor = session->monitor();
        connect(monitor, &health::HealthMonitor::resultRecorded, this, &HealthModel::onResult);
        connect(monitor, &health::HealthMonitor::alertRaised, this, [this](const health::HealthAlert &a) {
            m_alerts[a.check].append(a.rule);
            touch(a.check);
        });
        connect(monitor, &health::HealthMonitor::alertCleared, this,
                [this](const QString &check, const QString &rule) {
                    m_alerts[check].removeAll(rule);
                    touch(check);
                });
    }
    reload();
}

void HealthModel::reload()
{
    beginResetModel();
    m_checks = m_session ? m_session->checks() : QList<health::HealthCheckSpec>();
    m_alerts.clear();
    endResetModel();
}

int HealthModel::rowOf(const QString &check) const
{
    for (qsizetype i = 0; i < m_checks.size(); ++i) {
        if (m_checks.at(i).name == check)
            return int(i);
    }
    return -1;
}

void HealthModel::touch(const QString &check)
{
    const int row = rowOf(check);
    if (row >= 0)
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void HealthModel::onResult(const HealthResult &result) { touch(result.name); }

int HealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int HealthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_session)
        return {};
    const health::HealthCheckSpec &spec = m_checks.at(index.row());
    const QList<HealthResult> history = m_session->monitor()->history(spec.name);
    const bool alerting = !m_alerts.value(spec.name).isEmpty();
    if (role == HistoryRole)
        return QVariant::fromValue(history);
    if (role == AlertRole)
        return alerting;
    const HealthResult *last = history.isEmpty() ? nullptr : &history.last();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Check:
            return spec.name;
        case Last:
            if (!last)
                return tr("not yet checked");
            if (!last->ok)
                return last->error;
            return last->latencyMs >= 0 ? tr("OK, %1 ms").arg(last->latencyMs) : tr("OK");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Check)
            return tr("%1%2\nfrom line %3 of the runbook")
                .arg(spec.headOnly ? QStringLiteral("HEAD ") : QStringLiteral("GET "), spec.url.toString())
                .arg(spec.line);
        if (last && index.column() == Last)
            return tr("%1 at %2").arg(last->ok ? tr("passed") : last->error, last->at.toLocalTime().toString(Qt::ISODate));
        if (alerting)
            return m_alerts.value(spec.name).join(QLatin1Char('\n'));
        return {};
    case Qt::ForegroundRole:
        if ((index.column() == Last && last && !last->ok) || (index.column() == Check && alerting))
            return QBrush(toneColor(Tone::Problem));
        return {};
    case Qt::FontRole:
        if (index.column() == Check && alerting) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::AccessibleTextRole:
        if (index.column() == History) {
            int failed = 0;
            for (const HealthResult &r : history)
                failed += r.ok ? 0 : 1;
            return tr("%1 of the last %2 checks failed").arg(failed).arg(history.size());
        }
        return {};
    default:
        return {};
    }
}

QVariant HealthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Check:
        return tr("Check");
    case Last:
        return tr("Last result");
    case History:
        return tr("History");
    case Latency:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace rollcage::gui
