#include "incident/Team.h"

#include "core/Tr.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rollcage::incident {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::incident")

QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm:ss"));
}
} // namespace

const Presence *TeamView::presence(const QString &console) const
{
    for (const Presence &p : consoles) {
        if (p.console == console)
            return &p;
    }
    return nullptr;
}

bool TeamView::isAlive(const QString &console) const
{
    const Presence *p = presence(console);
    return p && p->expiresMs > nowMs;
}

QList<Presence> TeamView::alive() const
{
    QList<Presence> list;
    for (const Presence &p : consoles) {
        if (p.expiresMs > nowMs)
            list.append(p);
    }
    return list;
}

std::optional<StepClaim> TeamView::claim(const QString &procedure, int stepIndex) const
{
    for (const StepClaim &c : claims) {
        if (c.procedure == procedure && c.stepIndex == stepIndex)
            return c;
    }
    return std::nullopt;
}

ClaimStanding claimStanding(const TeamView &view, const QString &console,
                            const QString &procedure, int stepIndex)
{
    const auto held = view.claim(procedure, stepIndex);
    if (!held)
        return ClaimStanding::Free;
    if (held->console == console)
        return ClaimStanding::Ours;
    return view.isAlive(held->console) ? ClaimStanding::Held : ClaimStanding::Stale;
}

Status mayActOnStep(const TeamView &view, const QString &console, const QString &procedure,
                    int stepIndex, const QString &stepTitle, StepState state)
{
    const auto held = view.claim(procedure, stepIndex);
    switch (claimStanding(view, console, procedure, stepIndex)) {
    case ClaimStanding::Free:
    case ClaimStanding::Ours:
        return Status::success();
    case ClaimStanding::Held:
        return Status::failure(tr("%1 is running step %2 (\"%3\") since %4 UTC; wait for it, "
                                  "or ask them.")
                                   .arg(held->operatorName)
                                   .arg(stepIndex + 1)
                                   .arg(stepTitle, clock(held->claimedMs)));
    case ClaimStanding::Stale:
        if (state != StepState::Running)
            return Status::success();
        break;
    }
    const Presence *p = view.presence(held->console);
    return Status::failure(
        tr("%1 took step %2 (\"%3\") at %4 UTC and their console stopped answering%5. Take "
           "the step over, giving a reason; its outcome is then unknown until you look.")
            .arg(held->operatorName)
            .arg(stepIndex + 1)
            .arg(stepTitle, clock(held->claimedMs),
                 p ? tr(" (last seen %1 UTC)").arg(clock(p->seenMs)) : QString()));
}

QString whereIs(const TeamView &view, const Presence &presence)
{
    for (const StepClaim &c : view.claims) {
        if (c.console == presence.console)
            return tr("running step %1").arg(c.stepIndex + 1);
    }
    return presence.location;
}

Status mayTakeOver(const TeamView &view, const QString &console, const QString &procedure,
                   int stepIndex, const QString &reason)
{
    switch (claimStanding(view, console, procedure, stepIndex)) {
    case ClaimStanding::Free:
    case ClaimStanding::Ours:
        return Status::failure(tr("Nobody else holds step %1; there is nothing to take over.")
                                   .arg(stepIndex + 1));
    case ClaimStanding::Held:
        return Status::failure(tr("%1's console still answers; step %2 cannot be taken over "
                                  "from a live console.")
                                   .arg(view.claim(procedure, stepIndex)->operatorName)
                                   .arg(stepIndex + 1));
    case ClaimStanding::Stale:
        break;
    }
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Taking a step over needs a reason."));
    return Status::success();
}

} // namespace rollcage::incident
