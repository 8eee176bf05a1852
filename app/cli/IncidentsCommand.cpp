#include "cli/IncidentsCommand.h"

#include "cli/Console.h"
#include "cli/Options.h"
#include "core/Paths.h"
#include "core/Tr.h"
#include "incident/IncidentState.h"
#include "integrations/CredentialStore.h"
#include "integrations/StorePassword.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QTimeZone>
#include <QUrl>

namespace rollcage::cli {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::cli")
} // namespace

namespace {
// The store's password from the keychain (integrations/StorePassword.h); empty when none
// is kept or the keychain cannot be asked (then the server's refusal is said).
QString keptStorePassword(const integrations::StoreSecret &secret)
{
    integrations::CredentialStore keychain;
    QString password;
    const quint64 id = keychain.read(secret.scope, secret.name);
    QObject::connect(&keychain, &integrations::CredentialStore::finished, &keychain,
                     [id, &password](quint64 done, const integrations::CredentialResult &r) {
                         if (done != id)
                             return;
                         if (r.ok())
                             password = r.value;
                         QCoreApplication::exit(0);
                     });
    // The command has not started its own work yet: this is its event loop, run once to
    // the keychain's answer (which arrives later by design, never inside read()).
    (void)QCoreApplication::exec();
    return password;
}
} // namespace

Result<std::unique_ptr<incident::IncidentStore>> openIncidentStore(const QString &database,
                                                                   StoreUse use)
{
    using R = Result<std::unique_ptr<incident::IncidentStore>>;
    const QString location = database.isEmpty() ? paths::defaultDatabasePath() : database;
    if (integrations::urlHasPassword(location))
        return R::failure(integrations::passwordInUrlError(location));
    // Reading a store that is not there would create an empty one (SQLite makes the file
    // on open) and answer "no incidents": a typo in --database would look like an empty
    // history. Only `rollcage run` creates a store.
    const QUrl url(location);
    const bool shared = url.scheme() == QLatin1String("postgresql") ||
                        url.scheme() == QLatin1String("postgres");
    if (use == StoreUse::Read && !shared && !QFileInfo::exists(location))
        return R::failure(tr("there is no incident store at %1: nothing has been recorded "
                             "there. Check --database, or record an incident first with "
                             "`rollcage run RUNBOOK`.")
                              .arg(location));
    auto store = incident::IncidentStore::open(location);
    if (!store && integrations::needsPassword(store.error)) {
        const QString password = keptStorePassword(*integrations::storeSecret(location));
        if (password.isEmpty())
            return R::failure(store.error + QLatin1Char(' ') +
                              integrations::storePasswordHint(location));
        store = incident::IncidentStore::open(location, password);
    }
    if (!store)
        return store;
    const auto recovered = (*store)->recoverInterrupted();
    if (!recovered && use == StoreUse::Write)
        return Result<std::unique_ptr<incident::IncidentStore>>::failure(recovered.error);
    if (!recovered) {
        // Reading needs no write: list or report what is recorded, and say what is not.
        err(tr("rollcage: a step interrupted by a crash could not be marked outcome unknown "
               "(%1); it shows as running until a run can write again.")
                .arg(recovered.error));
        return store;
    }
    for (qint64 id : *recovered)
        err(tr("rollcage: incident %1 was interrupted while a step ran; that step's outcome is "
               "unknown. Resume with `rollcage run RUNBOOK --procedure NAME --incident %1 "
               "--resolve retry|done|failed`.")
                .arg(id));
    return store;
}

int incidentsCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the incidents recorded in the store."));
    parser.addHelpOption();
    const QCommandLineOption database = databaseOption();
    // What a team member joining wants: the incidents still being worked on.
    const QCommandLineOption open(QStringLiteral("open"),
                                  tr("Only the incidents not yet resolved or aborted."));
    parser.addOptions({database, open});
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage incidents: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    const auto store = openIncidentStore(parser.value(database), StoreUse::Read);
    if (!store) {
        err(QStringLiteral("rollcage incidents: ") + store.error);
        return ExitUsage;
    }
    const auto list = (*store)->incidents();
    if (!list) {
        err(QStringLiteral("rollcage incidents: ") + list.error);
        return ExitUsage;
    }
    if (list->isEmpty()) {
        out(tr("No incidents recorded in %1.").arg((*store)->displayName()));
        return ExitOk;
    }
    QList<QStringList> rows{{QStringLiteral("ID"), QStringLiteral("STATE"),
                             QStringLiteral("DECLARED (UTC)"), QStringLiteral("SERVICE"),
                             QStringLiteral("TITLE")}};
    for (const incident::IncidentRecord &r : *list) {
        const auto journal = (*store)->events(r.id);
        if (!journal) {
            err(QStringLiteral("rollcage incidents: ") + journal.error);
            return ExitUsage;
        }
        const incident::IncidentState state = incident::deriveState(*journal);
        if (parser.isSet(open) && incident::isTerminal(state.phase))
            continue;
        QString phase = incident::phaseName(state.phase);
        if (state.unresolvedStep())
            phase += QLatin1Char('!'); // a step's outcome is unknown: look before resuming
        rows.append({QString::number(r.id), phase,
                     QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone::UTC)
                         .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     r.service + QLatin1Char('/') + r.environment, r.title});
    }
    if (rows.size() == 1) {
        out(tr("No open incidents in %1.").arg((*store)->displayName()));
        return ExitOk;
    }
    QList<qsizetype> widths(rows.constFirst().size(), 0);
    for (const QStringList &row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    QString table;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        table += line + QLatin1Char('\n');
    }
    out(table);
    return ExitOk;
}

} // namespace rollcage::cli
