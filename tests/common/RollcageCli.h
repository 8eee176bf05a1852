#pragma once

// Runs the `rollcage` executable under test (ROLLCAGE_BINARY, defined for every test by
// rollcage_add_test) to its end, as a shell or a CI job calls it. For the tests that only
// need what it printed and how it exited; a test that signals or kills it mid-run drives
// its own QProcess.

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace rollcage::test {

struct CliOutcome
{
    int exitCode = -1; // -1: it crashed, did not start, or did not finish in time
    QString out;
    QString err;
};

struct CliCall
{
    QByteArray input; // its standard input, closed after this
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QString workingDirectory; // empty: the test's own
    int timeoutMs = 60000;

    CliCall &withInput(const QByteArray &bytes)
    {
        input = bytes;
        return *this;
    }
    CliCall &withEnvironment(const QProcessEnvironment &env)
    {
        environment = env;
        return *this;
    }
    CliCall &in(const QString &directory)
    {
        workingDirectory = directory;
        return *this;
    }
};

inline CliOutcome runRollcage(const QStringList &arguments, const CliCall &call = {})
{
    QProcess process;
    process.setProcessEnvironment(call.environment);
    process.setWorkingDirectory(call.workingDirectory);
    process.start(QStringLiteral(ROLLCAGE_BINARY), arguments);
    CliOutcome o;
    if (!process.waitForStarted())
        return o;
    process.write(call.input);
    process.closeWriteChannel();
    if (!process.waitForFinished(call.timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return o;
    }
    if (process.exitStatus() == QProcess::NormalExit)
        o.exitCode = process.exitCode();
    o.out = QString::fromUtf8(process.readAllStandardOutput());
    o.err = QString::fromUtf8(process.readAllStandardError());
    return o;
}

} // namespace rollcage::test
