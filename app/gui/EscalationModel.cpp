#include "gui/EscalationModel.h"

#include <QFont>

namespace rollcage::gui {

void EscalationModel::setLevels(const QList<runbook::EscalationLevel> &levels)
{
    beginResetModel();
    m_levels = levels;
    endResetModel();
}

void EscalationModel::setReached(int level)
{
    if (level == m_reached)
        return;
    m_reached = level;
    if (!m_levels.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

int EscalationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_levels.size());
}

QVariant EscalationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runbook::EscalationLevel &l = m_levels.at(index.row());
    const bool reached = l.level <= m_reached;
    switch (role) {
    case Qt::DisplayRole:
        return reached ? tr("✔ Level %1: %2 (called)").arg(l.level).arg(l.who)
                       : tr("Level %1: %2").arg(l.level).arg(l.who);
    case Qt::ToolTipRole:
        return tr("Runbook line %1").arg(l.line);
    case Qt::FontRole:
        if (l.level == m_reached + 1) {
            // The level to call next stands out.
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case LevelRole:
        return l.level;
    case WhoRole:
        return l.who;
    case ReachedRole:
        return reached;
    default:
        return {};
    }
}

} // namespace rollcage::gui
