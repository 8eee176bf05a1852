// What a procedure is for, from the words a reader would go by: its own heading first
// ("Verify the rollback" is a verification), then the nearest ancestor heading that says
// ("## Rollback" over "### Option A: Helm"), then what its steps say they do.

#include "core/Tr.h"
#include "runbook/ImportContext.h"

#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

ROLLCAGE_TR_CONTEXT("rollcage::runbook::detail")

using RE = QRegularExpression;

struct KindWords
{
    ProcedureKind kind;
    RE words;
};

// In the order a title is judged: checking words win over acting words, since a heading
// that names both ("Rollback verification", "Diagnose the failover") is about checking;
// a rollback by restoring a backup is a rollback.
const QList<KindWords> &kindWords()
{
    static const QList<KindWords> list = [] {
        const auto re = [](const char *pattern) {
            RE r(QLatin1String(pattern), RE::CaseInsensitiveOption);
            r.optimize();
            return r;
        };
        return QList<KindWords>{
            {ProcedureKind::Diagnosis,
             re(R"(\b(investigat|diagnos|quick[- ]checks?\b|triage|troubleshoot|debug|root cause))")},
            {ProcedureKind::Verification,
             re(R"(\b(verif|validat|smoke[- ]test|sanity[- ]check))")},
            {ProcedureKind::Rollback,
             re(R"(\b(roll[- ]?back|revert|downgrad|undo\b))")},
            {ProcedureKind::Recovery,
             re(R"(\b(restor|recover|fail[- ]?over|repair|disaster|promot|rebuild|reinstat|)"
                R"(mitigat|remediat|resolution|resolv|fix(es|ing)?\b))")},
        };
    }();
    return list;
}

std::optional<ProcedureKind> kindOf(const QString &text)
{
    for (const KindWords &k : kindWords()) {
        if (k.words.match(text).hasMatch())
            return k.kind;
    }
    return std::nullopt;
}

} // namespace

ProcedureKind classifyProcedure(const QString &title, const QStringList &ancestors,
                                const QList<Step> &steps)
{
    // The document's title (the last ancestor) is the weakest word: the steps speak first.
    if (const auto k = kindOf(title))
        return *k;
    for (qsizetype i = 0; i + 1 < ancestors.size(); ++i) {
        if (const auto k = kindOf(ancestors.at(i)))
            return *k;
    }
    // The steps vote: the kind most of their titles name, checking words first on a tie.
    QHash<ProcedureKind, int> votes;
    for (const Step &st : steps) {
        if (const auto k = kindOf(st.title))
            ++votes[*k];
    }
    ProcedureKind best = ProcedureKind::Other;
    int most = 0;
    for (const KindWords &k : kindWords()) {
        if (votes.value(k.kind) > most) {
            most = votes.value(k.kind);
            best = k.kind;
        }
    }
    if (most == 0 && !ancestors.isEmpty()) {
        if (const auto k = kindOf(ancestors.last()))
            return *k;
    }
    return best;
}

void describeProcedure(ImportContext &ctx, int index, Procedure &p, const Alternative &alternative)
{
    if (!p.expected.isKnown()) {
        // A procedure without its own time takes as long as its steps, when all say.
        int low = 0;
        int high = 0;
        bool all = true;
        for (const Step &st : p.steps) {
            all = all && st.expected.isKnown();
            low += st.expected.minSeconds.value_or(0);
            high += st.expected.maxSeconds.value_or(0);
        }
        if (all) {
            p.expected.minSeconds = low;
            p.expected.maxSeconds = high;
            p.expected.text = tr("sum of the steps");
        }
    }
    const QStringList titles = ctx.titles(index); // own title first, then ancestors
    const Section &s = ctx.sections.at(index);
    // A stage's own label speaks first ("Resolving" under "Investigate or resolve").
    p.kind =
        alternative.stage
            ? classifyProcedure(alternative.lead,
                                QStringList(titles) << ctx.runbook.title.toLower(), p.steps)
            : classifyProcedure(p.title, titles.mid(1) << ctx.runbook.title.toLower(), p.steps);
    if (alternative.stage)
        ctx.guess(p.line,
                  tr("\"%1\" names a stage of the work: read as a procedure of its own, "
                     "\"%2\" (%3).")
                      .arg(alternative.lead, p.title, kindName(p.kind)),
                  tr("<!-- rollcage: sequence --> under the heading keeps the section one "
                     "procedure."));
    else if (!alternative.lead.isEmpty() && !s.forcedSequence)
        ctx.guess(p.line,
                  tr("\"%1\" starts an alternative: read as a procedure of its own, \"%2\".")
                      .arg(alternative.lead, p.title),
                  tr("<!-- rollcage: sequence --> under the heading keeps the section one "
                     "procedure."));
    else if (!s.forcedProcedure && !headingSaysProcedure(ctx, index))
        ctx.guess(p.line,
                  tr("\"%1\" is read as a procedure (%2) because its body is a sequence of "
                     "actions, though no heading above says so.")
                      .arg(p.title, kindName(p.kind)),
                  tr("<!-- rollcage: procedure --> under the heading confirms it; <!-- "
                     "rollcage: reference --> says it is not one."));
}

} // namespace rollcage::runbook::detail
