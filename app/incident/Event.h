#pragma once

#include <QJsonObject>
#include <QString>

namespace rollcage::incident {

// One line of the append-only journal. Nothing is ever updated or deleted: the
// incident's state is what the events add up to (see IncidentState).
struct Event
{
    qint64 id = 0;
    qint64 incidentId = 0;
    qint64 atMs = 0; // UTC milliseconds since the epoch
    QString operatorName;
    QString type;       // the Name of one of the structs in incident/Events.h
    int stepIndex = -1; // the procedure step it concerns, -1 for none
    QJsonObject data;   // that struct's fields (events::toJson)
};

} // namespace rollcage::incident
