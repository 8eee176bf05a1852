#include "gui/AssessPage.h"

#include "gui/RunbookTableModels.h"
#include "ui_AssessPage.h"

#include <QHeaderView>
#include <QTimer>

#include <algorithm>

namespace rollcage::gui {

QString approachName(AssessChoice::Approach approach)
{
    switch (approach) {
    case AssessChoice::Approach::Rollback:
        return QStringLiteral("rollback");
    case AssessChoice::Approach::Hotfix:
        return QStringLiteral("hotfix");
    case AssessChoice::Approach::FixForward:
        return QStringLiteral("fix forward");
    }
    return {};
}

namespace {
// Tall enough for every row (a decision matrix has a handful), never taller: the
// decision below must stay on screen at 1366×768.
void fitRows(QTableView *view)
{
    int height = view->horizontalHeader()->height() + 2 * view->frameWidth() + 2;
    for (int row = 0; row < view->model()->rowCount(); ++row)
        height += view->rowHeight(row);
    view->setMinimumHeight(std::min(height, 260));
    view->setMaximumHeight(height);
}
} // namespace

AssessPage::AssessPage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::AssessPage>())
    , m_decisions(new DecisionModel(this))
    , m_triggers(new TriggerModel(this))
{
    m_ui->setupUi(this);
    m_ui->decisionsView->setModel(m_decisions);
    m_ui->triggersView->setModel(m_triggers);
    for (QTableView *view : {m_ui->decisionsView, m_ui->triggersView}) {
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
        view->verticalHeader()->hide();
        // Row heights follow the columns' real widths (measured before the page was laid
        // out, one-line rows came out three lines tall), and the table its rows.
        view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        connect(view->horizontalHeader(), &QHeaderView::sectionResized, this,
                [this, view] { QTimer::singleShot(0, this, [view] { fitRows(view); }); });
    }
    connect(m_ui->decisionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AssessPage::updateDetails);
    connect(m_ui->justificationEdit, &QPlainTextEdit::textChanged, this, &AssessPage::updateDetails);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &AssessPage::record);
    updateDetails();
}

AssessPage::~AssessPage() = default;


void AssessPage::setRunbook(const runbook::Runbook &runbook)
{
    m_decisions->setDecisions(runbook.decisions);
    m_triggers->setTriggers(runbook.triggers);
    const bool matrix = !runbook.decisions.isEmpty();
    m_ui->triggersLabel->setVisible(!runbook.triggers.isEmpty());
    m_ui->triggersView->setVisible(!runbook.triggers.isEmpty());
    m_ui->decisionsView->setVisible(matrix);
    // "Pick the row of the decision matrix" would contradict the line that says there is none.
    m_ui->introLabel->setVisible(matrix);
    // Without a matrix there is no row to choose: the page asks for the situation instead.
    for (QWidget *w : {static_cast<QWidget *>(m_ui->chosenLabel), static_cast<QWidget *>(m_ui->chosenValue),
                       static_cast<QWidget *>(m_ui->severityLabel), static_cast<QWidget *>(m_ui->severityValue),
                       static_cast<QWidget *>(m_ui->deadlineLabel), static_cast<QWidget *>(m_ui->deadlineValue)})
        w->setVisible(matrix);
    m_ui->decisionsLabel->setText(matrix ? tr("&Decision matrix")
                                         : tr("This runbook has no decision matrix. Choose the approach below "
                                              "and write what you see and why — it goes into the incident record."));
    m_ui->decisionsLabel->setWordWrap(true);
    if (!matrix && runbook.triggers.isEmpty())
        m_ui->tablesPane->setMaximumHeight(m_ui->decisionsLabel->sizeHint().height() * 3);
    fitRows(m_ui->decisionsView);
    fitRows(m_ui->triggersView);
    updateDetails();
    if (!matrix)
        m_ui->justificationEdit->setFocus();
}

void AssessPage::focusStart()
{
    if (m_ui->decisionsView->isVisibleTo(this))
        m_ui->decisionsView->setFocus(Qt::OtherFocusReason);
    else
        m_ui->justificationEdit->setFocus(Qt::OtherFocusReason);
}

void AssessPage::selectDecision(int row)
{
    m_ui->decisionsView->selectRow(row);
    m_ui->decisionsView->setCurrentIndex(m_decisions->index(row, 0));
}

void AssessPage::setJustification(const QString &text) { m_ui->justificationEdit->setPlainText(text); }

void AssessPage::setApproach(AssessChoice::Approach approach)
{
    switch (approach) {
    case AssessChoice::Approach::Rollback:
        m_ui->rollbackRadio->setChecked(true);
        break;
    case AssessChoice::Approach::Hotfix:
        m_ui->hotfixRadio->setChecked(true);
        break;
    case AssessChoice::Approach::FixForward:
        m_ui->fixForwardRadio->setChecked(true);
        break;
    }
}

bool AssessPage::canRecord() const
{
    const bool haveRow = m_decisions->rowCount() == 0 || m_ui->decisionsView->currentIndex().isValid();
    return haveRow && !m_ui->justificationEdit->toPlainText().trimmed().isEmpty();
}

void AssessPage::updateDetails()
{
    const QModelIndex current = m_ui->decisionsView->currentIndex();
    if (current.isValid()) {
        const runbook::Decision &d = m_decisions->decision(current.row());
        m_ui->chosenValue->setText(d.scenario);
        m_ui->severityValue->setText(tr("%1 — %2").arg(d.severity, d.action));
        m_ui->deadlineValue->setText(d.deadlineMinutes
                                         ? tr("%1 (countdown of %n minute(s) starts when recorded)",
                                              nullptr, *d.deadlineMinutes)
                                               .arg(d.deadlineText)
                                         : d.deadlineText);
        // The matrix already says what to do; the radio follows it unless changed.
        if (d.action.contains(QLatin1String("fix forward"), Qt::CaseInsensitive))
            m_ui->fixForwardRadio->setChecked(true);
    }
    const bool ready = canRecord();
    m_ui->recordButton->setEnabled(ready);
    m_ui->recordButton->setDefault(ready);
    m_ui->hintLabel->setText(ready ? tr("Ctrl+Enter records it.")
                             : current.isValid() || m_decisions->rowCount() == 0
                                 ? tr("A justification is required.")
                                 : tr("Choose the scenario that matches (click a row, or Tab to the matrix and use the arrows)."));
    if (!current.isValid() && m_decisions->rowCount() > 0)
        m_ui->chosenValue->setText(tr("Choose a row above."));
}

bool AssessPage::record()
{
    if (!canRecord())
        return false;
    AssessChoice choice;
    const QModelIndex current = m_ui->decisionsView->currentIndex();
    if (current.isValid()) {
        choice.decisionRow = current.row();
        choice.decision = m_decisions->decision(current.row());
    }
    const QModelIndex trigger = m_ui->triggersView->currentIndex();
    if (trigger.isValid())
        choice.trigger = m_triggers->trigger(trigger.row());
    choice.approach = m_ui->fixForwardRadio->isChecked() ? AssessChoice::Approach::FixForward
                      : m_ui->hotfixRadio->isChecked()   ? AssessChoice::Approach::Hotfix
                                                         : AssessChoice::Approach::Rollback;
    choice.justification = m_ui->justificationEdit->toPlainText().trimmed();
    Q_EMIT decisionRecorded(choice);
    return true;
}

} // namespace rollcage::gui
