#pragma once

#include "runbook/Runbook.h"

#include <QAbstractListModel>
#include <QColor>
#include <QIcon>

#include <optional>

namespace rollcage::gui {

// The runbook's escalation levels as a list, marking the levels already called in this
// incident, the one to call next, and those whose time has come (due) but nobody called.
// When the runbook keeps several lists (in-house, vendor), a heading row names each before
// its levels; heading rows cannot be selected.
// The levels come from the runbook and never change; what was called comes from the
// journal through setCalled().
class EscalationModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        LevelRole = Qt::UserRole + 1,
        WhoRole,
        ReachedRole,
        HeadingRole,
        GroupRole,
        NextRole,
        DueRole
    };
    using QAbstractListModel::QAbstractListModel;

    void setLevels(const QList<runbook::EscalationLevel> &levels);
    // The levels called, as the journal lists them (IncidentState::escalatedLevels).
    void setCalled(const QList<int> &levels);
    // For a journal that knows only the highest level: every level up to it counts as called.
    void setReached(int level);
    int reached() const; // the highest level called; 0 when none
    // The level to call next: the first one above the highest called; 0 when none is left.
    int nextLevel() const;
    // How long the incident has lasted (from its declaration); none when no incident is
    // open, so nothing is due. A level is due once the incident is as old as its
    // afterMinutes, until it or a later level of its own list is called.
    void setIncidentAge(std::optional<qint64> ms);
    bool isDue(int level) const;
    QList<int> dueLevels() const; // ascending
    // The incident age (ms) at which the next level falls due; none when no more will.
    std::optional<qint64> nextDueAt() const;
    int rowOfLevel(int level) const; // -1 when the runbook has no such level
    bool isHeading(int row) const;
    bool showsGroups() const;
    // The level on `row`, which must not be a heading row.
    const runbook::EscalationLevel &level(int row) const;
    const runbook::EscalationLevel *findLevel(int level) const;

    // How a due level looks, in the list and beside the panel's due line.
    static QIcon dueIcon();
    static QColor dueColor();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        int level = 0; // index into m_levels
        bool heading = false;
    };
    bool isCalled(int level) const;
    // Called, or passed over: a later level of the same list was called.
    bool isSettled(int index) const;
    void apply(const QList<int> &called);
    void updateDue();

    QList<runbook::EscalationLevel> m_levels;
    QList<Row> m_rows;
    QList<int> m_called;
    std::optional<qint64> m_age;
    QList<int> m_due;
};

} // namespace rollcage::gui
