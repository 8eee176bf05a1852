#pragma once

#include "core/Result.h"
#include "incident/Journal.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class ReportPage;
}

namespace rollcage::incident {
class IncidentStore;
}

namespace rollcage::gui {

// The Report phase: the generated report beside editable fields for what only a human
// knows (users affected, root cause, resolution, prevention). A field is written to the
// journal when it loses focus, on Ctrl+S, before an export and when the page is left,
// so nothing typed is lost; a write that fails keeps the text and says so.
class ReportPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportPage(incident::IncidentStore *store, QWidget *parent = nullptr);
    ~ReportPage() override;

    // Shows the incident of `journal` (the engine's): its fields from the journal, the
    // report rendered. Fields are written through it, so its secrets are masked.
    void setIncident(incident::Journal *journal);
    // Renders again from the journal; text being edited is kept.
    void refresh();
    // Writes every field whose text differs from the journal's.
    Status save();
    // Saves, then writes the report to `path` in the format its extension names, and
    // says where it went.
    Status exportTo(const QString &path);
    // Where the export dialog starts: the folder of the last export, else Documents
    // (never the working directory, which is wherever Rollcage was started from).
    static QString exportDirectory();
    QString statusText() const;

    QString markdown() const { return m_markdown; }
    QPlainTextEdit *fieldEditor(const QString &field) const; // e.g. "root_cause"

Q_SIGNALS:
    void problem(const QString &message);
    void exported(const QString &path);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void chooseExportPath();
    void onAppended();

    std::unique_ptr<Ui::ReportPage> m_ui;
    incident::IncidentStore *m_store;
    qint64 m_incidentId = 0;
    QHash<QString, QPlainTextEdit *> m_editors; // field name -> editor
    QHash<QString, QString> m_saved;            // field name -> text in the journal
    QString m_markdown;
    QPointer<incident::Journal> m_journal;
    QTimer m_refresh; // a render after a burst of the journal's events, while shown
};

} // namespace rollcage::gui
