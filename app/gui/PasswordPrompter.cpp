#include "gui/PasswordPrompter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollcage::gui {

PasswordPrompter::PasswordPrompter(QWidget *window, QObject *parent)
    : integrations::SecretPrompter(parent)
    , m_window(window)
{
}

void PasswordPrompter::ask(quint64 id, const QString &scope, const QString &name, const QString &reason)
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Secret needed: %1").arg(name));
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("The next step needs <b>%1</b> (%2).<br>%3")
                                 .arg(name.toHtmlEscaped(), scope.toHtmlEscaped(), reason.toHtmlEscaped()),
                             dialog);
    label->setWordWrap(true);
    auto *field = new QLineEdit(dialog);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(tr("Value of %1").arg(name));
    auto *remember = new QCheckBox(tr("&Remember in the keychain"), dialog);
    remember->setChecked(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(label);
    layout->addWidget(field);
    layout->addWidget(remember);
    layout->addWidget(buttons);
    connect(field, &QLineEdit::textChanged, dialog, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Exactly one answer per question, whichever way the dialog closes.
    connect(dialog, &QDialog::finished, this, [this, id, field, remember, name](int result) {
        if (result == QDialog::Accepted)
            Q_EMIT answered(id, field->text(), remember->isChecked());
        else
            Q_EMIT declined(id, tr("%1 was not entered").arg(name));
        field->clear();
    });
    dialog->open();
}

} // namespace rollcage::gui
