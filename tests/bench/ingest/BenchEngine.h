#pragma once

// Shared by the engine benchmarks (ingest, step_overhead): a one-procedure runbook built in code,
// and a temporary SQLite store, so what is measured is the runner and the journal as the app uses
// them.

#include "execution/Engine.h"
#include "execution/StepScript.h"
#include "incident/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

namespace rollcage::bench {

inline runbook::Runbook procedureOf(const QStringList &codes)
{
    runbook::Runbook rb;
    rb.title = QStringLiteral("Bench");
    rb.source = QStringLiteral("bench.md");
    rb.sha256 = "00";
    runbook::Procedure p;
    p.title = QStringLiteral("Bench procedure");
    int line = 1;
    for (const QString &code : codes) {
        runbook::Step s;
        s.title = QStringLiteral("step %1").arg(line);
        s.kind = runbook::StepKind::Command;
        s.commands.append({QStringLiteral("bash"), code, line, {}});
        s.line = line++;
        p.steps.append(s);
    }
    rb.procedures.append(p);
    return rb;
}

inline void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    std::exit(1);
}

// Wall time of `bash -c COMMAND`, in milliseconds.
inline double timeShell(const QString &command)
{
    QProcess p;
    QElapsedTimer t;
    t.start();
    p.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
    if (!p.waitForFinished(600000) || p.exitCode() != 0)
        fail(QStringLiteral("baseline command failed: ") + command);
    return static_cast<double>(t.nsecsElapsed()) / 1e6;
}

} // namespace rollcage::bench
