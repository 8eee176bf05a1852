#include "gui/TeamActions.h"

#include "execution/Engine.h"
#include "gui/Feedback.h"
#include "gui/PresenceModel.h"
#include "incident/Policy.h"
#include "incident/TeamSession.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimeZone>
#include <QVBoxLayout>

namespace rollcage::gui {

namespace {
QString clock(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::UTC).toString(QStringLiteral("HH:mm"));
}
} // namespace

TeamActions::TeamActions(execution::Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_requestsHeading(new QLabel(this))
    , m_requests(new QWidget(this))
    , m_requestsLayout(new QVBoxLayout(m_requests))
    , m_fourEyes(new QCheckBox(tr("Four-eyes approval"), this))
    , m_roleLabel(new QLabel(this))
    , m_role(new QComboBox(this))
    , m_handOver(new QPushButton(tr("Hand over command…"), this))
{
    setObjectName(QStringLiteral("teamActions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_requestsHeading->setObjectName(QStringLiteral("approvalHeading"));
    m_requestsHeading->setText(tr("<b>Approval requests</b>"));
    m_requestsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_requestsHeading);
    layout->addWidget(m_requests);

    m_fourEyes->setObjectName(QStringLiteral("fourEyesBox"));
    // Short enough for a narrowed panel; what it means is a hover away.
    m_fourEyes->setToolTip(tr("A destructive step runs only after a second person on the "
                              "incident approved it from their console; recorded with both "
                              "names."));
    layout->addWidget(m_fourEyes);
    connect(m_fourEyes, &QCheckBox::toggled, this, &TeamActions::onFourEyesToggled);

    auto *roleRow = new QHBoxLayout;
    m_roleLabel->setObjectName(QStringLiteral("roleLabel"));
    m_role->setObjectName(QStringLiteral("roleCombo"));
    m_role->setAccessibleName(tr("Your role on this incident"));
    m_role->addItem(tr("Operator (runs steps)"), QStringLiteral("operator"));
    m_role->addItem(tr("Observer (reads)"), QStringLiteral("observer"));
    m_roleLabel->setText(tr("You are:"));
    m_roleLabel->setBuddy(m_role);
    roleRow->addWidget(m_roleLabel);
    roleRow->addWidget(m_role, 1);
    layout->addLayout(roleRow);
    connect(m_role, &QComboBox::activated, this, [this] {
        const Status s = m_engine->setRole(m_role->currentData().toString());
        if (!s)
            Q_EMIT said(s.error, true);
        refresh();
    });
    m_handOver->setObjectName(QStringLiteral("handOverButton"));
    m_handOver->setToolTip(tr("Give command of the incident to someone here: they decide, "
                              "approve and resolve from then on. Recorded."));
    layout->addWidget(m_handOver);
    connect(m_handOver, &QPushButton::clicked, this, &TeamActions::handOver);
    refresh();
}

void TeamActions::refresh()
{
    const incident::IncidentState &state = m_engine->state();
    const QString role = m_engine->role();
    const bool commander = role == QLatin1String("commander");
    {
        const QSignalBlocker block(m_fourEyes);
        m_fourEyes->setChecked(state.fourEyes);
    }
    m_fourEyes->setEnabled(role != QLatin1String("observer"));
    // The commander's role is not chosen but handed over: said, not offered.
    m_role->setVisible(!commander);
    m_roleLabel->setText(commander ? tr("You are: <b>%1</b>").arg(PresenceModel::roleName(role))
                                   : tr("You are:"));
    m_role->setCurrentIndex(std::max(0, m_role->findData(role)));
    m_handOver->setVisible(commander);
    showRequests();
}

void TeamActions::showRequests()
{
    const QList<incident::StepRef> pending = m_engine->pendingApprovals();
    QList<qint64> ids;
    for (const incident::StepRef &ref : pending)
        ids.append(m_engine->state().step(ref.procedure, ref.index).approval.requestId);
    m_requestsHeading->setVisible(!pending.isEmpty());
    m_requests->setVisible(!pending.isEmpty());
    if (ids == m_shown)
        return;
    bool news = false;
    for (qint64 id : ids)
        news = news || !m_shown.contains(id);
    m_shown = ids;
    while (QLayoutItem *item = m_requestsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QString me = m_engine->operatorName();
    bool forMe = false;
    for (const incident::StepRef &ref : pending) {
        const incident::StepRecord step = m_engine->state().step(ref.procedure, ref.index);
        const incident::Approval &a = step.approval;
        auto *frame = new QFrame(m_requests);
        frame->setObjectName(QStringLiteral("approvalRequest"));
        frame->setFrameShape(QFrame::StyledPanel);
        auto *box = new QVBoxLayout(frame);
        auto *what = new QLabel(frame);
        what->setWordWrap(true);
        what->setText(tr("<b>%1</b> asks to run step %2 “%3” (%4), at %5 UTC:")
                          .arg(a.requestedBy.toHtmlEscaped())
                          .arg(ref.index + 1)
                          .arg(step.title.toHtmlEscaped(), ref.procedure.toHtmlEscaped(),
                               clock(a.requestedMs)));
        box->addWidget(what);
        auto *command = new QPlainTextEdit(a.command, frame);
        command->setObjectName(QStringLiteral("approvalCommand"));
        command->setAccessibleName(tr("The commands to approve"));
        command->setReadOnly(true);
        command->setLineWrapMode(QPlainTextEdit::NoWrap);
        command->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        command->setMaximumHeight(command->fontMetrics().lineSpacing() * 6 + 12);
        box->addWidget(command);
        if (!a.requestNote.isEmpty()) {
            auto *note = new QLabel(tr("“%1”").arg(a.requestNote.toHtmlEscaped()), frame);
            note->setWordWrap(true);
            box->addWidget(note);
        }
        const auto found = execution::findProcedure(m_engine->runbook(), ref.procedure);
        const Status may =
            found ? incident::mayDecideApproval(m_engine->runbook().procedures.at(*found),
                                                m_engine->state(), ref.index, me)
                  : Status::failure(found.error);
        if (a.requestedBy == me) {
            auto *waiting = new QLabel(tr("Yours: another member approves it."), frame);
            waiting->setWordWrap(true);
            box->addWidget(waiting);
        } else {
            forMe = forMe || may.ok;
            auto *buttons = new QHBoxLayout;
            auto *approve = new QPushButton(tr("Approve…"), frame);
            approve->setObjectName(QStringLiteral("approveButton"));
            auto *refuse = new QPushButton(tr("Refuse…"), frame);
            refuse->setObjectName(QStringLiteral("refuseButton"));
            for (QPushButton *b : {approve, refuse}) {
                b->setEnabled(may.ok);
                b->setToolTip(may.ok ? QString() : may.error);
                buttons->addWidget(b);
            }
            buttons->addStretch(1);
            box->addLayout(buttons);
            const QString procedure = ref.procedure;
            const int index = ref.index;
            connect(approve, &QPushButton::clicked, this,
                    [this, procedure, index] { decide(procedure, index, true); });
            connect(refuse, &QPushButton::clicked, this,
                    [this, procedure, index] { decide(procedure, index, false); });
        }
        m_requestsLayout->addWidget(frame);
    }
    // A request waits on this person: the window asks for attention (the task bar).
    if (news && forMe)
        QApplication::alert(window());
}

void TeamActions::decide(const QString &procedure, int index, bool approve)
{
    askForText(
        this, approve ? tr("Approve step %1").arg(index + 1) : tr("Refuse step %1").arg(index + 1),
        approve ? tr("You approve the commands as shown. A note (optional; recorded with your "
                     "name):")
                : tr("Why refuse? The note is recorded and shown to who asked."),
        [this, procedure, index, approve](const QString &note) {
            const Status s = m_engine->decideApproval(procedure, index, approve, note);
            Q_EMIT said(s ? (approve ? tr("You approved step %1.") : tr("You refused step %1."))
                                .arg(index + 1)
                          : s.error,
                        !s);
            refresh();
        },
        !approve);
}

void TeamActions::onFourEyesToggled(bool on)
{
    if (on) {
        const Status s = m_engine->setFourEyes(true);
        if (!s)
            Q_EMIT said(s.error, true);
        refresh();
        return;
    }
    // Undone until the reason is given: cancelling the question leaves it on.
    refresh();
    askForText(this, tr("Four-eyes approval off"),
               tr("Destructive steps will run without a second person's approval. Why? The "
                  "reason is recorded."),
               [this](const QString &reason) {
                   const Status s = m_engine->setFourEyes(false, reason);
                   if (!s)
                       Q_EMIT said(s.error, true);
                   refresh();
               },
               true);
}

void TeamActions::handOver()
{
    QStringList names;
    if (const incident::TeamSession *team = m_engine->team()) {
        for (const incident::Presence &p : team->view().alive()) {
            if (p.operatorName != m_engine->operatorName() && !names.contains(p.operatorName))
                names.append(p.operatorName);
        }
    }
    if (names.isEmpty()) {
        Q_EMIT said(tr("Nobody else is on the incident to hand command to."), true);
        return;
    }
    // Opened, not exec'd: no nested event loop; the answer comes by signal.
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("handOverDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Hand over command"));
    dialog->setLabelText(tr("Who takes command? They decide, approve and resolve from now on."));
    dialog->setComboBoxItems(names);
    dialog->setComboBoxEditable(false);
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &to) {
        const Status s = m_engine->handOverCommand(to);
        Q_EMIT said(s ? tr("%1 has command now.").arg(to) : s.error, !s);
        refresh();
    });
    dialog->open();
}

} // namespace rollcage::gui
