#pragma once

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace rollcage::gui {

// Shows an opened runbook as its authors wrote it, rendered from its Markdown.
class RunbookPreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPreviewPage(QWidget *parent = nullptr);

    void showRunbook(const QString &path, const QString &markdown);
    QString currentPath() const { return m_path; }

private:
    QLabel *m_header;
    QTextBrowser *m_browser;
    QString m_path;
};

} // namespace rollcage::gui
