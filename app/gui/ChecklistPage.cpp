#include "gui/ChecklistPage.h"

#include "gui/Feedback.h"
#include "ui_ChecklistPage.h"

namespace rollcage::gui {

ChecklistPage::ChecklistPage(const QString &intro, const QString &continueText,
                             QList<runbook::ChecklistPhase> phases, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPage>())
    , m_model(new ChecklistModel(std::move(phases), this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    m_ui->continueButton->setText(continueText);
    m_ui->checklistView->setModel(m_model);

    connect(m_model, &ChecklistModel::tickRequested, this, &ChecklistPage::tickRequested);
    connect(m_ui->tickButton, &QPushButton::clicked, this, [this] {
        m_model->setData(m_ui->checklistView->currentIndex(), Qt::Checked, Qt::CheckStateRole);
    });
    connect(m_ui->waiveButton, &QPushButton::clicked, this, &ChecklistPage::waiveCurrent);
    connect(m_ui->continueButton, &QPushButton::clicked, this, &ChecklistPage::continueRequested);
    connect(m_ui->checklistView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ChecklistPage::updateState);
    updateState();
}

ChecklistPage::~ChecklistPage() = default;

QTreeView *ChecklistPage::view() const { return m_ui->checklistView; }

void ChecklistPage::setRunbook(const runbook::Runbook &runbook)
{
    m_model->setRunbook(runbook);
    m_ui->checklistView->expandAll();
    // Start where the work is: the first open item.
    const QModelIndex first = m_model->index(0, 0, m_model->index(0, 0));
    if (first.isValid())
        m_ui->checklistView->setCurrentIndex(first);
    updateState();
}

void ChecklistPage::setMarks(const QList<incident::ChecklistMark> &marks)
{
    m_model->setMarks(marks);
    updateState();
}

void ChecklistPage::waiveCurrent()
{
    const QModelIndex current = m_ui->checklistView->currentIndex();
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
    const QModelIndex current = m_ui->checklistView->currentIndex();
    const bool actionable = m_model->isItem(current) && !m_model->mark(current);
    m_ui->tickButton->setEnabled(actionable);
    m_ui->waiveButton->setEnabled(actionable);
    m_ui->continueButton->setEnabled(open == 0);
    m_ui->continueButton->setDefault(open == 0);
    if (m_model->rowCount() == 0)
        m_ui->statusLabel->setText(tr("The runbook has no checklist for this phase."));
    else if (open == 0)
        m_ui->statusLabel->setText(tr("Every item is ticked or waived."));
    else
        m_ui->statusLabel->setText(open == 1 ? tr("1 item still open: tick or waive it before you go on.")
                                             : tr("%1 items still open: each must be ticked or waived before you go on.").arg(open));
}

} // namespace rollcage::gui
