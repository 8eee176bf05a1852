#pragma once

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace KSyntaxHighlighting {
class Repository;
}

namespace rollcage::gui {

// The one KSyntaxHighlighting repository of the application. Loading its ~400
// definitions costs tens of milliseconds, so it is created on first use, not at start.
KSyntaxHighlighting::Repository &syntaxRepository();

// The definition for a fenced block's language ("bash", "sh", "sql", "yaml", …);
// an invalid definition (plain text) when nothing fits.
KSyntaxHighlighting::Definition definitionForLanguage(const QString &language);

// A theme that matches the light or dark palette the desktop uses.
KSyntaxHighlighting::Theme themeFor(const QPalette &palette);

} // namespace rollcage::gui
