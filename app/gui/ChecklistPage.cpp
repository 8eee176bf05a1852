#include "gui/ChecklistPage.h"

#include "gui/Feedback.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace rollcage::gui {

ChecklistPage::ChecklistPage(const QString &intro, const QString &continueText,
                             QList<runbook::ChecklistPhase> phases, QWidget *parent)
    : QWidget(parent)
    , m_model(new ChecklistModel(std::move(phases), this))
    , m_view(new QTreeView(this))
    , m_status(new QLabel(this))
    , m_tick(new QPushButton(tr("&Tick"), this))
    , m_waive(new QPushButton(tr("&Waive…"), this))
    , m_continue(new QPushButton(continueText, this))
{
    auto *layout = new QVBoxLayout(this);
    auto *introLabel = new QLabel(intro, this);
    introLabel->setWordWrap(true);
    layout->addWidget(introLabel);
    m_view->setModel(m_model);
    m_view->header()->hide();
    m_view->setAccessibleName(tr("Checklist"));
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    layout->addWidget(m_view, 1);
    auto *buttons = new QHBoxLayout;
    m_tick->setToolTip(tr("Tick the selected item (Space)"));
    m_waive->setToolTip(tr("Pass the selected item without doing it; a reason is required"));
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_tick);
    buttons->addWidget(m_waive);
    buttons->addWidget(m_continue);
    layout->addLayout(buttons);
    m_status->setWordWrap(true);

    connect(m_model, &ChecklistModel::tickRequested, this, &ChecklistPage::tickRequested);
    connect(m_tick, &QPushButton::clicked, this, [this] {
        m_model->setData(m_view->currentIndex(), Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_waive, &QPushButton::clicked, this, &ChecklistPage::waiveCurrent);
    connect(m_continue, &QPushButton::clicked, this, &ChecklistPage::continueRequested);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ChecklistPage::updateState);
    updateState();
}

void ChecklistPage::setRunbook(const runbook::Runbook &runbook)
{
    m_model->setRunbook(runbook);
    m_view->expandAll();
    // Start where the work is: the first open item.
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_view->setCurrentIndex(first);
    updateState();
}

void ChecklistPage::setMarks(const QList<incident::ChecklistMark> &marks)
{
    m_model->setMarks(marks);
    updateState();
}

void ChecklistPage::waiveCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!m_model->isItem(current) || m_model->mark(current))
        return;
    const QString checklist = m_model->checklistTitle(current);
    const QString item = m_model->itemText(current);
    askForText(this, tr("Waive checklist item"),
               tr("Why is “%1” passed without being done?\nThe reason is recorded in the incident.").arg(item),
               [this, checklist, item](const QString &reason) {
                   if (!reason.isEmpty())
                       Q_EMIT waiveRequested(checklist, item, reason);
               });
}

void ChecklistPage::updateState()
{
    const int open = m_model->openItems();
    const QModelIndex current = m_view->currentIndex();
    const bool actionable = m_model->isItem(current) && !m_model->mark(current);
    m_tick->setEnabled(actionable);
    m_waive->setEnabled(actionable);
    m_continue->setEnabled(open == 0);
    m_continue->setDefault(open == 0);
    if (m_model->rowCount() == 0)
        m_status->setText(tr("The runbook has no checklist for this phase."));
    else if (open == 0)
        m_status->setText(tr("Every item is ticked or waived."));
    else
        m_status->setText(tr("%n item(s) still open: each must be ticked or waived before you go on.", nullptr, open));
}

} // namespace rollcage::gui
