#include "gui/IncidentListDialog.h"

#include "gui/Feedback.h"
#include "gui/IncidentListModel.h"
#include "incident/IncidentStore.h"
#include "incident/IncidentSummary.h"
#include "incident/Journal.h"
#include "incident/Policy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSqlDriver>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace rollcage::gui {

IncidentListDialog::IncidentListDialog(incident::IncidentStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new IncidentListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_view(new QTreeView(this))
    , m_onlyOpen(new QCheckBox(tr("Only &unfinished incidents"), this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Incidents"));
    setObjectName(QStringLiteral("incidentList"));
    resize(900, 420);
    auto *layout = new QVBoxLayout(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(IncidentListModel::OpenRole);
    m_filter->setFilterKeyColumn(0);
    m_view->setModel(m_filter);
    m_view->setObjectName(QStringLiteral("incidentView"));
    m_view->setAccessibleName(tr("Incidents"));
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // The title is what people recognise an incident by: it gets the room; the runbook
    // and service are cut (the whole text is in the cell's tooltip) before it is.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(IncidentListModel::Title, QHeaderView::Stretch);
    for (const int column : {IncidentListModel::Runbook, IncidentListModel::Service}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 170);
    }
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setColumnHidden(IncidentListModel::HereNow, true); // join mode shows it
    layout->addWidget(m_onlyOpen);
    layout->addWidget(m_view, 1);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("incidentListMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_open = buttons->addButton(tr("&Resume"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openIncident"));
    m_abandon = buttons->addButton(tr("&Abandon…"), QDialogButtonBox::ActionRole);
    m_abandon->setObjectName(QStringLiteral("abandonIncident"));
    m_close = buttons->addButton(tr("Close as resol&ved…"), QDialogButtonBox::ActionRole);
    m_close->setObjectName(QStringLiteral("closeIncident"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &IncidentListDialog::openSelected);
    connect(m_view, &QTreeView::activated, this, &IncidentListDialog::openSelected);
    connect(m_abandon, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        askForText(this, tr("Abandon incident %1").arg(id),
                   tr("Why is incident %1 abandoned? It ends as aborted, with this reason in its "
                      "record.").arg(id),
                   [this](const QString &reason) { abandonSelected(reason); }, true);
    });
    connect(m_close, &QPushButton::clicked, this, [this] {
        const qint64 id = selectedId();
        askForText(this, tr("Close incident %1 as resolved").arg(id),
                   tr("How was incident %1 resolved? It ends as resolved, with this note in its "
                      "record.").arg(id),
                   [this](const QString &note) { closeSelected(note); }, true);
    });
    connect(m_onlyOpen, &QCheckBox::toggled, this, &IncidentListDialog::setOnlyUnfinished);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &IncidentListDialog::updateButtons);
    reload();
}

bool IncidentListDialog::reload()
{
    const qint64 keep = selectedId();
    const auto list = incident::summarizeIncidents(*m_store);
    if (!list) {
        showMessage(m_message, list.error, true);
        return false;
    }
    m_model->setIncidents(*list);
    if (m_join) {
        QHash<qint64, QStringList> names;
        for (const incident::IncidentSummary &s : *list) {
            if (!s.isOpen())
                continue;
            if (const auto team = m_store->team(s.record.id); team) {
                for (const incident::Presence &p : team->alive())
                    names[s.record.id] << p.operatorName;
            }
        }
        m_model->setPresence(names);
    }
    if (m_join && m_model->openCount() == 0)
        showMessage(m_message, tr("No incident is being worked on in %1 now. This list updates "
                                  "when someone declares one.").arg(m_store->displayName()), false);
    else if (list->isEmpty())
        showMessage(m_message, tr("No incidents yet. Open a runbook and declare one with Ctrl+N."), false);
    else if (m_model->openCount() == 0)
        showMessage(m_message, tr("Every incident is resolved or aborted."), false);
    else
        showMessage(m_message, m_model->openCount() == 1 ? tr("1 unfinished incident, in bold.")
                                                         : tr("%1 unfinished incidents, in bold.").arg(m_model->openCount()),
                    false);
    if (!select(keep) && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateButtons();
    return true;
}

void IncidentListDialog::setOnlyUnfinished(bool only)
{
    if (m_onlyOpen->isChecked() != only)
        m_onlyOpen->setChecked(only);
    m_filter->setFilterFixedString(only ? QStringLiteral("true") : QString());
    if (!m_view->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_view->setCurrentIndex(m_filter->index(0, 0));
    updateButtons();
}

bool IncidentListDialog::select(qint64 id)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(IncidentListModel::IdRole).toLongLong() == id) {
            m_view->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

qint64 IncidentListDialog::selectedId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(IncidentListModel::IdRole).toLongLong() : 0;
}

void IncidentListDialog::updateButtons()
{
    const QModelIndex current = m_view->currentIndex();
    const bool open = current.isValid() && current.data(IncidentListModel::OpenRole).toBool();
    m_open->setEnabled(current.isValid());
    // A finished incident is opened to read its record and report; an open one resumed.
    m_open->setText(!current.isValid() || open ? tr("&Resume") : tr("&Open"));
    const bool here = selectedId() != 0 && selectedId() == m_current;
    m_abandon->setEnabled(open && !here);
    m_close->setEnabled(open && !here);
    const QString inWindow = tr("This incident is open in the window: close it there first "
                                "(Incident → Close Incident)");
    m_abandon->setToolTip(here ? inWindow
                               : tr("End an unfinished incident that will not be worked on; the "
                                    "reason is recorded"));
    m_close->setToolTip(here ? inWindow
                             : tr("End an unfinished incident whose service is back by other means "
                                  "(by hand, another tool); the note is recorded"));
    m_open->setText(here ? tr("&Back to it") : m_join ? tr("&Join") : m_open->text());
    m_open->setDefault(current.isValid());
    updateRoleChoice();
}

void IncidentListDialog::updateRoleChoice()
{
    if (!m_role)
        return;
    const qint64 id = selectedId();
    m_role->setEnabled(id != 0);
    m_roleNote->clear();
    if (id == 0)
        return;
    // Who commands, by the journal, and whether they are here, by the presence rows.
    incident::Journal journal(m_store, id);
    const auto team = m_store->team(id);
    if (Status s = journal.load(); !s || !team) {
        showMessage(m_roleNote, s ? team.error : s.error, true);
        return;
    }
    const incident::IncidentState &state = journal.state();
    const QString me = m_store->operatorName();
    auto *items = qobject_cast<QStandardItemModel *>(m_role->model());
    const auto enable = [&](const QString &role) {
        const Status may = incident::mayJoinAs(state, *team, me, role);
        QStandardItem *item = items->item(m_role->findData(role));
        item->setEnabled(may.ok);
        item->setToolTip(may.ok ? QString() : may.error);
        return may;
    };
    const Status command = enable(QStringLiteral("commander"));
    const Status operate = enable(QStringLiteral("operator"));
    (void)enable(QStringLiteral("observer"));
    const QString chosen = m_role->currentData().toString();
    if (!operate) // this person commands: they come back as commander
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("commander")));
    else if (chosen == QLatin1String("commander") && !command)
        m_role->setCurrentIndex(m_role->findData(QStringLiteral("operator")));
    if (!operate)
        showMessage(m_roleNote, tr("You command this incident."), false);
    else if (!command)
        showMessage(m_roleNote, command.error, false);
    else if (state.commander.isEmpty())
        showMessage(m_roleNote, tr("Nobody commands this incident: you may take command."), false);
    else
        showMessage(
            m_roleNote,
            tr("%1 has command but is not here now: you may take command.").arg(state.commander),
            false);
}

QString IncidentListDialog::joinRole() const
{
    return m_role ? m_role->currentData().toString() : QString();
}

IncidentListDialog::~IncidentListDialog()
{
    if (m_subscribed)
        m_store->unsubscribe(incident::IncidentStore::incidentsChannel());
}

void IncidentListDialog::setJoinMode()
{
    m_join = true;
    setWindowTitle(tr("Join an incident"));
    setObjectName(QStringLiteral("joinIncident"));
    m_onlyOpen->hide();
    m_abandon->hide();
    m_close->hide();
    // The role is chosen here, before the console opens: what the others see from the
    // first beat, and journalled (role_taken) as the role changed later is.
    auto *row = new QFormLayout;
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("joinRole"));
    m_role->addItem(tr("Operator — runs steps"), QStringLiteral("operator"));
    m_role->addItem(tr("Observer — reads, acts on nothing"), QStringLiteral("observer"));
    m_role->addItem(tr("Commander — decides, approves, resolves"), QStringLiteral("commander"));
    m_roleNote = new QLabel(this);
    m_roleNote->setObjectName(QStringLiteral("joinRoleNote"));
    m_roleNote->setWordWrap(true);
    row->addRow(tr("Join &as:"), m_role);
    row->addRow(QString(), m_roleNote);
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertLayout(box->indexOf(m_message) + 1, row);
    m_view->setColumnHidden(IncidentListModel::HereNow, false);
    setOnlyUnfinished(true);
    // An incident declared on another laptop appears while the list is open.
    if (m_store->canNotify() && m_store->subscribe(incident::IncidentStore::incidentsChannel())) {
        connect(m_store->driver(), &QSqlDriver::notification, this, [this](const QString &name) {
            if (name == incident::IncidentStore::incidentsChannel())
                reload();
        });
        m_subscribed = true;
    }
    reload();
}

void IncidentListDialog::setCurrentIncident(qint64 id)
{
    m_current = id;
    updateButtons();
}

void IncidentListDialog::openSelected()
{
    const qint64 id = selectedId();
    if (id == 0)
        return;
    Q_EMIT openRequested(id);
    accept();
}

bool IncidentListDialog::abandonSelected(const QString &reason) { return endSelected(false, reason); }

bool IncidentListDialog::closeSelected(const QString &note) { return endSelected(true, note); }

bool IncidentListDialog::endSelected(bool resolved, const QString &text)
{
    const qint64 id = selectedId();
    if (id == 0)
        return false;
    const Status s = resolved ? incident::closeIncident(*m_store, id, text) : incident::abandonIncident(*m_store, id, text);
    if (!s) {
        showMessage(m_message, s.error, true);
        return false;
    }
    reload();
    select(id);
    showMessage(m_message,
                resolved ? tr("Incident %1 closed as resolved: %2").arg(id).arg(text)
                         : tr("Incident %1 abandoned: %2").arg(id).arg(text),
                false);
    m_view->setFocus();
    return true;
}

QString IncidentListDialog::message() const { return m_message->text(); }

} // namespace rollcage::gui
