#pragma once

#include "core/HealthCheck.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace rollcage::health {
class HealthSession;
}

namespace rollcage::gui {

// One row per health check of the incident: its name, the last answer, and the recent
// history the delegate draws as dots and a latency sparkline.
class HealthModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Check, Last, History, Latency, ColumnCount };
    // The check's recent results, oldest first (QList<health::HealthResult>).
    static constexpr int HistoryRole = Qt::UserRole + 1;
    // Whether an alert currently holds for the check (bool).
    static constexpr int AlertRole = Qt::UserRole + 2;

    explicit HealthModel(QObject *parent = nullptr);

    void setSession(health::HealthSession *session);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void reload();
    void onResult(const health::HealthResult &result);
    int rowOf(const QString &check) const;
    void touch(const QString &check);

    QPointer<health::HealthSession> m_session;
    QList<health::HealthCheckSpec> m_checks;
    QHash<QString, QStringList> m_alerts; // check -> rules alerting
};

} // namespace rollcage::gui
