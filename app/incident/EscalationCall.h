#pragma once

#include "incident/Event.h"

#include <QString>

namespace rollcage::incident {

// One call recorded by an `escalated` event: whom, from which of the runbook's lists and
// under which rank as the runbook writes it. Journals written before the group and the
// label were recorded load with them empty.
struct EscalationCall
{
    int level = 0;
    QString who;
    QString group; // the list's heading ("Vendor escalation"); may be empty
    QString label; // the rank as written ("L1"); may be empty
    QString note;
    QString by; // the operator who recorded it
    qint64 atMs = 0;

    static EscalationCall fromEvent(const Event &event);
    // "Level 4 — Vendor: L1 (Acme support)", "Level 2 (Team lead)" for an old journal.
    QString title() const;
};

} // namespace rollcage::incident
