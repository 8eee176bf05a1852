// Tables, checklists, templates and report sections: the parts of a
// runbook that are read from one block each.

#include "core/Tr.h"
#include "runbook/ImportContext.h"
#include "runbook/Recognizers.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

using RE = QRegularExpression;

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

QString stripMarker(QString text)
{
    static const QRegularExpression marker(
        QStringLiteral("^\\s*(✅|✔️?|☑️?|☐|📌|🔲|⬜)\\s*"));
    return text.remove(marker).trimmed();
}

} // namespace

void readTable(ImportContext &ctx, int table)
{
    const TableData t = ctx.tableData(table);
    const QStringList &header = t.header;
    const QList<QStringList> &rows = t.rows;
    const QList<int> &lines = t.lines;
    Runbook &rb = ctx.runbook;
    const int trigger = column(header, {QStringLiteral("trigger"), QStringLiteral("metric"),
                                        QStringLiteral("signal"), QStringLiteral("condition")});
    const int threshold = column(header, {QStringLiteral("threshold"), QStringLiteral("limit")});
    const int scenario = column(header, {QStringLiteral("scenario"), QStringLiteral("situation"),
                                         QStringLiteral("symptom")});
    const int who = column(header, {QStringLiteral("stakeholder"), QStringLiteral("audience"),
                                    QStringLiteral("recipient"), QStringLiteral("who")});
    const int component = column(header, {QStringLiteral("component"), QStringLiteral("service")});
    const int method = column(header, {QStringLiteral("method"), QStringLiteral("approach"),
                                       QStringLiteral("channel"), QStringLiteral("how")});
    const int action = column(header, {QStringLiteral("action"), QStringLiteral("response")});

    // "Severity | Condition | Response time | Scope", in any order: the levels to choose
    // from when assessing, not decisions (no scenario and action to take).
    const int level = column(header, {QStringLiteral("sev"), QStringLiteral("priority")});
    const int response =
        column(header, {QStringLiteral("response"), QStringLiteral("acknowledge"),
                        QStringLiteral("sla"), QStringLiteral("time")},
               {level});
    if (level >= 0 && response >= 0 && scenario < 0 && threshold < 0) {
        for (int i = 0; i < rows.size(); ++i) {
            SeverityLevel l;
            l.name = cell(rows[i], level);
            l.responseText = cell(rows[i], response);
            l.responseMinutes = recognize::deadlineMinutes(l.responseText);
            l.line = lines[i];
            QStringList about; // every other column, "Scope: …" after the first
            for (int c = 0; c < header.size(); ++c) {
                if (c == level || c == response || cell(rows[i], c).isEmpty())
                    continue;
                const QString name = recognize::cleanLabel(t.header.at(c));
                about << (about.isEmpty() || name.isEmpty()
                              ? cell(rows[i], c)
                              : name.at(0).toUpper() + name.mid(1) + u": " + cell(rows[i], c));
            }
            l.description = about.join(QStringLiteral("; "));
            if (!l.name.isEmpty())
                addSeverity(ctx, l);
        }
        return;
    }
    if (trigger >= 0 && threshold >= 0) {
        for (int i = 0; i < rows.size(); ++i)
            rb.triggers.append({cell(rows[i], trigger), cell(rows[i], threshold),
                                cell(rows[i], action), lines[i]});
    } else if (scenario >= 0 && action >= 0) {
        const int severity = column(header, {QStringLiteral("severity"), QStringLiteral("priority"),
                                             QStringLiteral("impact")});
        const int deadline = column(header, {QStringLiteral("timeline"), QStringLiteral("deadline"),
                                             QStringLiteral("within"), QStringLiteral("time"),
                                             QStringLiteral("sla"), QStringLiteral("when")});
        for (int i = 0; i < rows.size(); ++i) {
            Decision d{cell(rows[i], scenario),
                       cell(rows[i], severity),
                       cell(rows[i], action),
                       cell(rows[i], deadline),
                       std::nullopt,
                       lines[i]};
            d.deadlineMinutes = recognize::deadlineMinutes(d.deadlineText);
            static const QRegularExpression never(
                QStringLiteral("\\b(next|release|none|n/a|never|later)\\b|^-?$"),
                QRegularExpression::CaseInsensitiveOption);
            if (!d.deadlineMinutes && !never.match(d.deadlineText).hasMatch())
                ctx.diagnose(lines[i], Severity::Warning,
                             tr("The deadline \"%1\" is not a time Rollcage can count down; "
                                "write it as \"< 15 minutes\", \"Within 1 hour\", "
                                "\"Immediately\" or \"Next release\".")
                                 .arg(d.deadlineText));
            rb.decisions.append(d);
        }
    } else if (who >= 0 && method >= 0) {
        const int timing = column(header, {QStringLiteral("timing"), QStringLiteral("when"),
                                           QStringLiteral("deadline"), QStringLiteral("time")});
        for (int i = 0; i < rows.size(); ++i) {
            Stakeholder s{cell(rows[i], who), cell(rows[i], method), cell(rows[i], timing),
                          std::nullopt, lines[i]};
            s.deadlineMinutes = recognize::deadlineMinutes(s.deadlineText);
            rb.stakeholders.append(s);
        }
    } else if (component >= 0 && method >= 0) {
        const int time = column(header, {QStringLiteral("time"), QStringLiteral("duration")});
        const int risk = column(header, {QStringLiteral("risk")});
        for (int i = 0; i < rows.size(); ++i)
            rb.procedureIndex.append({cell(rows[i], component), cell(rows[i], method),
                                      recognize::duration(cell(rows[i], time)), cell(rows[i], risk),
                                      QString(), lines[i]});
    }
}

void readChecklist(ImportContext &ctx, int section, int list, std::optional<ChecklistPhase> phase)
{
    const Section &s = ctx.sections.at(section);
    QList<Checklist> &all = ctx.runbook.checklists;
    // Several lists under one heading make one checklist.
    // Lists under the document title belong to no section of their own.
    const bool loose = s.level == 0 || s.documentTitle;
    if (all.isEmpty() || all.last().line != s.line || loose) {
        Checklist c;
        c.title = loose ? tr("Checklist") : s.title;
        c.line = loose ? ctx.node(list).line : s.line;
        c.phase = phase ? *phase : phaseFromTitles(ctx.titles(section));
        all.append(c);
    } else if (phase) {
        all.last().phase = *phase;
    }
    for (const int item : ctx.items(list)) {
        QString text = stripMarker(ctx.itemText(item));
        const QStringList nested = ctx.nestedLines(item);
        if (!nested.isEmpty())
            text += QLatin1Char('\n') + nested.join(QLatin1Char('\n'));
        if (text.isEmpty())
            continue;
        all.last().items.append({text, ctx.node(item).taskMark == 'x', ctx.node(item).line});
    }
}

void readTemplate(ImportContext &ctx, int section, int code, const QString &title,
                  const QString &audience)
{
    MessageTemplate t;
    t.title = title;
    t.body = ctx.node(code).text;
    t.line = ctx.node(code).line;
    t.audience = audience;
    if (t.audience.isEmpty()) {
        const QString words = (title + QLatin1Char(' ') + ctx.sections.at(section).title).toLower();
        if (mentions(words, {QStringLiteral("internal"), QStringLiteral("team")}))
            t.audience = QStringLiteral("internal");
        else if (mentions(words, {QStringLiteral("user"), QStringLiteral("customer"),
                                  QStringLiteral("public"), QStringLiteral("external")}))
            t.audience = QStringLiteral("external");
    }
    t.placeholders = recognize::placeholders(t.body, recognize::Scope::Template);
    ctx.runbook.templates.append(t);
}

void readReportSections(ImportContext &ctx, int list)
{
    for (const int item : ctx.items(list)) {
        const QString text = ctx.itemText(item);
        QString lead = recognize::cleanLabel(ctx.itemLead(item));
        QString hint = ImportContext::afterLead(text, ctx.itemLead(item));
        if (lead.isEmpty()) {
            lead = text.section(QLatin1Char(':'), 0, 0).trimmed();
            hint = text.section(QLatin1Char(':'), 1).trimmed();
        }
        ctx.runbook.reportSections.append({lead, hint, ctx.node(item).line});
    }
}

Trigger triggerFrom(const QString &text, int line, const QString &action)
{
    // "Error rate > 10% for 5 minutes": the comparison starts the threshold.
    static const QRegularExpression split(
        QStringLiteral("^(.*?)\\s*((?:[<>]=?|≥|≤|above|below|over|exceeds?)\\s*.*)$"),
        QRegularExpression::CaseInsensitiveOption);
    Trigger t;
    t.line = line;
    const QString simple = text.simplified();
    const auto m = split.match(simple);
    if (m.hasMatch() && !m.captured(1).isEmpty()) {
        t.condition = m.captured(1);
        t.threshold = m.captured(2);
    } else {
        t.condition = simple;
    }
    t.action = action.isEmpty() ? tr("Rollback") : action;
    return t;
}

void readTriggerList(ImportContext &ctx, int list, const QString &action)
{
    for (const int item : ctx.items(list))
        ctx.runbook.triggers.append(triggerFrom(ctx.itemText(item), ctx.node(item).line, action));
}

// The decision table's rows name a method and a component (readTable); each is matched to
// the procedure whose title shares the method's words, its headings the component's.
void matchProcedureIndex(ImportContext &ctx)
{
    static const RE word(QStringLiteral("[a-z]{3,}"));
    const auto stems = [](const QString &text) {
        QStringList result;
        for (auto it = word.globalMatch(text.toLower()); it.hasNext();)
            result.append(it.next().captured(0).left(5));
        return result;
    };
    for (ProcedureIndexEntry &e : ctx.runbook.procedureIndex) {
        int best = -1;
        int bestScore = 0;
        const QStringList method = stems(e.method);
        const QStringList component = stems(e.component);
        for (int i = 0; i < ctx.runbook.procedures.size(); ++i) {
            const QStringList own = stems(ctx.runbook.procedures.at(i).title);
            const QStringList around = stems(ctx.procedureContext.at(i).join(QLatin1Char(' ')));
            int score = 0;
            for (const QString &m : method)
                score += own.contains(m) ? 2 : 0;
            if (score == 0)
                continue;
            for (const QString &c : component)
                score += around.contains(c) ? 1 : 0;
            if (score > bestScore) {
                bestScore = score;
                best = i;
            }
        }
        if (best < 0 || bestScore < 3)
            continue;
        Procedure &p = ctx.runbook.procedures[best];
        e.procedure = p.title;
        if (p.risk.isEmpty())
            p.risk = e.risk;
        if (!p.expected.isKnown())
            p.expected = e.expected;
    }
}

} // namespace rollcage::runbook::detail
