#include "gui/EscalationPanel.h"

#include "execution/Engine.h"
#include "gui/EscalationModel.h"
#include "gui/Feedback.h"
#include "ui_EscalationPanel.h"

#include <QDateTime>
#include <QLocale>

namespace rollcage::gui {

EscalationPanel::EscalationPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EscalationPanel>())
    , m_model(new EscalationModel(this))
{
    m_ui->setupUi(this);
    m_ui->levelsView->setModel(m_model);
    connect(m_ui->recordButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->levelsView->currentIndex().row();
        if (row < 0 || m_model->isHeading(row))
            return;
        const runbook::EscalationLevel &l = m_model->level(row);
        askForText(this, tr("Escalated"),
                   tr("You called %1. Note for the record (who, how, what they said):")
                       .arg(describe(l)),
                   [this, row](const QString &note) {
                       if (const Status s = recordCall(row, note); !s)
                           Q_EMIT problem(s.error);
                   });
    });
    connect(m_ui->levelsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &EscalationPanel::refresh);
    refresh();
}

EscalationPanel::~EscalationPanel() = default;

void EscalationPanel::setEngine(execution::Engine *engine)
{
    m_engine = engine;
    connect(engine, &execution::Engine::stateChanged, this, &EscalationPanel::refresh);
    refresh();
}

void EscalationPanel::setLevels(const QList<runbook::EscalationLevel> &levels)
{
    m_model->setLevels(levels);
    // As tall as the levels, no taller: the note and the button stay close to them.
    QListView *view = m_ui->levelsView;
    const int rows = std::max(m_model->rowCount(), 1);
    view->setMaximumHeight(view->sizeHintForRow(0) * rows + 2 * view->frameWidth() + 6);
    refresh();
}

Status EscalationPanel::recordCall(int row, const QString &note)
{
    if (!m_engine || row < 0 || row >= m_model->rowCount() || m_model->isHeading(row))
        return Status::failure(tr("Choose the level you called."));
    const runbook::EscalationLevel &l = m_model->level(row);
    return m_engine->recordEscalation(l.level, l.who, note);
}

// "level 4, Card processor desk (Partner escalation)": the group only when the panel
// shows groups, so a single list reads as before.
QString EscalationPanel::describe(const runbook::EscalationLevel &l) const
{
    return m_model->showsGroups() && !l.group.isEmpty()
               ? tr("level %1, %2 (%3)").arg(l.level).arg(l.who, l.group)
               : tr("level %1, %2").arg(l.level).arg(l.who);
}

void EscalationPanel::refresh()
{
    const bool any = m_model->rowCount() > 0;
    m_ui->levelsView->setVisible(any);
    m_ui->emptyLabel->setVisible(!any);
    const int reached = m_engine ? m_engine->state().escalationLevel : 0;
    m_model->setCalled(m_engine ? m_engine->state().escalatedLevels : QList<int>{});
    const runbook::EscalationLevel *next = m_model->findLevel(m_model->nextLevel());
    const QModelIndex current = m_ui->levelsView->currentIndex();
    const bool escalated = reached != m_shownReached;
    m_shownReached = reached;
    if (any && (escalated || !current.isValid() || m_model->isHeading(current.row()))) {
        // Preselect whom to call next, so Enter on the button does the likely thing; a
        // call just recorded moves it on, anything else leaves the operator's choice.
        const int row = next ? m_model->rowOfLevel(next->level) : m_model->rowCount() - 1;
        m_ui->levelsView->setCurrentIndex(m_model->index(row));
    }
    m_ui->recordButton->setEnabled(any && m_engine && m_ui->levelsView->currentIndex().isValid() &&
                                   !m_model->isHeading(m_ui->levelsView->currentIndex().row()));
    m_ui->recordButton->setVisible(any);
    const QString nextText = next ? tr(" Next: %1.").arg(describe(*next)) : QString();
    if (reached == 0) {
        m_ui->currentLabel->setText(any ? tr("Nobody called yet.%1").arg(nextText) : QString());
    } else {
        m_ui->currentLabel->setText(tr("Escalated to level %1 (%2).%3")
                                        .arg(reached)
                                        .arg(m_engine->state().escalatedTo, nextText));
    }
}

} // namespace rollcage::gui
