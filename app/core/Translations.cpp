#include "core/Translations.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace rollcage::translations {

Status install(QCoreApplication &app, const QString &directory)
{
    const QLocale locale;
    // Qt's own texts (QCommandLineParser's --help, dialog buttons) are optional: Debian
    // ships them in a separate package.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    else
        delete qtTranslator;

    auto *own = new QTranslator(&app);
    // A language without a catalogue (and the C locale of CI jobs and cron) gets the
    // English one: the source texts are English, but their plural forms ("1 problem",
    // "3 problems") come from it.
    if (!own->load(locale, QStringLiteral("rollcage"), QStringLiteral("_"), directory) &&
        !own->load(QLocale(QLocale::English), QStringLiteral("rollcage"), QStringLiteral("_"),
                   directory)) {
        delete own;
        const QString error =
            QStringLiteral("No Rollcage catalogue for %1 in %2; the texts stay English.")
                .arg(locale.uiLanguages().join(QLatin1String(", ")), directory);
        qCDebug(lcApp) << error;
        return Status::failure(error);
    }
    QCoreApplication::installTranslator(own);
    qCDebug(lcApp) << "translations from" << own->filePath();
    return Status::success();
}

} // namespace rollcage::translations
