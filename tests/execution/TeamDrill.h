#pragma once

// A console that dies holding a step: a real `rollcage run` of runbooks/team-drill.md on
// the shared store, killed with SIGKILL (no leaving, no release) once its first step runs.
// For the take-over tests.

#include <QProcess>
#include <QString>
#include <QTest>

namespace rollcage::enginetest {

inline const QString &teamDrillPath()
{
    static const QString path =
        QStringLiteral(ROLLCAGE_SOURCE_DIR "/tests/execution/runbooks/team-drill.md");
    return path;
}

// Empty when Ana's run was killed mid-step; otherwise what went wrong (and what it said).
inline QString killAnaMidStep(const QString &url, const QString &directory)
{
    QProcess ana;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Her console counts as gone 600 ms after its last beat, not 15 s.
    env.insert(QStringLiteral("ROLLCAGE_TEAM_TTL_MS"), QStringLiteral("600"));
    ana.setProcessEnvironment(env);
    ana.setWorkingDirectory(directory);
    ana.setProcessChannelMode(QProcess::MergedChannels);
    ana.start(QStringLiteral(ROLLCAGE_BINARY),
              {QStringLiteral("run"), teamDrillPath(), QStringLiteral("--procedure"),
               QStringLiteral("Roll Forward"), QStringLiteral("--database"), url,
               QStringLiteral("--operator"), QStringLiteral("Ana"), QStringLiteral("--yes"),
               QStringLiteral("--directory"), directory});
    if (!ana.waitForStarted())
        return QStringLiteral("rollcage run did not start");
    QByteArray said;
    (void)QTest::qWaitFor(
        [&] {
            said += ana.readAll();
            return said.contains("holding the queue") || ana.state() != QProcess::Running;
        },
        20000);
    if (ana.state() != QProcess::Running || !said.contains("holding the queue"))
        return QStringLiteral("rollcage run did not reach its first step: ") +
               QString::fromUtf8(said);
    ana.kill();
    ana.waitForFinished();
    return {};
}

} // namespace rollcage::enginetest
