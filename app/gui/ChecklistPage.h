#pragma once

#include "gui/ChecklistModel.h"

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
    ChecklistPage(const QString &intro, const QString &continueText,
                  QList<runbook::ChecklistPhase> phases, QWidget *parent = nullptr);
    ~ChecklistPage() override;

    ChecklistModel *model() const { return m_model; }
    QTreeView *view() const;
    void setRunbook(const runbook::Runbook &runbook);
    void setMarks(const QList<incident::ChecklistMark> &marks);
    bool allSettled() const { return m_model->allSettled(); }

    // Starts a waiver of the current item: asks for the reason (non-modal).
    void waiveCurrent();

Q_SIGNALS:
    void tickRequested(const QString &checklist, const QString &item);
    void waiveRequested(const QString &checklist, const QString &item, const QString &reason);
    void continueRequested();

private:
    void updateState();

    std::unique_ptr<Ui::ChecklistPage> m_ui;
    ChecklistModel *m_model;
};

} // namespace rollcage::gui
