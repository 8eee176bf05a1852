#pragma once

#include "core/Result.h"
#include "execution/Engine.h"
#include "gui/IncidentView.h"
#include "gui/Phase.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QLabel;
class QSplitter;
class QStackedWidget;
class QTreeView;

namespace rollcage::messaging {
class ChannelDirectory;
}
namespace rollcage::health {
class HealthSession;
}

namespace rollcage::gui {

class AssessPage;
class ChecklistPage;
class CommunicatePage;
class PhaseBar;
class PresenceModel;
class TeamActions;
class ReportPage;
class RollbackPage;
struct AssessChoice;

// The incident commander's console: the phase bar above, one page per phase below,
// all driving one Engine. Widgets only show and ask; the engine decides and journals.
class IncidentConsole : public IncidentView
{
    Q_OBJECT
public:
    IncidentConsole(incident::IncidentStore *store, execution::SecretSource *secrets,
                    QWidget *parent = nullptr);
    ~IncidentConsole() override;

    // Webhook channels for the Communicate page; set before start()/resume().
    void setChannels(messaging::ChannelDirectory *channels) override;
    Status start(const runbook::Runbook &runbook, const QString &procedure,
                 const execution::DeclareOptions &options) override;
    Status resume(qint64 incidentId, const runbook::Runbook &runbook) override;
    qint64 incidentId() const override { return m_engine->incidentId(); }
    QStringList pendingWork() const override;
    Status joinAs(const QString &role) override;

    execution::Engine *engine() const { return m_engine; }
    PhaseBar *phaseBar() const { return m_bar; }
    AssessPage *assessPage() const { return m_assess; }
    ChecklistPage *preparePage() const { return m_prepare; }
    RollbackPage *rollbackPage() const { return m_rollback; }
    ChecklistPage *verifyPage() const { return m_verify; }
    CommunicatePage *communicatePage() const { return m_communicate; }
    // The incident's health checks and monitor (for the health dock).
    health::HealthSession *health() const { return m_health; }
    ReportPage *reportPage() const { return m_reportPage; }
    Phase currentPhase() const;
    // Goes to `phase` unless it is still locked (e.g. Roll back before the checklist is
    // done); then it says why in `message()` and stays.
    bool goTo(Phase phase);
    // Ctrl+Enter, from anywhere in the window: the current page's next action (record the
    // decision, continue past a settled checklist, run / next on Roll back). False when
    // there is none now.
    bool nextAction();
    QString message() const { return m_message; }
    // Team mode (a shared PostgreSQL store): who is here, beside the pages; hidden alone.
    PresenceModel *presence() const { return m_presence; }
    QWidget *teamPanel() const { return m_teamPanel; }
    TeamActions *teamActions() const { return m_teamActions; }
    // Shown while a shared store does not answer: since when, why, what still works.
    QLabel *connectionBanner() const { return m_offline; }

protected:
    // The window gives the console the focus when it shows an incident; it goes on to
    // where the current page expects typing, never stays on the bare console.
    void focusInEvent(QFocusEvent *event) override;

private:
    void attach(const runbook::Runbook &runbook);
    // Ticks and waivers on a checklist page go to the journal.
    void journalChecklist(ChecklistPage *page);
    void onDecision(const AssessChoice &choice);
    void refresh();
    void prefetchSecrets();
    void complain(const QString &text);
    // IncidentConsoleTeam.cpp: the presence panel, and telling the others where we are.
    void buildTeamPanel();
    void attachTeam();
    void showTeam();
    void updateLocation();
    void fitPresenceColumns();
    void placeTeamPanel(int splitWidth);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showConnection();

    incident::IncidentStore *m_store;
    execution::Engine *m_engine;
    PhaseBar *m_bar;
    QStackedWidget *m_pages;
    AssessPage *m_assess;
    ChecklistPage *m_prepare;
    RollbackPage *m_rollback;
    ChecklistPage *m_verify;
    CommunicatePage *m_communicate;
    ReportPage *m_reportPage;
    QString m_message;
    QSet<QString> m_prefetched; // the procedures whose secrets were asked for
    health::HealthSession *m_health = nullptr;
    QWidget *m_teamPanel = nullptr;
    static constexpr int kTeamPanelWidth = 360;
    static constexpr int kTeamPanelMinWidth = 220;
    QSplitter *m_split = nullptr;
    int m_panelWish = kTeamPanelWidth; // as the user last dragged it
    bool m_panelDragged = false;       // by the user, in this console: saved as it closes
    QHash<int, int> m_presenceHeaderNeed; // column → its header's width when last shown

    static constexpr int kPresenceNameChars = 10; // kept for the names before other columns
    QLabel *m_teamHeading = nullptr;
    QTreeView *m_teamView = nullptr;
    PresenceModel *m_presence = nullptr;
    TeamActions *m_teamActions = nullptr;
    QLabel *m_offline = nullptr;
};

} // namespace rollcage::gui
