#pragma once

#include <QString>

class QFormLayout;
class QLineEdit;
class QToolButton;

namespace rollcage::gui {

// Adds "label  [folder field] [Choose…]" to `form`: the label's mnemonic reaches the
// field, and Choose… opens a folder dialog that fills it. The dialog is opened with
// open(), not the static getter: no nested event loop, the answer arrives by signal.
// Returns the Choose… button (for the Tab order).
QToolButton *addDirectoryRow(QFormLayout *form, const QString &label, QLineEdit *field,
                             const QString &dialogTitle);

} // namespace rollcage::gui
