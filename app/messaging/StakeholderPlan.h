#pragma once

#include "runbook/Runbook.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rollcage::messaging {

// Who must hear about the incident, how, and by when — the runbook's stakeholder table
// turned into due times from the moment the incident started.
struct PlanEntry
{
    QString who;
    QString channel;
    QString timing;                    // as the runbook says it: "Within 15 min"
    std::optional<int> withinMinutes;  // none: no deadline the runbook could state
    QDateTime due;                     // invalid when withinMinutes is none
    int line = 0;                      // source line, 0 for the default plan
};

enum class PlanState { Pending, Overdue, Done };

class StakeholderPlan
{
public:
    static constexpr int kDefaultCadenceMinutes = 30;
    static constexpr int kImmediateGraceMinutes = 5; // "Immediately" is due within this

    // The runbook's table; when it has none, a sensible default (the incident channel
    // at once, stakeholders within 30 minutes) so nobody is forgotten.
    static StakeholderPlan build(const runbook::Runbook &runbook, const QDateTime &incidentStart);

    const QList<PlanEntry> &entries() const { return m_entries; }
    bool isDefault() const { return m_default; }
    int cadenceMinutes() const { return m_cadenceMinutes; }

    static PlanState state(const PlanEntry &entry, bool done, const QDateTime &now);
    // "Product Manager — within 15 min — due 03:27" (local time)
    static QString describe(const PlanEntry &entry);
    // When the next status update is due, counted from the last one sent (or the start).
    QDateTime nextStatusUpdate(const QDateTime &lastUpdate) const;

private:
    QList<PlanEntry> m_entries;
    bool m_default = false;
    int m_cadenceMinutes = kDefaultCadenceMinutes;
};

} // namespace rollcage::messaging
