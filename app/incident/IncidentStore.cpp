#include "incident/IncidentStore.h"

#include "incident/Events.h"
#include "incident/SqlExec.h"
#include "incident/StatementWatch.h"

#include "core/Logging.h"
#include "core/OperatorName.h"
#include "incident/IncidentState.h"
#include "incident/IncidentStoreSchema.h"
#include "incident/OutputWriter.h"
#include "incident/StoreLink.h"
#include "incident/StoreThread.h"
#include "incident/StoreUrl.h"
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
#include <unistd.h>

namespace rollcage::incident {

using namespace Qt::StringLiterals;

namespace {

QString sqliteHint(const QSqlError &error)
{
    int code = error.nativeErrorCode().toInt() & 0xff;
    // A failed COMMIT reaches us without SQLite's code, only its message.
    if (code == 0 && error.text().contains(QLatin1String("disk is full")))
        code = 13;
    switch (code) {
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        return QCoreApplication::translate(
            "rollcage::incident",
            "Another program (another Rollcage?) is holding it locked: close it or wait, "
            "then try again.");
    case 8: // SQLITE_READONLY
        return QCoreApplication::translate(
            "rollcage::incident",
            "It is read-only: make the file and its directory writable, or pass "
            "--database with a writable path.");
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        return QCoreApplication::translate(
            "rollcage::incident",
            "It is damaged or not a Rollcage database: move it aside (Rollcage then "
            "starts a new one) or restore a backup, or pass --database.");
    case 13: // SQLITE_FULL
        return QCoreApplication::translate("rollcage::incident",
                                           "The disk is full: free some space and try again.");
    case 14: // SQLITE_CANTOPEN
        return QCoreApplication::translate(
            "rollcage::incident",
            "It cannot be opened: check that its directory exists and is writable.");
    default:
        return {};
    }
}

QString payloadText(const QJsonObject &data)
{
    return QString::fromUtf8(QJsonDocument(data).toJson(QJsonDocument::Compact));
}

IncidentRecord incidentFrom(const QSqlQuery &q)
{
    IncidentRecord r;
    r.id = q.value(0).toLongLong();
    r.createdMs = q.value(1).toLongLong();
    r.title = q.value(2).toString();
    r.service = q.value(3).toString();
    r.environment = q.value(4).toString();
    r.procedure = q.value(5).toString();
    r.runbookTitle = q.value(6).toString();
    r.runbookSource = q.value(7).toString();
    r.runbookText = q.value(8).toString();
    r.runbookSha256 = q.value(9).toString();
    return r;
}

const QString kIncidentColumns =
    QStringLiteral("id, created_ms, title, service, environment, procedure_name, runbook_title, "
                   "runbook_source, runbook_text, runbook_sha256");

// Qt binds a null QString as SQL NULL; an unset field is an empty text here.
QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

} // namespace

int IncidentStore::schemaVersion()
{
    return migrations().constLast().version;
}

IncidentStore::~IncidentStore()
{
    m_writer.reset(); // its thread and connection first: it writes to this store
    m_reader.reset();
    m_journalReader.reset();
    m_link.reset();
    m_checkpointer.reset();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString IncidentStore::failure(const QString &what, const QSqlError &error, bool mayProbe) const
{
    QString message = tr("Could not %1 in the incident database %2: %3.")
                          .arg(what, m_displayName, error.text().trimmed());
    if (!m_postgres) {
        const QString hint = sqliteHint(error);
        if (!hint.isEmpty())
            message += QLatin1Char(' ') + hint;
    }
    // A shared store that stopped answering: said once as such (the link reconnects),
    // instead of one raw driver error per statement.
    if (m_link && (!m_link->isOnline() || (mayProbe && !probe()))) {
        m_link->markLost(error.text().trimmed());
        return reachable().error;
    }
    qCWarning(lcIncident).noquote() << message;
    return message;
}

Result<std::unique_ptr<IncidentStore>> IncidentStore::open(const QString &location,
                                                           const QString &password)
{
    using R = Result<std::unique_ptr<IncidentStore>>;
    static std::atomic<int> counter{0};
    std::unique_ptr<IncidentStore> store(new IncidentStore);
    store->m_operator = operators::operatorName();
    store->m_connection = QStringLiteral("rollcage-incidents-%1").arg(counter++);

    const QUrl url(location);
    store->m_postgres =
        url.scheme() == QLatin1String("postgresql") || url.scheme() == QLatin1String("postgres");
    if (store->m_postgres) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), store->m_connection);
        if (!db.isValid())
            return R::failure(tr("PostgreSQL support (the Qt QPSQL driver) is not installed; "
                                 "install it or use a SQLite file with --database PATH."));
        store->m_displayName = url.toDisplayString(QUrl::RemovePassword);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setPassword(password.isEmpty() ? url.password() : password);
        db.setDatabaseName(url.path().mid(1));
        const auto options = connectOptionsFor(url); // TLS, from the URL's query
        if (!options)
            return R::failure(options.error);
        db.setConnectOptions(*options);
        if (!db.open()) {
            const QString tls = tlsHint(db.lastError().text(), url);
            return R::failure(store->failure(tr("connect"), db.lastError()) +
                              (tls.isEmpty()
                                   ? tr(" Check the URL, that the server runs and accepts you.")
                                   : QLatin1Char(' ') + tls));
        }
    } else {
        const QFileInfo file(location);
        store->m_displayName = file.absoluteFilePath();
        if (!QDir().mkpath(file.absolutePath()))
            return R::failure(tr("Could not create the directory %1 for the incident database. "
                                 "Check permissions or pass --database with another path.")
                                  .arg(file.absolutePath()));
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), store->m_connection);
        db.setDatabaseName(file.absoluteFilePath());
        // Wait a little for another writer instead of failing at once.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open())
            return R::failure(store->failure(tr("open the file"), db.lastError()));
        if (Status s = store->configure(); !s) {
            // A read-only file or disk (or one too full for WAL's index): what is recorded
            // can still be read, listed and reported; writes are refused with the reason.
            if (!store->reopenReadOnly())
                return R::failure(s.error);
        }
    }
    if (Status s = store->migrate(); !s)
        return R::failure(s.error);
    if (store->m_postgres)
        store->m_link = std::make_unique<StoreLink>(store.get());
    if (!store->m_postgres && !store->m_readOnly)
        store->m_checkpointer = std::make_unique<WalCheckpointer>(store->m_displayName);
    return R::success(std::move(store));
}

Status IncidentStore::configure()
{
    if (m_postgres)
        return Status::success();
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    // NORMAL in WAL mode: a committed event survives the process being killed; only a
    // power cut can lose the last transactions, never the database.
    for (const char *pragma :
         {// Only takes effect on a new file: step output arrives in blobs of up to 64 KB,
          // and larger pages mean fewer overflow pages and WAL frames per batch (measured).
          "PRAGMA page_size=16384", "PRAGMA journal_mode=WAL", "PRAGMA foreign_keys=ON",
          "PRAGMA synchronous=NORMAL",
          // Checkpoints (and their fsyncs) happen on the WalCheckpointer's thread instead.
          "PRAGMA wal_autocheckpoint=0"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return Status::failure(failure(tr("configure the database"), q.lastError()));
    }
    return Status::success();
}

// Opened again read-only: with SQLITE_OPEN_READONLY, which reads a WAL database whose
// index exists, else as immutable (no locks, no index), which reads the file as it
// stands — right after a clean close, when the WAL was checkpointed into it.
bool IncidentStore::reopenReadOnly()
{
    for (const QString &mode : {QStringLiteral("QSQLITE_OPEN_READONLY"),
                                QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI")}) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
            const bool uri = mode.endsWith(QLatin1String("URI"));
            QUrl url = QUrl::fromLocalFile(m_displayName);
            url.setQuery(QStringLiteral("immutable=1"));
            db.setDatabaseName(uri ? url.toString(QUrl::FullyEncoded) : m_displayName);
            db.setConnectOptions(mode);
            if (!db.open())
                continue;
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")))
                continue;
        }
        m_readOnly = true;
        qCWarning(lcIncident).noquote()
            << "incident database" << m_displayName << "opened read-only";
        return true;
    }
    return false;
}

// The schema version when it can be read without a write lock, so a database that
// needs nothing is opened without writing (read-only, full, or locked by a writer).
std::optional<int> IncidentStore::readSchemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return std::nullopt;
    return q.value(0).toInt();
}

Status IncidentStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (const auto version = readSchemaVersion(); version && *version == schemaVersion())
        return Status::success();
    if (m_readOnly)
        return Status::failure(tr("The incident database %1 is read-only and needs its schema "
                                  "brought up to version %2 first: make it writable once, or "
                                  "pass --database with another path.")
                                   .arg(m_displayName)
                                   .arg(schemaVersion()));
    QSqlQuery q(db);
    if (!q.exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")))
        return Status::failure(failure(tr("read the schema version"), q.lastError()));
    // One migration per transaction, the version read under a write lock: two processes
    // opening a new database at once (a GUI and `rollcage run`) must not both migrate.
    for (;;) {
        const bool locked =
            m_postgres ? db.transaction() &&
                             q.exec(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"))
                       : q.exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (!locked) {
            const QString message =
                failure(tr("start the schema migration"),
                        q.lastError().isValid() ? q.lastError() : db.lastError());
            db.rollback();
            return Status::failure(message);
        }
        int current = 0;
        if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version"))) {
            const QString message = failure(tr("read the schema version"), q.lastError());
            db.rollback();
            return Status::failure(message);
        }
        if (q.next())
            current = q.value(0).toInt();
        q.finish();
        if (current > schemaVersion()) {
            db.rollback();
            return Status::failure(tr("The incident database %1 was written by a newer Rollcage "
                                      "(schema %2, this one knows %3). Upgrade Rollcage, or pass "
                                      "--database with another path.")
                                       .arg(m_displayName)
                                       .arg(current)
                                       .arg(schemaVersion()));
        }
        const auto next =
            std::find_if(migrations().cbegin(), migrations().cend(),
                         [current](const Migration &m) { return m.version > current; });
        if (next == migrations().cend()) {
            db.commit();
            return Status::success();
        }
        QStringList statements = next->statements;
        statements += m_postgres ? next->postgresOnly : next->sqliteOnly;
        for (QString sql : statements) {
            sql.replace(QLatin1String("%PK%"),
                        m_postgres ? QLatin1String("BIGSERIAL PRIMARY KEY")
                                   : QLatin1String("INTEGER PRIMARY KEY AUTOINCREMENT"));
            sql.replace(QLatin1String("%BLOB%"),
                        m_postgres ? QLatin1String("BYTEA") : QLatin1String("BLOB"));
            if (!q.exec(sql)) {
                const QString message = failure(
                    tr("migrate the schema to version %1").arg(next->version), q.lastError());
                db.rollback();
                return Status::failure(message);
            }
        }
        q.prepare(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"));
        q.addBindValue(next->version);
        if (!q.exec() || !db.commit()) {
            const QString message = failure(tr("record the schema version"), q.lastError());
            db.rollback();
            return Status::failure(message);
        }
        qCInfo(lcIncident) << "incident database migrated to schema" << next->version;
    }
}

Result<qint64> IncidentStore::createIncident(const IncidentRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!transactionOn(db))
        return Result<qint64>::failure(failure(tr("declare the incident"), db.lastError()));
    QSqlQuery q(db);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!execWith(q,
                  QStringLiteral("INSERT INTO incidents (created_ms, title, service, environment, "
                                 "procedure_name, runbook_title, runbook_source, runbook_text, "
                                 "runbook_sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                  {now, text(record.title), text(record.service), text(record.environment),
                   text(record.procedure), text(record.runbookTitle), text(record.runbookSource),
                   text(record.runbookText), text(record.runbookSha256)}) ||
        !q.next()) {
        const QString message = failure(tr("declare the incident"), q.lastError());
        (void)rollbackOn(db);
        return Result<qint64>::failure(message);
    }
    const qint64 id = q.value(0).toLongLong();
    q.finish();
    if (!execWith(q,
                  QStringLiteral("INSERT INTO events (incident_id, at_ms, operator, type, "
                                 "step_index, payload) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, now, m_operator, events::Declared::Name, -1,
                   payloadText(events::toJson(events::Declared{
                       record.title, record.service, record.environment, record.procedure}))}) ||
        !commitOn(db)) {
        const QString message = failure(tr("declare the incident"),
                                        q.lastError().isValid() ? q.lastError() : db.lastError());
        (void)rollbackOn(db);
        return Result<qint64>::failure(message);
    }
    return Result<qint64>::success(id);
}

Result<IncidentRecord> IncidentStore::incident(qint64 id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!execWith(q, QStringLiteral("SELECT %1 FROM incidents WHERE id = ?").arg(kIncidentColumns),
                  {id}))
        return Result<IncidentRecord>::failure(
            failure(tr("read incident %1").arg(id), q.lastError()));
    if (!q.next())
        return Result<IncidentRecord>::failure(
            tr("There is no incident %1 in %2. `rollcage incidents` lists them.")
                .arg(id)
                .arg(m_displayName));
    return Result<IncidentRecord>::success(incidentFrom(q));
}

Result<QList<IncidentRecord>> IncidentStore::incidents() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!execWith(q, QStringLiteral("SELECT %1 FROM incidents ORDER BY id").arg(kIncidentColumns),
                  {}))
        return Result<QList<IncidentRecord>>::failure(failure(tr("list incidents"), q.lastError()));
    QList<IncidentRecord> list;
    while (q.next())
        list.append(incidentFrom(q));
    return Result<QList<IncidentRecord>>::success(list);
}

Result<Event> IncidentStore::append(qint64 incidentId, const QString &type, const QJsonObject &data,
                                    int stepIndex, qint64 atMs)
{
    Event e;
    e.incidentId = incidentId;
    e.atMs = atMs > 0 ? atMs : QDateTime::currentMSecsSinceEpoch();
    e.operatorName = m_operator;
    e.type = type;
    e.stepIndex = stepIndex;
    e.data = data;
    // SQLite hands the RETURNING row back before the statement commits: an implicit commit
    // failing afterwards (a full disk) would go unreported, and an event the caller believes
    // recorded would be lost, so there the transaction is explicit. PostgreSQL commits a
    // lone statement before it reports it done (a failed commit is the statement's error,
    // and the query is not forward-only, so the driver reads the whole answer before
    // next()): BEGIN and COMMIT would be two more round trips per event to a server ten
    // consoles keep busy.
    const bool explicitTransaction = !m_postgres;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const QString what = tr("record \"%1\"").arg(type);
    if (explicitTransaction && !db.transaction())
        return Result<Event>::failure(failure(what, db.lastError()));
    QSqlQuery q(db);
    if (!execWith(q,
                  QStringLiteral("INSERT INTO events (incident_id, at_ms, operator, type, "
                                 "step_index, payload) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"),
                  {incidentId, e.atMs, e.operatorName, type, stepIndex, payloadText(data)}) ||
        !q.next()) {
        const QString message = failure(what, q.lastError());
        if (explicitTransaction)
            db.rollback();
        return Result<Event>::failure(message);
    }
    e.id = q.value(0).toLongLong();
    q.finish();
    if (explicitTransaction && !db.commit()) {
        const QString message = failure(what, db.lastError());
        db.rollback();
        return Result<Event>::failure(message);
    }
    return Result<Event>::success(e);
}

} // namespace rollcage::incident
