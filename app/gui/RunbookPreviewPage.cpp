#include "gui/RunbookPreviewPage.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rollcage::gui {

RunbookPreviewPage::RunbookPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_diagnostics(new QListWidget(this))
    , m_declare(new QPushButton(tr("&New incident…"), this))
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_declare->setToolTip(tr("Declare an incident and start the guided rollback (Ctrl+N)"));
    top->addWidget(m_header, 1);
    top->addWidget(m_declare);
    layout->addLayout(top);
    m_diagnostics->setAccessibleName(tr("Import diagnostics"));
    m_diagnostics->setMaximumHeight(120);
    layout->addWidget(m_diagnostics);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Runbook text"));
    layout->addWidget(m_browser, 1);
    connect(m_declare, &QPushButton::clicked, this, &RunbookPreviewPage::newIncidentRequested);
}

bool RunbookPreviewPage::canDeclare() const { return m_declare->isEnabled(); }

void RunbookPreviewPage::showRunbook(const runbook::Runbook &runbook)
{
    m_path = runbook.source;
    const QString shown = m_path.startsWith(QLatin1Char(':')) ? tr("bundled example")
                                                              : QDir::toNativeSeparators(m_path);
    int steps = 0;
    for (const runbook::Procedure &p : runbook.procedures)
        steps += int(p.steps.size());
    m_header->setText(tr("<b>%1</b> <small>(%2)</small><br>%3 procedures, %4 steps, %5 checklists, "
                         "%6 decisions, %7 message templates")
                          .arg(runbook.title.toHtmlEscaped(), shown.toHtmlEscaped())
                          .arg(runbook.procedures.size())
                          .arg(steps)
                          .arg(runbook.checklists.size())
                          .arg(runbook.decisions.size())
                          .arg(runbook.templates.size()));
    m_diagnostics->clear();
    for (const runbook::Diagnostic &d : runbook.diagnostics) {
        const QStyle::StandardPixmap icon = d.severity == runbook::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : d.severity == runbook::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                       : QStyle::SP_MessageBoxInformation;
        new QListWidgetItem(style()->standardIcon(icon), tr("line %1: %2").arg(d.line).arg(d.message), m_diagnostics);
    }
    m_diagnostics->setVisible(!runbook.diagnostics.isEmpty());
    // Errors mean the runbook cannot be trusted to run; warnings are shown, not blocking.
    m_declare->setEnabled(!runbook.hasErrors() && !runbook.procedures.isEmpty());
    m_declare->setDefault(m_declare->isEnabled());
    m_browser->setMarkdown(runbook.text);
}

} // namespace rollcage::gui
