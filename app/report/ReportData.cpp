#include "report/ReportData.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace rollcage::report {

namespace events = incident::events;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("report", text);
}
QString str(const incident::Event &e, const char *key)
{
    return e.data.value(QLatin1String(key)).toString();
}
} // namespace

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

QString describeEvent(const incident::Event &e, const QString &stepTitle)
{
    const QString title = str(e, "title").isEmpty() ? stepTitle : str(e, "title");
    QString step;
    if (e.stepIndex >= 0)
        step = title.isEmpty() ? tr("Step %1").arg(e.stepIndex + 1)
                               : tr("Step %1 \"%2\"").arg(e.stepIndex + 1).arg(title);
    if (e.type == events::Declared)
        return tr("Incident declared (procedure \"%1\")").arg(str(e, "procedure"));
    if (e.type == events::StateChanged) {
        const QString reason = str(e, "reason");
        return tr("State %1 → %2").arg(str(e, "from"), str(e, "to")) +
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
    if (e.type == events::StepStarted)
        return tr("%1 started (attempt %2)")
            .arg(step)
            .arg(e.data.value(QLatin1String("attempt")).toInt(1));
    if (e.type == events::StepFinished) {
        QString text = tr("%1 %2").arg(step, str(e, "status"));
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
    if (e.type == events::MessageSent)
        return tr("Message sent via %1").arg(str(e, "channel"));
    if (e.type == events::HealthResult)
        return tr("Health check %1: %2")
            .arg(str(e, "check"),
                 e.data.value(QLatin1String("ok")).toBool() ? tr("ok") : tr("failing"));
    return e.type;
}

} // namespace rollcage::report
