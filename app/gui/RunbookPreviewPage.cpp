#include "gui/RunbookPreviewPage.h"

#include <QDir>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace rollcage::gui {

RunbookPreviewPage::RunbookPreviewPage(QWidget *parent)
    : QWidget(parent)
    , m_header(new QLabel(this))
    , m_browser(new QTextBrowser(this))
{
    auto *layout = new QVBoxLayout(this);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setWordWrap(true);
    m_browser->setOpenExternalLinks(true);
    m_browser->setAccessibleName(tr("Runbook text"));
    layout->addWidget(m_header);
    layout->addWidget(m_browser, 1);
}

void RunbookPreviewPage::showRunbook(const QString &path, const QString &markdown)
{
    m_path = path;
    const QString shown = path.startsWith(QLatin1Char(':')) ? tr("Bundled example runbook")
                                                            : QDir::toNativeSeparators(path);
    m_header->setText(tr("<b>Runbook:</b> %1").arg(shown.toHtmlEscaped()));
    // QTextDocument's Markdown reader is md4c, the same parser the importer uses.
    m_browser->setMarkdown(markdown);
}

} // namespace rollcage::gui
