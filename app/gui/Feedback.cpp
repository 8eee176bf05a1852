#include "gui/Feedback.h"

#include "gui/Palette.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLayout>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QVBoxLayout>

namespace rollcage::gui {

void askForText(QWidget *parent, const QString &title, const QString &label,
                const std::function<void(const QString &)> &then, bool required,
                const QString &initial)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    dialog->setObjectName(QStringLiteral("textDialog"));
    dialog->setMinimumWidth(460);
    auto *layout = new QVBoxLayout(dialog);
    auto *prompt = new QLabel(label, dialog);
    prompt->setWordWrap(true);
    layout->addWidget(prompt);
    auto *edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("textDialogEdit"));
    edit->setAccessibleName(title);
    edit->setTabChangesFocus(true);
    edit->setPlainText(initial);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5 + 12);
    prompt->setBuddy(edit);
    layout->addWidget(edit);
    auto *hint = new QLabel(dialog);
    hint->setObjectName(QStringLiteral("textDialogHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setToolTip(QCoreApplication::translate("rollcage::gui::Feedback", "Confirm (Ctrl+Enter)"));
    layout->addWidget(buttons);
    const auto update = [edit, ok, hint, required] {
        const bool empty = edit->toPlainText().trimmed().isEmpty();
        ok->setEnabled(!required || !empty);
        hint->setText(required && empty ? QCoreApplication::translate(
                                              "rollcage::gui::Feedback",
                                              "A reason is required: it is recorded in the incident.")
                                        : QString());
    };
    update();
    QObject::connect(edit, &QPlainTextEdit::textChanged, dialog, update);
    // Ctrl+Enter confirms from inside the text, where Enter makes a new line.
    auto *confirm = new QAction(dialog);
    confirm->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    QObject::connect(confirm, &QAction::triggered, dialog, [ok] {
        if (ok->isEnabled())
            ok->click();
    });
    dialog->addAction(confirm);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Back to where the operator was: without this, focus is lost once the dialog goes.
    // `then` comes after, so it can move focus on (to the next open item, say).
    const auto restoreFocus = [before = QPointer<QWidget>(QApplication::focusWidget()),
                               home = QPointer<QWidget>(parent)] {
        QWidget *target = before && before->isEnabled() && before->isVisible() ? before.data() : home.data();
        if (target)
            target->setFocus(Qt::OtherFocusReason);
    };
    QObject::connect(dialog, &QDialog::rejected, parent, restoreFocus);
    QObject::connect(dialog, &QDialog::accepted, parent, [then, edit, restoreFocus] {
        restoreFocus();
        then(edit->toPlainText().trimmed());
    });
    dialog->open();
    edit->setFocus();
}

QString waitingForStoreLine()
{
    return QCoreApplication::translate("rollcage::gui::Feedback",
                                       "Waiting for the incident database (see above).");
}

void showMessage(QLabel *line, const QString &text, bool problem)
{
    line->setText(text);
    line->setStyleSheet(problem ? toneTextStyle(Tone::Problem) : QString());
}

void growToFit(QWidget *window)
{
    if (QLayout *layout = window->layout())
        layout->activate();
    const int need = window->heightForWidth(window->width());
    if (need > window->height())
        window->resize(window->width(), need);
}

} // namespace rollcage::gui
