// MainWindow's team mode: who this user is, and joining an incident others work on.
#include "gui/MainWindow.h"

#include "core/OperatorName.h"
#include "incident/IncidentStore.h"

#include <QInputDialog>
#include <QStatusBar>

namespace rollcage::gui {

void MainWindow::chooseOperatorName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("operatorNameDialog"));
    dialog->setWindowTitle(tr("Your name"));
    dialog->setLabelText(tr("The name your events are recorded under, and what the others on a "
                            "shared incident see:"));
    dialog->setTextValue(operators::operatorName());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        // Empty: back to the OS user's full name.
        operators::setOperatorName(text);
        const QString name = operators::operatorName();
        if (m_store)
            m_store->setOperatorName(name);
        statusBar()->showMessage(tr("Your events are now recorded as %1.").arg(name), 10000);
    });
    dialog->open();
}

} // namespace rollcage::gui
