#pragma once

#include "health/RunbookEndpoints.h"

#include <QDialog>

#include <memory>

namespace Ui {
class BaseUrlsDialog;
}

namespace rollcage::gui {

// Asks for the base URL of each component the runbook's relative health endpoints
// belong to ("/health" → the service, frontend "HEAD /" → the frontend).
class BaseUrlsDialog : public QDialog
{
    Q_OBJECT
public:
    // `targets`: the components needing a base URL ("" is the service itself).
    BaseUrlsDialog(const QStringList &targets, const health::BaseUrls &current,
                   const QString &environment, QWidget *parent = nullptr);
    ~BaseUrlsDialog() override;

    health::BaseUrls baseUrls() const { return m_urls; }

private:
    void save();

    std::unique_ptr<Ui::BaseUrlsDialog> m_ui;
    QStringList m_targets;
    health::BaseUrls m_urls;
};

} // namespace rollcage::gui
