#pragma once

// The journal's event types: one struct each, its stored name and its fields (key, member,
// flags) in one place. Names and keys are what journals on disk hold: adding an event or
// a field is fine, renaming one breaks old journals (tst_eventcodec reads one written
// before these structs existed).

#include "incident/Event.h"
#include "incident/EventCodec.h"
#include "incident/EventsComms.h"
#include "incident/EventsSteps.h"
#include "incident/EventsTeam.h"

namespace rollcage::incident::events {

template<class E> bool is(const Event &e)
{
    return e.type == E::Name;
}

// The event's payload read as E (the caller has checked is<E>()).
template<class E> E read(const Event &e)
{
    return fromJson<E>(e.data);
}

// --- The incident -----------------------------------------------------------------------

struct Declared
{
    ROLLCAGE_EVENT("declared");
    QString title, service, environment, procedure;
    static constexpr auto fields()
    {
        return std::tuple{
            field<Text>("title", &Declared::title), field("service", &Declared::service),
            field("environment", &Declared::environment), field(kProcedure, &Declared::procedure)};
    }
};

// A phase change; ended from the incident list, `abandoned` or `closed` says how.
struct StateChanged
{
    ROLLCAGE_EVENT("state_changed");
    QString from, to, reason;
    bool abandoned = false;
    bool closed = false;
    static constexpr auto fields()
    {
        return std::tuple{field("from", &StateChanged::from), field("to", &StateChanged::to),
                          field<Text>("reason", &StateChanged::reason),
                          field<Optional>("abandoned", &StateChanged::abandoned),
                          field<Optional>("closed", &StateChanged::closed)};
    }
};

struct VariableSet
{
    ROLLCAGE_EVENT("variable_set");
    QString name, value;
    static constexpr auto fields()
    {
        return std::tuple{field("name", &VariableSet::name),
                          field<Text>("value", &VariableSet::value)};
    }
};

struct DecisionTaken
{
    ROLLCAGE_EVENT("decision_taken");
    QString scenario, action, justification;
    std::optional<qint64> deadlineMs;
    static constexpr auto fields()
    {
        return std::tuple{field("scenario", &DecisionTaken::scenario),
                          field("action", &DecisionTaken::action),
                          field<Text>("justification", &DecisionTaken::justification),
                          field("deadline_ms", &DecisionTaken::deadlineMs)};
    }
};

struct ChecklistTicked
{
    ROLLCAGE_EVENT("checklist_ticked");
    QString checklist, item;
    static constexpr auto fields()
    {
        return std::tuple{field("checklist", &ChecklistTicked::checklist),
                          field("item", &ChecklistTicked::item)};
    }
};

struct ChecklistWaived
{
    ROLLCAGE_EVENT("checklist_waived");
    QString checklist, item, reason;
    static constexpr auto fields()
    {
        return std::tuple{field("checklist", &ChecklistWaived::checklist),
                          field("item", &ChecklistWaived::item),
                          field<Text>("reason", &ChecklistWaived::reason)};
    }
};

// A tick or waiver taken back (ticked by mistake, or the check no longer holds): the item
// is open again; the earlier event stays in the journal.
struct ChecklistUnticked
{
    ROLLCAGE_EVENT("checklist_unticked");
    QString checklist, item, reason;
    static constexpr auto fields()
    {
        return std::tuple{field("checklist", &ChecklistUnticked::checklist),
                          field("item", &ChecklistUnticked::item),
                          field<Text | Optional>("reason", &ChecklistUnticked::reason)};
    }
};

// The operator moved to another of the runbook's procedures (the one named at
// declaration is in the incident record).
struct ProcedureChosen
{
    ROLLCAGE_EVENT("procedure_chosen");
    QString procedure, previous, reason;
    static constexpr auto fields()
    {
        return std::tuple{field(kProcedure, &ProcedureChosen::procedure),
                          field("previous", &ProcedureChosen::previous),
                          field<Text>("reason", &ProcedureChosen::reason)};
    }
};

// Where the steps run (chosen at declaration: by default the runbook's repository root).
struct WorkingDirectorySet
{
    ROLLCAGE_EVENT("working_directory_set");
    QString directory;
    static constexpr auto fields()
    {
        return std::tuple{field("directory", &WorkingDirectorySet::directory)};
    }
};

// What a step left in the incident's shell session for the next ones: variables set or
// changed (values masked), variables unset, and the directory it ended in (absent: the
// directory did not change).
struct SessionChanged
{
    ROLLCAGE_EVENT("session_changed");
    QString procedure;
    QMap<QString, QString> set;
    QStringList unset;
    std::optional<QString> directory;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &SessionChanged::procedure),
                          field<Text>("set", &SessionChanged::set),
                          field("unset", &SessionChanged::unset),
                          field("directory", &SessionChanged::directory)};
    }
};

struct NoteAdded
{
    ROLLCAGE_EVENT("note_added");
    QString procedure, text;
    static constexpr auto fields()
    {
        return std::tuple{field<Optional>(kProcedure, &NoteAdded::procedure),
                          field<Text>("text", &NoteAdded::text)};
    }
};

// What only a human knows (root cause, resolution, …) for the report; the latest wins.
struct ReportFieldSet
{
    ROLLCAGE_EVENT("report_field_set");
    QString field, text;
    static constexpr auto fields()
    {
        return std::tuple{events::field("field", &ReportFieldSet::field),
                          events::field<Text>("text", &ReportFieldSet::text)};
    }
};

struct Escalated
{
    ROLLCAGE_EVENT("escalated");
    int level = 0;
    QString who, note, group, label;
    static constexpr auto fields()
    {
        return std::tuple{field("level", &Escalated::level), field<Text>("who", &Escalated::who),
                          field<Text>("note", &Escalated::note),
                          field<Optional>("group", &Escalated::group),
                          field<Optional>("label", &Escalated::label)};
    }
};

// Every event type, for code that must handle each (tst_eventcodec reads each back).
using All =
    std::tuple<Declared, StateChanged, VariableSet, DecisionTaken, ChecklistTicked, ChecklistWaived,
               ChecklistUnticked, ProcedureChosen, WorkingDirectorySet, SessionChanged, NoteAdded,
               ReportFieldSet, Escalated, MessageQueued, MessageAttemptFailed, MessageSent,
               MessageRejected, MessageAbandoned, StakeholderNotified, HealthResult, HealthTargets,
               HealthAlert, HealthAlertCleared, StepStarted, StepFinished, StepBlocked, StepSkipped,
               StepWaived, StepOutcomeUnknown, StepResolved, FourEyesSet, ApprovalRequested,
               ApprovalDecided, StepTakenOver, RoleTaken, CommandHandedOver,
               SessionLineTyped, StepInputGiven>;

} // namespace rollcage::incident::events
