#pragma once

// The events of team mode (included by incident/Events.h): four-eyes approval of a step,
// a step taken over from a console that stopped answering, and who has command. Who did
// it and when are the event's own operator and time, as for every event.

#include "incident/EventCodec.h"
#include "incident/EventsSteps.h"

#include <QString>

namespace rollcage::incident::events {

// Whether this incident's destructive steps need a second person's approval before they
// run (a per-incident setting; a runbook can also ask for it per step).
struct FourEyesSet
{
    ROLLCAGE_EVENT("four_eyes_set");
    bool required = false;
    QString reason;
    static constexpr auto fields()
    {
        return std::tuple{field("required", &FourEyesSet::required),
                          field<Text | Optional>("reason", &FourEyesSet::reason)};
    }
};

// The runner asks a second person to approve a step, showing exactly what will run.
struct ApprovalRequested
{
    ROLLCAGE_EVENT("approval_requested");
    QString procedure, title;
    QString command; // as it will run: values filled, secrets masked
    QString note;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &ApprovalRequested::procedure),
                          field<Text>(kStepTitle, &ApprovalRequested::title),
                          field<Text>("command", &ApprovalRequested::command),
                          field<Text | Optional>("note", &ApprovalRequested::note)};
    }
};

// Another person approved or refused the request `requestId` (the approval_requested
// event's id), with a note. An approval lets one run of the step start.
struct ApprovalDecided
{
    ROLLCAGE_EVENT("approval_decided");
    QString procedure, title;
    qint64 requestId = 0;
    QString requestedBy;
    bool approved = false;
    QString note;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &ApprovalDecided::procedure),
                          field<Text>(kStepTitle, &ApprovalDecided::title),
                          field("request_id", &ApprovalDecided::requestId),
                          field("requested_by", &ApprovalDecided::requestedBy),
                          field("approved", &ApprovalDecided::approved),
                          field<Text>("note", &ApprovalDecided::note)};
    }
};

// A step held by a console that stopped answering was taken over; what it did is then
// unknown (a step_outcome_unknown follows) until the new holder looks.
struct StepTakenOver
{
    ROLLCAGE_EVENT("step_taken_over");
    QString procedure, title;
    QString from; // whose console held it
    QString reason;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &StepTakenOver::procedure),
                          field<Text>(kStepTitle, &StepTakenOver::title),
                          field("from", &StepTakenOver::from),
                          field<Text>("reason", &StepTakenOver::reason)};
    }
};

// Someone joined the incident as commander, operator or observer.
struct RoleTaken
{
    ROLLCAGE_EVENT("role_taken");
    QString role;
    static constexpr auto fields() { return std::tuple{field("role", &RoleTaken::role)}; }
};

// The commander handed command to `to`; from then on they decide, approve and resolve.
struct CommandHandedOver
{
    ROLLCAGE_EVENT("command_handed_over");
    QString from, to, note;
    static constexpr auto fields()
    {
        return std::tuple{field("from", &CommandHandedOver::from),
                          field("to", &CommandHandedOver::to),
                          field<Text | Optional>("note", &CommandHandedOver::note)};
    }
};

} // namespace rollcage::incident::events
