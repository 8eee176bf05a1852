#pragma once

#include "incident/IncidentSummary.h"

#include <QAbstractTableModel>

namespace rollcage::gui {

// The incidents of the store as a table: id, state, title, runbook, service, declared,
// last activity. A thin adapter over incident::summarizeIncidents().
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, State, Title, Runbook, Service, Declared, LastActivity, HereNow, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1, OpenRole };

    explicit IncidentListModel(QObject *parent = nullptr);

    void setIncidents(const QList<incident::IncidentSummary> &incidents);
    const incident::IncidentSummary *incident(int row) const;
    int openCount() const;
    // Team mode: the names on each incident now (Here now column), by incident id.
    void setPresence(const QHash<qint64, QStringList> &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<incident::IncidentSummary> m_incidents;
    QHash<qint64, QStringList> m_presence;
};

// "rolling back", "outcome unknown — look first", "aborted (abandoned: drill)": a state
// as the list and the resume question say it.
QString describeState(const incident::IncidentSummary &incident);
// A time as the list shows it: today's without a date, older ones with it.
QString shortWhen(qint64 ms);

} // namespace rollcage::gui
