#include "report/ReportData.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include "incident/EscalationCall.h"
#include "report/MarkdownText.h"
#include "report/ReportFields.h"
#include "runbook/Importer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

namespace rollcage::report {

namespace events = incident::events;

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::report")
QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm:ss"));
}
QString words(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}
QString withHttp(int status, const QString &text)
{
    // The outbox's errors usually name the status already ("HTTP 500: …").
    return status > 0 && !text.startsWith(QLatin1String("HTTP "))
               ? QStringLiteral("HTTP %1: %2").arg(status).arg(text)
               : text;
}
} // namespace

ProcedureFacts procedureFacts(const incident::IncidentRecord &incident)
{
    ProcedureFacts facts;
    if (incident.runbookText.isEmpty())
        return facts;
    const runbook::Runbook book =
        runbook::Importer::importText(incident.runbookText.toUtf8(), incident.runbookSource);
    for (const runbook::Procedure &p : book.procedures) {
        if (p.title.compare(incident.procedure, Qt::CaseInsensitive) != 0)
            continue;
        facts.risk = p.risk;
        facts.expected = p.expected.text;
        facts.stepCount = int(p.steps.size());
        for (const runbook::ProcedureIndexEntry &row : book.procedureIndex) {
            if (row.procedure == p.title)
                facts.method = row.method;
        }
    }
    for (const runbook::Checklist &c : book.checklists) {
        if (c.phase != runbook::ChecklistPhase::Post && c.phase != runbook::ChecklistPhase::Validation)
            continue;
        QStringList items;
        for (const runbook::ChecklistItem &item : c.items)
            items.append(item.text);
        facts.validation.append({c.title, items});
    }
    return facts;
}

QHash<QString, QString> messageChannels(const QList<incident::Event> &events)
{
    QHash<QString, QString> channels;
    for (const incident::Event &e : events) {
        if (events::is<events::MessageQueued>(e)) {
            const auto queued = events::read<events::MessageQueued>(e);
            channels.insert(queued.key, queued.channel);
        }
    }
    return channels;
}

Result<ReportData> collectReport(const incident::IncidentStore &store, qint64 incidentId,
                                 int tailLines)
{
    using R = Result<ReportData>;
    ReportData data;
    const auto record = store.incident(incidentId);
    if (!record)
        return R::failure(record.error);
    data.incident = *record;
    const auto journal = store.events(incidentId);
    if (!journal)
        return R::failure(journal.error);
    data.events = *journal;
    data.state = incident::deriveState(data.events);
    if (!data.state.procedure.isEmpty())
        data.incident.procedure = data.state.procedure; // switched before any step ran
    data.procedure = procedureFacts(data.incident);
    for (const incident::Event &e : data.events) {
        if (!events::is<events::StepStarted>(e))
            continue;
        const auto count = store.outputLineCount(e.id);
        if (!count)
            return R::failure(count.error);
        const qint64 first = std::max<qint64>(0, *count - tailLines);
        const auto lines = store.outputLines(e.id, first, tailLines);
        if (!lines)
            return R::failure(lines.error);
        QStringList tail;
        for (const incident::OutputLine &l : *lines)
            tail.append(l.text);
        data.outputTails.insert(e.id, tail);
        data.outputLineCounts.insert(e.id, *count);
    }
    return R::success(data);
}

std::optional<QString> describeTyped(const incident::Event &e)
{
    using events::is;
    using events::read;
    if (is<events::SessionLineTyped>(e)) {
        const auto typed = read<events::SessionLineTyped>(e);
        if (typed.hidden)
            return tr("typed without echo (not recorded)");
        const QString text = typed.text.isEmpty() ? tr("Enter on an empty line")
                                                  : md::codeSpan(typed.text);
        if (typed.sessionLine > 0)
            return tr("typed session line %1 (runbook line %2): %3")
                .arg(typed.sessionLine)
                .arg(typed.line)
                .arg(text);
        return tr("typed by hand: %1").arg(text);
    }
    if (is<events::StepInputGiven>(e)) {
        const auto given = read<events::StepInputGiven>(e);
        if (given.endOfInput)
            return tr("ended its input (Ctrl+D)");
        if (given.hidden)
            return tr("answered without echo (not recorded)");
        return given.text.isEmpty() ? tr("answered with an empty line")
                                    : tr("answered %1").arg(md::codeSpan(given.text));
    }
    return std::nullopt;
}

namespace {
QString orEmpty(const QString &separator, const QString &text, const QString &closing = {})
{
    return text.isEmpty() ? QString() : separator + text + closing;
}

// The step events, "Step 2 "Drain the queue" skipped: …".
std::optional<QString> describeStepEvent(const incident::Event &e, const QString &step)
{
    using events::is;
    using events::read;
    if (is<events::StepStarted>(e))
        return tr("%1 started (attempt %2)")
            .arg(step)
            .arg(qMax(1, read<events::StepStarted>(e).attempt));
    if (is<events::StepFinished>(e)) {
        const auto finished = read<events::StepFinished>(e);
        QString text = tr("%1 %2").arg(step, words(finished.status));
        // Stopped by Rollcage (nobody could answer it): its signal says nothing.
        if (finished.status == QLatin1String("blocked"))
            return text;
        if (finished.signal > 0)
            text += tr(" (signal %1)").arg(finished.signal);
        else if (finished.exitCode >= 0)
            text += tr(" (exit %1)").arg(finished.exitCode);
        return text;
    }
    if (is<events::StepBlocked>(e))
        return tr("%1 could not start: %2").arg(step, read<events::StepBlocked>(e).reason);
    if (is<events::StepSkipped>(e))
        return tr("%1 skipped: %2").arg(step, read<events::StepSkipped>(e).reason);
    if (is<events::StepWaived>(e))
        return tr("%1 waived: %2").arg(step, read<events::StepWaived>(e).reason);
    if (is<events::StepOutcomeUnknown>(e))
        return tr("%1 interrupted: outcome unknown").arg(step);
    if (is<events::StepResolved>(e)) {
        const auto resolved = read<events::StepResolved>(e);
        return tr("%1 resolved: %2").arg(step, resolved.resolution) +
               orEmpty(QStringLiteral(" ("), resolved.note, QStringLiteral(")"));
    }
    if (const auto typed = describeTyped(e))
        return step + QStringLiteral(": ") + *typed;
    if (is<events::NoteAdded>(e))
        return (step.isEmpty() ? tr("Note") : step + tr(" note")) + QStringLiteral(": ") +
               read<events::NoteAdded>(e).text;
    return std::nullopt;
}

// The outbox's and the other messages' events.
std::optional<QString> describeMessageEvent(const incident::Event &e,
                                            const QHash<QString, QString> &channels)
{
    using events::is;
    using events::read;
    const auto of = read<events::OfMessage>(e);
    const QString channel = of.channel.isEmpty() ? channels.value(of.key) : of.channel;
    if (is<events::MessageQueued>(e)) {
        const QString heading = read<events::MessageQueued>(e).title;
        return heading.isEmpty() ? tr("Message queued for %1").arg(channel)
                                 : tr("Message \"%1\" queued for %2").arg(heading, channel);
    }
    if (is<events::MessageAttemptFailed>(e)) {
        const auto failed = read<events::MessageAttemptFailed>(e);
        QString text = tr("Message to %1 not delivered (attempt %2): %3")
                           .arg(channel)
                           .arg(failed.attempt)
                           .arg(withHttp(failed.httpStatus, failed.error));
        if (failed.nextAttemptMs > 0)
            text += tr("; next try at %1").arg(utcTime(failed.nextAttemptMs));
        return text;
    }
    if (is<events::MessageSent>(e)) {
        const int attempt = read<events::MessageSent>(e).attempt;
        return attempt > 1 ? tr("Message sent via %1 (attempt %2)").arg(channel).arg(attempt)
                           : tr("Message sent via %1").arg(channel);
    }
    if (is<events::MessageAbandoned>(e))
        return tr("Message to %1 given up: %2")
            .arg(channel.isEmpty() ? tr("a channel") : channel,
                 read<events::MessageAbandoned>(e).reason);
    if (is<events::MessageRejected>(e)) {
        const auto rejected = read<events::MessageRejected>(e);
        return tr("Message to %1 refused by the service (%2); not retried")
            .arg(channel, withHttp(rejected.httpStatus, rejected.error));
    }
    if (is<events::StakeholderNotified>(e)) {
        const auto told = read<events::StakeholderNotified>(e);
        return tr("Stakeholder told outside Rollcage: %1").arg(told.who) +
               orEmpty(QStringLiteral(" ("), told.note, QStringLiteral(")"));
    }
    return std::nullopt;
}

std::optional<QString> describeHealthEvent(const incident::Event &e)
{
    using events::is;
    using events::read;
    if (is<events::HealthResult>(e)) {
        const auto result = read<events::HealthResult>(e);
        return tr("Health check %1: %2")
                   .arg(result.check, result.ok ? tr("passing") : tr("failing")) +
               orEmpty(QStringLiteral(" ("), result.detail, QStringLiteral(")"));
    }
    if (is<events::HealthAlert>(e)) {
        const auto alert = read<events::HealthAlert>(e);
        return tr("Health alert on %1: %2").arg(alert.check, alert.message);
    }
    if (is<events::HealthAlertCleared>(e)) {
        const auto cleared = read<events::HealthAlertCleared>(e);
        return tr("Health alert on %1 cleared (%2)").arg(cleared.check, cleared.rule);
    }
    if (is<events::HealthTargets>(e)) {
        QStringList targets;
        const QJsonObject t = read<events::HealthTargets>(e).targets;
        for (auto it = t.begin(); it != t.end(); ++it)
            targets << it.key() + QStringLiteral(" = ") + it.value().toString();
        return tr("Health check base URLs: %1").arg(targets.join(QStringLiteral(", ")));
    }
    return std::nullopt;
}

// Team mode's: four-eyes, take-over, roles. Who did it is the event's operator, shown
// beside every timeline row; the text names the other person involved.
std::optional<QString> describeTeamEvent(const incident::Event &e, const QString &step)
{
    using events::is;
    using events::read;
    if (is<events::FourEyesSet>(e)) {
        const auto set = read<events::FourEyesSet>(e);
        return (set.required ? tr("Four-eyes approval required for destructive steps")
                             : tr("Four-eyes approval no longer required")) +
               orEmpty(QStringLiteral(": "), set.reason);
    }
    if (is<events::ApprovalRequested>(e)) {
        const auto asked = read<events::ApprovalRequested>(e);
        return tr("%1: approval requested by %2 for `%3`")
                   .arg(step, e.operatorName, asked.command.trimmed()) +
               orEmpty(QStringLiteral(" ("), asked.note, QStringLiteral(")"));
    }
    if (is<events::ApprovalDecided>(e)) {
        const auto decided = read<events::ApprovalDecided>(e);
        return (decided.approved ? tr("%1 approved by %2 (requested by %3)")
                                 : tr("%1 refused by %2 (requested by %3)"))
                   .arg(step, e.operatorName, decided.requestedBy) +
               orEmpty(QStringLiteral(": "), decided.note);
    }
    if (is<events::StepTakenOver>(e)) {
        const auto taken = read<events::StepTakenOver>(e);
        return tr("%1 taken over from %2 by %3: %4")
            .arg(step, taken.from, e.operatorName, taken.reason);
    }
    if (is<events::RoleTaken>(e))
        return tr("%1 joined as %2").arg(e.operatorName, read<events::RoleTaken>(e).role);
    if (is<events::CommandHandedOver>(e)) {
        const auto handed = read<events::CommandHandedOver>(e);
        return tr("Command handed over from %1 to %2").arg(handed.from, handed.to) +
               orEmpty(QStringLiteral(": "), handed.note);
    }
    return std::nullopt;
}

std::optional<QString> describeIncidentEvent(const incident::Event &e)
{
    using events::is;
    using events::read;
    if (is<events::Declared>(e))
        return tr("Incident declared (procedure \"%1\")").arg(read<events::Declared>(e).procedure);
    if (is<events::StateChanged>(e)) {
        const auto changed = read<events::StateChanged>(e);
        return tr("Phase %1 → %2").arg(words(changed.from), words(changed.to)) +
               orEmpty(QStringLiteral(": "), changed.reason);
    }
    if (is<events::VariableSet>(e)) {
        const auto set = read<events::VariableSet>(e);
        return tr("Variable %1 = %2").arg(set.name, set.value);
    }
    if (is<events::DecisionTaken>(e)) {
        const auto decision = read<events::DecisionTaken>(e);
        return tr("Decision: %1 (%2)").arg(decision.action, decision.justification);
    }
    if (is<events::ChecklistTicked>(e))
        return tr("Checklist: ticked \"%1\"").arg(read<events::ChecklistTicked>(e).item);
    if (is<events::ChecklistWaived>(e)) {
        const auto waived = read<events::ChecklistWaived>(e);
        return tr("Checklist: waived \"%1\": %2").arg(waived.item, waived.reason);
    }
    if (is<events::ChecklistUnticked>(e)) {
        const auto open = read<events::ChecklistUnticked>(e);
        return tr("Checklist: \"%1\" open again").arg(open.item) +
               orEmpty(QStringLiteral(": "), open.reason);
    }
    if (is<events::ProcedureChosen>(e)) {
        const auto chosen = read<events::ProcedureChosen>(e);
        return tr("Procedure changed from \"%1\" to \"%2\"")
                   .arg(chosen.previous, chosen.procedure) +
               orEmpty(QStringLiteral(": "), chosen.reason);
    }
    if (is<events::Escalated>(e))
        return tr("Escalated to %1").arg(incident::EscalationCall::fromEvent(e).title()) +
               orEmpty(QStringLiteral(": "), read<events::Escalated>(e).note);
    if (is<events::ReportFieldSet>(e)) {
        const QString name = read<events::ReportFieldSet>(e).field;
        const auto field = findReportField(name);
        return tr("Report: \"%1\" written").arg(field ? field->label : name);
    }
    return std::nullopt;
}
} // namespace

QString describeEvent(const incident::Event &e, const QString &stepTitle,
                      const QHash<QString, QString> &channels)
{
    QString step;
    if (e.stepIndex >= 0) {
        const QString named = events::read<events::OfStep>(e).title;
        const QString title = named.isEmpty() ? stepTitle : named;
        step = title.isEmpty() ? tr("Step %1").arg(e.stepIndex + 1)
                               : tr("Step %1 \"%2\"").arg(e.stepIndex + 1).arg(title);
    }
    if (auto text = describeIncidentEvent(e))
        return *text;
    if (auto text = describeStepEvent(e, step))
        return *text;
    if (auto text = describeMessageEvent(e, channels))
        return *text;
    if (auto text = describeHealthEvent(e))
        return *text;
    if (auto text = describeTeamEvent(e, step))
        return *text;
    return e.type;
}

} // namespace rollcage::report
