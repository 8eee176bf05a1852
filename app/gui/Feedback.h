#pragma once

#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace rollcage::gui {

// Asks for a line or a few lines of text (a reason, a note) without blocking: the
// dialog is non-modal and `then` receives the trimmed text when the operator confirms.
void askForText(QWidget *parent, const QString &title, const QString &label,
                const std::function<void(const QString &)> &then);

// A page's message line: a problem stands out in red and bold; news reads plainly.
void showMessage(QLabel *line, const QString &text, bool problem);

} // namespace rollcage::gui
