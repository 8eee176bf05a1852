// The incident console in team mode: who else is on the incident (a presence list fed by
// the engine's TeamSession) and where this console is, for theirs.
#include "gui/IncidentConsole.h"

#include "core/SettingsKeys.h"

#include "gui/Feedback.h"
#include "gui/PhaseBar.h"
#include "gui/PresenceModel.h"
#include "gui/RollbackPage.h"
#include "gui/TeamActions.h"
#include "incident/IncidentStore.h"
#include "incident/StoreLink.h"
#include "incident/StoreThread.h"
#include "incident/TeamSession.h"

#include <QHeaderView>
#include <QLabel>
#include <QResizeEvent>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

namespace rollcage::gui {

void IncidentConsole::buildTeamPanel()
{
    m_teamPanel = new QWidget(this);
    m_teamPanel->setObjectName(QStringLiteral("teamPanel"));
    auto *layout = new QVBoxLayout(m_teamPanel);
    layout->setContentsMargins(0, 4, 4, 4);
    m_teamHeading = new QLabel(m_teamPanel);
    m_teamHeading->setObjectName(QStringLiteral("teamHeading"));
    m_presence = new PresenceModel(this);
    m_teamView = new QTreeView(m_teamPanel);
    m_teamView->setObjectName(QStringLiteral("presenceView"));
    m_teamView->setAccessibleName(tr("Who is on this incident"));
    m_teamView->setModel(m_presence);
    m_teamView->setRootIsDecorated(false);
    m_teamView->setUniformRowHeights(true);
    m_teamView->setSelectionMode(QAbstractItemView::NoSelection);
    m_teamView->setFocusPolicy(Qt::NoFocus); // read, not worked in: Tab stays on the page
    // Where someone is ("running step 12") is what the list is read for: it is never cut.
    // A long name gives way instead (elided; the row's tooltip says it in full).
    m_teamView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_teamView->header()->setStretchLastSection(false);
    m_teamView->header()->setSectionResizeMode(PresenceModel::Name, QHeaderView::Stretch);
    m_teamView->setTextElideMode(Qt::ElideMiddle);
    m_teamView->viewport()->installEventFilter(this);
    m_split->installEventFilter(this);
    // Kept for the next console too (saved as this one closes): one's screen does not change
    // between incidents. A value that is no width is ignored.
    bool stored = false;
    const int width = QSettings().value(settings::kTeamPanelWidth).toInt(&stored);
    if (stored && width >= kTeamPanelMinWidth)
        m_panelWish = width;
    connect(m_split, &QSplitter::splitterMoved, this, [this] {
        m_panelWish = m_teamPanel->width();
        m_panelDragged = true;
    });
    // What the presence model emits: a reset when people come or go, a row's change.
    connect(m_presence, &QAbstractItemModel::modelReset, this,
            &IncidentConsole::fitPresenceColumns);
    connect(m_presence, &QAbstractItemModel::dataChanged, this,
            &IncidentConsole::fitPresenceColumns);
    layout->addWidget(m_teamHeading);
    layout->addWidget(m_teamView, 1);
    m_teamActions = new TeamActions(m_engine, m_teamPanel);
    // Done or refused, it is said where the console says things (the status line).
    connect(m_teamActions, &TeamActions::said, this,
            [this](const QString &text, bool) { complain(text); });
    layout->addWidget(m_teamActions);
    // Opens wide enough for a name, a role, "Roll back · step 12" and a time, and a
    // request's commands (kTeamPanelWidth); narrowed, the names give way first.
    m_teamPanel->setMinimumWidth(kTeamPanelMinWidth);
    m_teamPanel->hide(); // only on a shared store, once the engine has joined
}

void IncidentConsole::attachTeam()
{
    if (incident::StoreLink *link = m_store->link()) {
        connect(link, &incident::StoreLink::lost, this, &IncidentConsole::showConnection,
                Qt::UniqueConnection);
        connect(link, &incident::StoreLink::restored, this, [this] {
            showConnection();
            m_rollback->storeAnswersAgain();
            complain(tr("The incident database answers again; what others recorded meanwhile "
                        "is read in."));
        });
        showConnection();
    }
    const bool wasHidden = m_teamPanel->isHidden();
    m_teamPanel->setVisible(m_engine->team() != nullptr);
    if (!m_engine->team())
        return;
    // Otherwise at the console's first resize (they wait until it is shown): sizes given to
    // a splitter not yet laid out are only weights, scaled to whatever width it gets.
    if (wasHidden && m_split->isVisible())
        placeTeamPanel(m_split->width());
    // The log pane reads others' runs live on a connection of its own: opened now, on
    // joining, not at the start of the first step someone else runs, where every watching
    // console opened one at once (a server process each) while that step was starting.
    if (incident::StoreThread *reader = m_engine->store()->outputReader())
        reader->connectAhead();
    connect(m_rollback, &RollbackPage::stepShown, this, &IncidentConsole::updateLocation,
            Qt::UniqueConnection);
    showTeam();
    updateLocation();
}

Status IncidentConsole::joinAs(const QString &role)
{
    const Status s = m_engine->setRole(role);
    showTeam();
    return s;
}

void IncidentConsole::showConnection()
{
    const Status reachable = m_store->reachable();
    m_offline->setVisible(!reachable);
    if (!reachable) {
        showMessage(m_offline, reachable.error, true);
        // The banner says why in full; the status bar, one line, cut off the same sentence.
        complain(waitingForStoreLine());
    }
}

void IncidentConsole::showTeam()
{
    const incident::TeamSession *team = m_engine->team();
    if (!team)
        return;
    m_presence->setView(team->view(), team->console());
    m_teamActions->refresh();
    const int here = m_presence->aliveCount();
    m_teamHeading->setText(here <= 1 ? tr("<b>Here now:</b> only you")
                                     : tr("<b>Here now:</b> %n people", nullptr, here));
}

void IncidentConsole::placeTeamPanel(int splitWidth)
{
    // The width the user gave the panel (kTeamPanelWidth until they drag its edge), as far
    // as the pages' minimum allows: narrowed, the panel gives way; widened, it gets its width
    // back and the rest goes to the pages.
    const int room = splitWidth - m_split->handleWidth() - m_pages->minimumSizeHint().width();
    const int panel =
        std::clamp(room, kTeamPanelMinWidth, std::max(kTeamPanelMinWidth, m_panelWish));
    m_split->setSizes({std::max(0, splitWidth - m_split->handleWidth() - panel), panel});
}

bool IncidentConsole::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_teamView->viewport() && event->type() == QEvent::Resize)
        fitPresenceColumns();
    if (watched == m_split && event->type() == QEvent::Resize && !m_teamPanel->isHidden())
        placeTeamPanel(static_cast<QResizeEvent *>(event)->size().width());
    return IncidentView::eventFilter(watched, event);
}

void IncidentConsole::fitPresenceColumns()
{
    // Narrowed (two consoles on one screen), the list gives up "since", then the role,
    // rather than squeezing the names to "…": a name is what a row is for, and the row's
    // tooltip still says the role and the time.
    const QHeaderView *header = m_teamView->header();
    const QAbstractItemView *view = m_teamView; // QTreeView's own override is protected
    const auto need = [this, view, header](int column) {
        // A hidden section's hint is 0: its header's width is kept from when it showed, or
        // hiding a column would make it look as if it fitted again, and it would come and go
        // at every change of the list.
        if (!m_teamView->isColumnHidden(column))
            m_presenceHeaderNeed[column] = header->sectionSizeHint(column);
        return std::max(view->sizeHintForColumn(column), m_presenceHeaderNeed.value(column));
    };
    const int room = m_teamView->viewport()->width() -
                     m_teamView->fontMetrics().averageCharWidth() * kPresenceNameChars;
    const int withRole = need(PresenceModel::Where) + need(PresenceModel::Duty);
    m_teamView->setColumnHidden(PresenceModel::Duty, withRole > room);
    m_teamView->setColumnHidden(PresenceModel::Since, withRole + need(PresenceModel::Since) > room);
}

void IncidentConsole::updateLocation()
{
    incident::TeamSession *team = m_engine->team();
    if (!team)
        return;
    // What the others read in their list: the page, and on Roll back the step. A step this
    // console runs is said by its claim (incident::whereIs), not by rewriting this row.
    QString where = phaseName(currentPhase());
    if (currentPhase() == Phase::RollBack && m_rollback->selectedStep() >= 0)
        where = tr("at step %1").arg(m_rollback->selectedStep() + 1); // steps are Roll back's
    team->setLocation(where);
}

} // namespace rollcage::gui
