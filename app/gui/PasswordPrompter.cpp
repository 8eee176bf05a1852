#include "gui/PasswordPrompter.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace rollcage::gui {

namespace {
// The keychain's sentence ends with how to store the secret from a terminal
// ("Store it with: rollcage secret set …"); in this window the field below is how.
QString inThisWindow(const QString &reason)
{
    const qsizetype cli = reason.indexOf(QLatin1String("rollcage secret"));
    QString text = cli < 0 ? reason : reason.left(cli);
    static const QRegularExpression trailing(QStringLiteral(R"(\s*(?:Store it with|Once a keychain works, store it with)?:?\s*$)"));
    text.remove(trailing);
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text + QLatin1Char(' ') +
           PasswordPrompter::tr("Enter it here; with “Remember” it is kept in the keychain for the next time.");
}
} // namespace

PasswordPrompter::PasswordPrompter(QWidget *window, QObject *parent)
    : integrations::SecretPrompter(parent)
    , m_window(window)
{
}

void PasswordPrompter::ask(quint64 id, const QString &scope, const QString &name, const QString &reason)
{
    auto *dialog = new QDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("secretPrompt"));
    // A short title (window managers cut long ones); the name and why are in the text.
    dialog->setWindowTitle(tr("Secret needed"));
    dialog->setMinimumWidth(480);
    auto *layout = new QVBoxLayout(dialog);
    auto *label = new QLabel(tr("<b>%1</b> for %2<br>%3")
                                 .arg(name.toHtmlEscaped(), scope.toHtmlEscaped(),
                                      inThisWindow(reason).toHtmlEscaped()),
                             dialog);
    label->setWordWrap(true);
    auto *field = new QLineEdit(dialog);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(tr("Value of %1").arg(name));
    field->setObjectName(QStringLiteral("secretValue"));
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
    field->setFocus();
}

} // namespace rollcage::gui
