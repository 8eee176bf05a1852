#include "report/ExecutionLog.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include "report/MarkdownText.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace rollcage::report {

namespace events = incident::events;
using incident::StepState;

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::report")

QString readable(QString name)
{
    return name.replace(QLatin1Char('_'), QLatin1Char(' '));
}

QString typeAndScope(const ReportData &d)
{
    const ProcedureFacts &f = d.procedure;
    QString md = tr("### Type and scope\n\n");
    QStringList about;
    if (!f.method.isEmpty())
        about.append(f.method);
    if (!f.risk.isEmpty())
        about.append(tr("risk %1").arg(f.risk));
    if (!f.expected.isEmpty())
        about.append(tr("expected %1").arg(f.expected));
    md += tr("- Procedure: **%1**").arg(d.incident.procedure) +
          (about.isEmpty() ? QString()
                           : QStringLiteral(" (") + about.join(QStringLiteral(", ")) +
                                 QLatin1Char(')')) +
          QLatin1Char('\n');
    if (d.state.procedures.size() > 1) {
        QStringList titles;
        for (const incident::ProcedureRun &run : d.state.procedures)
            titles.append(QStringLiteral("**%1**").arg(md::inlineText(run.title)));
        md += tr("- Procedures run, in order: %1\n").arg(titles.join(QStringLiteral(" → ")));
    }
    md += tr("- Scope: %1 in %2\n").arg(d.incident.service, d.incident.environment);
    QMap<StepState, int> counts;
    int recorded = 0;
    for (const incident::ProcedureRun &run : d.state.procedures) {
        for (const incident::StepRecord &s : run.steps)
            ++counts[s.state];
        recorded += int(run.steps.size());
    }
    const int total = d.state.procedures.size() > 1 ? recorded
                                                    : std::max<int>(f.stepCount, recorded);
    const int touched = recorded - counts.value(StepState::Pending);
    md += tr("- Steps: %1 of %2 acted on; %3 succeeded, %4 skipped, %5 waived\n\n")
              .arg(touched)
              .arg(total)
              .arg(counts.value(StepState::Succeeded))
              .arg(counts.value(StepState::Skipped))
              .arg(counts.value(StepState::Waived));
    return md;
}

QString stepRows(const QMap<int, incident::StepRecord> &steps)
{
    QString md = tr("| # | Step | Status | Attempts | Duration | Exit |\n|---|---|---|---|---|---|\n");
    for (const incident::StepRecord &step : steps) {
        const qint64 ms =
            step.finishedMs > 0 && step.startedMs > 0 ? step.finishedMs - step.startedMs : -1;
        const QString exit = step.signal > 0      ? tr("signal %1").arg(step.signal)
                             : step.exitCode >= 0 ? QString::number(step.exitCode)
                                                  : QStringLiteral("–");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(step.index + 1)
                  .arg(md::cell(step.title), readable(incident::stepStateName(step.state)))
                  .arg(step.attempts)
                  .arg(md::duration(ms), exit);
    }
    return md + QLatin1Char('\n');
}

// Every procedure the incident ran, in the order it began, each with its own steps.
QString stepTable(const ReportData &d)
{
    QString md = tr("### Steps\n\n");
    if (d.state.procedures.isEmpty())
        return md + tr("No step was run.\n\n");
    if (d.state.procedures.size() == 1)
        return md + stepRows(d.state.procedures.first().steps);
    for (const incident::ProcedureRun &run : d.state.procedures)
        md += QStringLiteral("#### %1\n\n").arg(md::inlineText(run.title)) + stepRows(run.steps);
    return md;
}

// Four-eyes: every request and answer, with both names and times. Said only when the
// incident had any: most incidents are one person's.
QString approvals(const ReportData &d)
{
    QString md;
    for (const incident::Event &e : d.events) {
        if (!events::is<events::ApprovalRequested>(e) && !events::is<events::ApprovalDecided>(e) &&
            !events::is<events::FourEyesSet>(e))
            continue;
        md += QStringLiteral("- %1 UTC — %2\n")
                  .arg(md::utc(e.atMs),
                       md::inlineText(describeEvent(e, d.state.step(e.stepIndex).title)));
    }
    return md.isEmpty() ? md : tr("### Approvals (four eyes)\n\n") + md + QLatin1Char('\n');
}

// A backup is whatever value the operator chose under a name that says so
// ([selected-backup], ${BACKUP_FILE}): runbooks name it, the journal records the choice.
QString backupUsed(const ReportData &d)
{
    QString md = tr("### Backup used\n\n");
    QStringList names;
    for (auto it = d.state.variables.cbegin(); it != d.state.variables.cend(); ++it) {
        if (it.key().contains(QLatin1String("backup"), Qt::CaseInsensitive))
            names.append(it.key());
    }
    if (names.isEmpty())
        return md + tr("No backup was chosen during this incident.\n\n");
    std::sort(names.begin(), names.end());
    for (const QString &name : std::as_const(names))
        md += QStringLiteral("- %1: `%2`\n").arg(name, md::inlineText(d.state.variables.value(name)));
    return md + QLatin1Char('\n');
}

QString checklistResults(const ReportData &d)
{
    QString md;
    for (const auto &[title, items] : d.procedure.validation) {
        QStringList lines;
        int checked = 0;
        int waived = 0;
        for (const QString &item : items) {
            const auto mark = std::find_if(d.state.checklist.cbegin(), d.state.checklist.cend(),
                                           [&](const incident::ChecklistMark &m) {
                                               return m.checklist == title && m.item == item;
                                           });
            if (mark == d.state.checklist.cend()) {
                lines.append(tr("- open: %1").arg(md::inlineText(item)));
            } else if (mark->waived) {
                ++waived;
                lines.append(tr("- waived: %1 (by %2: %3)")
                                 .arg(md::inlineText(item), mark->by, md::inlineText(mark->reason)));
            } else {
                ++checked;
                lines.append(
                    tr("- checked: %1 (by %2 at %3 UTC)")
                        .arg(md::inlineText(item), mark->by, md::utc(mark->atMs)) +
                    (mark->alsoBy.isEmpty()
                         ? QString()
                         : tr("; also ticked by %1").arg(mark->alsoBy.join(QStringLiteral(", ")))));
            }
        }
        md += tr("**%1**: %2 of %3 checked, %4 waived, %5 open\n\n")
                  .arg(title)
                  .arg(checked)
                  .arg(items.size())
                  .arg(waived)
                  .arg(items.size() - checked - waived);
        md += lines.join(QLatin1Char('\n')) + QStringLiteral("\n\n");
    }
    return md;
}

QString healthResults(const ReportData &d)
{
    struct Tally
    {
        int passing = 0;
        int failing = 0;
        const incident::Event *last = nullptr;
    };
    QMap<QString, Tally> checks;
    for (const incident::Event &e : d.events) {
        if (!events::is<events::HealthResult>(e))
            continue;
        const auto result = events::read<events::HealthResult>(e);
        Tally &t = checks[result.check];
        ++(result.ok ? t.passing : t.failing);
        t.last = &e;
    }
    if (checks.isEmpty())
        return tr("No health check was recorded.\n\n");
    QString md = tr("| Health check | Passing | Failing | Last result |\n|---|---|---|---|\n");
    for (auto it = checks.cbegin(); it != checks.cend(); ++it) {
        const incident::Event &last = *it->last;
        const auto result = events::read<events::HealthResult>(last);
        const QString detail = result.detail;
        md += QStringLiteral("| %1 | %2 | %3 | %4 at %5 UTC%6 |\n")
                  .arg(md::cell(it.key()))
                  .arg(it->passing)
                  .arg(it->failing)
                  .arg(result.ok ? tr("passing") : tr("failing"), md::utc(last.atMs),
                       detail.isEmpty() ? QString() : QStringLiteral(": ") + md::cell(detail));
    }
    return md + QLatin1Char('\n');
}

bool isIssue(const incident::Event &e)
{
    using events::is;
    if (is<events::StepFinished>(e))
        return events::read<events::StepFinished>(e).status != QLatin1String("succeeded");
    if (is<events::HealthResult>(e))
        return !events::read<events::HealthResult>(e).ok;
    if (is<events::ApprovalDecided>(e))
        return !events::read<events::ApprovalDecided>(e).approved;
    return is<events::StepBlocked>(e) || is<events::StepSkipped>(e) || is<events::StepWaived>(e) ||
           is<events::StepTakenOver>(e) ||
           is<events::StepOutcomeUnknown>(e) || is<events::ChecklistWaived>(e) ||
           is<events::MessageAbandoned>(e) || is<events::MessageRejected>(e);
}

QString issues(const ReportData &d)
{
    QString md = tr("### Issues encountered\n\n");
    const QHash<QString, QString> channels = messageChannels(d.events);
    int count = 0;
    for (const incident::Event &e : d.events) {
        if (!isIssue(e))
            continue;
        QString line = describeEvent(e, d.state.step(e.stepIndex).title, channels);
        if (events::is<events::StepFinished>(e)) {
            const QString error = events::read<events::StepFinished>(e).error;
            if (!error.isEmpty())
                line += QStringLiteral(": ") + error;
        }
        md += QStringLiteral("- %1 UTC — %2\n").arg(md::utc(e.atMs), md::inlineText(line));
        ++count;
    }
    return md + (count ? QStringLiteral("\n") : tr("None recorded.\n\n"));
}

} // namespace

QString renderExecutionLog(const ReportData &d)
{
    QString md = tr("## Rollback execution log\n\n");
    md += typeAndScope(d);
    md += stepTable(d);
    md += approvals(d);
    md += backupUsed(d);
    md += tr("### Validation results\n\n");
    md += checklistResults(d);
    md += healthResults(d);
    md += issues(d);
    return md;
}

} // namespace rollcage::report
