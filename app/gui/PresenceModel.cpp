#include "gui/PresenceModel.h"

#include "gui/IncidentListModel.h"
#include "gui/Palette.h"

#include <QBrush>
#include <QFont>

#include <algorithm>

namespace rollcage::gui {

PresenceModel::PresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PresenceModel::setView(const incident::TeamView &view, const QString &ownConsole)
{
    QList<incident::Presence> rows = view.consoles;
    // Oneself first, then whoever came first: the list does not reshuffle at each beat.
    std::stable_sort(rows.begin(), rows.end(),
                     [&ownConsole](const incident::Presence &a, const incident::Presence &b) {
                         return (a.console == ownConsole) > (b.console == ownConsole);
                     });
    const bool sameRows = rows.size() == m_rows.size() &&
                          std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
                                     [](const incident::Presence &a, const incident::Presence &b) {
                                         return a.console == b.console;
                                     });
    if (sameRows && ownConsole == m_own) {
        // A heartbeat or a move: the same people, so the selection stays where it was.
        m_rows = rows;
        m_nowMs = view.nowMs;
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_nowMs = view.nowMs;
    m_own = ownConsole;
    endResetModel();
}

int PresenceModel::aliveCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [this](const incident::Presence &p) {
        return p.expiresMs > m_nowMs;
    }));
}

int PresenceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PresenceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString PresenceModel::roleName(const QString &role)
{
    if (role == QLatin1String("commander"))
        return tr("Commander");
    if (role == QLatin1String("observer"))
        return tr("Observer");
    return tr("Operator");
}

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const incident::Presence &p = m_rows.at(index.row());
    const bool alive = p.expiresMs > m_nowMs;
    const bool own = p.console == m_own;
    switch (role) {
    case AliveRole:
        return alive;
    case OwnRole:
        return own;
    case Qt::ForegroundRole:
        return alive ? QVariant() : QVariant(QBrush(toneColor(Tone::Muted)));
    case Qt::FontRole:
        if (own || !alive) {
            QFont font;
            font.setBold(own);
            font.setItalic(!alive);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return alive ? tr("%1, %2, here since %3; last heard from at %4")
                           .arg(p.operatorName, roleName(p.role).toLower(), shortWhen(p.sinceMs),
                                shortWhen(p.seenMs))
                     : tr("%1's console stopped answering; last heard from at %2. A step it "
                          "held can be taken over.")
                           .arg(p.operatorName, shortWhen(p.seenMs));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return own ? tr("%1 (you)").arg(p.operatorName) : p.operatorName;
    case Duty:
        return roleName(p.role);
    case Where:
        if (!alive)
            return tr("not answering");
        return p.location.isEmpty() ? tr("joining") : p.location;
    case Since:
        return shortWhen(p.sinceMs);
    default:
        return {};
    }
}

QVariant PresenceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Who");
    case Duty:
        return tr("Role");
    case Where:
        return tr("Where");
    case Since:
        return tr("Since");
    default:
        return {};
    }
}

} // namespace rollcage::gui
