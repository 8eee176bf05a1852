#include "gui/RunbookPreviewPage.h"

#include "gui/DisplayText.h"
#include "report/ReportExport.h"

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
    , m_guessesLabel(new QLabel(this))
    , m_guesses(new QListWidget(this))
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
    m_guessesLabel->setWordWrap(true);
    m_guessesLabel->setObjectName(QStringLiteral("guessesLabel"));
    layout->addWidget(m_guessesLabel);
    m_guesses->setObjectName(QStringLiteral("guessesView"));
    m_guesses->setAccessibleName(tr("Importer guesses"));
    m_guesses->setWordWrap(true);
    m_guesses->setMaximumHeight(160);
    m_guessesLabel->setBuddy(m_guesses);
    layout->addWidget(m_guesses);
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
    const auto count = [](qsizetype n, const QString &one, const QString &many) {
        return n == 1 ? one : many.arg(n);
    };
    const QStringList facts = {
        count(runbook.procedures.size(), tr("1 procedure"), tr("%1 procedures")),
        count(steps, tr("1 step"), tr("%1 steps")),
        count(runbook.checklists.size(), tr("1 checklist"), tr("%1 checklists")),
        count(runbook.decisions.size(), tr("1 decision"), tr("%1 decisions")),
        count(runbook.templates.size(), tr("1 message template"), tr("%1 message templates"))};
    m_header->setText(tr("<b>%1</b> <small>(%2)</small><br>%3")
                          .arg(plainInline(runbook.title).toHtmlEscaped(), shown.toHtmlEscaped(),
                               facts.join(QStringLiteral(", "))));
    m_diagnostics->clear();
    for (const runbook::Diagnostic &d : runbook.diagnostics) {
        const QStyle::StandardPixmap icon = d.severity == runbook::Severity::Error     ? QStyle::SP_MessageBoxCritical
                                            : d.severity == runbook::Severity::Warning ? QStyle::SP_MessageBoxWarning
                                                                                       : QStyle::SP_MessageBoxInformation;
        new QListWidgetItem(style()->standardIcon(icon), tr("line %1: %2").arg(d.line).arg(d.message), m_diagnostics);
    }
    m_diagnostics->setVisible(!runbook.diagnostics.isEmpty());
    // Where the document could be read another way: the reader checks these before
    // trusting the import, and the annotation under each makes the reading explicit.
    m_guesses->clear();
    for (const runbook::Guess &g : runbook.guesses) {
        const QString text =
            tr("line %1: %2\nTo settle it: %3").arg(g.line).arg(g.what, g.annotation);
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxQuestion), text,
                                         m_guesses);
        item->setToolTip(text);
    }
    m_guessesLabel->setText(count(
        runbook.guesses.size(), tr("The importer guessed once; check it against the document:"),
        tr("The importer guessed at %1 places; check them against the document:")));
    m_guessesLabel->setVisible(!runbook.guesses.isEmpty());
    m_guesses->setVisible(!runbook.guesses.isEmpty());
    // Errors mean the runbook cannot be trusted to run; warnings are shown, not blocking.
    m_declare->setEnabled(!runbook.hasErrors() && !runbook.procedures.isEmpty());
    m_declare->setDefault(m_declare->isEnabled());
    // md4c, the project's Markdown reader, renders it: Qt's own reader made the lines of
    // a code block inside a numbered step into more numbered items.
    m_browser->setHtml(report::markdownBody(runbook.text, report::RawHtml::Render));
}

} // namespace rollcage::gui
