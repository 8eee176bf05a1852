#include "gui/StepListModel.h"

#include "execution/Engine.h"
#include "gui/DisplayText.h"
#include "gui/Palette.h"

#include <QBrush>
#include <QColor>

namespace rollcage::gui {

using incident::StepState;

namespace {

// Glyphs rather than icon files: they follow the font, the palette and screen readers.
QString glyph(StepState state)
{
    switch (state) {
    case StepState::Pending:
        return QStringLiteral("○");
    case StepState::Running:
        return QStringLiteral("▶");
    case StepState::Succeeded:
        return QStringLiteral("✔");
    case StepState::Skipped:
    case StepState::Waived:
        return QStringLiteral("⤼");
    case StepState::OutcomeUnknown:
        return QStringLiteral("?");
    case StepState::Blocked:
        return QStringLiteral("⏸");
    case StepState::Failed:
    case StepState::Cancelled:
    case StepState::TimedOut:
    case StepState::FailedToStart:
        return QStringLiteral("✖");
    }
    return {};
}

QVariant color(StepState state)
{
    switch (state) {
    case StepState::Succeeded:
        return QBrush(toneColor(Tone::Success));
    case StepState::Failed:
    case StepState::Cancelled:
    case StepState::TimedOut:
    case StepState::FailedToStart:
    case StepState::OutcomeUnknown:
        return QBrush(toneColor(Tone::Problem));
    case StepState::Running:
        return QBrush(toneColor(Tone::Active));
    default:
        return {};
    }
}

} // namespace

StepListModel::StepListModel(execution::Engine *engine, QObject *parent)
    : QAbstractListModel(parent)
    , m_engine(engine)
{
    connect(m_engine, &execution::Engine::stateChanged, this, [this] {
        if (int(m_engine->procedure().steps.size()) != m_rows)
            reload();
        else if (m_rows > 0)
            Q_EMIT dataChanged(index(0), index(m_rows - 1));
    });
    reload();
}

void StepListModel::reload()
{
    beginResetModel();
    m_rows = int(m_engine->procedure().steps.size());
    endResetModel();
}

int StepListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : m_rows; }

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const runbook::Step &step = m_engine->procedure().steps.at(index.row());
    const incident::StepRecord record = m_engine->state().step(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString text = QStringLiteral("%1  %2. %3%4")
                           .arg(glyph(record.state))
                           .arg(index.row() + 1)
                           .arg(plainInline(step.title), step.destructive ? QStringLiteral("  ⚠") : QString());
        // Team mode: whose hands the step is in, on the row itself.
        if (const QString holder = m_engine->stepHolder(index.row()); !holder.isEmpty())
            text += QStringLiteral("  · ") + holder;
        return text;
    }
    case Qt::ToolTipRole: {
        QString tip = QStringLiteral("%1 — %2").arg(plainInline(step.title),
                                                     incident::stepStateName(record.state).replace(QLatin1Char('_'), QLatin1Char(' ')));
        if (const Status team = m_engine->teamRule(index.row()); !team)
            tip += QLatin1Char('\n') + team.error;
        return tip;
    }
    case Qt::AccessibleDescriptionRole:
        return incident::stepStateName(record.state);
    case Qt::ForegroundRole:
        return color(record.state);
    case StateNameRole:
        return incident::stepStateName(record.state);
    default:
        return {};
    }
}

} // namespace rollcage::gui
