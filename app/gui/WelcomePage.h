#pragma once

#include "incident/IncidentSummary.h"

#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace rollcage::gui {

class RecentRunbooks;

// The empty state: what to do when nothing is open yet.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(RecentRunbooks *recent, QWidget *parent = nullptr);
    ~WelcomePage() override;

    // The unfinished ones are listed to resume; the button opens the whole list.
    void setIncidents(const QList<incident::IncidentSummary> &incidents);

Q_SIGNALS:
    void openRequested();
    void exampleRequested();
    void runbookChosen(const QString &path);
    void incidentChosen(qint64 id);
    void incidentsRequested();

private:
    void refreshRecent();

    std::unique_ptr<Ui::WelcomePage> m_ui;
    RecentRunbooks *m_recent;
};

} // namespace rollcage::gui
