#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace rollcage::gui {

// Asks for a line or a few lines of text (a reason, a note) without blocking: the dialog
// is non-modal and `then` receives the trimmed text when the operator confirms (OK or
// Ctrl+Enter). With `required`, OK stays disabled — and the dialog says why — until
// something is written, so an empty reason can never close it silently. When the dialog
// closes, either way, focus goes back to the widget that had it.
// `initial`: the text the box opens with (a reason kept from an earlier try).
void askForText(QWidget *parent, const QString &title, const QString &label,
                const std::function<void(const QString &)> &then, bool required = false,
                const QString &initial = QString());

// While a shared store is away the console's banner says why in full; a page's line that
// would repeat it (why Run or Tick is off) says this instead, the reason in its tooltip.
QString waitingForStoreLine();

// A page's message line: a problem stands out in red and bold; news reads plainly.
void showMessage(QLabel *line, const QString &text, bool problem);
// Makes `window` as tall as its wrapped labels need at its width. A window's minimum size
// does not count that: a message appearing in a dialog squeezed the rows above it.
void growToFit(QWidget *window);

} // namespace rollcage::gui
