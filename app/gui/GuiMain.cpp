#include "gui/GuiMain.h"

#include "cli/Options.h"
#include "core/Logging.h"
#include "core/Paths.h"
#include "incident/IncidentStore.h"
#include "gui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QEvent>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace rollcage::gui {

namespace {

void installTranslations(QApplication &app)
{
    // Owned by the application object, so they live exactly as long as it does.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(QLocale(), QStringLiteral("rollcage"), QStringLiteral("_"),
                            QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ownTranslator);
}

// The smoke test CTest runs: the window opens, loads the bundled example and paints.
int selfTest(MainWindow &window)
{
    window.show();
    const bool opened = window.openRunbook(QStringLiteral(":/examples/larkspur-checkout-rollback.md"));
    const QPixmap shot = window.grab();
    const bool painted = !shot.isNull() && shot.width() > 100 && shot.height() > 100;
    std::fprintf(stdout, "self-test: window %s, example runbook %s\n",
                 painted ? "painted" : "NOT painted", opened ? "opened" : "NOT opened");
    std::fflush(stdout);
    return painted && opened ? 0 : 1;
}

class FirstPaintQuitter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        return QObject::eventFilter(watched, event);
    }
};

// Waits for the first paint (and any file opened at start), saves the window, quits.
void scheduleScreenshot(MainWindow &window, const QString &file)
{
    QTimer::singleShot(500, &window, [&window, file] {
        const bool saved = window.grab().save(file, "PNG");
        std::fprintf(saved ? stdout : stderr, "%s %s\n",
                     saved ? "screenshot saved to" : "could not save screenshot to",
                     qPrintable(file));
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int run(QApplication &app)
{
    installTranslations(app);

    QCommandLineParser parser;
    const cli::TopLevelOptions options;
    cli::describeTopLevel(parser, options);
    parser.process(app);

    // The incident store opens before the window: a database problem is said at once,
    // and the window still opens so runbooks can be read.
    const QString location = parser.isSet(options.database) ? parser.value(options.database)
                                                             : paths::defaultDatabasePath();
    if (!location.startsWith(QLatin1String("postgres")))
        QDir().mkpath(QFileInfo(location).absolutePath());
    auto opened = incident::IncidentStore::open(location);
    std::unique_ptr<incident::IncidentStore> store;
    QString storeError;
    if (opened.ok())
        store = std::move(*opened);
    else
        storeError = opened.error;

    MainWindow window(store.get(), storeError);
    if (parser.isSet(options.selfTest))
        return selfTest(window);

    window.show();
    if (!storeError.isEmpty())
        QTimer::singleShot(0, &window, [&window, storeError] {
            QMessageBox::warning(&window, QCoreApplication::translate("main", "Incident database unavailable"),
                                 storeError + QCoreApplication::translate("main", "\n\nRunbooks can still be read; "
                                                                                  "incidents cannot be declared."));
        });
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // Resolve against the caller's directory now: later the path must survive a
        // change of working directory (recent list, incident records).
        const QString path = QFileInfo(files.first()).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, path] { window.openRunbook(path); });
    }
    // An unfinished incident comes first: after a crash the commander picks up there.
    if (store && !parser.isSet(options.screenshot))
        QTimer::singleShot(0, &window, &MainWindow::offerResume);
    if (parser.isSet(options.screenshot))
        scheduleScreenshot(window, parser.value(options.screenshot));
    // For the startup benchmark (tests/bench/startup): quit as soon as the window painted.
    if (qEnvironmentVariableIsSet("ROLLCAGE_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(new FirstPaintQuitter(&window));
    return QApplication::exec();
}

} // namespace rollcage::gui
