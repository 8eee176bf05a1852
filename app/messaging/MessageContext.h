#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace rollcage::messaging {

// What actually happened, as far as a stakeholder message needs to know. Filled from
// the incident journal by whoever sends; plain values so templates can be tested alone.
struct MessageContext
{
    QString service;
    QString component;
    QString environment;
    QString reason;
    QString status;           // "In progress", "Complete"
    QString badVersion;
    QString previousVersion;
    QString impact;
    QString servicesAffected;
    QString dataLoss;
    QDateTime startedAt;
    QDateTime expectedAt;
    QDateTime resolvedAt;
    QDateTime nextUpdateAt;
    QDateTime now;            // for "Timestamp" and running durations
    QStringList stepsTaken;   // executed steps, in order, already phrased for humans
    QHash<QString, QString> health;    // component -> "Healthy" / "Unhealthy"
    QHash<QString, QString> variables; // the incident's non-secret variables
};

} // namespace rollcage::messaging
