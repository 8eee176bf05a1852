#pragma once

#include "core/Result.h"
#include "incident/Event.h"
#include "incident/Team.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
#include <optional>

namespace rollcage::incident {

class StoreLink;
class WalCheckpointer;
class OutputWriter;
class StoreThread;

// What an incident is declared with. The runbook is copied in full, so the record stays
// meaningful after the file changes.
struct IncidentRecord
{
    qint64 id = 0;
    qint64 createdMs = 0;
    QString title;
    QString service;
    QString environment;
    QString procedure;
    QString runbookTitle;
    QString runbookSource;
    QString runbookText;
    QString runbookSha256;
};

// A stretch of one stream's complete lines, as the OutputRecorder batches them.
struct OutputRecord
{
    int stream = 1; // 1 stdout, 2 stderr
    qint64 atMs = 0;
    qint64 firstLine = 0; // 0-based index of its first line in the step run's output
    int lineCount = 0;
    QByteArray data; // masked UTF-8, each line ending in '\n'
};

// Drops the leading records a store holding `storedLines` lines of the run already has
// (a write cut off after its commit); the bytes dropped.
inline qsizetype dropStoredRecords(QList<OutputRecord> *records, qint64 storedLines)
{
    qsizetype bytes = 0;
    while (!records->isEmpty() &&
           records->constFirst().firstLine + records->constFirst().lineCount <= storedLines)
        bytes += records->takeFirst().data.size();
    return bytes;
}

struct OutputLine
{
    int stream = 1;
    qint64 atMs = 0;
    QString text; // without the newline
};

// The incident journal on Qt Sql: a SQLite file (WAL, foreign keys on) by default, or a
// PostgreSQL server through the same statements. Events are only ever inserted; every
// write is committed before the call returns, so a caller can rely on "recorded, then
// done". Every failure comes back as a sentence naming the database and what to do.
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(rollcage::incident::IncidentStore)

public:
    ~IncidentStore();
    IncidentStore(const IncidentStore &) = delete;
    IncidentStore &operator=(const IncidentStore &) = delete;

    // `location` is a SQLite file path, or postgresql://user:password@host:port/dbname.
    // Creates or migrates the schema. `password` (from the keychain, see
    // integrations/StorePassword.h) is used for a PostgreSQL store instead of the URL's.
    static Result<std::unique_ptr<IncidentStore>> open(const QString &location,
                                                       const QString &password = {});
    static int schemaVersion();

    bool isPostgres() const { return m_postgres; }
    // Opened for reading only (the file or its disk takes no writes): every write fails
    // with a message saying so.
    bool isReadOnly() const { return m_readOnly; }
    QString displayName() const { return m_displayName; }

    // Who events are recorded as: the settings' name or the OS user's full name
    // (core/OperatorName.h) unless set.
    void setOperatorName(const QString &name) { m_operator = name; }
    QString operatorName() const { return m_operator; }

    // Inserts the incident and its "declared" event together.
    Result<qint64> createIncident(const IncidentRecord &record);
    Result<IncidentRecord> incident(qint64 id) const;
    Result<QList<IncidentRecord>> incidents() const;

    // `atMs`: when it happened, when that was before now (an event held while a shared
    // store was away); 0 for now.
    Result<Event> append(qint64 incidentId, const QString &type, const QJsonObject &data = {},
                         int stepIndex = -1, qint64 atMs = 0);
    Result<QList<Event>> events(qint64 incidentId) const;
    // The events of the incident with an id above `afterId`, in id order: what a console
    // has not seen yet. Ids become visible in order (see the schema), so nothing is missed.
    Result<QList<Event>> eventsSince(qint64 incidentId, qint64 afterId) const;
    // eventsSince() on any connection to the store (a journalReader()'s, on its thread);
    // false with the driver's error otherwise.
    static bool readEventsOn(const QString &connection, qint64 incidentId, qint64 afterId,
                             QList<Event> *events, class QSqlError *error);
    // A shared store's reader of new events, off the caller's thread, for a console
    // following an incident (null on SQLite, whose reads are local and quick).
    StoreThread *journalReader() const;
    // A failed read of the journal on the journal reader, said as eventsSince() says it.
    QString journalReadFailed(qint64 incidentId, const QString &driverText) const;

    // Team mode, PostgreSQL only (false on SQLite): notifications on `channel` from other
    // connections arrive as QSqlDriver::notification on driver(). Subscriptions are
    // counted, so several listeners in one process may share a channel.
    bool canNotify() const { return m_postgres; }
    Status subscribe(const QString &channel);
    void unsubscribe(const QString &channel);
    class QSqlDriver *driver() const;
    // The channel an incident's appends (and step output) are announced on, and the one
    // new incidents are.
    static QString incidentChannel(qint64 incidentId);
    static QString incidentsChannel();

    // Team mode's connection (StoreLink.cpp; null on SQLite): lost and restored, the
    // reconnecting, and the reason writes are refused meanwhile.
    StoreLink *link() const { return m_link.get(); }
    // The Qt Sql connection's name (StoreLink copies its parameters for its attempts).
    QString connectionName() const { return m_connection; }
    // Fails, saying since when and why, while a shared store cannot be reached.
    Status reachable() const;
    // One round trip ("SELECT 1"): whether the server answers now.
    bool probe(QString *error = nullptr) const;
    // Opens the connection again and listens again on every channel subscribed.
    Status reconnect();

    // Presence and step claims (IncidentStoreTeam.cpp), on SQLite too (a GUI and a
    // `rollcage run` on one laptop). Times are the database's clock.
    // Inserts or refreshes `console`'s row: alive for `ttlMs` from now.
    Status heartbeat(qint64 incidentId, const Presence &presence, int ttlMs);
    Status leave(qint64 incidentId, const QString &console);
    // Removes the rows of consoles gone long ago (killed, crashed) that hold no step.
    Status clearGone(qint64 incidentId);
    Result<TeamView> team(qint64 incidentId) const;
    // heartbeat() and team() on any connection to such a store (TeamReader's own, on its
    // thread); false with the driver's error otherwise. `postgres` picks the clock.
    static bool writeHeartbeat(const QString &connection, bool postgres, qint64 incidentId,
                               const Presence &presence, int ttlMs, QSqlError *error);
    static bool clearGoneOn(const QString &connection, bool postgres, qint64 incidentId,
                            QSqlError *error = nullptr);
    static bool readTeam(const QString &connection, bool postgres, qint64 incidentId,
                         TeamView *view, QSqlError *error);
    // Takes the step for `console` if nobody holds it, in one statement; returns the
    // holder (`console` itself when taken or already held).
    Result<StepClaim> claimStep(qint64 incidentId, const QString &procedure, int stepIndex,
                                const QString &console);
    Status releaseClaim(qint64 incidentId, const QString &procedure, int stepIndex,
                        const QString &console);
    // Moves the claim to `console` only if its holder has stopped beating, in one
    // statement (two consoles taking over at once: one wins). False when it did not.
    Result<bool> takeOverClaim(qint64 incidentId, const QString &procedure, int stepIndex,
                               const QString &console);

    Status appendOutput(qint64 runEventId, const QList<OutputRecord> &records);
    Result<qint64> outputLineCount(qint64 runEventId) const;
    // appendOutput() and outputLineCount() on any connection to the store (OutputWriter's,
    // on its thread); false or nothing with the driver's error otherwise.
    static bool writeOutputOn(const QString &connection, qint64 runEventId,
                              const QList<OutputRecord> &records, class QSqlError *error);
    static std::optional<qint64> storedLinesOn(const QString &connection, qint64 runEventId,
                                               class QSqlError *error);
    // A shared store's writer of step output, off the caller's thread (null on SQLite).
    OutputWriter *outputWriter();
    // What a failed write of output means, as appendOutput would say it: a store that is
    // away is marked lost (the link reconnects), anything else is said as it is.
    Status outputWriteFailed(const class QSqlError &error) const;
    // Lines [first, first + count) of a step run's output, reading only the records that
    // hold them, so a million-line log pages without loading it.
    Result<QList<OutputLine>> outputLines(qint64 runEventId, qint64 first, int count) const;
    // outputLines() on any connection to the store (an outputReader()'s, on its thread).
    static bool readOutputOn(const QString &connection, qint64 runEventId, qint64 first, int count,
                             QList<OutputLine> *lines, class QSqlError *error);
    // A shared store's reader of step output, off the caller's thread, for a log pane
    // following a step (null on SQLite, whose reads are local and quick).
    StoreThread *outputReader() const;

    // Marks steps left "running" by a process that no longer exists (a crash, kill -9) as
    // outcome unknown. Returns the incidents touched.
    Result<QList<qint64>> recoverInterrupted();

private:
    IncidentStore() = default;
    Status configure();
    Status migrate();
    bool reopenReadOnly();
    std::optional<int> readSchemaVersion() const;
    // `mayProbe`: false where a round trip on the store's connection must not be waited for
    // (the journal reader's failures, said on the GUI thread; the link probes on its own).
    QString failure(const QString &what, const class QSqlError &error, bool mayProbe = true) const;
    QString nowSql() const { return nowSql(m_postgres); }
    static QString nowSql(bool postgres); // the database's clock in ms, as an SQL expression
    // `thread`, made when first asked for, on a connection of its own (null on SQLite).
    StoreThread *readerThread(std::unique_ptr<StoreThread> &thread, const QString &name) const;

    QString m_connection;
    QString m_displayName;
    QString m_operator;
    bool m_postgres = false;
    bool m_readOnly = false;
    QHash<QString, int> m_subscriptions;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
    std::unique_ptr<StoreLink> m_link;
    std::unique_ptr<OutputWriter> m_writer;
    mutable std::unique_ptr<StoreThread> m_reader; // made when first asked for
    mutable std::unique_ptr<StoreThread> m_journalReader; // likewise
};

} // namespace rollcage::incident
