#include "gui/EscalationModel.h"

#include "gui/Palette.h"

#include <QApplication>
#include <QFont>
#include <QGuiApplication>
#include <QIcon>
#include <QPalette>
#include <QStyle>

#include <algorithm>
#include <utility>

namespace rollcage::gui {

QIcon EscalationModel::dueIcon()
{
    // The style's own warning sign: drawn for light and dark palettes alike.
    return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
}

// Amber, dark on a light base and light on a dark one, so the text keeps its contrast.
QColor EscalationModel::dueColor()
{
    return toneColor(Tone::Warning);
}

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
    m_due.clear();
    endResetModel();
    updateDue();
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
    m_due.clear(); // every row changes below anyway
    updateDue();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

void EscalationModel::setIncidentAge(std::optional<qint64> ms)
{
    m_age = ms;
    updateDue();
}

bool EscalationModel::isSettled(int index) const
{
    const runbook::EscalationLevel &l = m_levels.at(index);
    for (int i = index; i < m_levels.size() && m_levels.at(i).group == l.group; ++i) {
        if (isCalled(m_levels.at(i).level))
            return true;
    }
    return false;
}

// Only rows whose due state changed are announced: the panel calls this every minute.
void EscalationModel::updateDue()
{
    QList<int> due;
    for (int i = 0; i < m_levels.size(); ++i) {
        const runbook::EscalationLevel &l = m_levels.at(i);
        if (m_age && l.afterMinutes && *m_age >= qint64(*l.afterMinutes) * 60'000 && !isSettled(i))
            due.append(l.level);
    }
    std::sort(due.begin(), due.end());
    if (due == m_due)
        return;
    const QList<int> before = std::exchange(m_due, due);
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows.at(r).heading)
            continue;
        const int level = m_levels.at(m_rows.at(r).level).level;
        if (before.contains(level) != m_due.contains(level))
            Q_EMIT dataChanged(index(r), index(r));
    }
}

bool EscalationModel::isDue(int level) const
{
    return m_due.contains(level);
}

QList<int> EscalationModel::dueLevels() const
{
    return m_due;
}

std::optional<qint64> EscalationModel::nextDueAt() const
{
    if (!m_age)
        return std::nullopt;
    std::optional<qint64> next;
    for (int i = 0; i < m_levels.size(); ++i) {
        const runbook::EscalationLevel &l = m_levels.at(i);
        if (!l.afterMinutes || isSettled(i))
            continue;
        const qint64 at = qint64(*l.afterMinutes) * 60'000;
        if (at > *m_age && (!next || at < *next))
            next = at;
    }
    return next;
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
        case DueRole:
            return false;
        default:
            return {};
        }
    }
    const bool called = isCalled(l.level);
    const bool next = l.level == nextLevel();
    const bool due = isDue(l.level);
    switch (role) {
    case Qt::DisplayRole: {
        const QString when = l.when().isEmpty() ? QString() : tr(" (%1)").arg(l.when());
        if (due)
            return tr("Level %1: %2%3 — due now").arg(l.level).arg(l.who, when);
        return called ? tr("✔ Level %1: %2%3 (called)").arg(l.level).arg(l.who, when)
                      : tr("Level %1: %2%3").arg(l.level).arg(l.who, when);
    }
    case Qt::AccessibleTextRole:
        // Screen readers hear the state, not the icon or the colour.
        if (due)
            return tr("Level %1, %2: due now, to be called %3, not called yet")
                .arg(l.level)
                .arg(l.who, l.afterText);
        return called ? tr("Level %1, %2: called").arg(l.level).arg(l.who)
                      : tr("Level %1, %2").arg(l.level).arg(l.who);
    case Qt::DecorationRole:
        if (due)
            return dueIcon();
        return {};
    case Qt::ForegroundRole:
        if (due)
            return dueColor();
        return {};
    case Qt::ToolTipRole: {
        // Where the number came from, when Rollcage numbered on past what the runbook wrote.
        // A label that only repeats the number, as the runbook or the UI words it, adds nothing.
        const bool plain = l.labelIsJustTheNumber() || l.label == tr("Level %1").arg(l.level);
        const QString written = plain ? QString() : tr("; the runbook writes \"%1\"").arg(l.label);
        if (l.group.isEmpty())
            return tr("Runbook line %1%2").arg(l.line).arg(written);
        return tr("Runbook line %1, under \"%2\"%3").arg(l.line).arg(l.group, written);
    }
    case Qt::FontRole:
        if (next || due) {
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
    case DueRole:
        return due;
    default:
        return {};
    }
}

} // namespace rollcage::gui
