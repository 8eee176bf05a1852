#include "gui/RunbookTableModels.h"

#include "gui/Palette.h"

#include <QBrush>
#include <QColor>

namespace rollcage::gui {

namespace {

// Severity words runbooks use, coloured the way incident tools colour them.
QVariant severityColor(const QString &severity)
{
    const QString s = severity.toLower();
    if (s.contains(QLatin1String("critical")) || s.startsWith(QLatin1String("sev1")) || s == QLatin1String("p1"))
        return QBrush(toneColor(Tone::Problem));
    if (s.contains(QLatin1String("high")))
        return QBrush(toneColor(Tone::Warning));
    return {};
}

} // namespace

void DecisionModel::setDecisions(const QList<runbook::Decision> &decisions)
{
    beginResetModel();
    m_decisions = decisions;
    endResetModel();
}

int DecisionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_decisions.size());
}

int DecisionModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DecisionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runbook::Decision &d = m_decisions.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Scenario:
            return d.scenario;
        case Severity:
            return d.severity;
        case Action:
            return d.action;
        case Deadline:
            return d.deadlineText;
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Severity)
        return severityColor(d.severity);
    return {};
}

QVariant DecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Scenario:
        return tr("Scenario");
    case Severity:
        return tr("Severity");
    case Action:
        return tr("Action");
    case Deadline:
        return tr("Deadline");
    }
    return {};
}

void TriggerModel::setTriggers(const QList<runbook::Trigger> &triggers)
{
    beginResetModel();
    m_triggers = triggers;
    endResetModel();
}

int TriggerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_triggers.size());
}

int TriggerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TriggerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const runbook::Trigger &t = m_triggers.at(index.row());
    switch (index.column()) {
    case Condition:
        return t.condition;
    case Threshold:
        return t.threshold;
    case Action:
        return t.action;
    }
    return {};
}

QVariant TriggerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Condition:
        return tr("Trigger");
    case Threshold:
        return tr("Threshold");
    case Action:
        return tr("Action");
    }
    return {};
}

} // namespace rollcage::gui
