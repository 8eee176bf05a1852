// startup_ms: cold start to first painted window of `rollcage` (ROLLCAGE_EXIT_AFTER_FIRST_PAINT)
// beside a bare Qt 6 QMainWindow built the same way (the target's baseline) and the same
// window with a menu, a label and a status message; the median of alternating launches.
#include "BenchUtil.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdlib>

namespace {

double launchMs(const QString &exe, const QProcessEnvironment &env)
{
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
    return double(t.nsecsElapsed()) / 1e6;
}

double median(QList<double> times)
{
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
    const QString baselineExe = QStringLiteral(BASELINE_EXE);
    const QString rollcageExe = QStringLiteral(ROLLCAGE_EXE);
    const QString textWindowExe = QStringLiteral(TEXTWINDOW_EXE);
    // Many launches: on a shared machine a median of 31 moved by up to 10 % between runs.
    const int runs = 101;
    for (int i = 0; i < 2; ++i) { // warm the page cache for both
        launchMs(baselineExe, env);
        launchMs(rollcageExe, env);
        launchMs(textWindowExe, env);
    }
    // Launches alternate, so a slow spell of a shared machine weighs on both alike.
    QList<double> baselineTimes, rollcageTimes, textWindowTimes;
    for (int i = 0; i < runs; ++i) {
        baselineTimes << launchMs(baselineExe, env);
        rollcageTimes << launchMs(rollcageExe, env);
        textWindowTimes << launchMs(textWindowExe, env);
    }
    const double baseline = median(baselineTimes);
    const double rollcage = median(rollcageTimes);
    const double textWindow = median(textWindowTimes);
    rollcage::bench::report(
        QStringLiteral("startup_ms"), rollcage, QStringLiteral("ms"),
        {{QStringLiteral("baseline"), baseline},
         {QStringLiteral("baseline_what"), QStringLiteral("bare Qt 6 QMainWindow, same build")},
         {QStringLiteral("ratio"), rollcage / baseline},
         {QStringLiteral("text_window"), textWindow},
         {QStringLiteral("text_window_what"),
          QStringLiteral("the baseline plus a menu, a label and a status message")},
         {QStringLiteral("ratio_to_text_window"), rollcage / textWindow},
         {QStringLiteral("target_ratio"), 1.5},
         {QStringLiteral("runs"), runs},
         {QStringLiteral("platform"), env.value(QStringLiteral("QT_QPA_PLATFORM"))}});
    return 0;
}
