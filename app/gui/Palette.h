#pragma once

#include <QColor>
#include <QGuiApplication>
#include <QPalette>
#include <QString>

// Rollcage's one palette: every colour a widget uses for meaning (a failure, a warning, a
// success, what is running) comes from here, chosen for the QPalette in force, so a dark
// theme gets shades that read on a dark base instead of dark red on black. Plain text,
// backgrounds and selection stay the palette's own roles.
namespace rollcage::gui {

enum class Tone {
    Problem, // failed, late, an alert
    Warning, // soon due, needs a look
    Success, // done, passing
    Active,  // running now
    Muted,   // secondary text
};

// Whether `palette` draws on a dark base (its Base role), so tones take their light shades.
bool isDark(const QPalette &palette = QGuiApplication::palette());

// The tone for text (or a mark) on the palette's Base and Window.
QColor toneColor(Tone tone, const QPalette &palette = QGuiApplication::palette());

// A style sheet for a label that says something in this tone: coloured bold text.
QString toneTextStyle(Tone tone, const QPalette &palette = QGuiApplication::palette());

// A filled badge in the tone (its background with text that contrasts with it); `extra`
// is appended inside the declaration block ("border-radius:3px;").
QString toneBadgeStyle(Tone tone, const QString &extra = {},
                       const QPalette &palette = QGuiApplication::palette());

} // namespace rollcage::gui
