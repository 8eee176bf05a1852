// What a procedure is for, from the words a reader would go by: its own heading first
// ("Verify the rollback" is a verification), then the nearest ancestor heading that says
// ("## Rollback" over "### Option A: Helm"), then what its steps say they do.

#include "runbook/ImportContext.h"

#include <QRegularExpression>

namespace rollcage::runbook::detail {

namespace {

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

} // namespace rollcage::runbook::detail
