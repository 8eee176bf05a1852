#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

class IncidentListModel;

// Incident → Incidents…: every incident of the store with its state, runbook, service,
// when it was declared and last touched. Open (or resume) one; end an unfinished one that
// is not worked on here: abandon it with a reason, or close it as resolved with a note
// (both journalled).
class IncidentListDialog : public QDialog
{
    Q_OBJECT
public:
    IncidentListDialog(incident::IncidentStore *store, QWidget *parent = nullptr);
    ~IncidentListDialog() override;

    // Reads the store again; false (and the reason shown) when it cannot.
    bool reload();
    void setOnlyUnfinished(bool only);
    IncidentListModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    // Selects the incident with this id, if listed.
    bool select(qint64 id);
    qint64 selectedId() const;
    // Abandons the selected incident with `reason` (what the Abandon… button asks).
    bool abandonSelected(const QString &reason);
    // Closes the selected incident as resolved with `note` (what Close as resolved… asks).
    bool closeSelected(const QString &note);
    QString message() const;
    // The incident open in the window: it is closed there first, not abandoned from here.
    void setCurrentIncident(qint64 id);
    // Incident → Join… on a shared store: only the unfinished incidents, who is on each,
    // kept up to date as incidents are declared; the one chosen is joined, nothing ended.
    void setJoinMode();
    bool isJoinMode() const { return m_join; }
    // Join mode: the role chosen to join the selected incident as (commander, operator,
    // observer). Operator unless chosen; commander offered only when nobody here has
    // command (incident::mayJoinAs), the one who has it named otherwise.
    QString joinRole() const;
    QComboBox *roleChoice() const { return m_role; }

Q_SIGNALS:
    void openRequested(qint64 id);

private:
    void updateButtons();
    void updateRoleChoice();
    void openSelected();
    bool endSelected(bool resolved, const QString &text);

    incident::IncidentStore *m_store;
    IncidentListModel *m_model;
    QSortFilterProxyModel *m_filter;
    QTreeView *m_view;
    QCheckBox *m_onlyOpen;
    QLabel *m_message;
    QPushButton *m_open;
    QPushButton *m_abandon;
    QPushButton *m_close;
    QComboBox *m_role = nullptr; // join mode
    QLabel *m_roleNote = nullptr;
    qint64 m_current = 0;
    bool m_join = false;
    bool m_subscribed = false; // to the new-incidents channel, in join mode
};

} // namespace rollcage::gui
