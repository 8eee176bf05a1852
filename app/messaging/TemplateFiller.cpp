#include "messaging/TemplateFiller.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>

namespace rollcage::messaging {

namespace {

const QRegularExpression &slotPattern()
{
    // [..] not followed by "(" (a Markdown link) and not "[x]"/"[ ]" task boxes.
    static const QRegularExpression re(QStringLiteral(
        R"re(\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Z_][A-Z0-9_]+)|<([a-z][a-z0-9-]*)>|\[([^\[\]\n]{2,80})\](?!\())re"));
    return re;
}

QString normalized(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString formatTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale::c().toString(when.toUTC(), QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return {};
    const qint64 minutes = (seconds + 30) / 60;
    if (minutes < 60)
        return QStringLiteral("%1 min").arg(minutes);
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
}

// Everything the context knows, under each name runbook authors use for it
// (normalised: lower-case letters and digits only).
QHash<QString, QString> factTable(const MessageContext &c)
{
    QHash<QString, QString> facts;
    // Variables first, so the named facts below win over a same-named variable.
    for (auto it = c.variables.cbegin(); it != c.variables.cend(); ++it)
        facts.insert(normalized(it.key()), it.value());
    for (auto it = c.health.cbegin(); it != c.health.cend(); ++it)
        facts.insert(normalized(it.key()), it.value());
    // Known names are listed even without a value, so "Next update: [Time]" stays
    // unfilled when the next update is unknown instead of falling back to "now".
    auto add = [&facts](std::initializer_list<const char *> names, const QString &value) {
        for (const char *name : names) {
            const QString key = QString::fromLatin1(name);
            if (!value.isEmpty() || !facts.contains(key))
                facts.insert(key, value);
        }
    };
    const QDateTime end = c.resolvedAt.isValid() ? c.resolvedAt : c.now;
    add({"component", "components"}, c.component);
    add({"reason", "briefdescription", "briefdescriptionofissue", "description", "issue"}, c.reason);
    add({"started", "startedat", "starttime", "incidentstart"}, formatTime(c.startedAt));
    add({"expectedcompletion", "expectedresolution", "eta", "expected"}, formatTime(c.expectedAt));
    add({"status", "currentstatus"}, c.status);
    add({"resolutiontime", "resolved", "resolvedat", "completed"}, formatTime(c.resolvedAt));
    add({"duration"}, c.startedAt.isValid() && end.isValid() ? formatDuration(c.startedAt.secsTo(end)) : QString());
    add({"nextupdate"}, formatTime(c.nextUpdateAt));
    add({"servicesaffected", "list"}, c.servicesAffected);
    add({"dataloss", "ifany"}, c.dataLoss);
    add({"impact"}, c.impact);
    add({"steps", "stepstaken", "actionstaken"}, c.stepsTaken.join(QStringLiteral("; ")));
    add({"timestamp", "now", "time"}, formatTime(c.now));
    add({"service", "servicename"}, c.service);
    add({"environment", "env"}, c.environment);
    add({"previousversion", "rollbackversion", "targetversion"}, c.previousVersion);
    add({"badversion", "currentversion", "failedversion"}, c.badVersion);
    return facts;
}

QString valueFor(const TemplateSlot &slot, const MessageContext &context,
                 const QHash<QString, QString> &facts)
{
    // "Backend: [Healthy/Unhealthy]": the label names the component, the choices the
    // vocabulary.
    if (!slot.choices.isEmpty() && !slot.label.isEmpty()) {
        for (auto it = context.health.cbegin(); it != context.health.cend(); ++it) {
            if (normalized(it.key()) != normalized(slot.label))
                continue;
            // Answer in the template's own words: "[OK/Down]" gets "Down", not "Unhealthy".
            const bool healthy = it.value() == QLatin1String("Healthy");
            if (slot.choices.size() >= 2)
                return healthy ? slot.choices.first() : slot.choices.at(1);
            return it.value();
        }
    }
    // The label says what the value is ("Started: [Timestamp]" is the start time, not
    // now), so it is asked first; then the placeholder's own name.
    const QString name = normalized(slot.name);
    if (!slot.label.isEmpty()) {
        const QString label = normalized(slot.label);
        const QString byLabel = facts.value(label);
        if (!byLabel.isEmpty())
            return byLabel;
        // "Next update: [Time]" with no next update known stays unfilled: a generic
        // time placeholder must not quietly become "now" under a label that means
        // something else.
        static const QStringList generic = {QStringLiteral("time"), QStringLiteral("timestamp"),
                                            QStringLiteral("now"), QStringLiteral("date")};
        if (facts.contains(label) && generic.contains(name))
            return {};
    }
    return facts.value(name);
}

// "- [Step 1]" on a line of its own: an indent and a list marker before the slot, nothing
// after it. Such a line is replaced by the steps taken (or removed), so a step slot
// sharing its line with other text is an ordinary slot: expanding it would take that
// text, and any slot in it, out of the message (the fuzzer found a "[Yes/No/Unknown]"
// listed as unfilled that was no longer there). It also makes step lines unique: one
// slot each.
bool isStepBulletLine(const TemplateSlot &slot, const QString &line)
{
    static const QRegularExpression name(QStringLiteral(R"(^(step|action)\s*\d+$)"),
                                         QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression marker(QStringLiteral(R"(^\s*(?:[-*+]|\d{1,3}[.)])?\s*$)"));
    if (!name.match(slot.name).hasMatch())
        return false;
    const qsizetype at = line.indexOf(slot.raw);
    return at >= 0 && marker.match(line.left(at)).hasMatch() &&
           line.mid(at + slot.raw.size()).trimmed().isEmpty();
}

} // namespace

QList<TemplateSlot> scanSlots(const QString &body)
{
    QList<TemplateSlot> found;
    const QStringList lines = body.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        auto it = slotPattern().globalMatch(line);
        while (it.hasNext()) {
            const auto m = it.next();
            TemplateSlot slot;
            slot.raw = m.captured(0);
            slot.line = i;
            for (int group = 1; group <= 4; ++group) {
                if (!m.captured(group).isEmpty())
                    slot.name = m.captured(group).trimmed();
            }
            if (!m.captured(4).isEmpty() && slot.name.contains(QLatin1Char('/')))
                slot.choices = slot.name.split(QLatin1Char('/'), Qt::SkipEmptyParts);
            const QString before = line.left(m.capturedStart()).trimmed();
            if (before.endsWith(QLatin1Char(':')))
                slot.label = before.chopped(1).trimmed().remove(QRegularExpression(QStringLiteral("^[-*]\\s*")));
            found.append(slot);
        }
    }
    return found;
}

QStringList operatorVariables(const QStringList &bodies)
{
    // The names the incident fills by itself: every fact an empty context lists, except
    // the versions, which come from the operator's values.
    QSet<QString> known;
    const QHash<QString, QString> facts = factTable(MessageContext());
    for (auto it = facts.cbegin(); it != facts.cend(); ++it)
        known.insert(it.key());
    for (const char *fromValues : {"previousversion", "rollbackversion", "targetversion",
                                   "badversion", "currentversion", "failedversion"})
        known.remove(QString::fromLatin1(fromValues));
    QStringList names;
    for (const QString &body : bodies) {
        for (const TemplateSlot &slot : scanSlots(body)) {
            if (!slot.raw.startsWith(QLatin1Char('$')) || names.contains(slot.name) ||
                known.contains(normalized(slot.name)))
                continue;
            names.append(slot.name);
        }
    }
    return names;
}

FilledMessage fillTemplate(const QString &body, const MessageContext &context,
                           const QHash<QString, QString> &overrides, const QSet<QString> &leaveAsIs)
{
    FilledMessage result;
    QStringList lines = body.split(QLatin1Char('\n'));
    const QList<TemplateSlot> found = scanSlots(body);
    const QHash<QString, QString> facts = factTable(context);

    // "- [Step 1]", "- [Step 2]" …: the first bullet becomes the real list of steps
    // taken, the other bullets go.
    QList<const TemplateSlot *> stepSlots;
    if (!context.stepsTaken.isEmpty()) {
        for (const TemplateSlot &slot : found) {
            if (isStepBulletLine(slot, lines.at(slot.line)) && !overrides.contains(slot.raw))
                stepSlots.append(&slot);
        }
    }
    auto isStepLine = [&stepSlots](int line) {
        return std::any_of(stepSlots.cbegin(), stepSlots.cend(),
                           [line](const TemplateSlot *s) { return s->line == line; });
    };

    // A slot written inside another ("[Next update: $TIME]") is the outer one's to fill:
    // filling it alone would change the outer slot's text, which is then neither found
    // to fill nor shown as written (the fuzzer found it).
    auto isNested = [&found](const TemplateSlot &slot) {
        return std::any_of(found.cbegin(), found.cend(), [&slot](const TemplateSlot &outer) {
            return outer.line == slot.line && outer.raw.size() > slot.raw.size() &&
                   outer.raw.contains(slot.raw);
        });
    };

    // Right to left, so replacing one slot keeps the positions of earlier ones valid.
    for (auto it = found.crbegin(); it != found.crend(); ++it) {
        const TemplateSlot &slot = *it;
        if (isStepLine(slot.line) || isNested(slot))
            continue;
        if (!lines[slot.line].contains(slot.raw))
            continue; // a longer slot around it was filled already
        const QString value = overrides.contains(slot.raw) ? overrides.value(slot.raw)
                                                           : valueFor(slot, context, facts);
        QString &line = lines[slot.line];
        if (!value.isEmpty())
            line.replace(line.lastIndexOf(slot.raw), slot.raw.size(), value);
        else if (!leaveAsIs.contains(slot.raw))
            result.unfilled.prepend(slot);
    }

    if (!stepSlots.isEmpty()) {
        const TemplateSlot *first = stepSlots.first();
        const QString prefix = lines[first->line].left(lines[first->line].indexOf(first->raw));
        QStringList bullets;
        for (const QString &step : context.stepsTaken)
            bullets << prefix + step;
        lines[first->line] = bullets.join(QLatin1Char('\n'));
        for (auto it = stepSlots.crbegin(); it != stepSlots.crend() - 1; ++it)
            lines.removeAt((*it)->line);
    }
    result.text = lines.join(QLatin1Char('\n'));
    return result;
}

} // namespace rollcage::messaging
