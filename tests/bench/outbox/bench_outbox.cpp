// Outbox resume: how long a restarted Rollcage takes to rebuild the outbox of a busy
// incident from its journal (1,000 messages, each queued, failed three times and then
// delivered: 5,000 events). Baseline: reading the same journal without folding it.
// No network and no keychain: every message is settled, so nothing is sent.

#include "BenchUtil.h"

#include "incident/Events.h"
#include "incident/IncidentStore.h"
#include "incident/Journal.h"
#include "integrations/CredentialStore.h"
#include "messaging/ChannelDirectory.h"
#include "messaging/Outbox.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>

using namespace rollcage;
namespace events = incident::events;

namespace {

constexpr int kMessages = 1000;
constexpr int kRuns = 7;

bool fillJournal(incident::IncidentStore &store, qint64 incident)
{
    for (int m = 0; m < kMessages; ++m) {
        const QString key = QStringLiteral("key-%1").arg(m);
        const QString channel = QStringLiteral("channel-%1").arg(m % 3);
        if (!store.append(incident, events::MessageQueued::Name,
                          {{QStringLiteral("key"), key},
                           {QStringLiteral("channel"), channel},
                           {QStringLiteral("kind"), QStringLiteral("slack")},
                           {QStringLiteral("text"), QStringLiteral("Status update %1").arg(m)}}))
            return false;
        for (int attempt = 1; attempt <= 3; ++attempt) {
            if (!store.append(incident, events::MessageAttemptFailed::Name,
                              {{QStringLiteral("key"), key},
                               {QStringLiteral("attempt"), attempt},
                               {QStringLiteral("error"), QStringLiteral("HTTP 503")},
                               {QStringLiteral("next_attempt_ms"), 0}}))
                return false;
        }
        if (!store.append(incident, events::MessageSent::Name,
                          {{QStringLiteral("key"), key}, {QStringLiteral("attempt"), 4}}))
            return false;
    }
    return true;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("incidents.sqlite"));
    qint64 incident = 0;
    {
        auto store = incident::IncidentStore::open(path);
        if (!store)
            return 1;
        incident::IncidentRecord record;
        record.title = QStringLiteral("bench");
        const auto id = (*store)->createIncident(record);
        if (!id || !fillJournal(**store, *id))
            return 1;
        incident = *id;
    }
    integrations::CredentialStore credentials(nullptr, dir.filePath(QStringLiteral("s.ini")));
    messaging::ChannelDirectory channels(credentials, dir.filePath(QStringLiteral("s.ini")));

    QList<double> resume;
    QList<double> readOnly;
    for (int run = 0; run < kRuns; ++run) {
        auto store = incident::IncidentStore::open(path);
        if (!store)
            return 1;
        QElapsedTimer timer;
        timer.start();
        if (!(*store)->events(incident))
            return 1;
        readOnly.append(double(timer.nsecsElapsed()) / 1e6);

        timer.restart();
        // What a restarted console does: its engine loads the journal, the outbox reads it.
        incident::Journal journal(store->get(), incident);
        if (!journal.load())
            return 1;
        messaging::Outbox outbox(journal, channels);
        if (!outbox.start() || outbox.entries().size() != kMessages || outbox.openCount() != 0)
            return 1;
        resume.append(double(timer.nsecsElapsed()) / 1e6);
    }
    bench::report(
        QStringLiteral("outbox_resume_ms"), median(resume), QStringLiteral("ms"),
        {{QStringLiteral("baseline"), median(readOnly)},
         {QStringLiteral("baseline_what"), QStringLiteral("reading the 5,000-event journal alone")},
         {QStringLiteral("messages"), kMessages},
         {QStringLiteral("peak_rss_mb"), bench::peakRssMb()}});
    return 0;
}
