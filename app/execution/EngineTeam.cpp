// Team mode in the engine: joining the incident's team on a shared PostgreSQL store, and
// claiming a step before acting on it. The rules are incident/Team.h's.
#include "execution/Engine.h"

#include "core/Logging.h"
#include "incident/IncidentState.h"
#include "incident/Journal.h"
#include "incident/OutputRecorder.h"
#include "incident/Policy.h"
#include "incident/StoreLink.h"
#include "incident/TeamSession.h"

#include <QTimer>

namespace rollcage::execution {

namespace {
// A frame: under what a person notices, and about as long as a claim, the step's first
// event and its runner's location take to reach another console (team_propagation p50
// went from 2 to 19 ms with it; its target is 500).
constexpr int kTeamRedrawMs = 16;
} // namespace

void Engine::joinTeam()
{
    m_team.reset();
    // On a SQLite file nobody else is live; a claim left by a crash would only be in
    // the way of the one laptop's own resume (which recoverInterrupted already handles).
    if (!m_store->canNotify())
        return;
    auto team = std::make_unique<incident::TeamSession>(m_store, m_incidentId);
    team->setRole(role()); // shown from the first beat
    if (Status s = team->start(); !s) {
        qCWarning(lcIncident).noquote() << "not joining the team:" << s.error;
        Q_EMIT storeError(s.error);
        return;
    }
    // Who holds what decides what may run: the views ask again. Not at every read: a step's
    // start changes the view two or three times within milliseconds (the claim, where its
    // runner is, on every console), and each time every console redrew its presence list
    // and buttons, ten consoles at once on the same cores as the step starting
    // (team_consoles). The rules read the team's view itself, always the latest; only the
    // views' redraw waits, for one short interval.
    if (!m_teamChanged) {
        m_teamChanged = new QTimer(this);
        m_teamChanged->setSingleShot(true);
        m_teamChanged->setInterval(kTeamRedrawMs);
        connect(m_teamChanged, &QTimer::timeout, this, &Engine::stateChanged);
    }
    connect(team.get(), &incident::TeamSession::changed, m_teamChanged, [timer = m_teamChanged] {
        if (!timer->isActive())
            timer->start();
    });
    connect(team.get(), &incident::TeamSession::failed, this, &Engine::storeError);
    m_team = std::move(team);
    // The role the others see is the journal's: handed command moves it (syncRole).
    connect(m_journal.get(), &incident::Journal::appended, this, &Engine::syncRole);
    syncRole();
    // Lost and back: what may run changes with it, the views ask again.
    if (incident::StoreLink *link = m_store->link()) {
        link->watch();
        connect(link, &incident::StoreLink::lost, this, &Engine::stateChanged, Qt::UniqueConnection);
        connect(link, &incident::StoreLink::restored, this, &Engine::stateChanged,
                Qt::UniqueConnection);
    }
}

Status Engine::teamRule(int index) const
{
    // A shared store that does not answer: nothing may start that could not be recorded.
    if (Status s = m_store->reachable(); !s)
        return s;
    // An observer reads; acting on steps is for the commander and the operators.
    if (Status s = incident::mayActAs(state(), operatorName()); !s)
        return s;
    if (!m_team)
        return Status::success();
    return m_team->mayAct(m_procedure.title, index, m_procedure.steps.value(index).title,
                          state().step(index).state);
}

Status Engine::mayRecord() const
{
    // A shared store that does not answer takes nothing new: said before the operator
    // writes a reason it would then refuse.
    if (Status s = m_store->reachable(); !s)
        return s;
    return roleRule();
}

Status Engine::roleRule(bool commanding) const
{
    if (!m_team)
        return Status::success();
    return commanding ? incident::mayCommand(state(), operatorName())
                      : incident::mayActAs(state(), operatorName());
}

QString Engine::stepHolder(int index) const
{
    if (!m_team)
        return {};
    const auto held = m_team->view().claim(m_procedure.title, index);
    return held && held->console != m_team->console() ? held->operatorName : QString();
}

Status Engine::claimStep(int index)
{
    if (!m_team)
        return Status::success();
    Status s = m_team->claim(m_procedure.title, index, m_procedure.steps.value(index).title,
                             state().step(index).state);
    // Where this console is, for the others' presence lists; a console with pages (the
    // GUI) says more precisely, a headless run says no more than this.
    if (s)
        m_team->setLocation(tr("at step %1").arg(index + 1));
    return s;
}

void Engine::retireRecorder()
{
    if (!m_recorder || !m_recorder->holdsBuffered()) {
        m_recorder.reset();
        return;
    }
    incident::OutputRecorder *parked = m_recorder.release();
    parked->setParent(this);
    // The step's end, recorded next, waits in the journal with it. Were it written first
    // when the store returns (the output crosses on the writer's own connection), another
    // console reading to the end would stop short of the last lines (tst_teamrestart).
    m_journal->holdDeferred();
    connect(parked, &QObject::destroyed, m_journal.get(), &incident::Journal::releaseDeferred);
    connect(parked, &incident::OutputRecorder::drained, this,
            [this, run = parked->runEventId()] { Q_EMIT outputStored(run); });
    connect(parked, &incident::OutputRecorder::drained, parked, &QObject::deleteLater);
    connect(parked, &incident::OutputRecorder::storeFailed, parked, &QObject::deleteLater);
}

void Engine::releaseStep(int index)
{
    if (m_team && index >= 0)
        m_team->release(m_procedure.title, index);
}

} // namespace rollcage::execution
