#pragma once

#include "core/Result.h"
#include "incident/Event.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace rollcage::incident {
class Journal;
}

namespace rollcage::report {

// A part of the report only a human can write (the journal cannot know why the
// deployment broke). Stored as report_field_set events; the latest one wins.
struct ReportField
{
    QString name;  // as stored and as given to `rollcage report --set NAME=TEXT`
    QString label; // section heading
    QString hint;  // what to write, shown while the field is empty
};

// In report order: users_affected, root_cause, resolution, prevention.
const QList<ReportField> &reportFields();
std::optional<ReportField> findReportField(const QString &name);

// Field name -> latest text. Fields never set are absent; a field set to "" is empty.
QHash<QString, QString> reportFieldValues(const QList<incident::Event> &events);

// Records `text` as the new value of `field`. An unknown field is refused with the list
// of known ones; nothing is written then.
// Written through the incident's journal, which masks the secrets it knows.
Status setReportField(incident::Journal &journal, const QString &field, const QString &text);

} // namespace rollcage::report
