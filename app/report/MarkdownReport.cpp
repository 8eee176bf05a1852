#include "report/MarkdownReport.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include "report/ExecutionLog.h"
#include "report/MarkdownText.h"
#include "report/ReportFields.h"

#include <QCoreApplication>

#include <algorithm>

namespace rollcage::report {

namespace events = incident::events;

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::report")

// The marker a reader (and the Report page) sees where a human still has to write.
QString humanField(const QHash<QString, QString> &values, const QString &name)
{
    const auto field = findReportField(name);
    const QString text = values.value(name).trimmed();
    if (!text.isEmpty())
        return text + QStringLiteral("\n\n");
    return tr("> **To be filled in.** %1\n\n").arg(field ? field->hint : QString());
}

QString fieldSection(const QHash<QString, QString> &values, const QString &name)
{
    const auto field = findReportField(name);
    return QStringLiteral("## %1\n\n").arg(field->label) + humanField(values, name);
}

// Declared until resolved (or aborted); while open, until the last recorded event, so
// the same journal always gives the same report.
QString impactDuration(const ReportData &d)
{
    const qint64 from = d.state.declaredMs;
    for (const incident::Event &e : d.events) {
        const QString to = events::is<events::StateChanged>(e)
                               ? events::read<events::StateChanged>(e).to
                               : QString();
        if (to == QLatin1String("resolved") || to == QLatin1String("aborted"))
            return tr("%1 (declared %2 UTC, %3 %4 UTC)")
                .arg(md::duration(e.atMs - from), md::utc(from), to, md::utc(e.atMs));
    }
    // The latest time, not the last event's: one held while a shared store was away is
    // recorded after others with the earlier time it happened.
    qint64 last = from;
    for (const incident::Event &e : d.events)
        last = std::max(last, e.atMs);
    return tr("%1 so far: declared %2 UTC, not resolved yet (last recorded %3 UTC)")
        .arg(md::duration(last - from), md::utc(from), md::utc(last));
}

QString summary(const ReportData &d)
{
    const incident::IncidentRecord &r = d.incident;
    QString md = tr("## Summary\n\n");
    md += tr("%1 on %2 (%3), handled with the runbook \"%4\".")
              .arg(md::inlineText(r.title), r.service, r.environment, r.runbookTitle);
    if (d.state.decision.isEmpty())
        md += tr(" No decision was recorded.");
    else
        md += tr(" Decision: **%1**").arg(d.state.decision) +
              (d.state.justification.isEmpty()
                   ? QStringLiteral(".")
                   : QStringLiteral(" — ") + md::inlineText(d.state.justification) +
                         // "…on a sandbox." must not end in "..".
                         (d.state.justification.trimmed().endsWith(QLatin1Char('.')) ? QString()
                                                                                      : QStringLiteral(".")));
    md += tr(" The incident is %1.\n\n")
              .arg(incident::phaseName(d.state.phase).replace(QLatin1Char('_'), QLatin1Char(' ')));
    return md;
}

QString impact(const ReportData &d, const QHash<QString, QString> &fields)
{
    QString md = tr("## Impact\n\n");
    md += tr("- Services affected: %1 (%2)\n").arg(d.incident.service, d.incident.environment);
    md += tr("- Duration: %1\n\n").arg(impactDuration(d));
    md += tr("### Users affected\n\n") + humanField(fields, QStringLiteral("users_affected"));
    return md;
}

QString decision(const incident::IncidentState &s)
{
    QString md = tr("## Decision\n\n");
    if (s.decision.isEmpty())
        return md + tr("No decision was recorded.\n\n");
    md += QStringLiteral("**%1**").arg(s.decision);
    if (!s.justification.isEmpty())
        md += QStringLiteral(": ") + s.justification;
    if (s.deadlineMs)
        md += tr("\n\nDeadline: %1 UTC.").arg(md::utc(*s.deadlineMs));
    return md + QStringLiteral("\n\n");
}

QString timeline(const ReportData &d)
{
    const QHash<QString, QString> channels = messageChannels(d.events);
    QString md = tr("## Timeline\n\n| Time (UTC) | Who | What |\n|---|---|---|\n");
    for (const incident::Event &e : d.events)
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(md::utc(e.atMs), md::cell(e.operatorName),
                       md::cell(describeEvent(e, d.state.step(e.stepIndex).title, channels)));
    return md + QLatin1Char('\n');
}

// What the operator typed into the step's last attempt (answers, session lines), in order.
QString typedInto(const ReportData &d, const QString &procedure, const incident::StepRecord &step)
{
    QString md;
    for (const incident::Event &e : d.events) {
        if (e.id <= step.lastRunEventId || e.stepIndex != step.index)
            continue;
        const QString of = events::read<events::OfStep>(e).procedure;
        if (!of.isEmpty() && of != procedure)
            continue;
        if (const auto typed = describeTyped(e))
            md += QStringLiteral("- %1 UTC — %2\n").arg(md::utc(e.atMs), md::inlineText(*typed));
    }
    return md.isEmpty() ? md : tr("\nTyped by the operator:\n\n") + md;
}

QString stepDetails(const ReportData &d)
{
    if (d.state.procedures.isEmpty())
        return {};
    QString md = tr("## Step details\n");
    const bool several = d.state.procedures.size() > 1;
    for (const incident::ProcedureRun &run : d.state.procedures) {
        for (const incident::StepRecord &step : run.steps) {
            // Step numbers are per procedure: with several, each heading says whose step.
            md += several ? QStringLiteral("\n### %1 — %2. %3\n\n")
                                .arg(run.title)
                                .arg(step.index + 1)
                                .arg(step.title)
                          : QStringLiteral("\n### %1. %2\n\n").arg(step.index + 1).arg(step.title);
            md += tr("Status: %1").arg(
                incident::stepStateName(step.state).replace(QLatin1Char('_'), QLatin1Char(' ')));
            md += step.reason.isEmpty() ? QStringLiteral(".\n")
                                        : QStringLiteral(" — ") + step.reason + QLatin1Char('\n');
            for (const QString &note : step.notes)
                md += tr("\nNote: %1\n").arg(note);
            if (step.lastRunEventId == 0)
                continue;
            for (const incident::Event &e : d.events) {
                if (e.id == step.lastRunEventId && events::is<events::StepStarted>(e)) {
                    md += tr("\nCommand (attempt %1):\n\n").arg(step.attempts);
                    md += md::fenced(events::read<events::StepStarted>(e).command,
                                     QStringLiteral("bash"));
                }
            }
            md += typedInto(d, run.title, step);
            const QStringList tail = d.outputTails.value(step.lastRunEventId);
            const qint64 total = d.outputLineCounts.value(step.lastRunEventId);
            if (tail.isEmpty()) {
                md += tr("\nNo output.\n");
            } else {
                md += total > tail.size()
                          ? tr("\nLast %1 of %2 lines of output (the full log is in the incident "
                               "store, step run %3):\n\n")
                                .arg(tail.size())
                                .arg(total)
                                .arg(step.lastRunEventId)
                          : tr("\nOutput:\n\n");
                md += md::fenced(tail.join(QLatin1Char('\n')), QStringLiteral("text"));
            }
        }
    }
    return md;
}

} // namespace

QString renderMarkdown(const ReportData &data)
{
    const incident::IncidentRecord &r = data.incident;
    const incident::IncidentState &s = data.state;
    const QHash<QString, QString> fields = reportFieldValues(data.events);
    QString md;
    md += QStringLiteral("# Incident %1: %2\n\n").arg(r.id).arg(r.title);
    md += QStringLiteral("| | |\n|---|---|\n");
    md += tr("| Service | %1 (%2) |\n").arg(md::cell(r.service), md::cell(r.environment));
    md += tr("| State | %1 |\n").arg(incident::phaseName(s.phase));
    md += tr("| Declared | %1 UTC by %2 |\n").arg(md::utc(s.declaredMs), md::cell(s.declaredBy));
    md += tr("| Runbook | %1 (`%2`, SHA-256 `%3`) |\n")
              .arg(md::cell(r.runbookTitle), md::cell(r.runbookSource), r.runbookSha256);
    md += tr("| Procedure | %1 |\n\n").arg(md::cell(r.procedure));
    md += summary(data);
    md += impact(data, fields);
    md += decision(s);
    md += timeline(data);
    md += fieldSection(fields, QStringLiteral("root_cause"));
    md += fieldSection(fields, QStringLiteral("resolution"));
    md += fieldSection(fields, QStringLiteral("prevention"));
    md += renderExecutionLog(data);
    md += stepDetails(data);
    return md;
}

} // namespace rollcage::report
