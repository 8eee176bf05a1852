#pragma once

#include "incident/IncidentState.h"
#include "runbook/Runbook.h"

#include <QAbstractItemModel>

namespace rollcage::gui {

// The runbook's checklists of some phases (e.g. pre-rollback) as a two-level tree:
// checklist → items, each item checkable. Ticks and waivers are never stored here: a
// tick (or untick) request goes out by signal, the journal records it, and setMarks()
// brings the result back in — so what is shown is always what was recorded. A waived
// item reads differently from a ticked one: a warning sign, "Waived:", in italics.
class ChecklistModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit ChecklistModel(QList<runbook::ChecklistPhase> phases, QObject *parent = nullptr);

    void setRunbook(const runbook::Runbook &runbook);
    void setMarks(const QList<incident::ChecklistMark> &marks);

    // Every item ticked or waived (an empty set of checklists counts as done).
    bool allSettled() const;
    int openItems() const;
    bool isItem(const QModelIndex &index) const;
    QString checklistTitle(const QModelIndex &index) const;
    QString itemText(const QModelIndex &index) const;
    const incident::ChecklistMark *mark(const QModelIndex &index) const;
    // The first item without a mark after `from` (wrapping round), or an invalid index.
    QModelIndex nextOpenItem(const QModelIndex &from = {}) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

Q_SIGNALS:
    void tickRequested(const QString &checklist, const QString &item);
    void untickRequested(const QString &checklist, const QString &item);

private:
    QList<runbook::ChecklistPhase> m_phases;
    QList<runbook::Checklist> m_checklists;
    QList<incident::ChecklistMark> m_marks;
};

} // namespace rollcage::gui
