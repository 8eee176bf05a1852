#pragma once

#include "incident/Team.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace rollcage::gui {

// Who is on the incident (team mode): one row per console from the team view the
// TeamSession keeps — the name, their role, where they are (a page or a step) and since when; a
// console that stopped answering stays listed, marked, until its row is cleared, so a
// claim it left can be understood. A thin adapter: the view is the core's.
class PresenceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Duty, Where, Since, ColumnCount }; // Duty: commander, operator, observer
    enum Role { AliveRole = Qt::UserRole + 1, OwnRole };

    explicit PresenceModel(QObject *parent = nullptr);

    // `ownConsole` is this console's id: its row says "(you)".
    void setView(const incident::TeamView &view, const QString &ownConsole);
    // How many are here and answering, this console included.
    int aliveCount() const;
    // "Commander", "Operator", "Observer" for the stored role (translated).
    static QString roleName(const QString &role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<incident::Presence> m_rows;
    QStringList m_since; // each row's sinceMs as shown
    qint64 m_nowMs = 0;
    QString m_own;
};

} // namespace rollcage::gui
