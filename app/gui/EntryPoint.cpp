// What main() would be, called by the `rollcage` launcher (app/main.cpp) once it has
// loaded this library: headless commands get a QCoreApplication and the core only;
// everything else is the GUI.
#include "cli/Cli.h"
#include "core/NetworkPolicy.h"
#include "core/Version.h"
#include "gui/FontWarmup.h"
#include "gui/GuiMain.h"
#include "gui/LaunchAbi.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

namespace {
void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Rollcage"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("rollcage.github.io"));
    QCoreApplication::setApplicationName(QStringLiteral("rollcage"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(rollcage::kVersion));
    // Health checks and webhooks go through the proxy the operator's system is set up with
    // (applied by librollcage_net when it is loaded: nothing here links QtNetwork).
    rollcage::net::setUseSystemProxy(true);
}
} // namespace

extern "C" Q_DECL_EXPORT int rollcage_main(int argc, char **argv, const RollcageLaunch *launch)
{
    if (rollcage::cli::needsGuiApplication(argc, argv)) {
        // A PDF report needs fonts and a paint engine, not a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QGuiApplication app(argc, argv);
        describeApplication();
        return rollcage::cli::run(QCoreApplication::arguments());
    }
    if (rollcage::cli::isCliInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        describeApplication();
        return rollcage::cli::run(QCoreApplication::arguments());
    }
    const rollcage::gui::FontWarmup fonts(launch ? launch->awaitFonts : nullptr,
                                          launch ? launch->context : nullptr);
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rollcage"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(rollcage::kAppId));
    return rollcage::gui::run(app);
}
