#pragma once

#include "runbook/Runbook.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace rollcage::gui {

// An opened runbook before anything runs: what the importer found (and any problems,
// with their lines), where it guessed (each with the annotation that settles it, as
// `rollcage check` says), the document as its authors wrote it, and "New incident".
class RunbookPreviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit RunbookPreviewPage(QWidget *parent = nullptr);

    void showRunbook(const runbook::Runbook &runbook);
    QString currentPath() const { return m_path; }
    bool canDeclare() const;

Q_SIGNALS:
    void newIncidentRequested();

private:
    QLabel *m_header;
    QListWidget *m_diagnostics;
    QLabel *m_guessesLabel;
    QListWidget *m_guesses;
    QPushButton *m_declare;
    QTextBrowser *m_browser;
    QString m_path;
};

} // namespace rollcage::gui
