#include "gui/ChecklistModel.h"

#include "gui/DisplayText.h"

#include <QApplication>
#include <QDateTime>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace rollcage::gui {

namespace {
// Internal ids: 0 for a checklist row, checklist index + 1 for its items.
constexpr quintptr kTopLevel = 0;
} // namespace

ChecklistModel::ChecklistModel(QList<runbook::ChecklistPhase> phases, QObject *parent)
    : QAbstractItemModel(parent)
    , m_phases(std::move(phases))
{
}

void ChecklistModel::setRunbook(const runbook::Runbook &runbook)
{
    beginResetModel();
    m_checklists.clear();
    for (const runbook::Checklist &c : runbook.checklists) {
        if (m_phases.contains(c.phase) && !c.items.isEmpty())
            m_checklists.append(c);
    }
    endResetModel();
}

void ChecklistModel::setMarks(const QList<incident::ChecklistMark> &marks)
{
    m_marks = marks;
    for (int c = 0; c < m_checklists.size(); ++c) {
        const QModelIndex parentIndex = index(c, 0);
        const int items = int(m_checklists.at(c).items.size());
        Q_EMIT dataChanged(parentIndex, parentIndex);
        Q_EMIT dataChanged(index(0, 0, parentIndex), index(items - 1, 0, parentIndex));
    }
}

const incident::ChecklistMark *ChecklistModel::mark(const QModelIndex &index) const
{
    if (!isItem(index))
        return nullptr;
    const QString list = checklistTitle(index);
    const QString item = itemText(index);
    // The latest mark wins: a waiver may follow a tick, or the other way round.
    for (auto it = m_marks.crbegin(); it != m_marks.crend(); ++it) {
        if (it->checklist == list && it->item == item)
            return &*it;
    }
    return nullptr;
}

bool ChecklistModel::allSettled() const { return openItems() == 0; }

QModelIndex ChecklistModel::nextOpenItem(const QModelIndex &from) const
{
    QList<QModelIndex> items;
    for (int c = 0; c < m_checklists.size(); ++c) {
        for (int i = 0; i < m_checklists.at(c).items.size(); ++i)
            items << index(i, 0, index(c, 0));
    }
    const qsizetype start = from.isValid() ? items.indexOf(from) + 1 : 0;
    for (qsizetype k = 0; k < items.size(); ++k) {
        const QModelIndex candidate = items.at((start + k) % items.size());
        if (!mark(candidate))
            return candidate;
    }
    return {};
}

int ChecklistModel::openItems() const
{
    int open = 0;
    for (int c = 0; c < m_checklists.size(); ++c) {
        for (int i = 0; i < m_checklists.at(c).items.size(); ++i) {
            if (!mark(index(i, 0, index(c, 0))))
                ++open;
        }
    }
    return open;
}

bool ChecklistModel::isItem(const QModelIndex &index) const
{
    return index.isValid() && index.internalId() != kTopLevel;
}

QString ChecklistModel::checklistTitle(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    const qsizetype c = isItem(index) ? qsizetype(index.internalId() - 1) : index.row();
    return m_checklists.at(c).title;
}

QString ChecklistModel::itemText(const QModelIndex &index) const
{
    if (!isItem(index))
        return {};
    return m_checklists.at(qsizetype(index.internalId() - 1)).items.at(index.row()).text;
}

QModelIndex ChecklistModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kTopLevel);
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChecklistModel::parent(const QModelIndex &child) const
{
    if (!isItem(child))
        return {};
    return createIndex(int(child.internalId() - 1), 0, kTopLevel);
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_checklists.size());
    if (isItem(parent) || parent.column() != 0)
        return 0;
    return int(m_checklists.at(parent.row()).items.size());
}

int ChecklistModel::columnCount(const QModelIndex &) const { return 1; }

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (!isItem(index)) {
        if (role == Qt::DisplayRole)
            return plainInline(checklistTitle(index));
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    }
    const incident::ChecklistMark *m = mark(index);
    const QString text = plainInline(itemText(index));
    switch (role) {
    case Qt::DisplayRole: {
        if (!m)
            return text;
        const QString when = QLocale::system().toString(
            QDateTime::fromMSecsSinceEpoch(m->atMs).toLocalTime().time(), QLocale::ShortFormat);
        if (m->waived)
            return tr("Waived: %1 — by %2 at %3, because: %4").arg(text, m->by, when, m->reason);
        const QString ticked = tr("%1 — ticked by %2 at %3").arg(text, m->by, when);
        // Two people at once: one tick, and who else ticked it, so nobody wonders.
        return m->alsoBy.isEmpty()
                   ? ticked
                   : tr("%1 (%2 ticked it too)").arg(ticked, m->alsoBy.join(QLatin1String(", ")));
    }
    case Qt::CheckStateRole:
        // A waiver is not a tick: its box stays empty, the sign and the words say waived.
        return m && !m->waived ? Qt::Checked : Qt::Unchecked;
    case Qt::DecorationRole:
        return m && m->waived ? QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning) : QVariant();
    case Qt::FontRole: {
        if (!m || !m->waived)
            return {};
        QFont italic;
        italic.setItalic(true);
        return italic;
    }
    case Qt::ToolTipRole:
        return m && m->waived ? tr("Waived: %1").arg(m->reason)
               : m            ? tr("Ticked; untick it (Space) if that was a mistake — the untick is recorded too.")
                              : text;
    default:
        return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    if (!isItem(index))
        return index.isValid() ? Qt::ItemIsEnabled : Qt::NoItemFlags;
    // A tick can be taken back: the untick is a new event, the tick stays in the journal.
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !isItem(index))
        return false;
    const bool tick = value.value<Qt::CheckState>() == Qt::Checked;
    const incident::ChecklistMark *m = mark(index);
    if (tick && !m)
        Q_EMIT tickRequested(checklistTitle(index), itemText(index));
    else if (!tick && m)
        Q_EMIT untickRequested(checklistTitle(index), itemText(index));
    else if (tick && m && m->waived)
        Q_EMIT tickRequested(checklistTitle(index), itemText(index)); // done after all
    return false; // the journal decides; setMarks() shows the result
}

} // namespace rollcage::gui
