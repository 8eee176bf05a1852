#include "gui/EscalationPanel.h"

#include "execution/Engine.h"
#include "gui/EscalationModel.h"
#include "gui/Feedback.h"
#include "ui_EscalationPanel.h"

#include <QDateTime>
#include <QLocale>
#include <QStyle>
#include <QTimer>

#include <chrono>

namespace rollcage::gui {

EscalationPanel::EscalationPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::EscalationPanel>())
    , m_model(new EscalationModel(this))
    , m_dueTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_dueTimer->setObjectName(QStringLiteral("dueTimer"));
    m_dueTimer->setSingleShot(true);
    // Never early: a coarse timer may wake a little before a level is due and find nothing.
    m_dueTimer->setTimerType(Qt::PreciseTimer);
    connect(m_dueTimer, &QTimer::timeout, this, &EscalationPanel::refreshDue);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->dueIcon->setPixmap(EscalationModel::dueIcon().pixmap(icon, icon));
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
    connect(m_model, &QAbstractItemModel::dataChanged, this, &EscalationPanel::fitHeight);
    m_ui->levelsView->viewport()->installEventFilter(this);
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
    fitHeight();
    refresh();
}

// As tall as the levels, no taller: the note and the button stay close to them. Rows
// wrap and a due row grows, so the view's own layout of them is measured.
void EscalationPanel::fitHeight()
{
    QListView *view = m_ui->levelsView;
    const int rows = m_model->rowCount();
    int height = view->fontMetrics().height();
    if (rows > 0) {
        const QRect first = view->visualRect(m_model->index(0));
        const QRect last = view->visualRect(m_model->index(rows - 1));
        if (first.isValid() && last.isValid())
            height = std::max(height, last.bottom() - first.top() + 1);
    }
    view->setMaximumHeight(height + 2 * view->frameWidth() + 6);
}

// Rows wrap to the viewport's width, known only once it has been laid out.
bool EscalationPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->levelsView->viewport() && event->type() == QEvent::Resize)
        fitHeight();
    return QWidget::eventFilter(watched, event);
}

void EscalationPanel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
    refreshDue();
}

Status EscalationPanel::recordCall(int row, const QString &note)
{
    if (!m_engine || row < 0 || row >= m_model->rowCount() || m_model->isHeading(row))
        return Status::failure(tr("Choose the level you called."));
    return m_engine->recordEscalation(m_model->level(row), note);
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
    refreshDue();
    const QString nextText = next ? tr(" Next: %1.").arg(describe(*next)) : QString();
    if (reached == 0) {
        m_ui->currentLabel->setText(any ? tr("Nobody called yet.%1").arg(nextText) : QString());
    } else {
        m_ui->currentLabel->setText(tr("Escalated to level %1 (%2).%3")
                                        .arg(reached)
                                        .arg(m_engine->state().escalatedTo, nextText));
    }
    refreshHistory();
}

// Whom was called, as the journal says: a resumed incident shows the calls of before.
void EscalationPanel::refreshHistory()
{
    const QList<incident::EscalationCall> calls =
        m_engine ? m_engine->state().escalations : QList<incident::EscalationCall>{};
    QStringList lines;
    for (const incident::EscalationCall &c : calls) {
        const QString at = QLocale().toString(
            QDateTime::fromMSecsSinceEpoch(c.atMs).toLocalTime().time(), QLocale::ShortFormat);
        lines << (c.note.isEmpty() ? tr("%1 %2").arg(at, c.title())
                                   : tr("%1 %2: %3").arg(at, c.title(), c.note));
    }
    m_ui->historyLabel->setVisible(!lines.isEmpty());
    m_ui->historyLabel->setText(lines.isEmpty() ? QString()
                                                : tr("Called:\n%1").arg(lines.join(u'\n')));
}

void EscalationPanel::refreshDue()
{
    m_dueTimer->stop();
    const incident::IncidentState *state =
        m_engine && m_engine->incidentId() != 0 ? &m_engine->state() : nullptr;
    std::optional<qint64> age;
    if (state && state->declaredMs > 0 && !incident::isTerminal(state->phase))
        age = std::max<qint64>(0, m_clock().toMSecsSinceEpoch() - state->declaredMs);
    m_model->setIncidentAge(age);
    const QList<int> due = m_model->dueLevels();
    const runbook::EscalationLevel *first =
        due.isEmpty() ? nullptr : m_model->findLevel(due.first());
    m_ui->dueIcon->setVisible(first != nullptr);
    m_ui->dueLabel->setVisible(first != nullptr);
    if (first) {
        QStringList what{first->who};
        if (m_model->showsGroups() && !first->group.isEmpty())
            what << first->group;
        if (!first->afterText.isEmpty())
            what << first->afterText;
        QString text = tr("Level %1 (%2) is due: the incident has lasted %n min.", nullptr,
                          int(*age / 60'000))
                           .arg(first->level)
                           .arg(what.join(QStringLiteral(", ")));
        QStringList others;
        for (qsizetype i = 1; i < due.size(); ++i)
            others << tr("level %1").arg(due.at(i));
        if (!others.isEmpty())
            text += tr(" Also due: %1.").arg(others.join(QStringLiteral(", ")));
        m_ui->dueLabel->setText(text);
    } else {
        m_ui->dueLabel->clear();
    }
    if (!age)
        return;
    // Wake when the next level falls due, and at each new minute while one is due so the
    // minutes shown stay true; otherwise sleep until the journal changes.
    std::optional<qint64> wake;
    if (const auto next = m_model->nextDueAt())
        wake = *next - *age;
    if (first) {
        const qint64 toMinute = 60'000 - *age % 60'000;
        wake = wake ? std::min(*wake, toMinute) : toMinute;
    }
    if (wake)
        m_dueTimer->start(std::chrono::milliseconds(std::max<qint64>(*wake, 1)));
}

} // namespace rollcage::gui
