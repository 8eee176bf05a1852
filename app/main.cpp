// Headless commands get a QCoreApplication and the core only (a PDF report a
// QGuiApplication, for fonts); everything else is the window. The parts that are slow to
// load (the console with KF6 and QtNetwork, the health gate runners) are plugins loaded
// later (core/PluginLoader.h).
#include "cli/Cli.h"
#include "core/NetworkPolicy.h"
#include "core/Version.h"
#include "gui/GuiMain.h"

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

int main(int argc, char *argv[])
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
    rollcage::gui::prepareProcess();
    QApplication app(argc, argv);
    describeApplication();
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Rollcage"));
    QGuiApplication::setDesktopFileName(QString::fromLatin1(rollcage::kAppId));
    return rollcage::gui::run(app);
}
