// The Roll back page's procedures: the list the operator starts another from, with what
// each has done so far, and the choice journalled through the engine.
#include "gui/RollbackPage.h"

#include "core/Deadline.h"
#include "execution/Engine.h"
#include "execution/Preflight.h"
#include "execution/DeclarationValues.h"
#include "gui/CommandView.h"
#include "gui/DisplayText.h"
#include "gui/EscalationPanel.h"
#include "gui/Feedback.h"
#include "gui/LogView.h"
#include "gui/RollbackPageInternal.h"
#include "gui/StepListModel.h"
#include "gui/ValuesDialog.h"
#include "gui/ValuesForm.h"
#include "ui_RollbackPage.h"

#include <QAction>
#include <QLineEdit>
#include <QResizeEvent>
#include <QSettings>
#include <QTextDocument>
#include <QTimer>

#include <algorithm>
#include <utility>

namespace rollcage::gui {

namespace {
QString procedureFacts(const runbook::Procedure &p)
{
    QStringList facts;
    if (p.expected.isKnown())
        facts << RollbackPage::tr("expected %1").arg(durationText(p.expected));
    if (!p.risk.isEmpty())
        facts << RollbackPage::tr("risk %1").arg(p.risk);
    facts << (p.steps.size() == 1 ? RollbackPage::tr("1 step") : RollbackPage::tr("%1 steps").arg(p.steps.size()));
    return facts.join(QStringLiteral(", "));
}

} // namespace

void RollbackPage::fillProcedures()
{
    QSignalBlocker block(m_ui->procedureCombo);
    m_ui->procedureCombo->clear();
    for (const runbook::Procedure &p : std::as_const(m_runbook.procedures))
        m_ui->procedureCombo->addItem(procedureText(p));
    for (int i = 0; i < m_runbook.procedures.size(); ++i) {
        if (m_runbook.procedures.at(i).title == m_engine->procedure().title)
            m_ui->procedureCombo->setCurrentIndex(i);
    }
}

// " — 2 of 5 steps done" for a procedure this incident has begun: which procedures have
// run shows in the list the operator starts another from.
QString RollbackPage::procedureProgress(const runbook::Procedure &procedure) const
{
    const incident::ProcedureRun *run = m_engine->state().procedureRun(procedure.title);
    if (!run || run->steps.isEmpty())
        return {};
    int settled = 0;
    for (const incident::StepRecord &step : run->steps)
        settled += incident::isSettled(step.state) ? 1 : 0;
    return tr(" — %1 of %2 steps done").arg(settled).arg(procedure.steps.size());
}

bool RollbackPage::isByHand(const runbook::Step &step)
{
    return step.kind == runbook::StepKind::Command && !execution::hasShellCode(step) &&
           !execution::isHealthGate(step);
}

QString RollbackPage::procedureText(const runbook::Procedure &procedure) const
{
    return tr("%1 (%2)").arg(plainInline(procedure.title), procedureFacts(procedure)) +
           procedureProgress(procedure);
}

bool RollbackPage::chooseProcedure(int index)
{
    if (index < 0 || index >= m_runbook.procedures.size())
        return false;
    // The engine says its state changed while the new procedure is already in force: the
    // step shown (step 4 of a longer one) may not exist in it.
    const int shown = std::exchange(m_selected, -1);
    const Status s = m_engine->chooseProcedure(m_runbook, m_runbook.procedures.at(index).title,
                                               tr("chosen on the Roll back page"));
    if (!s) {
        m_selected = shown;
        say(s.error, true);
        fillProcedures(); // back to the procedure that is still in force
        return false;
    }
    reload();
    say(tr("Procedure: %1.").arg(plainInline(m_engine->procedure().title)), false);
    return true;
}

} // namespace rollcage::gui
