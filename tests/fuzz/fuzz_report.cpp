// libFuzzer entry point for the report renderer: the report quotes the runbook the
// incident was declared with, what people typed and what steps printed. Any of them,
// however hostile, must render to Markdown and HTML without a crash or a hang, and a
// step's output must stay inside its fence (a line of it cannot end the code block and
// turn the rest of the report into its own Markdown).

#include "incident/Event.h"
#include "incident/Events.h"
#include "incident/IncidentState.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportExport.h"

#include <QJsonObject>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace rollcage;
    namespace events = incident::events;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString firstLine = text.section(QLatin1Char('\n'), 0, 0);

    report::ReportData report;
    report.incident.id = 7;
    report.incident.createdMs = 1733390000000;
    report.incident.title = firstLine;
    report.incident.service = QStringLiteral("larch-payments");
    report.incident.environment = QStringLiteral("staging");
    report.incident.procedure = firstLine;
    report.incident.runbookTitle = firstLine;
    report.incident.runbookText = text;
    report.procedure = report::procedureFacts(report.incident);

    qint64 id = 0;
    const auto add = [&](const QString &type, const QJsonObject &payload, int step) {
        incident::Event e;
        e.id = ++id;
        e.incidentId = 7;
        e.atMs = report.incident.createdMs + id * 1000;
        e.operatorName = firstLine.left(20);
        e.type = type;
        e.stepIndex = step;
        e.data = payload;
        report.events.append(e);
    };
    add(events::Declared::Name, {{QStringLiteral("title"), firstLine}}, -1);
    add(events::StepStarted::Name,
        {{QStringLiteral("title"), firstLine},
         {QStringLiteral("command"), text},
         {QStringLiteral("attempt"), 1}},
        0);
    const qint64 runEvent = id;
    add(events::StepFinished::Name,
        {{QStringLiteral("status"), QStringLiteral("failed")},
         {QStringLiteral("error"), text},
         {QStringLiteral("exit_code"), 3}},
        0);
    add(events::NoteAdded::Name, {{QStringLiteral("text"), text}}, 0);
    add(events::ReportFieldSet::Name,
        {{QStringLiteral("field"), QStringLiteral("root_cause")}, {QStringLiteral("text"), text}},
        -1);
    add(events::MessageSent::Name,
        {{QStringLiteral("channel"), firstLine}, {QStringLiteral("text"), text}}, -1);
    report.state = incident::deriveState(report.events);
    report.outputTails.insert(runEvent, text.split(QLatin1Char('\n')));
    report.outputLineCounts.insert(runEvent, text.count(QLatin1Char('\n')) + 1);

    const QString markdown = report::renderMarkdown(report);
    (void)report::markdownToHtml(markdown, firstLine);
    return 0;
}
