#pragma once

#include "gui/ChecklistModel.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QTreeView;

namespace Ui {
class ChecklistPage;
}

namespace rollcage::gui {

// Prepare (pre-rollback) or Verify (post-rollback and validation): every item must be
// ticked, or waived with a written reason, before the page lets the incident go on.
class ChecklistPage : public QWidget
{
    Q_OBJECT
public:
    // `emptyText` is what the page says when the runbook has no checklist for it.
    ChecklistPage(const QString &intro, const QString &continueText, const QString &emptyText,
                  QList<runbook::ChecklistPhase> phases, QWidget *parent = nullptr);
    ~ChecklistPage() override;

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const;
    void setRunbook(const runbook::Runbook &runbook);
    void setMarks(const QList<incident::ChecklistMark> &marks);
    bool allSettled() const { return m_model->allSettled(); }

    // Starts a waiver of the current item: asks for the reason (non-modal).
    void waiveCurrent();
    // Ticks the current item, or takes its tick or waiver back.
    void toggleCurrent();
    // Ctrl+Enter: continue once every item is settled; otherwise go to the first open
    // item and say how many are open. False when it did not continue.
    bool nextAction();
    QString statusText() const;
    // Why nothing can be ticked or waived now (a shared store away, an observer's role),
    // empty when it can: the buttons are off with that reason, and the line says it — in
    // red when it is a `problem` (the store away), plainly for a role. `line`, when given,
    // is what the line says instead (the banner already says a store away in full).
    void setRefusal(const QString &why, bool problem = true, const QString &line = QString());

Q_SIGNALS:
    void tickRequested(const QString &checklist, const QString &item);
    void waiveRequested(const QString &checklist, const QString &item, const QString &reason);
    void untickRequested(const QString &checklist, const QString &item);
    void continueRequested();

private:
    void updateState();
    // After a tick or waiver: on to the next open item, keyboard focus in the list.
    void moveToNextOpen(const QModelIndex &from);

    std::unique_ptr<Ui::ChecklistPage> m_ui;
    ChecklistModel *m_model;
    QString m_refusal;
    bool m_refusalIsProblem = true;
    QString m_refusalLine; // said instead of m_refusal, when set
    QString m_notRecorded; // the last tick or waiver refused, until that item is marked
    QPair<QString, QString> m_notRecordedItem;
    // A waiver's reason the journal did not take, by checklist and item: offered again
    // when that item is waived next, rather than typed twice.
    QHash<QPair<QString, QString>, QString> m_unsentReasons;
};

} // namespace rollcage::gui
