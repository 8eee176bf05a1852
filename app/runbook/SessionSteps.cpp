// Terminal steps in a procedure: a step whose commands open a session runs in a
// pseudo-terminal, and what the runbook lists after the command that opens it — the rest
// of its block, its later blocks ("then run:"), and the next steps as long as they speak
// the session's language — becomes the commands to type inside that session, each with
// its own confirmation level. See docs/terminal-steps.md.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>

namespace rollcage::runbook::detail {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

bool isSessionBlock(const CodeBlock &c, SessionLanguage language)
{
    if (recognize::isShellLanguage(c.language))
        return true;
    // ```sql under psql, ```redis under redis-cli, ```js under mongosh.
    switch (language) {
    case SessionLanguage::Sql:
        return c.language == QLatin1String("sql") || c.language == QLatin1String("psql") ||
               c.language == QLatin1String("mysql") || c.language == QLatin1String("pgsql");
    case SessionLanguage::Redis:
        return c.language == QLatin1String("redis");
    case SessionLanguage::Mongo:
        return c.language == QLatin1String("js") || c.language == QLatin1String("javascript") ||
               c.language == QLatin1String("mongodb");
    case SessionLanguage::Shell:
    case SessionLanguage::Other:
        break;
    }
    return false;
}

// The lines of `code` (starting at runbook line `firstLine`) as session lines; a comment
// names the lines after it. Returns whether one of them ends the session.
bool appendSessionLines(QList<SessionLine> &out, const QString &code, int firstLine,
                        const QString &label)
{
    QString comment;
    bool ended = false;
    for (const recognize::LogicalLine &l : recognize::logicalLines(code)) {
        const QString t = l.text.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith(QLatin1Char('#')) || t.startsWith(QLatin1String("-- ")) ||
            t.startsWith(QLatin1String("//"))) {
            comment = t.mid(t.startsWith(QLatin1Char('#')) ? 1 : 2).trimmed();
            continue;
        }
        SessionLine s;
        s.command = t;
        s.label = comment.isEmpty() ? label
                  : label.isEmpty() ? comment
                                    : label + QStringLiteral(" \u2014 ") + comment;
        s.line = firstLine + l.first;
        out.append(s);
        ended = ended || recognize::endsSession(t);
    }
    return ended;
}

// Each line's level by what it does, as for a step; a warning in the comment above it or
// in the step it came from makes it typed.
void classify(SessionLine &s, const QString &stepWarning, SessionLanguage language)
{
    recognize::Hit hit = recognize::destructiveCommand(s.command);
    // Inside redis-cli, DEL and UNLINK delete keys (on a shell line they are nothing).
    if (!hit.found() && language == SessionLanguage::Redis) {
        const QString first = s.command.section(QLatin1Char(' '), 0, 0);
        if (first.compare(QLatin1String("del"), Qt::CaseInsensitive) == 0 ||
            first.compare(QLatin1String("unlink"), Qt::CaseInsensitive) == 0)
            hit.what = first;
    }
    const QString warned = recognize::warning(s.label);
    if (hit.found() || !warned.isEmpty() || !stepWarning.isEmpty()) {
        s.confirmation = Confirmation::Typed;
        s.confirmTarget = hit.found() ? hit.what : s.command.section(QLatin1Char(' '), 0, 0);
        s.confirmationReason =
            !warned.isEmpty() ? warned
            : !stepWarning.isEmpty()
                ? stepWarning
                : tr("Types \"%1\" into the session, which changes or deletes data and cannot be "
                     "undone by Rollcage.")
                      .arg(hit.what);
        return;
    }
    if (const recognize::Hit change = recognize::changingCommand(s.command); change.found()) {
        s.confirmation = Confirmation::NameTarget;
        s.confirmationReason = tr("Types \"%1\" into the session, which changes production: "
                                  "confirm the target first.")
                                   .arg(change.what);
        return;
    }
    s.confirmation = Confirmation::OneClick;
    s.confirmationReason = tr("Nothing in it changes or deletes anything.");
}

void addPlaceholders(QList<Placeholder> &into, const QList<Placeholder> &more)
{
    for (const Placeholder &p : more) {
        if (std::none_of(into.cbegin(), into.cend(), [&](const Placeholder &q) { return q.name == p.name; }))
            into.append(p);
    }
}

// Placeholders per line, leaving out the variables earlier lines of the session assign.
void finishLines(Step &st, qsizetype from)
{
    QString all;
    for (const SessionLine &s : std::as_const(st.sessionLines))
        all += s.command + QLatin1Char('\n');
    const QList<Placeholder> known = recognize::placeholders(all, recognize::Scope::Shell);
    for (qsizetype i = from; i < st.sessionLines.size(); ++i) {
        SessionLine &s = st.sessionLines[i];
        for (const Placeholder &p : recognize::placeholders(s.command, recognize::Scope::Shell)) {
            if (std::any_of(known.cbegin(), known.cend(), [&](const Placeholder &k) { return k.name == p.name; }))
                s.placeholders.append(p);
        }
        addPlaceholders(st.placeholders, s.placeholders);
    }
}

} // namespace

void readInteraction(Step &st)
{
    QString annotated;
    bool hasAnnotation = false;
    for (const CodeBlock &c : std::as_const(st.commands)) {
        if (c.attributes.contains(QStringLiteral("terminal"))) {
            hasAnnotation = true;
            annotated = c.attributes.value(QStringLiteral("terminal")).toLower();
        }
    }
    if (hasAnnotation && annotated == QLatin1String("false")) {
        st.interactionReason = tr("Annotated terminal=false: runs as a plain script.");
        return;
    }
    if (hasAnnotation && annotated == QLatin1String("prompt")) {
        // The author says it only asks something: no session is opened, nothing after the
        // command is typed into one, and its exit status says how it went.
        st.interaction = Interaction::Prompt;
        st.interactionReason =
            tr("Annotated terminal=prompt: runs in a terminal, its exit status its outcome.");
        return;
    }
    for (qsizetype b = 0; b < st.commands.size(); ++b) {
        const CodeBlock &c = st.commands.at(b);
        if (!recognize::isShellLanguage(c.language))
            continue;
        const recognize::InteractionHit hit = recognize::interaction(c.code);
        if (hit.kind == Interaction::Prompt && st.interaction == Interaction::None) {
            st.interaction = Interaction::Prompt;
            st.interactionReason = hit.reason;
        }
        if (hit.kind != Interaction::Session)
            continue;
        st.interaction = Interaction::Session;
        st.interactionReason = hit.reason;
        st.sessionLanguage = hit.language;
        // The rest of the block and the step's later blocks are typed into the session.
        QStringList lines = c.code.split(QLatin1Char('\n'));
        const QString rest = lines.mid(hit.lastLine + 1).join(QLatin1Char('\n'));
        bool ended = appendSessionLines(st.sessionLines, rest, c.line + hit.lastLine + 1, QString());
        for (qsizetype later = b + 1; later < st.commands.size(); ++later)
            ended = appendSessionLines(st.sessionLines, st.commands.at(later).code,
                                       st.commands.at(later).line, QString()) ||
                    ended;
        st.sessionEnded = ended;
        st.commands[b].code = lines.mid(0, hit.lastLine + 1).join(QLatin1Char('\n')) + QLatin1Char('\n');
        st.commands.resize(b + 1);
        break;
    }
    if (hasAnnotation && st.interaction != Interaction::Session) {
        st.interaction = Interaction::Session;
        st.interactionReason = tr("Annotated terminal: runs in a terminal.");
        // No command opens the session here, so nothing says which steps are inside it.
        st.sessionEnded = true;
    }
}

void finishInteraction(Step &st)
{
    if (st.sessionLines.isEmpty())
        return;
    for (SessionLine &s : st.sessionLines)
        classify(s, QString(), st.sessionLanguage);
    finishLines(st, 0);
}

void foldSessionSteps(Procedure &p)
{
    for (qsizetype i = 0; i < p.steps.size(); ++i) {
        // A step that lists its session's commands itself says where the session ends;
        // only a step that just opens one is followed by the steps typed into it.
        if (p.steps.at(i).interaction != Interaction::Session || p.steps.at(i).sessionEnded ||
            !p.steps.at(i).sessionLines.isEmpty())
            continue;
        const SessionLanguage language = p.steps.at(i).sessionLanguage;
        while (i + 1 < p.steps.size()) {
            const Step &next = p.steps.at(i + 1);
            const bool inside =
                next.kind == StepKind::Command && next.interaction != Interaction::Session &&
                !next.commands.isEmpty() &&
                std::none_of(next.commands.cbegin(), next.commands.cend(),
                             [](const CodeBlock &c) {
                                 return c.attributes.contains(QStringLiteral("terminal"));
                             }) &&
                std::all_of(next.commands.cbegin(), next.commands.cend(),
                            [&](const CodeBlock &c) { return isSessionBlock(c, language); }) &&
                recognize::speaksSessionLanguage(language, next.commands.first().code);
            if (!inside)
                break;
            Step &st = p.steps[i];
            const qsizetype from = st.sessionLines.size();
            bool ended = false;
            for (const CodeBlock &c : next.commands)
                ended = appendSessionLines(st.sessionLines, c.code, c.line, next.title) || ended;
            for (qsizetype k = from; k < st.sessionLines.size(); ++k)
                classify(st.sessionLines[k], QString(), language);
            // A step the runbook warned about stays typed: its destructive lines, or all of
            // them when none is destructive by itself.
            if (next.destructive) {
                bool any = false;
                for (qsizetype k = from; k < st.sessionLines.size(); ++k)
                    any = any || st.sessionLines.at(k).confirmation == Confirmation::Typed;
                for (qsizetype k = from; k < st.sessionLines.size(); ++k) {
                    if (!any)
                        classify(st.sessionLines[k], next.destructiveReason, language);
                    else if (st.sessionLines.at(k).confirmation == Confirmation::Typed &&
                             !next.destructiveReason.contains(
                                 u'"' + st.sessionLines.at(k).confirmTarget + u'"'))
                        // The runbook's own warning says more than "Runs X" does.
                        st.sessionLines[k].confirmationReason = next.destructiveReason;
                }
            }
            finishLines(st, from);
            const QString inner = next.description.isEmpty()
                                      ? next.title
                                      : next.title + QStringLiteral(": ") + next.description;
            st.description += (st.description.isEmpty() ? QString() : QStringLiteral("\n")) +
                              tr("Inside the session: %1").arg(inner);
            p.steps.removeAt(i + 1);
            if (ended)
                break;
        }
    }
}

} // namespace rollcage::runbook::detail
