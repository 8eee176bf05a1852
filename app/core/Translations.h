#pragma once

#include "core/Result.h"

#include <QString>

class QCoreApplication;

namespace rollcage::translations {

// Where the executable embeds the compiled catalogues (qt_add_translations in
// app/CMakeLists.txt): the libraries have no resources of their own.
inline constexpr char kEmbeddedDirectory[] = ":/i18n";

// Installs Qt's catalogue and Rollcage's (from `directory`) for the user's UI languages,
// owned by `app`. The GUI and every headless command call it once, before any text is
// made. A failure means no Rollcage catalogue fits the user's languages: the texts stay
// English, and the error says so.
Status install(QCoreApplication &app,
               const QString &directory = QString::fromLatin1(kEmbeddedDirectory));

} // namespace rollcage::translations
