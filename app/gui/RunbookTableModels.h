#pragma once

#include "runbook/Runbook.h"

#include <QAbstractTableModel>

namespace rollcage::gui {

// Thin read-only adapters over the imported runbook's tables. A runbook does not
// change once imported; opening another one resets the model.
class DecisionModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Scenario, Severity, Action, Deadline, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setDecisions(const QList<runbook::Decision> &decisions);
    const runbook::Decision &decision(int row) const { return m_decisions.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<runbook::Decision> m_decisions;
};

class TriggerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Condition, Threshold, Action, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setTriggers(const QList<runbook::Trigger> &triggers);
    const runbook::Trigger &trigger(int row) const { return m_triggers.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<runbook::Trigger> m_triggers;
};

} // namespace rollcage::gui
