// startup_ms: cold start to first painted window of `rollcage` (ROLLCAGE_EXIT_AFTER_FIRST_PAINT)
// beside a bare Qt 6 QMainWindow built the same way; the median of several launches.
#include "BenchUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

namespace {

double medianLaunchMs(const QString &exe, const QProcessEnvironment &env, int runs)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(exe, {});
        if (!p.waitForFinished(30000) || p.exitCode() != 0) {
            std::fprintf(stderr, "%s did not start and exit cleanly: %s\n", qPrintable(exe),
                         p.readAllStandardError().constData());
            std::exit(1);
        }
        times << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir home; // no recent files, no incidents to offer: a first launch
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("ROLLCAGE_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    const int runs = 11;
    medianLaunchMs(QStringLiteral(BASELINE_EXE), env, 2); // warm the page cache for both
    medianLaunchMs(QStringLiteral(ROLLCAGE_EXE), env, 2);
    const double baseline = medianLaunchMs(QStringLiteral(BASELINE_EXE), env, runs);
    const double rollcage = medianLaunchMs(QStringLiteral(ROLLCAGE_EXE), env, runs);
    rollcage::bench::report(QStringLiteral("startup_ms"), rollcage, QStringLiteral("ms"),
                            {{QStringLiteral("baseline"), baseline},
                             {QStringLiteral("baseline_what"), QStringLiteral("bare Qt 6 QMainWindow, same build")},
                             {QStringLiteral("ratio"), rollcage / baseline},
                             {QStringLiteral("target_ratio"), 1.5},
                             {QStringLiteral("runs"), runs},
                             {QStringLiteral("platform"), env.value(QStringLiteral("QT_QPA_PLATFORM"))}});
    return 0;
}
