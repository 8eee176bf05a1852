#include "gui/ChecklistPage.h"

#include "gui/DisplayText.h"
#include "gui/Feedback.h"
#include "ui_ChecklistPage.h"

namespace rollcage::gui {

ChecklistPage::ChecklistPage(const QString &intro, const QString &continueText, const QString &emptyText,
                             QList<runbook::ChecklistPhase> phases, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ChecklistPage>())
    , m_model(new ChecklistModel(std::move(phases), this))
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(intro);
    m_ui->emptyLabel->setText(emptyText);
    m_ui->continueButton->setText(continueText);
    m_ui->continueButton->setObjectName(QStringLiteral("continueButton"));
    m_ui->checklistView->setModel(m_model);

    connect(m_model, &ChecklistModel::tickRequested, this,
            [this](const QString &list, const QString &item) {
                if (!m_refusal.isEmpty()) { // a click on the box while the buttons are off
                    updateState();
                    return;
                }
                const QModelIndex current = m_ui->checklistView->currentIndex();
                Q_EMIT tickRequested(list, item);
                // Ticked by a click or Space: the next open item is where the work goes on.
                if (m_model->mark(current) && !m_model->mark(current)->waived) {
                    m_notRecorded.clear();
                    moveToNextOpen(current);
                } else {
                    // Refused (the store went away as it was clicked): said with the item,
                    // not only as the store's trouble.
                    m_notRecorded = tr("“%1” was not ticked.").arg(plainInline(item));
                    m_notRecordedItem = {list, item};
                    updateState();
                }
            });
    connect(m_model, &ChecklistModel::untickRequested, this,
            [this](const QString &list, const QString &item) {
                if (m_refusal.isEmpty()) // a click on a ticked box while the buttons are off
                    Q_EMIT untickRequested(list, item);
            });
    connect(m_ui->tickButton, &QPushButton::clicked, this, &ChecklistPage::toggleCurrent);
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
    const QModelIndex first = m_model->nextOpenItem();
    if (first.isValid())
        m_ui->checklistView->setCurrentIndex(first);
    updateState();
}

void ChecklistPage::setMarks(const QList<incident::ChecklistMark> &marks)
{
    m_model->setMarks(marks);
    // Marked meanwhile (from here, or from another console): what was said of a refused
    // tick or waiver, and a waiver's kept reason, no longer apply.
    for (const incident::ChecklistMark &m : marks) {
        m_unsentReasons.remove({m.checklist, m.item});
        if (m_notRecordedItem == qMakePair(m.checklist, m.item))
            m_notRecorded.clear();
    }
    updateState();
}

void ChecklistPage::moveToNextOpen(const QModelIndex &from)
{
    const QModelIndex next = m_model->nextOpenItem(from);
    if (next.isValid())
        m_ui->checklistView->setCurrentIndex(next);
    else if (m_model->allSettled())
        m_ui->continueButton->setFocus(Qt::OtherFocusReason);
    if (!m_model->allSettled())
        m_ui->checklistView->setFocus(Qt::OtherFocusReason);
    updateState();
}

void ChecklistPage::toggleCurrent()
{
    const QModelIndex current = m_ui->checklistView->currentIndex();
    if (!m_model->isItem(current))
        return;
    const incident::ChecklistMark *m = m_model->mark(current);
    m_model->setData(current, m ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
    if (m) {
        m_ui->checklistView->setFocus(Qt::OtherFocusReason);
        updateState();
    }
}

void ChecklistPage::waiveCurrent()
{
    const QModelIndex current = m_ui->checklistView->currentIndex();
    if (!m_model->isItem(current) || m_model->mark(current) || !m_refusal.isEmpty())
        return;
    const QString checklist = m_model->checklistTitle(current);
    const QString item = m_model->itemText(current);
    const QPersistentModelIndex at(current);
    askForText(
        this, tr("Waive checklist item"),
        tr("Why is “%1” passed without being done?\nThe reason is recorded in the incident.")
            .arg(plainInline(item)),
        [this, checklist, item, at](const QString &reason) {
            Q_EMIT waiveRequested(checklist, item, reason);
            if (m_model->mark(at)) {
                m_unsentReasons.remove({checklist, item});
                m_notRecorded.clear();
                moveToNextOpen(at);
                return;
            }
            // Refused (the store went away while the reason was written): the item
            // stays where it is, and the reason is kept for the next try.
            m_unsentReasons.insert({checklist, item}, reason);
            m_notRecorded =
                tr("The waiver of “%1” was not recorded; Waive… offers its reason again.")
                    .arg(plainInline(item));
            m_notRecordedItem = {checklist, item};
            updateState();
        },
        true, m_unsentReasons.value({checklist, item}));
}

bool ChecklistPage::nextAction()
{
    if (m_model->allSettled()) {
        Q_EMIT continueRequested();
        return true;
    }
    moveToNextOpen({});
    m_ui->statusLabel->setFocus();
    return false;
}

QString ChecklistPage::statusText() const { return m_ui->statusLabel->text(); }

void ChecklistPage::setRefusal(const QString &why, bool problem, const QString &line)
{
    if (why == m_refusal && problem == m_refusalIsProblem && line == m_refusalLine)
        return;
    m_refusal = why;
    m_refusalIsProblem = problem;
    m_refusalLine = line;
    updateState();
}

void ChecklistPage::updateState()
{
    const int open = m_model->openItems();
    const bool empty = m_model->rowCount() == 0;
    const QModelIndex current = m_ui->checklistView->currentIndex();
    const incident::ChecklistMark *m = m_model->isItem(current) ? m_model->mark(current) : nullptr;
    m_ui->emptyLabel->setVisible(empty);
    // "Work through the checklist" over a page that says there is none: only the latter.
    m_ui->introLabel->setVisible(!empty);
    m_ui->checklistView->setVisible(!empty);
    m_ui->tickButton->setVisible(!empty);
    m_ui->waiveButton->setVisible(!empty);
    const bool may = m_refusal.isEmpty();
    m_ui->tickButton->setEnabled(may && m_model->isItem(current));
    m_ui->tickButton->setToolTip(m_refusal);
    m_ui->waiveButton->setToolTip(m_refusal);
    m_ui->tickButton->setText(!m ? tr("&Tick") : m->waived ? tr("Withdraw &waiver") : tr("Un&tick"));
    m_ui->waiveButton->setEnabled(may && m_model->isItem(current) && !m);
    m_ui->continueButton->setEnabled(open == 0);
    m_ui->continueButton->setDefault(open == 0);
    m_ui->statusLabel->setStyleSheet(QString());
    const QString why = m_refusalLine.isEmpty() ? m_refusal : m_refusalLine;
    const QString refused =
        m_notRecorded.isEmpty() ? why : m_notRecorded + (may ? QString() : QLatin1Char(' ') + why);
    if (!empty && !refused.isEmpty() && open > 0)
        // An observer's page says why plainly: that is how it is, not a fault.
        showMessage(m_ui->statusLabel, refused, m_refusalIsProblem || !m_notRecorded.isEmpty());
    else if (empty)
        m_ui->statusLabel->setText(tr("Nothing to tick here."));
    else if (open == 0)
        m_ui->statusLabel->setText(tr("Every item is ticked or waived."));
    else
        m_ui->statusLabel->setText(open == 1 ? tr("1 item still open: tick or waive it before you go on.")
                                             : tr("%1 items still open: each must be ticked or waived before you go on.").arg(open));
}

} // namespace rollcage::gui
