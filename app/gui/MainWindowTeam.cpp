// MainWindow's team mode: who this user is, and joining an incident others work on.
#include "gui/MainWindow.h"

#include "core/OperatorName.h"
#include "gui/IncidentListDialog.h"
#include "gui/IncidentView.h"
#include "incident/IncidentStore.h"

#include <QInputDialog>
#include <QMessageBox>
#include <QStatusBar>

#include <utility>

namespace rollcage::gui {

void MainWindow::chooseOperatorName()
{
    askOperatorName({});
}

void MainWindow::askOperatorName(const std::function<void()> &then)
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("operatorNameDialog"));
    dialog->setWindowTitle(tr("Your name"));
    dialog->setLabelText(tr("The name your events are recorded under, and what the others on a "
                            "shared incident see:"));
    dialog->setTextValue(operators::operatorName());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, then](const QString &text) {
        // Empty: back to the OS user's full name.
        operators::setOperatorName(text);
        const QString name = operators::operatorName();
        if (m_store)
            m_store->setOperatorName(name);
        statusBar()->showMessage(tr("Your events are now recorded as %1.").arg(name), 10000);
        if (then)
            then();
    });
    dialog->open();
}

void MainWindow::joinIncident()
{
    if (!m_store) {
        QMessageBox::warning(this, tr("No incident database"), m_storeError);
        return;
    }
    if (!m_store->canNotify()) {
        QMessageBox::information(
            this, tr("Join an incident"),
            tr("Incidents are shared through a PostgreSQL store; this window uses the file %1 "
               "on this computer only.\n\nStart Rollcage with --database "
               "postgresql://USER@HOST/DB to work on an incident with others. "
               "Your own incidents are under Incident → Incidents….")
                .arg(m_store->displayName()));
        return;
    }
    if (auto *open = findChild<IncidentListDialog *>(); open && open->isJoinMode()) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new IncidentListDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentIncident(m_console ? m_console->incidentId() : 0);
    dialog->setJoinMode();
    connect(dialog, &IncidentListDialog::openRequested, this, [this, dialog](qint64 id) {
        m_joinRole = dialog->joinRole();
        // Whoever joins is named on their events and in the others' lists from the start:
        // asked now if it never was.
        if (!operators::operatorNameChosen())
            askOperatorName([this, id] { resumeIncident(id); });
        else
            resumeIncident(id);
    });
    dialog->open();
}

void MainWindow::takeJoinRole()
{
    const QString role = std::exchange(m_joinRole, QString());
    if (role.isEmpty() || !m_console)
        return;
    if (const Status s = m_console->joinAs(role); !s)
        QMessageBox::warning(this, tr("Join an incident"), s.error);
}

} // namespace rollcage::gui
