#include "gui/AssessPage.h"

#include "gui/RunbookTableModels.h"
#include "ui_AssessPage.h"

#include <QHeaderView>

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
    m_ui->triggersLabel->setVisible(!runbook.triggers.isEmpty());
    m_ui->triggersView->setVisible(!runbook.triggers.isEmpty());
    if (runbook.decisions.isEmpty()) {
        m_ui->decisionsLabel->setText(tr("This runbook has no decision matrix: describe the "
                                         "situation in the justification."));
    }
    m_ui->decisionsView->resizeRowsToContents();
    updateDetails();
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
    m_ui->hintLabel->setText(ready ? QString()
                             : current.isValid() || m_decisions->rowCount() == 0
                                 ? tr("A justification is required.")
                                 : tr("Choose the scenario that matches."));
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
