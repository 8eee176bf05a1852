#include "gui/EscalationModel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace rollcage::gui {

void EscalationModel::setLevels(const QList<runbook::EscalationLevel> &levels)
{
    beginResetModel();
    m_levels = levels;
    m_rows.clear();
    // Headings only tell lists apart: a runbook with one list shows just its levels.
    QStringList groups;
    for (const runbook::EscalationLevel &l : levels) {
        if (!groups.contains(l.group))
            groups.append(l.group);
    }
    const bool headings = groups.size() > 1;
    for (int i = 0; i < levels.size(); ++i) {
        if (headings && (i == 0 || levels.at(i).group != levels.at(i - 1).group))
            m_rows.append({i, true});
        m_rows.append({i, false});
    }
    endResetModel();
}

void EscalationModel::setCalled(const QList<int> &levels)
{
    apply(levels);
}

void EscalationModel::setReached(int level)
{
    QList<int> called;
    for (const runbook::EscalationLevel &l : std::as_const(m_levels)) {
        if (l.level <= level)
            called.append(l.level);
    }
    apply(called);
}

void EscalationModel::apply(const QList<int> &called)
{
    if (called == m_called)
        return;
    m_called = called;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

bool EscalationModel::isCalled(int level) const
{
    return m_called.contains(level);
}

int EscalationModel::reached() const
{
    return m_called.isEmpty() ? 0 : *std::max_element(m_called.cbegin(), m_called.cend());
}

int EscalationModel::nextLevel() const
{
    const int highest = reached();
    for (const runbook::EscalationLevel &l : m_levels) {
        if (l.level > highest)
            return l.level;
    }
    return 0;
}

int EscalationModel::rowOfLevel(int level) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (!m_rows.at(r).heading && m_levels.at(m_rows.at(r).level).level == level)
            return r;
    }
    return -1;
}

bool EscalationModel::isHeading(int row) const
{
    return row >= 0 && row < m_rows.size() && m_rows.at(row).heading;
}

bool EscalationModel::showsGroups() const
{
    return m_rows.size() > m_levels.size();
}

const runbook::EscalationLevel &EscalationModel::level(int row) const
{
    Q_ASSERT(!isHeading(row));
    return m_levels.at(m_rows.at(row).level);
}

const runbook::EscalationLevel *EscalationModel::findLevel(int level) const
{
    const int row = rowOfLevel(level);
    return row < 0 ? nullptr : &m_levels.at(m_rows.at(row).level);
}

int EscalationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags EscalationModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    // A heading is read, never chosen: the record button always has a level to journal.
    return m_rows.at(index.row()).heading ? Qt::ItemIsEnabled
                                          : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant EscalationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const runbook::EscalationLevel &l = m_levels.at(row.level);
    if (row.heading) {
        switch (role) {
        case Qt::DisplayRole:
        case GroupRole:
            return l.group;
        case Qt::AccessibleTextRole:
            return tr("Group: %1").arg(l.group);
        case Qt::FontRole: {
            QFont f;
            f.setCapitalization(QFont::SmallCaps);
            f.setItalic(true);
            return f;
        }
        case Qt::ForegroundRole:
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        case HeadingRole:
            return true;
        case LevelRole:
            return 0;
        case ReachedRole:
        case NextRole:
            return false;
        default:
            return {};
        }
    }
    const bool called = isCalled(l.level);
    const bool next = l.level == nextLevel();
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = l.afterText.isEmpty() ? QString() : tr(" (%1)").arg(l.afterText);
        return called ? tr("✔ Level %1: %2%3 (called)").arg(l.level).arg(l.who, when)
                      : tr("Level %1: %2%3").arg(l.level).arg(l.who, when);
    }
    case Qt::ToolTipRole: {
        // Where the number came from, when Rollcage numbered on past what the runbook wrote.
        const QString written = l.label.isEmpty() || l.label == tr("Level %1").arg(l.level)
                                    ? QString()
                                    : tr("; the runbook writes \"%1\"").arg(l.label);
        if (l.group.isEmpty())
            return tr("Runbook line %1%2").arg(l.line).arg(written);
        return tr("Runbook line %1, under \"%2\"%3").arg(l.line).arg(l.group, written);
    }
    case Qt::FontRole:
        if (next) {
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
        return called;
    case HeadingRole:
        return false;
    case GroupRole:
        return l.group;
    case NextRole:
        return next;
    default:
        return {};
    }
}

} // namespace rollcage::gui
