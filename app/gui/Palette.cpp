#include "gui/Palette.h"

namespace rollcage::gui {

bool isDark(const QPalette &palette)
{
    // What text is drawn on is dark: a dark scheme, whatever its hue.
    return palette.color(QPalette::Base).lightnessF() < 0.5;
}

QColor toneColor(Tone tone, const QPalette &palette)
{
    const bool dark = isDark(palette);
    // Light palettes: the darker shades (contrast ≥ 4.5:1 on white); dark palettes: the
    // lighter ones (the same on #2a2a2a-ish bases).
    switch (tone) {
    case Tone::Problem:
        return dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xc6, 0x28, 0x28);
    case Tone::Warning:
        return dark ? QColor(0xff, 0xc0, 0x60) : QColor(0x9a, 0x4b, 0x00);
    case Tone::Success:
        return dark ? QColor(0x7c, 0xcf, 0x80) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Active:
        return dark ? QColor(0x6c, 0xb4, 0xf8) : QColor(0x15, 0x65, 0xc0);
    case Tone::Muted:
        return palette.color(QPalette::PlaceholderText);
    }
    return palette.color(QPalette::Text);
}

QString toneTextStyle(Tone tone, const QPalette &palette)
{
    return QStringLiteral("color:%1;font-weight:bold").arg(toneColor(tone, palette).name());
}

QString toneBadgeStyle(Tone tone, const QString &extra, const QPalette &palette)
{
    // A badge is filled with the strong shade in either scheme; its text is black or white,
    // whichever reads on it.
    QColor fill;
    switch (tone) {
    case Tone::Problem:
        fill = QColor(0xc6, 0x28, 0x28);
        break;
    case Tone::Warning:
        fill = QColor(0xf0, 0xa5, 0x00);
        break;
    case Tone::Success:
        fill = QColor(0x2e, 0x7d, 0x32);
        break;
    case Tone::Active:
        fill = QColor(0x15, 0x65, 0xc0);
        break;
    case Tone::Muted:
        fill = palette.color(QPalette::AlternateBase);
        break;
    }
    // Perceived brightness (ITU-R BT.601 weights): amber takes black, red and blue white.
    const double luma = 0.299 * fill.red() + 0.587 * fill.green() + 0.114 * fill.blue();
    const QColor text = tone == Tone::Muted ? palette.color(QPalette::Text)
                        : luma > 150        ? QColor(Qt::black)
                                            : QColor(Qt::white);
    return QStringLiteral("background:%1;color:%2;font-weight:bold;%3").arg(fill.name(), text.name(), extra);
}

} // namespace rollcage::gui
