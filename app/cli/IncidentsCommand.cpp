#include "cli/IncidentsCommand.h"

#include "cli/Console.h"
#include "cli/Options.h"
#include "core/Paths.h"
#include "incident/IncidentState.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace rollcage::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("cli", text);
}
} // namespace

Result<std::unique_ptr<incident::IncidentStore>> openIncidentStore(const QString &database)
{
    auto store =
        incident::IncidentStore::open(database.isEmpty() ? paths::defaultDatabasePath() : database);
    if (!store)
        return store;
    const auto recovered = (*store)->recoverInterrupted();
    if (!recovered)
        return Result<std::unique_ptr<incident::IncidentStore>>::failure(recovered.error);
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
    parser.addOption(database);
    if (!parser.parse(arguments)) {
        err(QStringLiteral("rollcage incidents: ") + parser.errorText());
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out(parser.helpText());
        return ExitOk;
    }
    const auto store = openIncidentStore(parser.value(database));
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
    QString table = QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(QStringLiteral("ID"), -5)
                        .arg(QStringLiteral("STATE"), -13)
                        .arg(QStringLiteral("DECLARED (UTC)"), -16)
                        .arg(QStringLiteral("SERVICE"), -24)
                        .arg(QStringLiteral("TITLE"));
    for (const incident::IncidentRecord &r : *list) {
        const auto journal = (*store)->events(r.id);
        if (!journal) {
            err(QStringLiteral("rollcage incidents: ") + journal.error);
            return ExitUsage;
        }
        const incident::IncidentState state = incident::deriveState(*journal);
        QString phase = incident::phaseName(state.phase);
        if (state.unresolvedStep())
            phase += QLatin1Char('!');
        table += QStringLiteral("%1  %2  %3  %4  %5\n")
                     .arg(QString::number(r.id), -5)
                     .arg(phase, -13)
                     .arg(QDateTime::fromMSecsSinceEpoch(r.createdMs, QTimeZone::UTC)
                              .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                          -16)
                     .arg(r.service + QLatin1Char('/') + r.environment, -24)
                     .arg(r.title);
    }
    out(table);
    return ExitOk;
}

} // namespace rollcage::cli
