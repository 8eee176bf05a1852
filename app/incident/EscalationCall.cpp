#include "incident/EscalationCall.h"

#include "core/Tr.h"
#include "incident/Events.h"

#include "runbook/Runbook.h"

#include <QCoreApplication>

namespace rollcage::incident {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::incident")
} // namespace

EscalationCall EscalationCall::fromEvent(const Event &event)
{
    const auto d = events::read<events::Escalated>(event);
    EscalationCall c;
    c.level = d.level;
    c.who = d.who;
    c.group = d.group;
    c.label = d.label;
    c.note = d.note;
    c.by = event.operatorName;
    c.atMs = event.atMs;
    return c;
}

QString EscalationCall::title() const
{
    runbook::EscalationLevel asWritten(level, who, 0);
    asWritten.label = label;
    const QString rank = asWritten.labelIsJustTheNumber() ? QString() : label;
    QString where;
    if (!group.isEmpty() && !rank.isEmpty())
        where = tr(" — %1: %2").arg(group, rank);
    else if (!group.isEmpty() || !rank.isEmpty())
        where = tr(" — %1").arg(group.isEmpty() ? rank : group);
    return tr("Level %1%2 (%3)").arg(level).arg(where, who);
}

} // namespace rollcage::incident
