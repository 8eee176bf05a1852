#pragma once

// A real alert runbook from ../shared/corpus run as diagnose → mitigate → verify in one
// incident (tst_corpusflow for the GUI, tst_corpusrun for `rollcage run`). The document is
// the corpus's Helm rollback runbook ("Diagnose", "Rollback" with a "Verify the rollback"
// step); its procedures are found by the kinds the importer gives them, not by title.
//
// The programs its steps call (helm, kubectl, curl, jq) are not installed here and must
// never reach a real cluster or the network: the test puts STUB EXECUTABLES of those names
// first on PATH, small shell scripts that print what they were asked and succeed. What is
// tested is Rollcage's flow, journal and report over a real document, not Helm.

#include "execution/Preflight.h"
#include "incident/Policy.h"
#include "runbook/Importer.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace rollcage::test {

struct CorpusFlow
{
    QString path;                 // the corpus document
    runbook::Runbook runbook;
    QStringList procedures;       // diagnosis, mitigation[, verification]: titles, in order
    QHash<QString, QString> values; // a made-up value for each value the steps need
    QStringList stubbed;          // the programs replaced by stubs
};

inline QString corpusDirectory()
{
    return QStringLiteral(ROLLCAGE_SOURCE_DIR "/../shared/corpus");
}

// The flow, or why there is none: an empty `path` with `why` set means skip (no corpus
// here), a non-empty `why` with a path means the importer no longer finds the procedures.
inline std::optional<CorpusFlow> findCorpusFlow(QString *why)
{
    const QDir dir(corpusDirectory());
    const QStringList found = dir.entryList({QStringLiteral("*helm-rollback.md")}, QDir::Files, QDir::Name);
    if (found.isEmpty()) {
        *why = QStringLiteral("the corpus's Helm rollback runbook is not in %1").arg(dir.path());
        return std::nullopt;
    }
    CorpusFlow flow;
    flow.path = dir.filePath(found.first());
    const auto imported = runbook::Importer::importFile(flow.path);
    if (!imported) {
        *why = flow.path + QStringLiteral(": ") + imported.error;
        return flow;
    }
    flow.runbook = *imported;
    const auto first = [&](auto accept) -> const runbook::Procedure * {
        for (const runbook::Procedure &p : flow.runbook.procedures) {
            const bool hasCode = std::any_of(p.steps.cbegin(), p.steps.cend(), [](const runbook::Step &s) {
                return s.kind == runbook::StepKind::Command;
            });
            if (hasCode && accept(p.kind))
                return &p;
        }
        return nullptr;
    };
    const auto *diagnosis = first([](runbook::ProcedureKind k) { return k == runbook::ProcedureKind::Diagnosis; });
    const auto *mitigation = first([](runbook::ProcedureKind k) { return incident::changesProduction(k); });
    const auto *verification = first([](runbook::ProcedureKind k) { return k == runbook::ProcedureKind::Verification; });
    if (!diagnosis || !mitigation) {
        *why = QStringLiteral("%1: no diagnosis and mitigation procedure with commands any more").arg(flow.path);
        return flow;
    }
    QList<runbook::Procedure> chosen{*diagnosis, *mitigation};
    if (verification)
        chosen.append(*verification);
    for (const runbook::Procedure &p : chosen) {
        flow.procedures.append(p.title);
        for (const runbook::Step &s : p.steps) {
            for (const runbook::CodeBlock &block : s.commands) {
                for (const QString &program : execution::calledPrograms(block.code)) {
                    if (!program.contains(QLatin1Char('/')) && !flow.stubbed.contains(program))
                        flow.stubbed.append(program);
                }
            }
        }
    }
    execution::PreflightInput input;
    input.procedures = chosen;
    for (const execution::PreflightProblem &problem : execution::preflight(input)) {
        if (problem.kind == execution::PreflightProblem::Kind::MissingValue)
            flow.values.insert(problem.name, QStringLiteral("test-") + problem.name.toLower());
    }
    return flow;
}

// Writes one stub per program into `directory`: it prints "<name> (stub) <arguments>",
// adds the same line to `directory`/calls.log (what is piped on is not on the console),
// reads nothing and exits 0. It ignores SIGPIPE, so that `curl … | jq .` does not fail
// under pipefail when the stub after it has already exited. Returns false if one could not be written.
inline bool writeStubs(const QString &directory, const QStringList &programs)
{
    for (const QString &name : programs) {
        QFile f(QDir(directory).filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write("#!/bin/sh\n# A stand-in written by the corpus flow test: the real program is not installed.\n");
        const QString log = QDir(directory).filePath(QStringLiteral("calls.log"));
        f.write(QStringLiteral("trap '' PIPE\necho \"%1 (stub) $*\" >>'%2'\necho \"%1 (stub) $*\" 2>/dev/null\nexit 0\n")
                    .arg(name, log)
                    .toUtf8());
        f.close();
        if (!f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return false;
    }
    return true;
}

// The stubs' calls so far, one line each.
inline QString stubCalls(const QString &directory)
{
    QFile f(QDir(directory).filePath(QStringLiteral("calls.log")));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace rollcage::test
