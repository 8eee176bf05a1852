// MainWindow's incident handling: declaring, resuming, the incident list, and leaving an
// incident (asking first when work is pending).
#include "gui/MainWindow.h"

#include "core/OperatorName.h"
#include "gui/ConsoleModule.h"
#include "gui/HealthPanel.h"
#include "gui/IncidentListDialog.h"
#include "gui/IncidentListModel.h"
#include "gui/IncidentView.h"
#include "gui/NewIncidentDialog.h"
#include "gui/RunbookPreviewPage.h"
#include "gui/WelcomePage.h"
#include "incident/IncidentStore.h"
#include "incident/IncidentSummary.h"
#include "integrations/KeychainSecretSource.h"
#include "runbook/Importer.h"

#include <QAction>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>

namespace rollcage::gui {

void MainWindow::confirmLeave(const QString &action, const std::function<void()> &then)
{
    const QStringList pending = m_console ? m_console->pendingWork() : QStringList();
    if (pending.isEmpty()) {
        then();
        return;
    }
    if (m_leaveQuestion)
        m_leaveQuestion->close();
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Leave incident %1?").arg(m_console->incidentId()),
                                tr("Incident %1 has work in progress:").arg(m_console->incidentId()),
                                QMessageBox::NoButton, this);
    box->setInformativeText(QStringLiteral("• ") + pending.join(QStringLiteral("\n• ")));
    // Wide enough for its title and sentences (a narrow box cut both).
    box->setStyleSheet(QStringLiteral("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 440px; }"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *go = box->addButton(tr("%1 anyway").arg(action), QMessageBox::DestructiveRole);
    QPushButton *stay = box->addButton(tr("&Stay"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    m_leaveQuestion = box;
    connect(box, &QMessageBox::buttonClicked, this, [this, go, then](QAbstractButton *clicked) {
        m_leaveQuestion = nullptr;
        if (clicked == go)
            then();
    });
    connect(box, &QObject::destroyed, this, [this, box] {
        if (m_leaveQuestion == box)
            m_leaveQuestion = nullptr;
    });
    box->open();
}

void MainWindow::dropConsole()
{
    if (!m_console)
        return;
    m_stack->removeWidget(m_console);
    // Now, not later: its engine stops the step it runs and nothing of it lingers.
    delete m_console;
    m_console = nullptr;
    if (m_healthDock)
        m_healthDock->showIncident(nullptr);
}

void MainWindow::closeIncident()
{
    if (!m_console) {
        statusBar()->showMessage(tr("No incident is open."), 5000);
        return;
    }
    confirmLeave(tr("Close the incident"), [this] {
        if (!m_console)
            return;
        const qint64 id = m_console->incidentId();
        dropConsole();
        m_runbook.reset();
        showWelcome();
        statusBar()->showMessage(tr("Incident %1 closed; resume it from Incident → Incidents… (Ctrl+I).").arg(id), 15000);
    });
}

void MainWindow::newIncident()
{
    if (!m_runbook) {
        statusBar()->showMessage(tr("Open a runbook first (Ctrl+O)."), 5000);
        return;
    }
    if (!m_store) {
        QMessageBox::warning(this, tr("No incident database"), m_storeError);
        return;
    }
    if (!preview()->canDeclare()) {
        statusBar()->showMessage(tr("This runbook has errors or no procedure: fix it before declaring an incident."), 8000);
        return;
    }
    if (const Status loaded = loadConsole(); !loaded) {
        QMessageBox::warning(this, tr("Cannot declare the incident"), loaded.error);
        return;
    }
    confirmLeave(tr("Declare a new incident"), [this] {
        auto *dialog = new NewIncidentDialog(*m_runbook, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            // Chosen now: the "declared" event already carries it.
            if (const QLineEdit *name = dialog->operatorField()) {
                operators::setOperatorName(name->text());
                m_store->setOperatorName(operators::operatorName());
            }
            auto *console = (*loadConsoleModule())->createConsole(m_store, m_secrets, m_stack);
            console->setChannels(m_channels);
            const Status s = console->start(*m_runbook, dialog->procedure(), dialog->options());
            if (!s) {
                delete console;
                QMessageBox::warning(this, tr("Cannot declare the incident"), s.error);
                return;
            }
            dialog->rememberValues();
            showConsole(console);
        });
        dialog->open();
    });
}

void MainWindow::showConsole(IncidentView *console)
{
    dropConsole();
    m_console = console;
    m_stack->addWidget(console);
    m_stack->setCurrentWidget(console);
    connect(console, &IncidentView::messageChanged, this,
            [this](const QString &text) { statusBar()->showMessage(text, 15000); });
    setWindowTitle(tr("Incident %1 — Rollcage").arg(console->incidentId()));
    // What was said about the runbook ("Declare an incident with Ctrl+N") is over.
    statusBar()->showMessage(tr("Incident %1 is open; every action is recorded.").arg(console->incidentId()), 10000);
    m_healthDock->showIncident(console);
    updateHealthDock();
    console->setFocus();
}

void MainWindow::updateHealthDock()
{
    if (!m_healthDock)
        return;
    const bool incidentShown = m_console && m_stack->currentWidget() == m_console;
    m_healthDock->setVisible(incidentShown && m_healthDock->hasSomethingToProbe());
}

void MainWindow::offerResume()
{
    if (!m_store)
        return;
    const auto incidents = incident::summarizeIncidents(*m_store);
    if (!incidents.ok()) {
        statusBar()->showMessage(incidents.error, 10000);
        return;
    }
    QList<incident::IncidentSummary> open;
    for (const incident::IncidentSummary &s : *incidents) {
        if (s.isOpen())
            open << s;
    }
    if (open.isEmpty())
        return; // nothing to say: the window says what to do next
    if (open.size() > 1) {
        // Several left open: the list, not a guess at which one matters.
        showIncidents();
        if (auto *list = findChild<IncidentListDialog *>())
            list->setOnlyUnfinished(true);
        return;
    }
    const incident::IncidentSummary &s = open.first();
    const qint64 id = s.record.id;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Resume incident?"),
                                tr("Incident %1, “%2”, is still %3.\nResume it?")
                                    .arg(id)
                                    .arg(s.record.title, describeState(s)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::Yes);
    QPushButton *all = box->addButton(tr("All &incidents…"), QMessageBox::ActionRole);
    connect(box, &QMessageBox::buttonClicked, this, [this, box, all, id](QAbstractButton *clicked) {
        if (clicked == box->button(QMessageBox::Yes))
            resumeIncident(id);
        else if (clicked == all)
            showIncidents();
    });
    box->open();
}

void MainWindow::showIncidents()
{
    if (!m_store) {
        QMessageBox::warning(this, tr("No incident database"), m_storeError);
        return;
    }
    if (auto *open = findChild<IncidentListDialog *>(); open && !open->isJoinMode()) {
        open->reload();
        open->raise();
        open->activateWindow();
        return;
    }
    auto *dialog = new IncidentListDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentIncident(m_console ? m_console->incidentId() : 0);
    connect(dialog, &IncidentListDialog::openRequested, this, [this](qint64 id) { resumeIncident(id); });
    connect(dialog, &QDialog::finished, this, &MainWindow::refreshWelcome);
    dialog->open();
}

bool MainWindow::resumeIncident(qint64 id)
{
    if (m_console && m_console->incidentId() == id) {
        m_stack->setCurrentWidget(m_console);
        updateHealthDock();
        takeJoinRole();
        return true;
    }
    if (m_console && !m_console->pendingWork().isEmpty()) {
        confirmLeave(tr("Open incident %1").arg(id), [this, id] {
            dropConsole();
            resumeIncident(id);
        });
        return false;
    }
    const auto record = m_store->incident(id);
    if (!record.ok()) {
        QMessageBox::warning(this, tr("Cannot resume"), record.error);
        return false;
    }
    if (const Status loaded = loadConsole(); !loaded) {
        QMessageBox::warning(this, tr("Cannot resume"), loaded.error);
        return false;
    }
    // The incident keeps its own copy of the runbook: it resumes even if the file moved.
    // The copy is the text as it was read (a byte-order mark dropped, characters an editor
    // garbled repaired), so its bytes may hash differently from the file's; it is still the
    // version the incident was declared with. (Seed 001 could not be resumed at all.)
    runbook::Runbook runbook = runbook::Importer::importText(record->runbookText.toUtf8(), record->runbookSource);
    runbook.sha256 = record->runbookSha256.toLatin1();
    auto *console = (*loadConsoleModule())->createConsole(m_store, m_secrets, m_stack);
    console->setChannels(m_channels);
    if (const Status s = console->resume(id, runbook); !s) {
        delete console;
        QMessageBox::warning(this, tr("Cannot resume"), s.error);
        return false;
    }
    m_runbook = runbook;
    showConsole(console);
    takeJoinRole();
    return true;
}

void MainWindow::refreshWelcome()
{
    if (!m_store) {
        m_welcome->setIncidents({});
        return;
    }
    const auto incidents = incident::summarizeIncidents(*m_store);
    m_welcome->setIncidents(incidents.ok() ? *incidents : QList<incident::IncidentSummary>());
}

} // namespace rollcage::gui
