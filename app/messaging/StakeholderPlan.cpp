#include "messaging/StakeholderPlan.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace rollcage::messaging {

namespace {

PlanEntry entry(const QString &who, const QString &channel, const QString &timing,
                std::optional<int> minutes, const QDateTime &start, int line)
{
    PlanEntry e{who, channel, timing, minutes, {}, line};
    // "Immediately" still takes a few minutes of a human's time; it is not overdue the
    // second the incident is declared.
    if (minutes && start.isValid())
        e.due = start.addSecs(qint64(std::max(*minutes, StakeholderPlan::kImmediateGraceMinutes)) * 60);
    return e;
}

} // namespace

StakeholderPlan StakeholderPlan::build(const runbook::Runbook &runbook, const QDateTime &incidentStart)
{
    StakeholderPlan plan;
    if (runbook.statusCadenceMinutes && *runbook.statusCadenceMinutes > 0)
        plan.m_cadenceMinutes = *runbook.statusCadenceMinutes;
    for (const runbook::Stakeholder &s : runbook.stakeholders) {
        plan.m_entries.append(entry(s.who, s.channel, s.deadlineText, s.deadlineMinutes,
                                    incidentStart, s.line));
    }
    if (plan.m_entries.isEmpty()) {
        plan.m_default = true;
        plan.m_entries = {
            entry(QCoreApplication::translate("StakeholderPlan", "Incident channel"),
                  QCoreApplication::translate("StakeholderPlan", "Team chat"),
                  QCoreApplication::translate("StakeholderPlan", "Immediately"), 0, incidentStart, 0),
            entry(QCoreApplication::translate("StakeholderPlan", "Business stakeholders"),
                  QCoreApplication::translate("StakeholderPlan", "Email"),
                  QCoreApplication::translate("StakeholderPlan", "Within 30 min"), 30, incidentStart, 0),
        };
    }
    return plan;
}

PlanState StakeholderPlan::state(const PlanEntry &entry, bool done, const QDateTime &now)
{
    if (done)
        return PlanState::Done;
    if (entry.due.isValid() && now > entry.due)
        return PlanState::Overdue;
    return PlanState::Pending;
}

QString StakeholderPlan::describe(const PlanEntry &entry)
{
    QString text = entry.who;
    if (!entry.timing.isEmpty())
        text += QStringLiteral(" — ") + entry.timing.toLower();
    if (entry.due.isValid())
        text += QCoreApplication::translate("StakeholderPlan", " — due %1")
                    .arg(QLocale::c().toString(entry.due.toLocalTime(), QStringLiteral("HH:mm")));
    return text;
}

QDateTime StakeholderPlan::nextStatusUpdate(const QDateTime &lastUpdate) const
{
    return lastUpdate.addSecs(qint64(m_cadenceMinutes) * 60);
}

} // namespace rollcage::messaging
