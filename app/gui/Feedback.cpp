#include "gui/Feedback.h"

#include <QInputDialog>
#include <QLabel>

namespace rollcage::gui {

void askForText(QWidget *parent, const QString &title, const QString &label,
                const std::function<void(const QString &)> &then)
{
    auto *dialog = new QInputDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setLabelText(label);
    dialog->setOption(QInputDialog::UsePlainTextEditForTextInput);
    QObject::connect(dialog, &QInputDialog::textValueSelected, parent,
                     [then](const QString &text) { then(text.trimmed()); });
    dialog->open();
}

void showMessage(QLabel *line, const QString &text, bool problem)
{
    line->setText(text);
    line->setStyleSheet(problem ? QStringLiteral("color:#c62828;font-weight:bold") : QString());
}

} // namespace rollcage::gui
