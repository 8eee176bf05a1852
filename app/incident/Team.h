#pragma once

#include "core/Result.h"
#include "incident/IncidentState.h"

#include <QList>
#include <QString>

#include <optional>

namespace rollcage::incident {

// Team mode: who is on an incident and who holds which step. Unlike the journal these
// are rows that change (a heartbeat, a claim taken and released), kept beside it in the
// store; what they decide (a step run, a claim taken over) is journalled as usual.

// One console on the incident, from its heartbeat row.
struct Presence
{
    QString console;      // a random id per console, so one person may have two open
    QString operatorName; // from the settings; what their events are recorded under
    QString location;     // where they are: a page ("Prepare") or a step ("step 3")
    QString role;         // commander, operator, observer
    qint64 sinceMs = 0;   // when the console joined (the database's clock)
    qint64 seenMs = 0;    // its latest heartbeat
    qint64 expiresMs = 0; // when it counts as gone unless it beats again
};

// A step held by the console running (or skipping, or waiving) it.
struct StepClaim
{
    QString procedure;
    int stepIndex = -1;
    QString console;
    QString operatorName;
    qint64 claimedMs = 0;
};

// The incident's consoles and claims as read at `nowMs` (the database's clock, so
// laptops with skewed clocks agree on who has expired).
struct TeamView
{
    qint64 nowMs = 0;
    QList<Presence> consoles; // including expired ones, until they are cleared
    QList<StepClaim> claims;

    const Presence *presence(const QString &console) const;
    bool isAlive(const QString &console) const;
    QList<Presence> alive() const;
    std::optional<StepClaim> claim(const QString &procedure, int stepIndex) const;
};

// Whether console `console` may act on a step (run, skip, waive) in view of its claim.
enum class ClaimStanding {
    Free,  // nobody holds it
    Ours,  // this console does
    Held,  // another console does, and is alive
    Stale, // another console does and stopped beating: it may be taken over
};
ClaimStanding claimStanding(const TeamView &view, const QString &console,
                            const QString &procedure, int stepIndex);

// The rule, for the GUI and the CLI alike: fails when another console holds the step
// ("Ana is running step 3 …"), or held it, stopped answering and the step still runs by
// the journal (`state`): then it must be taken over with a reason. A dead console's
// claim on a step that ended is a leftover, no obstacle. `stepTitle` names the step.
Status mayActOnStep(const TeamView &view, const QString &console, const QString &procedure,
                    int stepIndex, const QString &stepTitle, StepState state);
// Where a console is, as the others' lists say it: "running step 3" while it holds a claim
// (the claim is the truth, and it comes and goes with the step), else where it said it
// is (a page, a step), empty when it has not said yet. A running console does not also
// rewrite its own presence row at each step's start and end: that woke every other
// console a second time at those moments (team_consoles).
QString whereIs(const TeamView &view, const Presence &presence);
// Whether the step's claim may be taken over by `console`: only a stale one, and only
// with a reason.
Status mayTakeOver(const TeamView &view, const QString &console, const QString &procedure,
                   int stepIndex, const QString &reason);

} // namespace rollcage::incident
