#include "gui/TerminalPane.h"

#include "core/Tr.h"
#include "execution/Confirmation.h"
#include "execution/Engine.h"

#include <qtermwidget.h>

#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSocketNotifier>
#include <QTimer>

#include <cerrno>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace rollcage::gui {

namespace {
ROLLCAGE_TR_CONTEXT("rollcage::gui::TerminalPane")
}

TerminalPane::TerminalPane(execution::Engine *engine, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *left = new QVBoxLayout;
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    left->addWidget(m_status);
    // Teletype mode: the widget starts no shell; it draws what is written to its pty and
    // hands over what is typed (sendData).
    m_term = new QTermWidget(0, this);
    m_term->setObjectName(QStringLiteral("sessionTerminal"));
    m_term->setAccessibleName(tr("Session terminal"));
    m_term->setTerminalFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_term->setScrollBarPosition(QTermWidget::ScrollBarRight);
    m_term->setHistorySize(10000);
    m_term->setColorScheme(QStringLiteral("WhiteOnBlack"));
    // The pane's size changes under the operator (the status above it grows a line when the
    // session ends, a dock opens); a "Size: 54 x 23" box over the transcript then says
    // nothing they need. The session is told the size all the same (SIGWINCH).
    m_term->setTerminalSizeHint(false);
    m_term->startTerminalTeletype();
    m_slave = m_term->getPtySlaveFd();
    if (m_slave >= 0) {
        // Raw: what the session printed is drawn as it is (no "\n" -> "\r\n" a second
        // time, no echo of anything), and a full buffer never blocks the GUI thread.
        struct ::termios mode{};
        if (::tcgetattr(m_slave, &mode) == 0) {
            ::cfmakeraw(&mode);
            ::tcsetattr(m_slave, TCSANOW, &mode);
        }
        ::fcntl(m_slave, F_SETFL, ::fcntl(m_slave, F_GETFL) | O_NONBLOCK);
        m_writable = new QSocketNotifier(m_slave, QSocketNotifier::Write, this);
        m_writable->setEnabled(false);
        connect(m_writable, &QSocketNotifier::activated, this, &TerminalPane::flush);
    }
    connect(m_term, &QTermWidget::sendData, this, [this](const char *bytes, int size) {
        if (m_engine && m_engine->isTerminalRunning())
            m_engine->writeToTerminal(QByteArray(bytes, size));
    });
    m_term->installEventFilter(this);
    left->addWidget(m_term, 1);
    layout->addLayout(left, 2);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    // Long lines are cut at the button's edge (the tooltip has all of it) rather than
    // hidden behind a horizontal scroll bar.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(fontMetrics().averageCharWidth() * 28);
    scroll->setAccessibleName(tr("Commands to type into the session"));
    m_linesBox = new QWidget(scroll);
    m_linesLayout = new QVBoxLayout(m_linesBox);
    scroll->setWidget(m_linesBox);
    layout->addWidget(scroll, 1);
    m_scroll = scroll;

    if (m_engine)
        connect(m_engine, &execution::Engine::terminalData, this, &TerminalPane::onData);
}

TerminalPane::~TerminalPane() = default;

void TerminalPane::start(int index)
{
    m_step = index;
    m_pending.clear();
    m_sent = 0;
    m_skipped = 0;
    m_ended = false;
    m_term->clear();
    showStatus();
    buildLines();
    m_term->setFocus(Qt::OtherFocusReason);
    QTimer::singleShot(0, this, &TerminalPane::sendSize);
}

void TerminalPane::stop()
{
    m_ended = true;
    showStatus();
    for (QWidget *b : std::as_const(m_buttons))
        b->setEnabled(false);
}

void TerminalPane::showStatus()
{
    QString text =
        // What to do next is said above the pane (the page's next action), once: here only
        // what the operator is looking at, true before and after the outcome is given.
        m_ended ? tr("The session has ended; this is its recorded transcript.")
                : tr("The step runs in this terminal: type into it, or use the buttons on the "
                     "right for the commands the runbook lists. Cancel step (Ctrl+.) ends the "
                     "session.");
    // Said here, where it stays: the line in the terminal scrolls away with what follows.
    if (m_skipped > 0)
        text += QLatin1Char(' ') +
                tr("%1 MB of its output came too fast to be drawn here; the recorded "
                   "transcript has all of it.")
                    .arg(double(m_skipped) / (1024.0 * 1024.0), 0, 'f', 1);
    m_status->setText(text);
}

void TerminalPane::buildLines()
{
    while (QLayoutItem *item = m_linesLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_buttons.clear();
    if (!m_engine || m_step < 0 || m_step >= m_engine->procedure().steps.size())
        return;
    const runbook::Step &step = m_engine->procedure().steps.at(m_step);
    // A step that only asks a question has nothing to offer beside the terminal.
    m_scroll->setVisible(!step.sessionLines.isEmpty());
    auto *title = new QLabel(tr("<b>Type into session</b>"), m_linesBox);
    title->setWordWrap(true);
    m_linesLayout->addWidget(title);
    QString lastLabel;
    for (int i = 0; i < step.sessionLines.size(); ++i) {
        const runbook::SessionLine &l = step.sessionLines.at(i);
        if (!l.label.isEmpty() && l.label != lastLabel) {
            auto *label = new QLabel(l.label.toHtmlEscaped(), m_linesBox);
            label->setWordWrap(true);
            m_linesLayout->addWidget(label);
            lastLabel = l.label;
        }
        const QString shown = m_engine->sessionLineText(m_step, i, true);
        auto *button = new QPushButton(m_linesBox);
        button->setObjectName(QStringLiteral("sessionLine%1").arg(i));
        const QString level = l.confirmation == runbook::Confirmation::Typed
                                  ? tr("⚠ typed confirmation")
                              : l.confirmation == runbook::Confirmation::NameTarget
                                  ? tr("confirm first")
                                  : QString();
        button->setText(level.isEmpty() ? shown : shown + QStringLiteral("  (") + level + u')');
        button->setToolTip(tr("%1\n\nTypes this line into the session (runbook line %2). %3")
                               .arg(shown)
                               .arg(l.line)
                               .arg(l.confirmationReason));
        button->setAccessibleName(tr("Type into session: %1").arg(shown));
        button->setStyleSheet(QStringLiteral("text-align: left; font-family: monospace;"));
        button->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
        connect(button, &QPushButton::clicked, this, [this, i] { typeLine(i); });
        m_linesLayout->addWidget(button);
        m_buttons.append(button);
    }
    m_linesLayout->addStretch(1);
}

void TerminalPane::typeLine(int line)
{
    if (!m_engine || m_step < 0)
        return;
    const runbook::SessionLine &l = m_engine->procedure().steps.at(m_step).sessionLines.at(line);
    auto type = [this, line](const QString &confirmation) {
        const Status s = m_engine->typeSessionLine(line, confirmation);
        if (!s)
            Q_EMIT message(s.error, true);
        m_term->setFocus(Qt::OtherFocusReason);
    };
    if (l.confirmation == runbook::Confirmation::OneClick) {
        type({});
        return;
    }
    // Asked without a nested event loop: the dialog answers by signal.
    const QString shown = m_engine->sessionLineText(m_step, line, true);
    if (l.confirmation == runbook::Confirmation::Typed) {
        auto *dialog = new QInputDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Destructive command"));
        dialog->setLabelText(tr("%1\n\n%2\n\nType \"%3\" to type it into the session:")
                                 .arg(shown, l.confirmationReason, l.confirmTarget));
        connect(dialog, &QInputDialog::textValueSelected, this, type);
        dialog->open();
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Confirm the target"),
        tr("%1\n\nIt acts on %2. %3").arg(shown, execution::namedTarget(l), l.confirmationReason),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->button(QMessageBox::Yes)->setText(tr("Type it"));
    connect(box, &QMessageBox::accepted, this, [type] { type({}); });
    box->open();
}

void TerminalPane::onData(int index, const QByteArray &bytes)
{
    if (index != m_step || m_slave < 0)
        return;
    m_pending += bytes;
    if (backlog() > kMaxBacklog)
        skipBacklog();
    flush();
}

// The view draws a few tens of MB a second; a session can print more than that (a `seq`,
// a log dumped by mistake). Kept in full, the screen would be minutes behind a session that
// has ended, and memory would grow with everything printed. What the screen cannot keep up
// with is left out up to the last line boundary before the most recent part, with a line
// saying so; the transcript in the store has all of it.
void TerminalPane::skipBacklog()
{
    constexpr qsizetype kKeep = kMaxBacklog / 4;
    const qsizetype from = m_pending.size() - kKeep;
    const qsizetype newline = m_pending.indexOf('\n', from);
    qsizetype cut = newline >= 0 ? newline + 1 : from;
    // No line end in the part kept: at least not in the middle of a UTF-8 character.
    while (cut < m_pending.size() && (uchar(m_pending.at(cut)) & 0xC0) == 0x80)
        ++cut;
    const qsizetype skipped = cut - m_sent;
    m_skipped += skipped;
    // Short enough for a narrow terminal; after "…" so the line cut short reads as such.
    // What the view took may end inside an escape sequence: CAN ends it, then colours are
    // reset, so the notice and what follows are drawn as they are.
    const QByteArray notice = "\x18\x1b[0m…\r\n\x1b[0;7m" +
                              tr("[%1 MB not drawn, to keep up]")
                                  .arg(double(skipped) / (1024.0 * 1024.0), 0, 'f', 1)
                                  .toUtf8() +
                              "\x1b[0m\r\n";
    m_pending = notice + m_pending.sliced(cut);
    m_sent = 0;
    showStatus();
}

void TerminalPane::flush()
{
    while (m_sent < m_pending.size()) {
        const ssize_t n =
            ::write(m_slave, m_pending.constData() + m_sent, size_t(m_pending.size() - m_sent));
        if (n > 0) {
            m_sent += n;
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // full: the view reads it, then the notifier says when to go on
    }
    // The view takes a few KB a write: what it took is dropped now and then, not moved at
    // every write.
    if (m_sent == m_pending.size()) {
        m_pending.clear();
        m_sent = 0;
    } else if (m_sent >= kMaxBacklog / 4) {
        m_pending.remove(0, m_sent);
        m_sent = 0;
    }
    if (m_writable)
        m_writable->setEnabled(m_sent < m_pending.size());
}

void TerminalPane::sendSize()
{
    if (m_engine && m_term->screenColumnsCount() > 0 && m_term->screenLinesCount() > 0)
        m_engine->resizeTerminal(m_term->screenColumnsCount(), m_term->screenLinesCount());
}

bool TerminalPane::eventFilter(QObject *watched, QEvent *event)
{
    // After the view has laid out its new character grid.
    if (watched == m_term && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &TerminalPane::sendSize);
    return QWidget::eventFilter(watched, event);
}

} // namespace rollcage::gui
