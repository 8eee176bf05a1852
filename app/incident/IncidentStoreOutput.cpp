// The store's step output (batched lines per step run) and the recovery of steps a
// crash cut off; the journal and the schema are in IncidentStore.cpp.
#include "incident/IncidentStore.h"

#include "incident/Events.h"

#include "core/Logging.h"
#include "incident/IncidentState.h"
#include "incident/OutputWriter.h"
#include "incident/SqlExec.h"
#include "incident/StatementWatch.h"
#include "incident/StoreThread.h"
#include "incident/WalCheckpointer.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUrl>
#include <QVariant>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <pwd.h>
#include <unistd.h>

namespace rollcage::incident {

namespace {
bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}
} // namespace

bool IncidentStore::writeOutputOn(const QString &connection, qint64 runEventId,
                                  const QList<OutputRecord> &records, QSqlError *error)
{
    if (records.isEmpty())
        return true;
    // One statement for the whole batch: all of it is recorded or none, with no
    // transaction around it to cost two more round trips.
    QString sql = QStringLiteral("INSERT INTO output (run_event_id, stream, at_ms, first_line, "
                                 "line_count, data) VALUES ");
    QVariantList values;
    values.reserve(6 * records.size());
    for (const OutputRecord &r : records) {
        sql += values.isEmpty() ? QStringLiteral("(?, ?, ?, ?, ?, ?)")
                                : QStringLiteral(", (?, ?, ?, ?, ?, ?)");
        values << runEventId << r.stream << r.atMs << r.firstLine << r.lineCount << r.data;
    }
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (execWith(q, sql, values))
        return true;
    if (error)
        *error = q.lastError();
    return false;
}

std::optional<qint64> IncidentStore::storedLinesOn(const QString &connection, qint64 runEventId,
                                                   QSqlError *error)
{
    QSqlQuery q(QSqlDatabase::database(connection, false));
    if (!execWith(q,
                  QStringLiteral("SELECT first_line + line_count FROM output WHERE "
                                 "run_event_id = ? ORDER BY first_line DESC LIMIT 1"),
                  {runEventId})) {
        if (error)
            *error = q.lastError();
        return std::nullopt;
    }
    return q.next() ? q.value(0).toLongLong() : 0;
}

Status IncidentStore::appendOutput(qint64 runEventId, const QList<OutputRecord> &records)
{
    QSqlError error;
    if (!writeOutputOn(m_connection, runEventId, records, &error))
        return outputWriteFailed(error);
    return Status::success();
}

Status IncidentStore::outputWriteFailed(const QSqlError &error) const
{
    return Status::failure(failure(tr("record step output"), error));
}

Result<qint64> IncidentStore::outputLineCount(qint64 runEventId) const
{
    QSqlError error;
    const std::optional<qint64> stored = storedLinesOn(m_connection, runEventId, &error);
    if (!stored)
        return Result<qint64>::failure(failure(tr("count output lines"), error));
    return Result<qint64>::success(*stored);
}

OutputWriter *IncidentStore::outputWriter()
{
    // Only a shared store: its round trips are what held the GUI thread. A SQLite file is
    // written in well under a millisecond, and a second writer would only contend for
    // its lock with the journal's appends.
    if (!m_postgres || m_readOnly)
        return nullptr;
    if (!m_writer)
        m_writer = std::make_unique<OutputWriter>(ConnectionParams::of(m_connection));
    return m_writer.get();
}

Result<QList<OutputLine>> IncidentStore::outputLines(qint64 runEventId, qint64 first,
                                                     int count) const
{
    using R = Result<QList<OutputLine>>;
    QList<OutputLine> lines;
    QSqlError error;
    if (!readOutputOn(m_connection, runEventId, first, count, &lines, &error))
        return R::failure(failure(tr("read step output"), error));
    return R::success(lines);
}

bool IncidentStore::readOutputOn(const QString &connection, qint64 runEventId, qint64 first,
                                 int count, QList<OutputLine> *lines, QSqlError *error)
{
    if (count <= 0)
        return true;
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    // Rows of a forward-only query are fetched by next(): watched to the last one.
    const StatementWatch::Scope watched(db.driver());
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The record holding line `first`, then every record starting inside the window.
    if (!execWith(q,
                  QStringLiteral("SELECT first_line, line_count, stream, at_ms, data FROM output "
                                 "WHERE run_event_id = ? AND first_line <= ? "
                                 "ORDER BY first_line DESC LIMIT 1"),
                  {runEventId, first})) {
        if (error)
            *error = q.lastError();
        return false;
    }
    const qint64 end = first + count;
    auto take = [&](const QSqlQuery &row) {
        const qint64 start = row.value(0).toLongLong();
        const int stream = row.value(2).toInt();
        const qint64 at = row.value(3).toLongLong();
        const QByteArray data = row.value(4).toByteArray();
        qint64 lineNo = start;
        qsizetype pos = 0;
        while (pos < data.size() && lineNo < end) {
            qsizetype nl = data.indexOf('\n', pos);
            if (nl < 0)
                nl = data.size();
            if (lineNo >= first)
                lines->append({stream, at, QString::fromUtf8(data.constData() + pos, nl - pos)});
            pos = nl + 1;
            ++lineNo;
        }
    };
    if (q.next())
        take(q);
    q.finish();
    QSqlQuery rest(db);
    rest.setForwardOnly(true);
    if (!execWith(rest,
                  QStringLiteral("SELECT first_line, line_count, stream, at_ms, data FROM output "
                                 "WHERE run_event_id = ? AND first_line > ? AND first_line < ? "
                                 "ORDER BY first_line"),
                  {runEventId, first, end})) {
        if (error)
            *error = rest.lastError();
        return false;
    }
    while (rest.next())
        take(rest);
    return true;
}

StoreThread *IncidentStore::outputReader() const
{
    return readerThread(m_reader, QStringLiteral("rollcage-output-reader"));
}

Result<QList<qint64>> IncidentStore::recoverInterrupted()
{
    using R = Result<QList<qint64>>;
    const auto all = incidents();
    if (!all)
        return R::failure(all.error);
    const QString host = QSysInfo::machineHostName();
    QList<qint64> touched;
    for (const IncidentRecord &incident : *all) {
        const auto journal = events(incident.id);
        if (!journal)
            return R::failure(journal.error);
        const IncidentState state = deriveState(*journal);
        if (isTerminal(state.phase))
            continue;
        // Every procedure the incident ran: a step of the diagnosis may be the one cut off.
        for (const ProcedureRun &run : state.procedures) {
            for (const StepRecord &step : run.steps) {
                if (step.state != StepState::Running)
                    continue;
                events::StepStarted started;
                for (const Event &e : *journal) {
                    if (e.id == step.lastRunEventId)
                        started = events::read<events::StepStarted>(e);
                }
                // A run on another machine (a shared PostgreSQL store) may well be alive.
                if (started.host != host || processAlive(started.pid))
                    continue;
                const auto marked = append(incident.id, events::StepOutcomeUnknown::Name,
                                           events::toJson(events::StepOutcomeUnknown{
                                               run.title, step.title, step.lastRunEventId}),
                                           step.index);
                if (!marked)
                    return R::failure(marked.error);
                qCWarning(lcIncident) << "incident" << incident.id << "step" << step.index + 1
                                      << "was interrupted: outcome unknown";
                if (!touched.contains(incident.id))
                    touched.append(incident.id);
            }
        }
    }
    return R::success(touched);
}

} // namespace rollcage::incident
