#include "gui/PresenceModel.h"

#include "gui/IncidentListModel.h"
#include "gui/Palette.h"

#include <QBrush>
#include <QFont>

#include <algorithm>
#include <utility>

namespace rollcage::gui {

PresenceModel::PresenceModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PresenceModel::setView(const incident::TeamView &view, const QString &ownConsole)
{
    QList<incident::Presence> rows = view.consoles;
    // Kept as the list shows it: a claim makes "running step 3" (see whereIs).
    for (incident::Presence &p : rows)
        p.location = incident::whereIs(view, p);
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
        // A heartbeat or a move: the same people, so the selection stays where it was. Only
        // the rows that look different are said to have changed: every console reads the
        // list at each notification, and a list told that all its cells changed measures
        // them all again (ResizeToContents) while a step is starting.
        const QList<incident::Presence> before = std::exchange(m_rows, rows);
        const qint64 nowBefore = std::exchange(m_nowMs, view.nowMs);
        for (int row = 0; row < m_rows.size(); ++row) {
            const incident::Presence &was = before.at(row);
            const incident::Presence &is = m_rows.at(row);
            if (is.sinceMs != was.sinceMs)
                m_since[row] = shortWhen(is.sinceMs);
            // The last beat (seenMs) is only in the tooltip, read when it is shown.
            if (is.operatorName != was.operatorName || is.role != was.role ||
                is.location != was.location || is.sinceMs != was.sinceMs ||
                (is.expiresMs > m_nowMs) != (was.expiresMs > nowBefore))
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_nowMs = view.nowMs;
    m_own = ownConsole;
    // Formatted once per row: a local time costs a look at the time zone each time.
    m_since.clear();
    for (const incident::Presence &p : std::as_const(m_rows))
        m_since.append(shortWhen(p.sinceMs));
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
                           .arg(p.operatorName, roleName(p.role).toLower(), m_since.at(index.row()),
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
        return m_since.at(index.row());
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
