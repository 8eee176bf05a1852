#include "cli/TerminalPrompter.h"

#include "cli/Console.h"

#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>
#include <utility>

namespace rollcage::cli {

namespace {
void prompt(const QString &text)
{
    // No newline: the answer goes on the same line.
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}
} // namespace

TerminalPrompter::TerminalPrompter(bool offerRemember, QObject *parent)
    : SecretPrompter(parent)
    , m_offerRemember(offerRemember)
    , m_notifier(new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this))
{
    m_notifier->setEnabled(false);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminalPrompter::onReadable);
}

TerminalPrompter::~TerminalPrompter()
{
    setEcho(true);
    wipe();
}

bool TerminalPrompter::stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

void TerminalPrompter::ask(quint64 id, const QString &scope, const QString &name,
                           const QString &reason)
{
    m_queue.append({id, scope, name, reason});
    if (m_phase == Phase::Idle)
        QTimer::singleShot(0, this, &TerminalPrompter::startNext);
}

void TerminalPrompter::startNext()
{
    if (m_phase != Phase::Idle || m_queue.isEmpty())
        return;
    if (!stdinIsTerminal()) {
        decline(tr("stdin is not a terminal"));
        return;
    }
    const Question &q = m_queue.constFirst();
    // Echo goes off before the prompt appears, so nothing typed after it is shown.
    setEcho(false);
    m_editor.reset();
    if (!q.reason.isEmpty())
        err(q.reason);
    prompt(tr("Value of %1 for %2 (input hidden): ").arg(q.name, q.scope));
    m_phase = Phase::Value;
    m_notifier->setEnabled(true);
}

void TerminalPrompter::onReadable()
{
    char buffer[256];
    const ssize_t n = ::read(STDIN_FILENO, buffer, sizeof buffer);
    if (n <= 0) {
        // End of input (or the terminal went away): nobody is there to answer.
        if (m_phase == Phase::Remember)
            finishRemember();
        else
            decline(tr("end of input"));
        return;
    }
    if (m_phase == Phase::Remember) {
        m_input.append(buffer, n);
        if (m_input.contains('\n'))
            finishRemember();
        return;
    }
    for (ssize_t i = 0; i < n && m_phase == Phase::Value; ++i)
        valueByte(buffer[i]);
    std::fill(buffer, buffer + sizeof buffer, '\0');
}

void TerminalPrompter::valueByte(char c)
{
    // Edited as the terminal would (LineEditor); other control keys (Ctrl+Z arrives as a
    // byte here) are not part of a secret.
    switch (m_editor.feed(c)) {
    case LineEditor::Key::Enter:
        finishValue();
        return;
    case LineEditor::Key::Interrupt:
        decline(tr("cancelled"));
        return;
    case LineEditor::Key::EndOfInput:
        if (m_editor.isEmpty())
            decline(tr("end of input"));
        return;
    default:
        return;
    }
}

void TerminalPrompter::finishValue()
{
    prompt(QStringLiteral("\n"));
    m_value = QString::fromUtf8(m_editor.line());
    wipe();
    if (m_value.isEmpty()) {
        decline(tr("nothing was entered"));
        return;
    }
    if (!m_offerRemember) {
        finishRemember();
        return;
    }
    setEcho(true);
    m_phase = Phase::Remember;
    prompt(tr("Remember %1 in the keychain? [y/N] ").arg(m_queue.constFirst().name));
}

void TerminalPrompter::finishRemember()
{
    const QString answer = QString::fromUtf8(m_input).trimmed().toLower();
    const bool remember = m_phase == Phase::Remember &&
                          (answer == QLatin1String("y") || answer == QLatin1String("yes"));
    wipe();
    setEcho(true);
    m_notifier->setEnabled(false);
    m_phase = Phase::Idle;
    const Question q = m_queue.takeFirst();
    const QString value = m_value;
    m_value.fill(QLatin1Char('\0'));
    m_value.clear();
    Q_EMIT answered(q.id, value, remember);
    startNext();
}

void TerminalPrompter::decline(const QString &reason)
{
    if (m_phase == Phase::Value)
        prompt(QStringLiteral("\n"));
    wipe();
    setEcho(true);
    m_notifier->setEnabled(false);
    m_phase = Phase::Idle;
    const QList<Question> dropped = std::exchange(m_queue, {});
    // Once the person declined (or input ended) the remaining questions fail too:
    // asking again on a closed stdin would spin.
    for (const Question &q : dropped)
        Q_EMIT declined(q.id, reason);
}

void TerminalPrompter::setEcho(bool on)
{
    if (on) {
        if (m_saved) {
            ::tcsetattr(STDIN_FILENO, TCSANOW, &*m_saved);
            m_saved.reset();
        }
        return;
    }
    termios current{};
    if (m_saved || ::tcgetattr(STDIN_FILENO, &current) != 0)
        return;
    m_saved = current;
    // Byte at a time and no signals: Ctrl-C arrives as a byte and cancels the
    // question, so the terminal is always restored by us rather than left silent.
    current.c_lflag &= ~tcflag_t(ECHO | ECHONL | ICANON | ISIG);
    current.c_cc[VMIN] = 1;
    current.c_cc[VTIME] = 0;
    ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &current);
}

void TerminalPrompter::wipe()
{
    m_editor.clear();
    m_input.fill('\0');
    m_input.clear();
}

} // namespace rollcage::cli
