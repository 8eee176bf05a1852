#include "runbook/RunbookJson.h"

#include <QJsonArray>

#include <algorithm>

namespace rollcage::runbook {

namespace {

QJsonValue optionalInt(const std::optional<int> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

// A window on the incident's timeline: {"from_seconds", "to_seconds"}, or null.
QJsonValue window(const Duration &d)
{
    if (!d.isKnown())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("from_seconds"), d.minSeconds.value_or(0)},
                       {QStringLiteral("to_seconds"), *d.maxSeconds}};
}

QJsonValue optionalString(const QString &value)
{
    return value.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(value);
}

QJsonArray names(const QList<Placeholder> &placeholders)
{
    QJsonArray result;
    for (const Placeholder &p : placeholders)
        result.append(p.name);
    return result;
}

QJsonObject step(const Step &s)
{
    QJsonArray commands;
    for (const CodeBlock &c : s.commands) {
        QJsonObject command{{QStringLiteral("language"), c.language},
                            {QStringLiteral("code"), c.code},
                            {QStringLiteral("line"), c.line}};
        if (!c.expectedOutput.isEmpty())
            command.insert(QStringLiteral("expected_output"), c.expectedOutput);
        commands.append(command);
    }
    QJsonObject o{{QStringLiteral("title"), s.title},
                  {QStringLiteral("line"), s.line},
                  {QStringLiteral("kind"), s.kind == StepKind::Command ? QStringLiteral("command")
                                                                       : QStringLiteral("manual")},
                  {QStringLiteral("destructive"), s.destructive},
                  {QStringLiteral("expected_seconds"), optionalInt(s.expected.expectedSeconds())},
                  {QStringLiteral("window"), window(s.window)},
                  {QStringLiteral("placeholders"), names(s.placeholders)},
                  {QStringLiteral("commands"), commands},
                  {QStringLiteral("description"), s.description}};
    if (s.destructive)
        o.insert(QStringLiteral("destructive_reason"), s.destructiveReason);
    o.insert(QStringLiteral("confirmation"), confirmationName(s.confirmation));
    o.insert(QStringLiteral("confirmation_reason"), s.confirmationReason);
    if (!s.name.isEmpty())
        o.insert(QStringLiteral("name"), s.name);
    if (s.timeoutSeconds)
        o.insert(QStringLiteral("timeout_seconds"), *s.timeoutSeconds);
    if (s.interaction != Interaction::None) {
        o.insert(QStringLiteral("terminal"), s.interaction == Interaction::Session
                                                 ? QStringLiteral("session")
                                                 : QStringLiteral("prompt"));
        o.insert(QStringLiteral("terminal_reason"), s.interactionReason);
    }
    if (!s.sessionLines.isEmpty()) {
        QJsonArray lines;
        for (const SessionLine &l : s.sessionLines) {
            QJsonObject line{{QStringLiteral("command"), l.command},
                             {QStringLiteral("line"), l.line},
                             {QStringLiteral("confirmation"), confirmationName(l.confirmation)},
                             {QStringLiteral("confirmation_reason"), l.confirmationReason},
                             {QStringLiteral("placeholders"), names(l.placeholders)}};
            if (!l.label.isEmpty())
                line.insert(QStringLiteral("label"), l.label);
            if (l.confirmation == Confirmation::Typed)
                line.insert(QStringLiteral("confirm_target"), l.confirmTarget);
            lines.append(line);
        }
        o.insert(QStringLiteral("session_lines"), lines);
    }
    return o;
}

} // namespace

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        break;
    }
    return QStringLiteral("info");
}

QString phaseName(ChecklistPhase phase)
{
    switch (phase) {
    case ChecklistPhase::Pre:
        return QStringLiteral("pre");
    case ChecklistPhase::Post:
        return QStringLiteral("post");
    case ChecklistPhase::Validation:
        return QStringLiteral("validation");
    case ChecklistPhase::Other:
        break;
    }
    return QStringLiteral("other");
}

QString confirmationName(Confirmation level)
{
    switch (level) {
    case Confirmation::Typed:
        return QStringLiteral("typed");
    case Confirmation::NameTarget:
        return QStringLiteral("name_target");
    case Confirmation::OneClick:
        break;
    }
    return QStringLiteral("one_click");
}

QString kindName(ProcedureKind kind)
{
    switch (kind) {
    case ProcedureKind::Rollback:
        return QStringLiteral("rollback");
    case ProcedureKind::Recovery:
        return QStringLiteral("recovery");
    case ProcedureKind::Diagnosis:
        return QStringLiteral("diagnosis");
    case ProcedureKind::Verification:
        return QStringLiteral("verification");
    case ProcedureKind::Other:
        break;
    }
    return QStringLiteral("other");
}

std::optional<ProcedureKind> kindFromName(const QString &name)
{
    for (const ProcedureKind k : {ProcedureKind::Rollback, ProcedureKind::Recovery,
                                  ProcedureKind::Diagnosis, ProcedureKind::Verification,
                                  ProcedureKind::Other}) {
        if (name == kindName(k))
            return k;
    }
    return std::nullopt;
}

QJsonObject toJson(const Runbook &rb)
{
    QJsonArray decisions;
    for (const Decision &d : rb.decisions)
        decisions.append(
            QJsonObject{{QStringLiteral("scenario"), d.scenario},
                        {QStringLiteral("severity"), d.severity},
                        {QStringLiteral("action"), d.action},
                        {QStringLiteral("deadline"), d.deadlineText},
                        {QStringLiteral("deadline_minutes"), optionalInt(d.deadlineMinutes)},
                        {QStringLiteral("line"), d.line}});
    QJsonArray severities;
    for (const SeverityLevel &l : rb.severities)
        severities.append(
            QJsonObject{{QStringLiteral("name"), l.name},
                        {QStringLiteral("description"), l.description},
                        {QStringLiteral("response"), l.responseText},
                        {QStringLiteral("response_minutes"), optionalInt(l.responseMinutes)},
                        {QStringLiteral("line"), l.line}});
    QJsonArray triggers;
    for (const Trigger &t : rb.triggers)
        triggers.append(QJsonObject{{QStringLiteral("condition"), t.condition},
                                    {QStringLiteral("threshold"), t.threshold},
                                    {QStringLiteral("action"), t.action},
                                    {QStringLiteral("line"), t.line}});
    QJsonArray checklists;
    for (const Checklist &c : rb.checklists) {
        QJsonArray items;
        for (const ChecklistItem &i : c.items)
            items.append(QJsonObject{{QStringLiteral("text"), i.text},
                                     {QStringLiteral("checked"), i.checkedInSource},
                                     {QStringLiteral("line"), i.line}});
        checklists.append(QJsonObject{{QStringLiteral("title"), c.title},
                                      {QStringLiteral("phase"), phaseName(c.phase)},
                                      {QStringLiteral("line"), c.line},
                                      {QStringLiteral("items"), items}});
    }
    QJsonArray procedures;
    QStringList secrets;
    for (const Procedure &p : rb.procedures) {
        QJsonArray steps;
        for (const Step &s : p.steps) {
            steps.append(step(s));
            for (const Placeholder &ph : s.placeholders) {
                if (ph.secret)
                    secrets.append(ph.name);
            }
        }
        procedures.append(QJsonObject{
            {QStringLiteral("title"), p.title},
            {QStringLiteral("kind"), kindName(p.kind)},
            {QStringLiteral("line"), p.line},
            {QStringLiteral("expected_seconds"), optionalInt(p.expected.expectedSeconds())},
            {QStringLiteral("window"), window(p.window)},
            {QStringLiteral("risk"), optionalString(p.risk)},
            {QStringLiteral("when_to_use"), p.whenToUse},
            {QStringLiteral("steps"), steps}});
    }
    QJsonArray templates;
    for (const MessageTemplate &t : rb.templates) {
        for (const Placeholder &ph : t.placeholders) {
            if (ph.secret)
                secrets.append(ph.name);
        }
        templates.append(QJsonObject{{QStringLiteral("title"), t.title},
                                     {QStringLiteral("line"), t.line},
                                     {QStringLiteral("body"), t.body},
                                     {QStringLiteral("audience"), optionalString(t.audience)},
                                     {QStringLiteral("placeholders"), names(t.placeholders)}});
    }
    QJsonArray stakeholders;
    for (const Stakeholder &s : rb.stakeholders)
        stakeholders.append(
            QJsonObject{{QStringLiteral("who"), s.who},
                        {QStringLiteral("channel"), s.channel},
                        {QStringLiteral("deadline"), s.deadlineText},
                        {QStringLiteral("deadline_minutes"), optionalInt(s.deadlineMinutes)},
                        {QStringLiteral("line"), s.line}});
    QJsonArray escalation;
    for (const EscalationLevel &e : rb.escalation)
        escalation.append(QJsonObject{{QStringLiteral("level"), e.level},
                                      {QStringLiteral("who"), e.who},
                                      {QStringLiteral("group"), e.group},
                                      {QStringLiteral("label"), optionalString(e.label)},
                                      {QStringLiteral("after"), optionalString(e.afterText)},
                                      {QStringLiteral("after_minutes"),
                                       optionalInt(e.afterMinutes)},
                                      {QStringLiteral("condition"), optionalString(e.condition)},
                                      {QStringLiteral("line"), e.line}});
    QJsonArray report;
    for (const ReportSection &r : rb.reportSections)
        report.append(QJsonObject{{QStringLiteral("title"), r.title},
                                  {QStringLiteral("hint"), r.hint},
                                  {QStringLiteral("line"), r.line}});
    QJsonArray index;
    for (const ProcedureIndexEntry &e : rb.procedureIndex)
        index.append(QJsonObject{
            {QStringLiteral("component"), e.component},
            {QStringLiteral("method"), e.method},
            {QStringLiteral("expected_seconds"), optionalInt(e.expected.expectedSeconds())},
            {QStringLiteral("risk"), optionalString(e.risk)},
            {QStringLiteral("procedure"), optionalString(e.procedure)},
            {QStringLiteral("line"), e.line}});
    QJsonArray guesses;
    for (const Guess &g : rb.guesses)
        guesses.append(QJsonObject{{QStringLiteral("line"), g.line},
                                   {QStringLiteral("what"), g.what},
                                   {QStringLiteral("annotation"), g.annotation}});
    QJsonArray diagnostics;
    for (const Diagnostic &d : rb.diagnostics)
        diagnostics.append(QJsonObject{{QStringLiteral("line"), d.line},
                                       {QStringLiteral("severity"), severityName(d.severity)},
                                       {QStringLiteral("message"), d.message}});
    std::sort(secrets.begin(), secrets.end());
    secrets.erase(std::unique(secrets.begin(), secrets.end()), secrets.end());

    return QJsonObject{
        {QStringLiteral("title"), rb.title},
        {QStringLiteral("source"), rb.source},
        {QStringLiteral("decisions"), decisions},
        {QStringLiteral("severities"), severities},
        {QStringLiteral("triggers"), triggers},
        {QStringLiteral("checklists"), checklists},
        {QStringLiteral("procedures"), procedures},
        {QStringLiteral("templates"), templates},
        {QStringLiteral("stakeholders"), stakeholders},
        {QStringLiteral("escalation"), escalation},
        {QStringLiteral("report_sections"), report},
        {QStringLiteral("procedure_index"), index},
        {QStringLiteral("status_cadence_minutes"), optionalInt(rb.statusCadenceMinutes)},
        {QStringLiteral("secrets"), QJsonArray::fromStringList(secrets)},
        {QStringLiteral("diagnostics"), diagnostics},
        {QStringLiteral("guesses"), guesses}};
}

} // namespace rollcage::runbook
