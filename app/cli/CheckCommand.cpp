#include "cli/CheckCommand.h"

#include "cli/Console.h"
#include "cli/Options.h"
#include "core/Tr.h"
#include "execution/Confirmation.h"
#include "runbook/Importer.h"
#include "runbook/RunbookJson.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace rollcage::cli {

namespace {

using namespace rollcage::runbook;

ROLLCAGE_TR_CONTEXT("rollcage::cli")

QString duration(const Duration &d)
{
    if (!d.isKnown())
        return QString();
    const int s = *d.maxSeconds;
    return s < 120 ? tr(" (%1 s)").arg(s) : tr(" (%1 min)").arg((s + 59) / 60);
}

QString levelName(Confirmation level, const QString &target)
{
    switch (level) {
    case Confirmation::Typed:
        return tr("typed confirmation \"%1\"").arg(target);
    case Confirmation::NameTarget:
        return tr("confirm the target \"%1\"").arg(target);
    case Confirmation::OneClick:
        break;
    }
    return tr("one click");
}

// How the operator will confirm the step, and why it got that level: the reader can
// see a wrong guess and settle it with an annotation (docs/runbook-format.md).
QString confirmationLine(const Step &s)
{
    // What the console will ask for, before any value is filled in.
    const QString level = levelName(s.confirmation, s.confirmation == Confirmation::Typed
                                                        ? execution::confirmationTarget(s, {})
                                                        : execution::namedTarget(s, {}));
    return s.confirmationReason.isEmpty() ? tr("     %1").arg(level)
                                          : tr("     %1: %2").arg(level, s.confirmationReason);
}

// Whether the step runs in a terminal and why, and the lines typed into its session with
// each one's level.
QStringList terminalLines(const Step &s)
{
    QStringList lines;
    if (s.interaction == Interaction::None) {
        if (!s.interactionReason.isEmpty())
            lines << tr("     %1").arg(s.interactionReason);
        return lines;
    }
    lines << (s.interaction == Interaction::Session ? tr("     terminal session: %1")
                                                     : tr("     terminal (prompts): %1"))
                 .arg(s.interactionReason);
    for (const SessionLine &l : s.sessionLines) {
        lines << tr("       > %1  (line %2, %3)")
                     .arg(l.command.section(QLatin1Char('\n'), 0, 0))
                     .arg(l.line)
                     .arg(levelName(l.confirmation, l.confirmation == Confirmation::Typed
                                                        ? l.confirmTarget
                                                        : execution::namedTarget(l)));
        if (l.confirmation != Confirmation::OneClick)
            lines << tr("         %1").arg(l.confirmationReason);
    }
    return lines;
}

QString summary(const Runbook &rb)
{
    QStringList lines;
    lines << rb.title << QString(rb.title.size(), QLatin1Char('='));
    lines << tr("%1 decisions, %2 triggers, %3 checklists, %4 procedures, %5 templates, "
                "%6 stakeholders, %7 escalation levels")
                 .arg(rb.decisions.size())
                 .arg(rb.triggers.size())
                 .arg(rb.checklists.size())
                 .arg(rb.procedures.size())
                 .arg(rb.templates.size())
                 .arg(rb.stakeholders.size())
                 .arg(rb.escalation.size());
    for (const Checklist &c : rb.checklists)
        lines << tr("checklist  %1 [%2], %3 items (line %4)")
                     .arg(c.title, phaseName(c.phase))
                     .arg(c.items.size())
                     .arg(c.line);
    for (const Procedure &p : rb.procedures) {
        lines << tr("procedure  %1%2 (line %3)").arg(p.title, duration(p.expected)).arg(p.line);
        for (int i = 0; i < p.steps.size(); ++i) {
            const Step &s = p.steps.at(i);
            lines << tr("  %1. %2%3%4%5")
                         .arg(i + 1)
                         .arg(s.title, s.kind == StepKind::Manual ? tr(" [manual]") : QString(),
                              s.destructive ? tr(" [destructive]") : QString(),
                              duration(s.expected));
            lines << confirmationLine(s);
            lines << terminalLines(s);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

QJsonObject checkJson(const Runbook &rb)
{
    QJsonObject o = toJson(rb);
    QJsonArray procedures = o.value(QLatin1String("procedures")).toArray();
    for (qsizetype i = 0; i < procedures.size() && i < rb.procedures.size(); ++i) {
        QJsonObject procedure = procedures.at(i).toObject();
        QJsonArray steps = procedure.value(QLatin1String("steps")).toArray();
        const QList<Step> &read = rb.procedures.at(i).steps;
        for (qsizetype j = 0; j < steps.size() && j < read.size(); ++j) {
            const Step &s = read.at(j);
            if (s.confirmation == Confirmation::OneClick)
                continue;
            QJsonObject step = steps.at(j).toObject();
            step.insert(QLatin1String("confirm_target"),
                        s.confirmation == Confirmation::Typed
                            ? execution::confirmationTarget(s, {})
                            : execution::namedTarget(s, {}));
            steps[j] = step;
        }
        procedure.insert(QLatin1String("steps"), steps);
        procedures[i] = procedure;
    }
    o.insert(QLatin1String("procedures"), procedures);
    return o;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a Markdown runbook and report what Rollcage understood of it. Exit status: "
           "0 when it imports without errors, 1 when it has errors, 2 on usage or I/O errors."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption json(QStringLiteral("json"),
                                  tr("Print the imported runbook as JSON instead of a summary."));
    parser.addOption(json);
    parser.addOption(databaseOption());
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The runbook (Markdown) to check."));
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage check: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1) {
        err(tr("usage: rollcage check FILE [--json]"));
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    const Result<Runbook> result = Importer::importFile(path);
    if (!result) {
        err(QStringLiteral("rollcage check: ") + result.error);
        return ExitUsage;
    }
    const Runbook &rb = *result;
    if (parser.isSet(json)) {
        out(QString::fromUtf8(QJsonDocument(checkJson(rb)).toJson(QJsonDocument::Indented)));
    } else {
        out(summary(rb));
        for (const Diagnostic &d : rb.diagnostics)
            err(QStringLiteral("%1:%2: %3: %4")
                    .arg(path)
                    .arg(d.line)
                    .arg(severityName(d.severity), d.message));
        // Not problems: readings the author may not have meant, each with what to write.
        for (const Guess &g : rb.guesses)
            err(tr("%1:%2: guess: %3 To settle it: %4")
                    .arg(path)
                    .arg(g.line)
                    .arg(g.what, g.annotation));
    }
    return rb.hasErrors() ? ExitFailure : ExitOk;
}

} // namespace rollcage::cli
