#include "gui/GuiMain.h"

#include "cli/Options.h"
#include "core/Logging.h"
#include "core/OwnEnvironment.h"
#include "core/Paths.h"
#include "core/Translations.h"
#include "gui/DeferredIconStyle.h"
#include "gui/MainWindow.h"
#include "gui/UiMap.h"
#include "incident/IncidentStore.h"
#include "integrations/CredentialStore.h"
#include "integrations/StorePassword.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <utility>

namespace rollcage::gui {

namespace {

void installTranslations(QApplication &app)
{
    // The same catalogues as the headless commands; English when none fits.
    (void)translations::install(app);
}

// The smoke test CTest runs: the window opens, loads the bundled example and paints.
int selfTest(MainWindow &window)
{
    window.show();
    const bool opened =
        window.openRunbook(QStringLiteral(":/examples/larkspur-checkout-rollback.md"));
    const QPixmap shot = window.grab();
    const bool painted = !shot.isNull() && shot.width() > 100 && shot.height() > 100;
    // The console is a plugin loaded at run time: check it is found where we run from.
    const Status console = window.loadConsole();
    std::fprintf(stdout, "self-test: window %s, example runbook %s, console %s\n",
                 painted ? "painted" : "NOT painted", opened ? "opened" : "NOT opened",
                 console ? "loaded" : qPrintable(console.error));
    std::fflush(stdout);
    return painted && opened && console ? 0 : 1;
}

// Runs `then` once, right after `widget` has painted for the first time: work the
// first frame does not need waits until the window is on screen.
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *widget, std::function<void()> then)
        : QObject(widget)
        , m_then(std::move(then))
    {
        widget->installEventFilter(this);
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_then) {
            QTimer::singleShot(0, this, std::exchange(m_then, nullptr));
            watched->removeEventFilter(this);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_then;
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

// Gives the window the store it opened, or says why there is none.
void adoptStore(MainWindow &window, std::unique_ptr<incident::IncidentStore> &store,
                Result<std::unique_ptr<incident::IncidentStore>> opened, bool offerResume)
{
    if (!opened.ok()) {
        window.setStore(nullptr, opened.error);
        auto *box = new QMessageBox(
            QMessageBox::Warning, QCoreApplication::translate("main", "Incident database unavailable"),
            opened.error + QCoreApplication::translate("main",
                                                       "\n\nRunbooks can still be read; "
                                                       "incidents cannot be declared."),
            QMessageBox::Ok, &window);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return;
    }
    store = std::move(*opened);
    // A step left running by a crash or a kill is marked "outcome unknown" before
    // anything is shown, so resuming asks the operator to look instead of re-running.
    if (const auto recovered = store->recoverInterrupted(); !recovered)
        qCWarning(lcGui) << "could not check for interrupted steps:" << recovered.error;
    window.setStore(store.get(), {});
    // An unfinished incident comes first: after a crash the commander picks up there.
    if (offerResume)
        window.offerResume();
}

} // namespace

void prepareProcess()
{
    // Qt's raster engine hands any fill taller than about 96 lines (a page's background,
    // the log pane's) to its GUI thread pool in pieces and blocks until the last piece is
    // done. On a loaded machine (a laptop running the steps; ten consoles on two cores in
    // team_consoles) every piece waits for a core of its own and the window waits for the
    // slowest: there a console's longest stall of its own (own_stall_ms) had a median of
    // 15 ms, and 5 ms with the pool off (20 runs each, alternated). A console's fills are
    // flat colours, cheaper drawn in place than handed over.
    // Qt reads only whether it is set; steps do not inherit it (core::operatorEnvironment).
    core::setOwnVariable("QT_NO_GUI_THREADPOOL", "1");
}

int run(QApplication &app)
{
    installTranslations(app);

    QCommandLineParser parser;
    const cli::TopLevelOptions options;
    cli::describeTopLevel(parser, options);
    parser.process(app);
    DeferredIconStyle::install();

    // Declared before the window so it outlives it: an engine in the window may still
    // write to the store while being torn down.
    std::unique_ptr<incident::IncidentStore> store;
    MainWindow window;
    UiMap::installIfRequested(&window);
    if (parser.isSet(options.selfTest))
        return selfTest(window);

    window.show();
    // The incident store opens once the window is up: a database problem is said at
    // once, the window is never held back by it, and runbooks can always be read.
    const QString location = parser.isSet(options.database) ? parser.value(options.database)
                                                            : paths::defaultDatabasePath();
    const bool offerResume = !parser.isSet(options.screenshot);
    new AfterFirstPaint(&window, [&window, &store, location, offerResume] {
        if (!location.startsWith(QLatin1String("postgres")))
            QDir().mkpath(QFileInfo(location).absolutePath());
        using Opened = Result<std::unique_ptr<incident::IncidentStore>>;
        if (integrations::urlHasPassword(location)) {
            adoptStore(window, store, Opened::failure(integrations::passwordInUrlError(location)),
                       offerResume);
            return;
        }
        auto opened = incident::IncidentStore::open(location);
        if (opened.ok() || !integrations::needsPassword(opened.error)) {
            adoptStore(window, store, std::move(opened), offerResume);
            return;
        }
        // The server wants a password: the keychain's, asked without blocking the window.
        auto *keychain = new integrations::CredentialStore(&window);
        const auto secret = integrations::storeSecret(location);
        const quint64 id = keychain->read(secret->scope, secret->name);
        const QString refused = opened.error;
        QObject::connect(keychain, &integrations::CredentialStore::finished, &window,
                         [&window, &store, keychain, id, location, refused,
                          offerResume](quint64 done, const integrations::CredentialResult &r) {
                             if (done != id)
                                 return;
                             keychain->deleteLater();
                             adoptStore(window, store,
                                        r.ok() ? incident::IncidentStore::open(location, r.value)
                                               : Opened::failure(refused + QLatin1Char(' ') +
                                                                 integrations::storePasswordHint(location)),
                                        offerResume);
                         });
    });
    // The console module (QtNetwork, KF6) would double the time to the first frame:
    // it loads once the window is on screen, while the user reads it.
    new AfterFirstPaint(&window, [&window] {
        (void)window.loadConsole(); // a failure is in the status bar, and asked again on use
        // The SVG icon costs an image plugin and QtSvg; the first frame does not show it.
        window.setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.rollcage.Rollcage.svg")));
    });
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // Resolve against the caller's directory now: later the path must survive a
        // change of working directory (recent list, incident records).
        const QString path = QFileInfo(files.first()).absoluteFilePath();
        QTimer::singleShot(0, &window, [&window, path] { window.openRunbook(path); });
    }

    if (parser.isSet(options.screenshot))
        scheduleScreenshot(window, parser.value(options.screenshot));
    // For the startup benchmark (tests/bench/startup): leave the moment the window has
    // painted, before any later work or teardown, as the baseline window does.
    if (qEnvironmentVariableIsSet("ROLLCAGE_EXIT_AFTER_FIRST_PAINT"))
        new AfterFirstPaint(&window, [] { std::_Exit(0); });
    return QApplication::exec();
}

} // namespace rollcage::gui
