#pragma once

// Shared by the engine benchmarks (ingest, step_overhead): a one-procedure runbook built in code,
// and a temporary SQLite store, so what is measured is the runner and the journal as the app uses
// them.

#include "execution/Engine.h"
#include "execution/StepScript.h"
#include "incident/IncidentStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
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

// Writes `count` lines of 100 bytes shaped like a deployment tool's log (timestamps, levels,
// ids, hex digests), so the store gets no easier a job than real output would give it.
inline void writeLogLines(const QString &path, int count)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        fail(QStringLiteral("cannot write ") + path);
    static const char *const levels[] = {"INFO ", "DEBUG", "WARN ", "INFO "};
    static const char *const verbs[] = {"synced", "applied", "verified", "skipped", "drained"};
    QRandomGenerator rng(4242);
    QByteArray chunk;
    for (int i = 0; i < count; ++i) {
        QByteArray line = "2026-11-22T03:" + QByteArray::number(10 + i / 60000 % 50) + ":" +
                          QByteArray::number(10 + i / 1000 % 50) + "." +
                          QByteArray::number(100 + i % 900) + "Z " + levels[i % 4] + " worker-" +
                          QByteArray::number(rng.bounded(64)) + " " + verbs[rng.bounded(5)] +
                          " n=" + QByteArray::number(i) +
                          " obj=" + QByteArray::number(rng.generate64(), 16) + " sha=";
        while (line.size() < 99)
            line += QByteArray::number(rng.generate(), 16);
        line.truncate(99);
        line += '\n'; // 100 bytes per line
        chunk += line;
        if (chunk.size() > (1 << 20)) {
            f.write(chunk);
            chunk.clear();
        }
    }
    f.write(chunk);
}

} // namespace rollcage::bench
