#pragma once

#include "runbook/Runbook.h"

#include <QAbstractListModel>

namespace rollcage::gui {

// The runbook's escalation levels as a list, marking the levels already called in this
// incident. The levels come from the runbook and never change; the reached level comes
// from the journal through setReached().
class EscalationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { LevelRole = Qt::UserRole + 1, WhoRole, ReachedRole };
    using QAbstractListModel::QAbstractListModel;

    void setLevels(const QList<runbook::EscalationLevel> &levels);
    void setReached(int level);
    int reached() const { return m_reached; }
    const runbook::EscalationLevel &level(int row) const { return m_levels.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<runbook::EscalationLevel> m_levels;
    int m_reached = 0;
};

} // namespace rollcage::gui
