#include "gui/AssessPage.h"

#include "gui/RunbookTableModels.h"
#include "runbook/SeverityLevels.h"
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
            &AssessPage::decisionChanged);
    connect(m_ui->levelCombo, &QComboBox::currentIndexChanged, this, &AssessPage::updateDetails);
    connect(m_ui->justificationEdit, &QPlainTextEdit::textChanged, this, &AssessPage::updateDetails);
    connect(m_ui->recordButton, &QPushButton::clicked, this, &AssessPage::record);
    updateDetails();
}

AssessPage::~AssessPage() = default;


void AssessPage::setRunbook(const runbook::Runbook &runbook)
{
    m_decisions->setDecisions(runbook.decisions);
    m_triggers->setTriggers(runbook.triggers);
    // The runbook's own severity levels, each with its response time and definition; the
    // first entry leaves the severity unassessed (recording does not wait for it).
    m_levels = runbook.severities;
    m_ui->levelCombo->clear();
    m_ui->levelCombo->addItem(tr("Not assessed"), -1);
    for (int i = 0; i < m_levels.size(); ++i) {
        const runbook::SeverityLevel &l = m_levels.at(i);
        m_ui->levelCombo->addItem(l.responseText.isEmpty() ? l.name : tr("%1 — respond within %2").arg(l.name, l.responseText), i);
        m_ui->levelCombo->setItemData(i + 1, l.description, Qt::ToolTipRole);
    }
    m_ui->levelLabel->setVisible(!m_levels.isEmpty());
    m_ui->levelCombo->setVisible(!m_levels.isEmpty());
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

void AssessPage::selectSeverity(int level)
{
    m_ui->levelCombo->setCurrentIndex(level >= 0 && level < m_levels.size() ? level + 1 : 0);
}

const runbook::SeverityLevel *AssessPage::chosenLevel() const
{
    const int level = m_ui->levelCombo->currentData().toInt();
    return m_levels.isEmpty() || level < 0 || level >= m_levels.size() ? nullptr : &m_levels.at(level);
}

void AssessPage::decisionChanged()
{
    const QModelIndex current = m_ui->decisionsView->currentIndex();
    if (current.isValid()) {
        const int level = runbook::severityLevelFor(m_levels, m_decisions->decision(current.row()).severity);
        if (level >= 0)
            selectSeverity(level);
    }
    updateDetails();
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
    const runbook::Decision *decision = current.isValid() ? &m_decisions->decision(current.row()) : nullptr;
    const runbook::SeverityLevel *level = chosenLevel();
    if (decision) {
        const runbook::Decision &d = *decision;
        m_ui->chosenValue->setText(d.scenario);
        m_ui->severityValue->setText(tr("%1 — %2").arg(d.severity, d.action));
        // The matrix already says what to do; the radio follows it unless changed.
        if (d.action.contains(QLatin1String("fix forward"), Qt::CaseInsensitive))
            m_ui->fixForwardRadio->setChecked(true);
    }
    // The row's deadline, else the chosen level's response time (runbook::responseDeadline).
    const std::optional<int> minutes = runbook::responseDeadline(decision, level);
    const bool fromRow = decision && decision->deadlineMinutes;
    const QString deadlineText = fromRow || !level ? (decision ? decision->deadlineText : QString())
                                                   : tr("%1, the response time of %2").arg(level->responseText, level->name);
    m_ui->deadlineValue->setText(minutes ? tr("%1 (countdown of %n minute(s) starts when recorded)", nullptr, *minutes)
                                               .arg(deadlineText)
                                         : deadlineText);
    // Without a matrix the deadline row shows only when a level gives one.
    const bool matrix = m_decisions->rowCount() > 0;
    m_ui->deadlineLabel->setVisible(matrix || level);
    m_ui->deadlineValue->setVisible(matrix || level);
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
    if (const runbook::SeverityLevel *level = chosenLevel())
        choice.severity = *level;
    choice.approach = m_ui->fixForwardRadio->isChecked() ? AssessChoice::Approach::FixForward
                      : m_ui->hotfixRadio->isChecked()   ? AssessChoice::Approach::Hotfix
                                                         : AssessChoice::Approach::Rollback;
    choice.justification = m_ui->justificationEdit->toPlainText().trimmed();
    Q_EMIT decisionRecorded(choice);
    return true;
}

} // namespace rollcage::gui
