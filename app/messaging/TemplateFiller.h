#pragma once

#include "messaging/MessageContext.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace rollcage::messaging {

// A placeholder in a message template, found by scanning its body:
// ${VAR}, $VAR, <name>, [Name] and [A/B/C] choice lists.
struct TemplateSlot
{
    QString raw;     // as written: "[Timestamp]"
    QString label;   // the line's lead-in, "Started" in "Started: [Timestamp]"; may be empty
    QString name;    // inside the brackets: "Timestamp"
    QStringList choices;
    int line = 0;    // 0-based line in the body
};

struct FilledMessage
{
    QString text;
    QList<TemplateSlot> unfilled; // still in `text` as written; block sending until handled
    bool readyToSend() const { return unfilled.isEmpty(); }
};

QList<TemplateSlot> scanSlots(const QString &body);

// Fills a template body from the incident. `overrides` (keyed by TemplateSlot::raw)
// are values the operator typed and win over everything; slots in `leaveAsIs` were
// explicitly kept as written and do not block sending. A "- [Step 1]" bullet expands
// to one bullet per step taken.
// The variables (${NAME}, $NAME) the templates in `bodies` use whose value only the
// operator can give: not one the incident knows by itself (service, times, status…).
// In order of first use, each once.
QStringList operatorVariables(const QStringList &bodies);

FilledMessage fillTemplate(const QString &body, const MessageContext &context,
                           const QHash<QString, QString> &overrides = {},
                           const QSet<QString> &leaveAsIs = {});

} // namespace rollcage::messaging
