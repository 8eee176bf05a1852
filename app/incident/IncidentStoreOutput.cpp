// The store's step output (batched lines per step run) and the recovery of steps a
// crash cut off; the journal and the schema are in IncidentStore.cpp.
#include "incident/IncidentStore.h"

#include "incident/Events.h"

#include "core/Logging.h"
#include "incident/IncidentState.h"
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

Status IncidentStore::appendOutput(qint64 runEventId, const QList<OutputRecord> &records)
{
    if (records.isEmpty())
        return Status::success();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.transaction())
        return Status::failure(failure(tr("record step output"), db.lastError()));
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO output (run_event_id, stream, at_ms, first_line, "
                             "line_count, data) VALUES (?, ?, ?, ?, ?, ?)"));
    for (const OutputRecord &r : records) {
        q.bindValue(0, runEventId);
        q.bindValue(1, r.stream);
        q.bindValue(2, r.atMs);
        q.bindValue(3, r.firstLine);
        q.bindValue(4, r.lineCount);
        q.bindValue(5, r.data);
        if (!q.exec()) {
            const QString message = failure(tr("record step output"), q.lastError());
            db.rollback();
            return Status::failure(message);
        }
    }
    if (!db.commit()) {
        const QString message = failure(tr("record step output"), db.lastError());
        db.rollback();
        return Status::failure(message);
    }
    return Status::success();
}

Result<qint64> IncidentStore::outputLineCount(qint64 runEventId) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT first_line + line_count FROM output WHERE run_event_id = ? "
                             "ORDER BY first_line DESC LIMIT 1"));
    q.addBindValue(runEventId);
    if (!q.exec())
        return Result<qint64>::failure(failure(tr("count output lines"), q.lastError()));
    return Result<qint64>::success(q.next() ? q.value(0).toLongLong() : 0);
}

Result<QList<OutputLine>> IncidentStore::outputLines(qint64 runEventId, qint64 first,
                                                     int count) const
{
    using R = Result<QList<OutputLine>>;
    QList<OutputLine> lines;
    if (count <= 0)
        return R::success(lines);
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.setForwardOnly(true);
    // The record holding line `first`, then every record starting inside the window.
    q.prepare(QStringLiteral("SELECT first_line, line_count, stream, at_ms, data FROM output "
                             "WHERE run_event_id = ? AND first_line <= ? "
                             "ORDER BY first_line DESC LIMIT 1"));
    q.addBindValue(runEventId);
    q.addBindValue(first);
    if (!q.exec())
        return R::failure(failure(tr("read step output"), q.lastError()));
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
                lines.append({stream, at, QString::fromUtf8(data.constData() + pos, nl - pos)});
            pos = nl + 1;
            ++lineNo;
        }
    };
    if (q.next())
        take(q);
    q.finish();
    QSqlQuery rest(db);
    rest.setForwardOnly(true);
    rest.prepare(QStringLiteral("SELECT first_line, line_count, stream, at_ms, data FROM output "
                                "WHERE run_event_id = ? AND first_line > ? AND first_line < ? "
                                "ORDER BY first_line"));
    rest.addBindValue(runEventId);
    rest.addBindValue(first);
    rest.addBindValue(end);
    if (!rest.exec())
        return R::failure(failure(tr("read step output"), rest.lastError()));
    while (rest.next())
        take(rest);
    return R::success(lines);
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
