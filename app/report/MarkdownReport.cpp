#include "report/MarkdownReport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace rollcage::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("report", text);
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

// A table cell: one line, pipes escaped.
QString cell(QString text)
{
    text.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    text.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return text;
}

// A fence longer than any run of backticks inside, so output cannot close it.
QString fenced(const QString &body, const QString &info)
{
    int longest = 0;
    int run = 0;
    for (const QChar c : body) {
        run = c == QLatin1Char('`') ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const QString fence(std::max(3, longest + 1), QLatin1Char('`'));
    return fence + info + QLatin1Char('\n') + body +
           (body.endsWith(QLatin1Char('\n')) ? QString() : QStringLiteral("\n")) + fence +
           QLatin1Char('\n');
}

QString duration(qint64 ms)
{
    if (ms < 0)
        return QStringLiteral("–");
    if (ms < 60'000)
        return QStringLiteral("%1 s").arg(QLocale::c().toString(ms / 1000.0, 'f', 1));
    return QStringLiteral("%1 min %2 s").arg(ms / 60'000).arg((ms / 1000) % 60);
}

} // namespace

QString renderMarkdown(const ReportData &data)
{
    const incident::IncidentRecord &r = data.incident;
    const incident::IncidentState &s = data.state;
    QString md;
    md += QStringLiteral("# Incident %1: %2\n\n").arg(r.id).arg(r.title);
    md += QStringLiteral("| | |\n|---|---|\n");
    md += tr("| Service | %1 (%2) |\n").arg(cell(r.service), cell(r.environment));
    md += tr("| State | %1 |\n").arg(incident::phaseName(s.phase));
    md += tr("| Declared | %1 UTC by %2 |\n").arg(utc(s.declaredMs), cell(s.declaredBy));
    md += tr("| Runbook | %1 (`%2`, SHA-256 `%3`) |\n")
              .arg(cell(r.runbookTitle), cell(r.runbookSource), r.runbookSha256);
    md += tr("| Procedure | %1 |\n\n").arg(cell(r.procedure));

    md += tr("## Decision\n\n");
    if (s.decision.isEmpty()) {
        md += tr("No decision was recorded.\n\n");
    } else {
        md += QStringLiteral("**%1**").arg(s.decision);
        if (!s.justification.isEmpty())
            md += QStringLiteral(": ") + s.justification;
        if (s.deadlineMs)
            md += tr("\n\nDeadline: %1 UTC.").arg(utc(*s.deadlineMs));
        md += QStringLiteral("\n\n");
    }

    md += tr("## Timeline\n\n| Time (UTC) | Who | What |\n|---|---|---|\n");
    for (const incident::Event &e : data.events)
        md += QStringLiteral("| %1 | %2 | %3 |\n")
                  .arg(utc(e.atMs), cell(e.operatorName),
                       cell(describeEvent(e, s.step(e.stepIndex).title)));
    md += QLatin1Char('\n');

    md += tr("## Steps\n\n");
    if (s.steps.isEmpty()) {
        md += tr("No step was run.\n");
        return md;
    }
    md += tr("| # | Step | Status | Attempts | Duration | Exit |\n|---|---|---|---|---|---|\n");
    for (const incident::StepRecord &step : s.steps) {
        const qint64 ms =
            step.finishedMs > 0 && step.startedMs > 0 ? step.finishedMs - step.startedMs : -1;
        const QString exit = step.signal > 0      ? tr("signal %1").arg(step.signal)
                             : step.exitCode >= 0 ? QString::number(step.exitCode)
                                                  : QStringLiteral("–");
        md += QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 |\n")
                  .arg(step.index + 1)
                  .arg(cell(step.title), incident::stepStateName(step.state))
                  .arg(step.attempts)
                  .arg(duration(ms), exit);
    }
    for (const incident::StepRecord &step : s.steps) {
        md += QStringLiteral("\n### %1. %2\n\n").arg(step.index + 1).arg(step.title);
        md += tr("Status: %1").arg(incident::stepStateName(step.state));
        md += step.reason.isEmpty() ? QStringLiteral(".\n")
                                    : QStringLiteral(" — ") + step.reason + QLatin1Char('\n');
        for (const QString &note : step.notes)
            md += tr("\nNote: %1\n").arg(note);
        if (step.lastRunEventId == 0)
            continue;
        for (const incident::Event &e : data.events) {
            if (e.id == step.lastRunEventId && e.data.contains(QLatin1String("command"))) {
                md += tr("\nCommand (attempt %1):\n\n").arg(step.attempts);
                md += fenced(e.data.value(QLatin1String("command")).toString(),
                             QStringLiteral("bash"));
            }
        }
        const QStringList tail = data.outputTails.value(step.lastRunEventId);
        const qint64 total = data.outputLineCounts.value(step.lastRunEventId);
        if (tail.isEmpty()) {
            md += tr("\nNo output.\n");
        } else {
            md += total > tail.size()
                      ? tr("\nLast %1 of %2 lines of output:\n\n").arg(tail.size()).arg(total)
                      : tr("\nOutput:\n\n");
            md += fenced(tail.join(QLatin1Char('\n')), QStringLiteral("text"));
        }
    }
    return md;
}

} // namespace rollcage::report
