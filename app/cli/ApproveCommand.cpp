#include "cli/ApproveCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "core/Tr.h"
#include "incident/Events.h"
#include "incident/Journal.h"
#include "incident/Policy.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rollcage::cli {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::cli")

QString describe(const incident::StepRef &ref, const incident::StepRecord &step)
{
    return tr("step %1 \"%2\" of \"%3\", asked by %4 at %5 UTC")
        .arg(ref.index + 1)
        .arg(step.title, ref.procedure, step.approval.requestedBy,
             QDateTime::fromMSecsSinceEpoch(step.approval.requestedMs, QTimeZone::UTC)
                 .toString(QStringLiteral("HH:mm")));
}
} // namespace

int approveCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Approve (or refuse) a step another person asked a second pair of eyes for. The "
           "commands asked for are printed first; the answer is recorded with your name."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption step(QStringLiteral("step"),
                                  tr("The step's number, when several wait for approval."),
                                  QStringLiteral("N"));
    const QCommandLineOption procedure(QStringLiteral("procedure"),
                                       tr("The step's procedure, when several wait."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption refuse(QStringLiteral("refuse"),
                                    tr("Refuse instead of approving (a note is required)."));
    const QCommandLineOption note(QStringLiteral("note"), tr("Why, recorded with the answer."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption operatorName(
        QStringLiteral("operator"),
        tr("Who the journal records as answering (default: the name chosen in the GUI, else "
           "the OS user's full name)."),
        QStringLiteral("NAME"));
    parser.addOptions({database, step, procedure, refuse, note, operatorName});
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), tr("The incident's number."));
    qint64 id = 0;
    const QString numberError =
        tr("rollcage approve: give one incident number (`rollcage incidents` lists them).");
    if (const auto stop = parseIncidentCommand(parser, arguments, QStringLiteral("rollcage approve"),
                                               numberError, &id))
        return *stop;
    auto store = openIncidentStore(parser.value(database), StoreUse::Write);
    if (!store) {
        err(QStringLiteral("rollcage approve: ") + store.error);
        return ExitUsage;
    }
    if (parser.isSet(operatorName))
        (*store)->setOperatorName(parser.value(operatorName));
    incident::Journal journal(store->get(), id);
    if (Status s = journal.load(); !s) {
        err(QStringLiteral("rollcage approve: ") + s.error);
        return ExitFailure;
    }
    const incident::IncidentState &state = journal.state();
    // The open requests, narrowed by --step and --procedure.
    QList<incident::StepRef> pending;
    for (const incident::ProcedureRun &run : state.procedures) {
        for (const incident::StepRecord &s : run.steps) {
            if (s.approval.requestId == 0 || s.approval.decided)
                continue;
            if (parser.isSet(step) && parser.value(step).toInt() != s.index + 1)
                continue;
            if (parser.isSet(procedure) &&
                !run.title.contains(parser.value(procedure), Qt::CaseInsensitive))
                continue;
            pending.append({run.title, s.index});
        }
    }
    if (pending.size() != 1) {
        QStringList listed;
        for (const incident::StepRef &ref : pending)
            listed.append(QStringLiteral("  ") + describe(ref, state.step(ref.procedure, ref.index)));
        err(pending.isEmpty()
                ? tr("rollcage approve: nothing in incident %1 waits for approval%2.")
                      .arg(id)
                      .arg(parser.isSet(step) || parser.isSet(procedure) ? tr(" as named") : QString())
                : tr("rollcage approve: several steps wait for approval; name one with --step "
                     "(and --procedure):\n%1")
                      .arg(listed.join(QLatin1Char('\n'))));
        return ExitUsage;
    }
    const incident::StepRef ref = pending.constFirst();
    const incident::StepRecord asked = state.step(ref.procedure, ref.index);
    // What is approved is what is shown: the commands as they will run.
    out(tr("Incident %1, %2:").arg(id).arg(describe(ref, asked)));
    out(asked.approval.command);
    if (!asked.approval.requestNote.isEmpty())
        out(tr("Their note: %1").arg(asked.approval.requestNote));
    const QString who = (*store)->operatorName();
    if (Status s = incident::mayDecideApproval(state, ref.procedure, ref.index, who); !s) {
        err(QStringLiteral("rollcage approve: ") + s.error);
        return ExitFailure;
    }
    const bool approve = !parser.isSet(refuse);
    if (!approve && parser.value(note).trimmed().isEmpty()) {
        err(tr("rollcage approve: refusing needs --note saying why."));
        return ExitUsage;
    }
    const auto recorded = journal.append(
        incident::events::ApprovalDecided{ref.procedure, asked.title, asked.approval.requestId,
                                          asked.approval.requestedBy, approve,
                                          parser.value(note)},
        ref.index);
    if (!recorded) {
        err(QStringLiteral("rollcage approve: ") + recorded.error);
        return ExitFailure;
    }
    out(approve ? tr("Approved as %1; %2's console may run it once.").arg(who, asked.approval.requestedBy)
                : tr("Refused as %1; %2 is told why.").arg(who, asked.approval.requestedBy));
    return ExitOk;
}

} // namespace rollcage::cli
