#include "gui/BaseUrlsDialog.h"

#include "gui/Palette.h"
#include "health/BaseUrls.h"
#include "ui_BaseUrlsDialog.h"

#include <QPushButton>

namespace rollcage::gui {

namespace {
QString targetLabel(const QString &target)
{
    return target.isEmpty() ? BaseUrlsDialog::tr("the service (default)") : target;
}
} // namespace

BaseUrlsDialog::BaseUrlsDialog(const QStringList &targets, const health::BaseUrls &current,
                               const QString &environment, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::BaseUrlsDialog>())
    , m_targets(targets)
    , m_urls(current)
{
    m_ui->setupUi(this);
    m_ui->errorLabel->setStyleSheet(toneTextStyle(Tone::Problem));
    m_ui->introLabel->setText(
        tr("The runbook names health endpoints by path. Give the base URL each component has in "
           "<b>%1</b>; components left empty use the service's. Remembered for this runbook and "
           "environment, and recorded in the incident.")
            .arg(environment.toHtmlEscaped()));
    if (!m_targets.contains(QString()))
        m_targets.prepend(QString());
    m_ui->targetTable->setRowCount(int(m_targets.size()));
    for (int row = 0; row < m_targets.size(); ++row) {
        auto *name = new QTableWidgetItem(targetLabel(m_targets.at(row)));
        name->setFlags(Qt::ItemIsEnabled);
        m_ui->targetTable->setItem(row, 0, name);
        m_ui->targetTable->setItem(row, 1, new QTableWidgetItem(current.value(m_targets.at(row)).toString()));
    }
    m_ui->targetTable->resizeColumnToContents(0);
    m_ui->errorLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &BaseUrlsDialog::save);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

BaseUrlsDialog::~BaseUrlsDialog() = default;

void BaseUrlsDialog::save()
{
    health::BaseUrls urls;
    for (int row = 0; row < m_targets.size(); ++row) {
        const QString text = m_ui->targetTable->item(row, 1)->text().trimmed();
        if (text.isEmpty())
            continue;
        QUrl url;
        if (const QString error = health::checkBaseUrl(text, &url); !error.isEmpty()) {
            // Nothing typed is lost: the dialog stays open on the row to fix.
            m_ui->errorLabel->setText(tr("%1: %2").arg(targetLabel(m_targets.at(row)), error));
            m_ui->errorLabel->show();
            m_ui->targetTable->setCurrentCell(row, 1);
            return;
        }
        urls.insert(m_targets.at(row), url);
    }
    m_urls = urls;
    accept();
}

} // namespace rollcage::gui
