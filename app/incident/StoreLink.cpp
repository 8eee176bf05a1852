// The store's connection as the team consoles see it: StoreLink, and IncidentStore's
// probe, reconnect and reachability (kept here: IncidentStore.cpp is near its size limit).
#include "incident/StoreLink.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"
#include "incident/SqlExec.h"
#include "incident/StatementWatch.h"
#include "incident/StoreProbe.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace rollcage::incident {

StoreLink::StoreLink(IncidentStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    const int ms = qEnvironmentVariableIntValue("ROLLCAGE_STORE_PROBE_MS");
    m_timer.setInterval(ms > 0 ? ms : 1000);
    connect(&m_timer, &QTimer::timeout, this, &StoreLink::tick);
    m_overdue.setSingleShot(true);
    m_overdue.setInterval(answerLimitMs());
    connect(&m_overdue, &QTimer::timeout, this, &StoreLink::onOverdue);
    m_watch = StatementWatch::attach(store->connectionName());
}

QString StoreLink::causeOf(const QString &text)
{
    const QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    // Nothing from libpq, or only the driver's "QPSQL: Unable to create query" (a
    // connection already closed, as when the server closed the socket between statements).
    return first.isEmpty() || first.startsWith(QLatin1String("QPSQL:"))
               ? tr("the server closed the connection")
               : first;
}

QString StoreLink::silence()
{
    return tr("the server has not answered for %1 s").arg(answerLimitMs() / 1000);
}

StoreLink::~StoreLink()
{
    if (!m_thread)
        return;
    // Its connection is closed on its thread as the thread ends: at once when idle, when
    // its probe returns otherwise. A probe a server is holding (minutes, for a host that
    // drops packets) is not waited for: it ends, and deletes itself, on its own.
    m_thread->quit();
    if (m_thread->wait(200))
        delete m_thread;
    else
        abandonProber();
}

void StoreLink::watch()
{
    m_watching = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void StoreLink::markLost(const QString &problem, qint64 sinceMs)
{
    // A statement the watch cut fails with libpq's "server closed the connection"; what
    // happened is the silence before that.
    const bool cut = m_watch && m_watch->takeCut();
    if (!isOnline())
        return;
    // Since when it has not answered, not since when that was noticed: a silence is noticed
    // a limit later (an operator reading "since 01:35:01" looks for what happened then).
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_lostSinceMs = sinceMs > 0 ? sinceMs : cut ? now - answerLimitMs() : now;
    m_problem = cut ? silence() : causeOf(problem);
    qCWarning(lcIncident).noquote() << "incident database lost:" << m_problem;
    // Reconnecting is tried even by a store nobody watched: the next action needs it.
    m_timer.start();
    Q_EMIT lost(m_problem);
}

void StoreLink::tick()
{
    if (isOnline() && !m_watching) {
        m_timer.stop();
        return;
    }
    ask();
}

void StoreLink::startProber()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("rollcage-store-probe"));
    m_prober = new StoreProbe(ConnectionParams::of(m_store->connectionName()));
    m_prober->moveToThread(m_thread);
    // Deleted on its thread as it ends, so its connection is closed where it was made.
    connect(m_thread, &QThread::finished, m_prober, &QObject::deleteLater);
    connect(m_prober, &StoreProbe::answered, this, &StoreLink::onAnswered, Qt::QueuedConnection);
    m_thread->start();
}

void StoreLink::abandonProber()
{
    disconnect(m_prober, nullptr, this, nullptr);
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->quit(); // takes effect when its probe returns
    if (m_thread->isFinished()) // it ended before the connection above
        m_thread->deleteLater();
    m_thread = nullptr;
    m_prober = nullptr;
    m_asked = 0;
}

void StoreLink::ask()
{
    if (m_asked)
        return; // one at a time: the answer to the last one is awaited
    if (!m_thread)
        startProber();
    m_asked = ++m_serial;
    m_askedAtMs = QDateTime::currentMSecsSinceEpoch();
    const quint64 serial = m_asked;
    QMetaObject::invokeMethod(
        m_prober, [prober = m_prober, serial] { prober->probe(serial); }, Qt::QueuedConnection);
    m_overdue.start();
}

void StoreLink::onOverdue()
{
    if (!m_asked)
        return;
    const qint64 askedAt = m_askedAtMs;
    abandonProber();
    if (isOnline())
        markLost(silence(), askedAt);
    else
        m_problem = silence();
}

void StoreLink::onAnswered(quint64 serial, const QString &error)
{
    if (serial != m_asked)
        return;
    m_asked = 0;
    m_overdue.stop();
    if (isOnline()) {
        if (!error.isEmpty())
            markLost(error, m_askedAtMs); // a connect that timed out: silent since it was asked
        return;
    }
    if (!error.isEmpty()) {
        m_problem = causeOf(error);
        return;
    }
    // The server answers: our own connection, on this thread, opens at once.
    if (Status s = m_store->reconnect(); !s) {
        m_problem = causeOf(s.error);
        return;
    }
    m_lostSinceMs = 0;
    m_problem.clear();
    qCInfo(lcIncident).noquote() << "incident database" << m_store->displayName() << "back";
    if (!m_watching)
        m_timer.stop();
    Q_EMIT restored();
}

bool IncidentStore::probe(QString *error) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (execWith(q, QStringLiteral("SELECT 1"), {}) && q.next())
        return true;
    // In a transaction a failed statement aborted, the server still answered (25P02).
    if (q.lastError().nativeErrorCode() == QLatin1String("25P02"))
        return true;
    if (error)
        *error = q.lastError().text().trimmed();
    return false;
}

Status IncidentStore::reconnect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())
        return Status::failure(db.lastError().text().trimmed());
    // A new server session: the LISTENs of the old one are gone.
    for (auto it = m_subscriptions.cbegin(); it != m_subscriptions.cend(); ++it) {
        const StatementWatch::Scope watched(db.driver());
        if (!db.driver()->subscribeToNotification(it.key()))
            qCWarning(lcIncident).noquote() << "could not listen again on" << it.key() << ":"
                                            << db.driver()->lastError().text();
    }
    return Status::success();
}

Status IncidentStore::reachable() const
{
    if (!m_link || m_link->isOnline())
        return Status::success();
    const QString at = QDateTime::fromMSecsSinceEpoch(m_link->lostSinceMs())
                           .toLocalTime()
                           .toString(QStringLiteral("HH:mm:ss"));
    return Status::failure(
        tr("The incident database %1 has not answered since %2 (%3). What is shown is what was "
           "recorded until then; nothing new can be recorded until it is back. Rollcage "
           "reconnects by itself.")
            .arg(m_displayName, at, m_link->problem()));
}

} // namespace rollcage::incident
