#include "report/ReportFields.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include "incident/Journal.h"

#include "core/Logging.h"
#include "incident/IncidentStore.h"

#include <QCoreApplication>
#include <QStringList>

namespace rollcage::report {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::report")
} // namespace

const QList<ReportField> &reportFields()
{
    static const QList<ReportField> fields = {
        {QStringLiteral("users_affected"), tr("Users affected"),
         tr("Who noticed and how: customers, regions, share of requests, support tickets.")},
        {QStringLiteral("root_cause"), tr("Root cause"),
         tr("What in the deployment broke, and why it was not caught before release.")},
        {QStringLiteral("resolution"), tr("Resolution"),
         tr("What brought the service back, and what is still to be done to finish.")},
        {QStringLiteral("prevention"), tr("Prevention and action items"),
         tr("One line per action: what, who, by when.")},
    };
    return fields;
}

std::optional<ReportField> findReportField(const QString &name)
{
    for (const ReportField &f : reportFields()) {
        if (f.name == name)
            return f;
    }
    return std::nullopt;
}

QHash<QString, QString> reportFieldValues(const QList<incident::Event> &events)
{
    QHash<QString, QString> values;
    for (const incident::Event &e : events) {
        if (incident::events::is<incident::events::ReportFieldSet>(e)) {
            const auto set = incident::events::read<incident::events::ReportFieldSet>(e);
            values.insert(set.field, set.text);
        }
    }
    return values;
}

Status setReportField(incident::Journal &journal, const QString &field, const QString &text)
{
    if (!findReportField(field)) {
        QStringList names;
        for (const ReportField &f : reportFields())
            names.append(f.name);
        return Status::failure(tr("\"%1\" is not a report field; the fields are: %2.")
                                   .arg(field, names.join(QStringLiteral(", "))));
    }
    const auto recorded = journal.append(incident::events::ReportFieldSet{field, text});
    if (!recorded)
        return Status::failure(recorded.error);
    // The text itself stays out of the log: it is the report's business, not the log's.
    qCInfo(lcReport) << "incident" << journal.incidentId() << "report field" << field << "set,"
                     << text.size() << "characters";
    return Status::success();
}

} // namespace rollcage::report
