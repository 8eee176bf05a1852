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
        if (row < 0)
            return;
        const runbook::EscalationLevel &l = m_model->level(row);
        askForText(this, tr("Escalated"),
                   tr("You called level %1 (%2). Note for the record (who, how, what they said):")
                       .arg(l.level)
                       .arg(l.who),
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
    const int rows = int(std::max<qsizetype>(levels.size(), 1));
    view->setMaximumHeight(view->sizeHintForRow(0) * rows + 2 * view->frameWidth() + 6);
    refresh();
}

Status EscalationPanel::recordCall(int row, const QString &note)
{
    if (!m_engine || row < 0 || row >= m_model->rowCount())
        return Status::failure(tr("Choose the level you called."));
    const runbook::EscalationLevel &l = m_model->level(row);
    return m_engine->recordEscalation(l.level, l.who, note);
}

void EscalationPanel::refresh()
{
    const bool any = m_model->rowCount() > 0;
    m_ui->levelsView->setVisible(any);
    m_ui->emptyLabel->setVisible(!any);
    const int reached = m_engine ? m_engine->state().escalationLevel : 0;
    m_model->setReached(reached);
    if (any && !m_ui->levelsView->currentIndex().isValid()) {
        // Preselect whom to call next, so Enter on the button does the likely thing.
        m_ui->levelsView->setCurrentIndex(m_model->index(std::min(reached, m_model->rowCount() - 1)));
    }
    m_ui->recordButton->setEnabled(any && m_engine && m_ui->levelsView->currentIndex().isValid());
    m_ui->recordButton->setVisible(any);
    if (reached == 0) {
        m_ui->currentLabel->setText(any ? tr("Nobody called yet. Next: level 1.") : QString());
    } else {
        const QString next = reached < m_model->rowCount()
                                 ? tr(" Next: level %1, %2.").arg(reached + 1).arg(m_model->level(reached).who)
                                 : QString();
        m_ui->currentLabel->setText(tr("Escalated to level %1 (%2).%3")
                                        .arg(reached)
                                        .arg(m_engine->state().escalatedTo, next));
    }
}

} // namespace rollcage::gui
