#include "gui/DirectoryRow.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace rollcage::gui {

QToolButton *addDirectoryRow(QFormLayout *form, const QString &label, QLineEdit *field,
                             const QString &dialogTitle)
{
    QWidget *owner = field->parentWidget();
    auto *row = new QHBoxLayout;
    row->addWidget(field, 1);
    auto *choose = new QToolButton(owner);
    choose->setText(QCoreApplication::translate("rollcage::gui", "Choose…"));
    row->addWidget(choose);
    // A label made here so its mnemonic has a buddy (addRow with a layout gives none).
    auto *caption = new QLabel(label, owner);
    caption->setBuddy(field);
    form->addRow(caption, row);
    QObject::connect(choose, &QToolButton::clicked, field, [field, dialogTitle] {
        auto *picker = new QFileDialog(field->window(), dialogTitle, field->text());
        picker->setAttribute(Qt::WA_DeleteOnClose);
        picker->setFileMode(QFileDialog::Directory);
        picker->setOption(QFileDialog::ShowDirsOnly);
        QObject::connect(picker, &QFileDialog::fileSelected, field, &QLineEdit::setText);
        picker->open();
    });
    return choose;
}

} // namespace rollcage::gui
