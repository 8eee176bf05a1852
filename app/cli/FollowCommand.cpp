#include "cli/FollowCommand.h"

#include "cli/Console.h"
#include "cli/IncidentsCommand.h"
#include "cli/Options.h"
#include "core/Tr.h"
#include "incident/Events.h"
#include "incident/IncidentFeed.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "incident/StoreLink.h"
#include "report/ReportData.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QHash>
#include <QTimeZone>

#include <algorithm>

namespace rollcage::cli {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::cli")

// Of a run that is over by the time one starts following, only its end is worth a
// screen; the report has the rest.
constexpr int kPastTail = 20;
constexpr int kPage = 2000;

// Prints events and output as they come, each line once.
class Follower
{
public:
    Follower(incident::IncidentStore &store, incident::Journal &journal)
        : m_store(store)
        , m_journal(journal)
    {
    }

    void printEvent(const incident::Event &e, bool live)
    {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.atMs, QTimeZone::UTC)
                               .toString(QStringLiteral("HH:mm:ss"));
        out(QStringLiteral("%1  %2  %3").arg(at, e.operatorName.leftJustified(12),
                                              report::describeEvent(e, {}, m_channels)));
        if (incident::events::is<incident::events::StepStarted>(e)) {
            m_runs.insert(e.id, {e.stepIndex, 0});
            if (!live) {
                // Skip all but the tail of a run already under way or over.
                const auto total = m_store.outputLineCount(e.id);
                if (total && *total > kPastTail) {
                    out(tr("        … %1 earlier lines (rollcage report %2 has them)")
                            .arg(*total - kPastTail)
                            .arg(m_journal.incidentId()));
                    m_runs[e.id].printed = *total - kPastTail;
                }
            }
            printOutput(e.id);
        } else if (incident::events::is<incident::events::StepFinished>(e)) {
            // Its last lines were committed before its end was.
            printOutput(incident::events::read<incident::events::StepFinished>(e).runEventId);
        }
    }

    void printOutput(qint64 runEventId)
    {
        const auto run = m_runs.find(runEventId);
        if (run == m_runs.end())
            return;
        for (;;) {
            const auto lines = m_store.outputLines(runEventId, run->printed, kPage);
            if (!lines) {
                if (m_store.reachable()) // a lost store is said once, when it is lost
                    err(QStringLiteral("rollcage follow: ") + lines.error);
                return;
            }
            for (const incident::OutputLine &line : *lines)
                out(QStringLiteral("  [%1]%2 %3")
                        .arg(run->step + 1)
                        .arg(line.stream == 2 ? QStringLiteral("!") : QString(), line.text));
            run->printed += lines->size();
            if (lines->size() < kPage)
                return;
        }
    }

    // Whatever output is stored and not printed yet, of every run (after a loss, when no
    // notification said which runs grew).
    void printAllOutput()
    {
        QList<qint64> runs = m_runs.keys();
        std::sort(runs.begin(), runs.end()); // in the order they started
        for (qint64 run : runs)
            printOutput(run);
    }

    void setChannels(const QHash<QString, QString> &channels) { m_channels = channels; }

private:
    struct Run
    {
        int step = -1;
        qint64 printed = 0;
    };
    incident::IncidentStore &m_store;
    incident::Journal &m_journal;
    QHash<qint64, Run> m_runs; // step_started id -> what is printed of its output
    QHash<QString, QString> m_channels;
};

} // namespace

int followCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Print an incident's timeline and step output, then follow it live (on a shared "
           "PostgreSQL store) until it is resolved or aborted."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption once(QStringLiteral("once"),
                                  tr("Print what is recorded and exit; do not follow."));
    parser.addOptions({database, once});
    parser.addPositionalArgument(QStringLiteral("INCIDENT"), tr("The incident's number."));
    qint64 id = 0;
    const QString numberError =
        tr("rollcage follow: give one incident number (`rollcage incidents` lists them).");
    if (const auto stop = parseIncidentCommand(parser, arguments, QStringLiteral("rollcage follow"),
                                               numberError, &id))
        return *stop;
    const auto store = openIncidentStore(parser.value(database), StoreUse::Read);
    if (!store) {
        err(QStringLiteral("rollcage follow: ") + store.error);
        return ExitUsage;
    }
    const auto record = (*store)->incident(id);
    if (!record) {
        err(QStringLiteral("rollcage follow: ") + record.error);
        return ExitUsage;
    }
    incident::Journal journal(store->get(), id);
    if (Status s = journal.load(); !s) {
        err(QStringLiteral("rollcage follow: ") + s.error);
        return ExitFailure;
    }
    out(tr("Incident %1: %2 (%3/%4)")
            .arg(id)
            .arg(record->title, record->service, record->environment));
    Follower follower(**store, journal);
    follower.setChannels(report::messageChannels(journal.events()));
    for (const incident::Event &e : journal.events())
        follower.printEvent(e, false);
    if (parser.isSet(once) || incident::isTerminal(journal.state().phase))
        return ExitOk;
    if (!(*store)->canNotify()) {
        err(tr("rollcage follow: %1 is a SQLite file; following live needs a shared PostgreSQL "
               "store (--database postgresql://…).")
                .arg((*store)->displayName()));
        return ExitOk;
    }
    if (Status s = journal.follow(); !s) {
        err(QStringLiteral("rollcage follow: ") + s.error);
        return ExitFailure;
    }
    QEventLoop loop;
    int exitCode = ExitOk;
    QObject::connect(&journal, &incident::Journal::appended, &loop,
                     [&](const incident::Event &e) {
                         follower.printEvent(e, true);
                         if (incident::isTerminal(journal.state().phase))
                             loop.quit();
                     });
    QObject::connect(journal.feed(), &incident::IncidentFeed::outputGrew, &loop,
                     [&](qint64 run) {
                         // The output of a run whose start is not read yet: read it first.
                         (void)journal.feed()->catchUp();
                         follower.printOutput(run);
                     });
    // A server that goes away (a restart, a network cut) is waited for, as the consoles
    // do: said once, then everything recorded meanwhile is printed when it is back. Only a
    // read the server itself refuses ends the follow.
    QObject::connect(journal.feed(), &incident::IncidentFeed::readFailed, &loop,
                     [&](const QString &message) {
                         if (!(*store)->reachable())
                             return; // said by `lost` below
                         err(QStringLiteral("rollcage follow: ") + message);
                         exitCode = ExitFailure;
                         loop.quit();
                     });
    if (incident::StoreLink *link = (*store)->link()) {
        QObject::connect(link, &incident::StoreLink::lost, &loop, [&] {
            err(QStringLiteral("rollcage follow: ") + (*store)->reachable().error);
        });
        QObject::connect(link, &incident::StoreLink::restored, &loop, [&] {
            err(tr("rollcage follow: the incident database is back; what was recorded "
                   "meanwhile follows."));
            // Output written while away whose step has not ended yet.
            (void)journal.feed()->catchUp();
            follower.printAllOutput();
        });
    }
    loop.exec();
    return exitCode;
}

} // namespace rollcage::cli
