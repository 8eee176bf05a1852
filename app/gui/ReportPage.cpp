#include "gui/ReportPage.h"

#include "core/Logging.h"
#include "core/SettingsKeys.h"
#include "incident/IncidentStore.h"
#include "report/MarkdownReport.h"
#include "report/ReportData.h"
#include "report/ReportExport.h"
#include "report/ReportFields.h"
#include "ui_ReportPage.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QFocusEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QShortcut>
#include <QTime>

namespace rollcage::gui {

ReportPage::ReportPage(incident::IncidentStore *store, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ReportPage>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_editors = {{QStringLiteral("users_affected"), m_ui->usersAffectedEdit},
                 {QStringLiteral("root_cause"), m_ui->rootCauseEdit},
                 {QStringLiteral("resolution"), m_ui->resolutionEdit},
                 {QStringLiteral("prevention"), m_ui->preventionEdit}};
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const auto field = report::findReportField(it.key());
        (*it)->setPlaceholderText(field->hint);
        (*it)->setAccessibleName(field->label);
        (*it)->installEventFilter(this);
    }
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    saveShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (save())
            refresh();
    });
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ReportPage::chooseExportPath);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(1000);
    connect(&m_refresh, &QTimer::timeout, this, [this] {
        // Not under the operator's hands: while a field is being typed into, the page is
        // rendered when it is left (eventFilter), not at each of the team's events.
        for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
            if ((*it)->hasFocus() && (*it)->toPlainText() != m_saved.value(it.key()))
                return;
        }
        refresh();
    });
}

ReportPage::~ReportPage() = default;

QPlainTextEdit *ReportPage::fieldEditor(const QString &field) const
{
    return m_editors.value(field);
}

void ReportPage::setIncident(incident::Journal *journal)
{
    const qint64 id = journal ? journal->incidentId() : 0;
    if (id != m_incidentId || journal != m_journal) {
        (void)save(); // what was typed for the previous incident goes to that incident
        if (m_journal)
            m_journal->disconnect(this);
        m_journal = journal;
        if (m_journal)
            connect(m_journal, &incident::Journal::appended, this, &ReportPage::onAppended);
        m_incidentId = id;
        m_saved.clear();
        for (QPlainTextEdit *editor : std::as_const(m_editors))
            editor->clear();
    }
    refresh();
}

// What another console writes (a field, a step's end, a decision) reaches the page while
// it is shown (team mode): rendered again at most once a second (the report is read whole),
// text being edited kept. Hidden, it is rendered when shown again (IncidentConsole::goTo).
void ReportPage::onAppended()
{
    if (isVisible() && !m_refresh.isActive())
        m_refresh.start();
}

void ReportPage::refresh()
{
    if (m_incidentId == 0)
        return;
    const auto collected = report::collectReport(*m_store, m_incidentId);
    if (!collected) {
        Q_EMIT problem(collected.error);
        return;
    }
    const QHash<QString, QString> journal = report::reportFieldValues(collected->events);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        QPlainTextEdit *editor = *it;
        // Unsaved text is the operator's work in progress: the journal does not overwrite it.
        const bool edited = editor->toPlainText() != m_saved.value(it.key());
        m_saved.insert(it.key(), journal.value(it.key()));
        if (!edited && editor->toPlainText() != m_saved.value(it.key()))
            editor->setPlainText(m_saved.value(it.key()));
    }
    m_markdown = report::renderMarkdown(*collected);
    const int scrolled = m_ui->reportView->verticalScrollBar()->value();
    m_ui->reportView->setMarkdown(m_markdown);
    m_ui->reportView->verticalScrollBar()->setValue(scrolled);
}

Status ReportPage::save()
{
    if (m_incidentId == 0 || !m_journal)
        return Status::success();
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString typed = (*it)->toPlainText();
        if (typed == m_saved.value(it.key()))
            continue;
        // As the journal will keep it (its secrets and URL passwords masked).
        const QString text = m_journal->mask(typed);
        const bool masked = text != typed;
        // Shown as it is kept, so nobody copies the secret on from here.
        if (masked)
            (*it)->setPlainText(text);
        const Status s = report::setReportField(*m_journal, it.key(), text);
        if (!s) {
            const QString message =
                tr("%1 was not saved (the text stays here; try again with Ctrl+S): %2")
                    .arg(report::findReportField(it.key())->label, s.error);
            m_ui->saveStatus->setText(message);
            Q_EMIT problem(message);
            return Status::failure(message);
        }
        m_saved.insert(it.key(), text);
        const QString label = report::findReportField(it.key())->label;
        const QString at = QTime::currentTime().toString(QStringLiteral("HH:mm:ss"));
        m_ui->saveStatus->setText(
            masked ? tr("%1 saved at %2, with one of the runbook's secrets masked.")
                         .arg(label, at)
                   : tr("%1 saved at %2.").arg(label, at));
    }
    return Status::success();
}

Status ReportPage::exportTo(const QString &path)
{
    if (Status s = save(); !s)
        return s;
    refresh();
    const auto format = report::formatFromName(path.section(QLatin1Char('.'), -1));
    const Status written = report::exportReport(m_markdown, tr("Incident %1").arg(m_incidentId),
                                                format.value_or(report::Format::Markdown), path);
    if (!written)
        return written;
    QSettings().setValue(settings::kExportDirectory, QFileInfo(path).absolutePath());
    m_ui->saveStatus->setText(tr("Report exported to %1").arg(QDir::toNativeSeparators(path)));
    Q_EMIT exported(path);
    return written;
}

QString ReportPage::exportDirectory()
{
    const QString last = QSettings().value(settings::kExportDirectory).toString();
    if (!last.isEmpty() && QFileInfo(last).isDir())
        return last;
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileInfo(documents).isDir() ? documents : QDir::homePath();
}

QString ReportPage::statusText() const { return m_ui->saveStatus->text(); }

void ReportPage::chooseExportPath()
{
    // Non-modal, so the window keeps updating while the operator picks a place.
    auto *dialog = new QFileDialog(this, tr("Export incident report"),
                                   QDir(exportDirectory()).filePath(QStringLiteral("incident-%1.md").arg(m_incidentId)),
                                   tr("Markdown (*.md);;HTML (*.html);;PDF (*.pdf)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setObjectName(QStringLiteral("exportDialog"));
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog](const QString &filter) {
        // The name follows the format picked, so "PDF" writes incident-N.pdf.
        const QString extension = filter.section(QStringLiteral("*."), 1).section(QLatin1Char(')'), 0, 0);
        dialog->setDefaultSuffix(extension);
    });
    dialog->setDefaultSuffix(QStringLiteral("md"));
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        if (Status s = exportTo(path); !s) {
            m_ui->saveStatus->setText(s.error);
            Q_EMIT problem(s.error);
        }
    });
    dialog->open();
}

bool ReportPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut) {
        // Leaving a field saves it; the rendered report then shows it in place.
        if (save())
            refresh();
    }
    return QWidget::eventFilter(watched, event);
}

void ReportPage::hideEvent(QHideEvent *event)
{
    (void)save(); // a failure stays on the page and is said (problem), the text kept
    QWidget::hideEvent(event);
}

} // namespace rollcage::gui
