// Health gates: a procedure step whose code is a ```health block. Its checks are probed
// over HTTP with retries instead of running bash; each attempt's results are journalled
// and the step succeeds only when every check passed in one attempt.

#include "execution/Engine.h"

#include "core/HealthCheck.h"
#include "core/Logging.h"
#include "core/Milliseconds.h"
#include "execution/GateRunner.h"
#include "incident/OutputRecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSysInfo>

namespace rollcage::execution {

namespace events = incident::events;

namespace {

bool isGateBlock(const runbook::CodeBlock &block)
{
    return block.language == QLatin1String("health");
}

// "10" and "10s" are seconds, "500ms" milliseconds, "2m" minutes.
int delayMs(const QString &text, int fallbackMs)
{
    QString t = text.trimmed().toLower();
    int unit = 1000;
    if (t.endsWith(QLatin1String("ms"))) {
        t.chop(2);
        unit = 1;
    } else if (t.endsWith(QLatin1Char('s'))) {
        t.chop(1);
    } else if (t.endsWith(QLatin1Char('m'))) {
        t.chop(1);
        unit = 60'000;
    }
    bool ok = false;
    const double value = t.toDouble(&ok);
    return ok && value >= 0 ? timerMilliseconds(value, unit) : fallbackMs;
}

} // namespace

bool isHealthGate(const runbook::Step &step)
{
    return !step.commands.isEmpty() &&
           std::all_of(step.commands.cbegin(), step.commands.cend(), isGateBlock);
}

void Engine::startHealthGate(int index)
{
    const runbook::Step &step = m_procedure.steps.at(index);
    QList<health::HealthCheckSpec> specs;
    QStringList shown;
    int attempts = 5;
    int retryMs = 10'000;
    for (const runbook::CodeBlock &block : step.commands) {
        attempts = block.attributes.value(QStringLiteral("attempts"), QString::number(attempts)).toInt();
        retryMs = delayMs(block.attributes.value(QStringLiteral("delay")), retryMs);
        const QStringList lines = block.code.split(QLatin1Char('\n'));
        for (int i = 0; i < lines.size(); ++i) {
            const QString line = health::substituteVariables(lines.at(i), state().variables).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            health::HealthCheckSpec spec;
            if (const QString error = health::parseHealthCheck(line, &spec); !error.isEmpty()) {
                failBeforeStart(index, tr("Step %1 (\"%2\"), runbook line %3: %4. Fix the runbook's "
                                          "health block.")
                                           .arg(index + 1)
                                           .arg(step.title)
                                           .arg(block.line + i)
                                           .arg(error));
                return;
            }
            if (step.timeoutSeconds)
                spec.timeoutMs = step.timeoutMilliseconds();
            spec.line = block.line + i;
            specs.append(spec);
            shown.append(line);
        }
    }
    if (specs.isEmpty()) {
        failBeforeStart(index, tr("Step %1 (\"%2\", line %3) is a health gate without a check: "
                                  "write one URL per line in its health block.")
                                   .arg(index + 1)
                                   .arg(step.title)
                                   .arg(step.line));
        return;
    }
    attempts = std::max(1, attempts);
    // The runner comes first: without one the step fails before anything is journalled
    // as started, with the reason (the network part of Rollcage is missing).
    auto runner = createGateRunner(specs, attempts, retryMs, this);
    if (!runner) {
        failBeforeStart(index, tr("Step %1 (\"%2\", line %3) is a health gate and cannot run: %4")
                                   .arg(index + 1)
                                   .arg(step.title)
                                   .arg(step.line)
                                   .arg(runner.error));
        return;
    }
    if (!beginRun(index, shown.join(QLatin1Char('\n')), true)) {
        delete *runner;
        return;
    }
    m_gate = *runner;
    connect(m_gate, &GateRunner::attempted, this,
            [this, index, attempts](int attempt, const health::HealthResult &r) {
                events::HealthResult data;
                data.check = r.name;
                data.ok = r.ok;
                data.detail = r.ok ? QString() : r.error;
                data.url = r.url.toString();
                data.attempt = attempt;
                data.status = r.httpStatus;
                if (r.latencyMs >= 0)
                    data.latencyMs = r.latencyMs;
                (void)record(data, index); // a failure is said (storeError)
                // The log pane shows the attempts as a bash step shows its output.
                const QString text = tr("attempt %1/%2  %3  %4\n")
                                         .arg(attempt)
                                         .arg(attempts)
                                         .arg(r.name,
                                              r.ok ? tr("passed in %1 ms").arg(r.latencyMs) : r.error);
                const qint64 now = QDateTime::currentMSecsSinceEpoch();
                if (m_recorder)
                    m_recorder->append(static_cast<int>(OutputStream::Stdout), text.toUtf8(), now);
                Q_EMIT output(index, OutputStream::Stdout, text, now);
            });
    connect(m_gate, &GateRunner::passed, this,
            [this, index] { finishHealthGate(index, StepStatus::Succeeded, {}); });
    connect(m_gate, &GateRunner::failed, this,
            [this, index](const health::HealthResult &last, int tried) {
                finishHealthGate(index, StepStatus::Failed,
                                 tr("%1 still failing after %2 attempts: %3").arg(last.name).arg(tried).arg(last.error));
            });
    qCDebug(lcHealth) << "gate" << step.title << specs.size() << "checks," << attempts << "attempts";
    m_gate->start();
}

void Engine::finishHealthGate(int index, StepStatus status, const QString &error)
{
    m_gate->cancel();
    m_gate->deleteLater();
    m_gate = nullptr;
    qint64 lines = 0;
    if (m_recorder) {
        if (Status s = m_recorder->finish(); !s)
            Q_EMIT storeError(s.error);
        lines = m_recorder->lineCount();
        retireRecorder();
    }
    StepResult r;
    r.status = status;
    r.exitCode = status == StepStatus::Succeeded ? 0 : 1;
    r.error = error;
    events::StepFinished finished;
    finished.title = m_procedure.steps.value(index).title;
    finished.status = statusName(status);
    finished.exitCode = r.exitCode;
    finished.error = error;
    finished.lines = lines;
    finished.gate = true;
    finished.runEventId = m_runEventId;
    (void)record(finished, index);
    m_runningStep = -1;
    Q_EMIT stepFinished(index, r);
}

} // namespace rollcage::execution
