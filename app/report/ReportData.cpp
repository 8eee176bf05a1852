#include "report/ReportData.h"

#include "core/Tr.h"
#include "incident/EscalationCall.h"
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
QString str(const incident::Event &e, const char *key)
{
    return e.data.value(QLatin1String(key)).toString();
}
int num(const incident::Event &e, const char *key)
{
    return e.data.value(QLatin1String(key)).toInt();
}
QString utcTime(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm:ss"));
}
QString words(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}
QString withHttp(const incident::Event &e, const QString &text)
{
    // The outbox's errors usually name the status already ("HTTP 500: …").
    const int status = num(e, "http_status");
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
        if (e.type == incident::events::MessageQueued)
            channels.insert(str(e, "key"), str(e, "channel"));
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
        if (e.type != events::StepStarted)
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

QString describeEvent(const incident::Event &e, const QString &stepTitle,
                      const QHash<QString, QString> &channels)
{
    const QString channel =
        str(e, "channel").isEmpty() ? channels.value(str(e, "key")) : str(e, "channel");
    const QString title = str(e, "title").isEmpty() ? stepTitle : str(e, "title");
    QString step;
    if (e.stepIndex >= 0)
        step = title.isEmpty() ? tr("Step %1").arg(e.stepIndex + 1)
                               : tr("Step %1 \"%2\"").arg(e.stepIndex + 1).arg(title);
    if (e.type == events::Declared)
        return tr("Incident declared (procedure \"%1\")").arg(str(e, "procedure"));
    if (e.type == events::StateChanged) {
        const QString reason = str(e, "reason");
        return tr("Phase %1 → %2").arg(words(str(e, "from")), words(str(e, "to"))) +
               (reason.isEmpty() ? QString() : QStringLiteral(": ") + reason);
    }
    if (e.type == events::VariableSet)
        return tr("Variable %1 = %2").arg(str(e, "name"), str(e, "value"));
    if (e.type == events::DecisionTaken)
        return tr("Decision: %1 (%2)").arg(str(e, "action"), str(e, "justification"));
    if (e.type == events::ChecklistTicked)
        return tr("Checklist: ticked \"%1\"").arg(str(e, "item"));
    if (e.type == events::ChecklistWaived)
        return tr("Checklist: waived \"%1\": %2").arg(str(e, "item"), str(e, "reason"));
    if (e.type == events::ChecklistUnticked)
        return tr("Checklist: \"%1\" open again").arg(str(e, "item")) +
               (str(e, "reason").isEmpty() ? QString() : QStringLiteral(": ") + str(e, "reason"));
    if (e.type == events::StakeholderNotified)
        return tr("Stakeholder told outside Rollcage: %1").arg(str(e, "who")) +
               (str(e, "note").isEmpty() ? QString() : QStringLiteral(" (") + str(e, "note") + QLatin1Char(')'));
    if (e.type == events::StepStarted)
        return tr("%1 started (attempt %2)")
            .arg(step)
            .arg(e.data.value(QLatin1String("attempt")).toInt(1));
    if (e.type == events::StepFinished) {
        QString text = tr("%1 %2").arg(step, words(str(e, "status")));
        const int signal = e.data.value(QLatin1String("signal")).toInt();
        if (signal > 0)
            text += tr(" (signal %1)").arg(signal);
        else if (e.data.value(QLatin1String("exit_code")).toInt(-1) >= 0)
            text += tr(" (exit %1)").arg(e.data.value(QLatin1String("exit_code")).toInt());
        return text;
    }
    if (e.type == events::StepBlocked)
        return tr("%1 could not start: %2").arg(step, str(e, "reason"));
    if (e.type == events::StepSkipped)
        return tr("%1 skipped: %2").arg(step, str(e, "reason"));
    if (e.type == events::StepWaived)
        return tr("%1 waived: %2").arg(step, str(e, "reason"));
    if (e.type == events::StepOutcomeUnknown)
        return tr("%1 interrupted: outcome unknown").arg(step);
    if (e.type == events::StepResolved) {
        const QString note = str(e, "note");
        return tr("%1 resolved: %2").arg(step, str(e, "resolution")) +
               (note.isEmpty() ? QString() : QStringLiteral(" (") + note + QLatin1Char(')'));
    }
    if (e.type == events::NoteAdded)
        return (step.isEmpty() ? tr("Note") : step + tr(" note")) + QStringLiteral(": ") +
               str(e, "text");
    if (e.type == events::MessageQueued) {
        const QString heading = str(e, "title");
        return heading.isEmpty() ? tr("Message queued for %1").arg(channel)
                                 : tr("Message \"%1\" queued for %2").arg(heading, channel);
    }
    if (e.type == events::MessageAttemptFailed) {
        const qint64 next = e.data.value(QLatin1String("next_attempt_ms")).toInteger();
        QString text = tr("Message to %1 not delivered (attempt %2): %3")
                           .arg(channel)
                           .arg(num(e, "attempt"))
                           .arg(withHttp(e, str(e, "error")));
        if (next > 0)
            text += tr("; next try at %1").arg(utcTime(next));
        return text;
    }
    if (e.type == events::MessageSent) {
        const int attempt = num(e, "attempt");
        return attempt > 1 ? tr("Message sent via %1 (attempt %2)").arg(channel).arg(attempt)
                           : tr("Message sent via %1").arg(channel);
    }
    if (e.type == events::MessageAbandoned)
        return tr("Message to %1 given up: %2").arg(channel.isEmpty() ? tr("a channel") : channel,
                                                    str(e, "reason"));
    if (e.type == events::MessageRejected)
        return tr("Message to %1 refused by the service (%2); not retried")
            .arg(channel, withHttp(e, str(e, "error")));
    if (e.type == events::HealthResult) {
        const QString detail = str(e, "detail");
        return tr("Health check %1: %2")
                   .arg(str(e, "check"),
                        e.data.value(QLatin1String("ok")).toBool() ? tr("passing") : tr("failing")) +
               (detail.isEmpty() ? QString() : QStringLiteral(" (") + detail + QLatin1Char(')'));
    }
    if (e.type == events::ProcedureChosen)
        return tr("Procedure changed from \"%1\" to \"%2\"").arg(str(e, "previous"), str(e, "procedure")) +
               (str(e, "reason").isEmpty() ? QString() : QStringLiteral(": ") + str(e, "reason"));
    if (e.type == events::Escalated)
        return tr("Escalated to %1").arg(incident::EscalationCall::fromEvent(e).title()) +
               (str(e, "note").isEmpty() ? QString() : QStringLiteral(": ") + str(e, "note"));
    if (e.type == events::HealthAlert)
        return tr("Health alert on %1: %2").arg(str(e, "check"), str(e, "message"));
    if (e.type == events::HealthAlertCleared)
        return tr("Health alert on %1 cleared (%2)").arg(str(e, "check"), str(e, "rule"));
    if (e.type == events::HealthTargets) {
        QStringList targets;
        const QJsonObject t = e.data.value(QLatin1String("targets")).toObject();
        for (auto it = t.begin(); it != t.end(); ++it)
            targets << it.key() + QStringLiteral(" = ") + it.value().toString();
        return tr("Health check base URLs: %1").arg(targets.join(QStringLiteral(", ")));
    }
    if (e.type == events::ReportFieldSet) {
        const auto field = findReportField(str(e, "field"));
        return tr("Report: \"%1\" written").arg(field ? field->label : str(e, "field"));
    }
    return e.type;
}

} // namespace rollcage::report
