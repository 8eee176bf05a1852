#pragma once

#include "core/LineEditor.h"
#include "integrations/SecretPrompter.h"

#include <QByteArray>
#include <QList>

#include <optional>

#include <termios.h>

class QSocketNotifier;

namespace rollcage::cli {

// Asks for a secret on the terminal that is stdin, without echo, reading through the
// event loop (a QSocketNotifier) so nothing else stalls while the person types. The
// terminal is put back as it was after every answer, on Ctrl-C (which cancels) and on
// destruction. Optionally asks whether to remember the value in the keychain.
class TerminalPrompter : public integrations::SecretPrompter
{
    Q_OBJECT
public:
    explicit TerminalPrompter(bool offerRemember, QObject *parent = nullptr);
    ~TerminalPrompter() override;

    static bool stdinIsTerminal();

    // `reason` empty: a plain "Value of NAME for SCOPE" prompt (rollcage secret set).
    void ask(quint64 id, const QString &scope, const QString &name, const QString &reason) override;

private:
    enum class Phase { Idle, Value, Remember };
    struct Question
    {
        quint64 id;
        QString scope;
        QString name;
        QString reason;
    };

    void startNext();
    void onReadable();
    void valueByte(char c);
    void finishValue();
    void finishRemember();
    void decline(const QString &reason);
    void setEcho(bool on);
    void wipe();

    bool m_offerRemember;
    QSocketNotifier *m_notifier;
    std::optional<termios> m_saved;
    QList<Question> m_queue;
    Phase m_phase = Phase::Idle;
    LineEditor m_editor; // the secret being typed; wiped as soon as it is handed over
    QByteArray m_input;  // the answer to "Remember …?"
    QString m_value;
};

} // namespace rollcage::cli
